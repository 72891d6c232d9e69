"""The dashboard's numbers: a few aggregate statements, whatever the size of the studio."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from fitnesscrm.activity import service as activity
from fitnesscrm.assignments.models import Assignment
from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import CLIENT_STATUSES, Client
from fitnesscrm.core.tenancy import Principal, scoped
from fitnesscrm.extensions import db
from fitnesscrm.organizations import service as organizations
from fitnesscrm.trainers.models import Trainer

WEEKS_CHARTED = 12
RECENT_ACTIVITY = 10


def _counts(actor: Principal, *, week_start: datetime, month_start: datetime) -> dict[str, Any]:
    count = sa.func.count()
    not_archived = Client.status != "archived"
    columns = [count.filter(Client.status == status).label(status) for status in CLIENT_STATUSES]
    columns += [
        count.filter(not_archived).label("clients_total"),
        count.filter(Client.created_at >= week_start).label("new_clients_this_week"),
        count.filter(Client.created_at >= month_start).label("new_clients_this_month"),
    ]
    if actor.is_manager:
        has_trainer = sa.exists().where(Assignment.client_id == Client.id, Assignment.ended_at.is_(None))
        trainers = scoped(Trainer, actor).with_only_columns(count).where(Trainer.archived_at.is_(None))
        # In a WHERE, NOT EXISTS plans as one hash anti-join; inside FILTER it would probe once per client.
        unassigned = clients.visible(actor).with_only_columns(count).where(not_archived, ~has_trainer)
        columns += [
            unassigned.scalar_subquery().label("unassigned_clients"),
            trainers.scalar_subquery().label("trainers"),
        ]
    return dict(db.session.execute(clients.visible(actor).with_only_columns(*columns)).one()._mapping)


def _per_week(actor: Principal, *, zone: ZoneInfo, first_week: date) -> list[dict[str, Any]]:
    # Weeks are grouped on the organization's clock; the WHERE stays a bare comparison on created_at.
    week = sa.cast(sa.func.date_trunc("week", sa.func.timezone(zone.key, Client.created_at)), sa.Date).label("week")
    stmt = (
        clients.visible(actor)
        .with_only_columns(week, sa.func.count())
        .where(Client.created_at >= datetime.combine(first_week, time.min, tzinfo=zone))
        .group_by(sa.text("week"))
    )
    counts = dict(db.session.execute(stmt).all())
    weeks = (first_week + timedelta(weeks=n) for n in range(WEEKS_CHARTED))
    return [{"week_start": monday, "count": counts.get(monday, 0)} for monday in weeks]


def get(*, actor: Principal, now: datetime | None = None) -> dict[str, Any]:
    """Counts for the caller's scope: the whole organization for managers, a trainer's own clients for trainers.

    New clients are counted by when they were added, whatever their status now; weeks
    start on Monday and months on the 1st in the organization's time zone.
    """
    zone = ZoneInfo(organizations.get(actor=actor).timezone)
    today = (now or datetime.now(UTC)).astimezone(zone).date()
    monday = today - timedelta(days=today.weekday())
    counts = _counts(
        actor,
        week_start=datetime.combine(monday, time.min, tzinfo=zone),
        month_start=datetime.combine(today.replace(day=1), time.min, tzinfo=zone),
    )
    return {
        "trainers": counts.get("trainers"),
        "clients_by_status": {status: counts[status] for status in CLIENT_STATUSES},
        "clients_total": counts["clients_total"],
        "new_clients_this_week": counts["new_clients_this_week"],
        "new_clients_this_month": counts["new_clients_this_month"],
        "unassigned_clients": counts.get("unassigned_clients"),
        "new_clients_per_week": _per_week(actor, zone=zone, first_week=monday - timedelta(weeks=WEEKS_CHARTED - 1)),
        "recent_activity": activity.recent(actor=actor, limit=RECENT_ACTIVITY),
    }
