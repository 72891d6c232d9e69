"""The dashboard's numbers: kept counts for the studio, a few small aggregates, whatever its size.

A manager's counts by status and of unassigned clients come from `clients.counts` (one
row kept by triggers), and new clients from the created_at index over the last twelve weeks
only, so the cost does not grow with the number of clients. A trainer's numbers are
aggregates over their own clients, which are few.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY

from fitnesscrm.activity import service as activity
from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import CLIENT_STATUSES, Client
from fitnesscrm.core.tenancy import Principal, scoped
from fitnesscrm.extensions import db
from fitnesscrm.organizations import service as organizations
from fitnesscrm.trainers.models import Trainer

WEEKS_CHARTED = 12
RECENT_ACTIVITY = 10


def _studio_counts(actor: Principal) -> dict[str, Any]:
    """A manager's numbers: the kept counts, and the trainers not archived (a few rows per trainer at most)."""
    counts = clients.counts(actor=actor)
    trainers = scoped(Trainer, actor).with_only_columns(sa.func.count()).where(Trainer.archived_at.is_(None))
    counts["trainers"] = db.session.execute(trainers).scalar_one()
    return counts


def _own_counts(actor: Principal) -> dict[str, Any]:
    """A trainer's numbers: their clients by status, counted."""
    columns = [sa.func.count().filter(Client.status == status).label(status) for status in CLIENT_STATUSES]
    counts = dict(db.session.execute(clients.visible(actor).with_only_columns(*columns)).one()._mapping)
    return counts | {"trainers": None, "unassigned": None}


def _new_clients(actor: Principal, *, week_starts: list[datetime], month_start: datetime) -> tuple[list[int], int]:
    """New clients in each week from `week_starts` (instants, oldest first) on, and since `month_start` (later)."""
    # Weeks start at instants worked out here, on the organization's clock; PostgreSQL then only
    # places each created_at among them, which costs far less than converting each to local time.
    week = sa.func.width_bucket(Client.created_at, sa.literal(week_starts, ARRAY(sa.DateTime(timezone=True))))
    stmt = (
        clients.visible(actor)
        .with_only_columns(week, sa.func.count(), sa.func.count().filter(Client.created_at >= month_start))
        .where(Client.created_at >= week_starts[0])
        .group_by(week)
    )
    per_week = [0] * len(week_starts)
    this_month = 0
    for bucket, count, since_month_start in db.session.execute(stmt):
        per_week[bucket - 1] = count
        this_month += since_month_start
    return per_week, this_month


def get(*, actor: Principal, now: datetime | None = None) -> dict[str, Any]:
    """Counts for the caller's scope: the whole organization for managers, a trainer's own clients for trainers.

    New clients are counted by when they were added, whatever their status now; weeks
    start on Monday and months on the 1st in the organization's time zone.
    """
    zone = ZoneInfo(organizations.get(actor=actor).timezone)
    today = (now or datetime.now(UTC)).astimezone(zone).date()
    monday = today - timedelta(days=today.weekday())
    charted = [monday - timedelta(weeks=n) for n in reversed(range(WEEKS_CHARTED))]
    # Twelve weeks reach further back than the 1st of the month, so one query serves both.
    per_week, this_month = _new_clients(
        actor,
        week_starts=[datetime.combine(week, time.min, tzinfo=zone) for week in charted],
        month_start=datetime.combine(today.replace(day=1), time.min, tzinfo=zone),
    )
    counts = _studio_counts(actor) if actor.is_manager else _own_counts(actor)
    return {
        "trainers": counts["trainers"],
        "clients_by_status": {status: counts[status] for status in CLIENT_STATUSES},
        "clients_total": sum(counts[status] for status in CLIENT_STATUSES if status != "archived"),
        "new_clients_this_week": per_week[-1],
        "new_clients_this_month": this_month,
        "unassigned_clients": counts["unassigned"],
        "new_clients_per_week": [
            {"week_start": week, "count": count} for week, count in zip(charted, per_week, strict=True)
        ],
        "recent_activity": activity.recent(actor=actor, limit=RECENT_ACTIVITY),
    }
