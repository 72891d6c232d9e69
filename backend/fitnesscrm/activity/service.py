"""Writing and reading the activity log."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core.exports import DATETIME, NUMBER, ExportColumn
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal, scoped
from fitnesscrm.extensions import db
from fitnesscrm.organizations import service as organizations
from fitnesscrm.organizations.models import Organization

EXPORT_COLUMNS = (
    ExportColumn("Time", DATETIME), ExportColumn("Actor"), ExportColumn("Action"), ExportColumn("Entity type"),
    ExportColumn("Entity ID", NUMBER), ExportColumn("Entity"), ExportColumn("Changes"),
)  # fmt: skip
NEWEST_FIRST = (ActivityEntry.created_at.desc(), ActivityEntry.id.desc())
EXPORT_SELECT = (
    ActivityEntry.created_at, ActivityEntry.actor_name, ActivityEntry.action, ActivityEntry.entity_type,
    ActivityEntry.entity_id, ActivityEntry.entity_label, ActivityEntry.changes,
)  # fmt: skip


AUTOMATIC_ACTOR = "FitnessCRM (automatic)"


def add_entry(
    *,
    organization_id: int,
    actor: Principal | None,
    action: str,
    entity_type: str,
    entity_id: int,
    entity_label: str,
    changes: dict[str, Any] | None = None,
) -> ActivityEntry:
    """Add an entry to the current transaction; it commits or rolls back with the change it describes.

    Without an actor the change was made by the system (a scheduled job), and the entry says so.
    """
    entry = ActivityEntry(
        organization_id=organization_id,
        actor_id=actor.user_id if actor else None,
        actor_name=_clip(actor.name if actor else AUTOMATIC_ACTOR, ActivityEntry.actor_name),
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        entity_label=_clip(entity_label, ActivityEntry.entity_label),
        changes=changes or {},
    )
    db.session.add(entry)
    return entry


def _clip(text: str, column) -> str:
    """`text` cut to fit its column: a long name must never make the change it describes fail."""
    length = column.type.length
    return text if len(text) <= length else text[: length - 1] + "…"


def _local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time.min, tzinfo=zone)


def _filtered(
    actor: Principal,
    *,
    action: str | None = None,
    entity_type: str | None = None,
    entity_id: int | None = None,
    actor_id: int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> sa.Select:
    # Bare comparisons on the indexed columns, after organization_id, so that
    # ix_activity_org_* serve every filter; local days become UTC bounds here, not in SQL.
    stmt = scoped(ActivityEntry, actor)
    if action:
        stmt = stmt.where(ActivityEntry.action == action)
    if entity_type:
        stmt = stmt.where(ActivityEntry.entity_type == entity_type)
    if entity_id is not None:
        stmt = stmt.where(ActivityEntry.entity_id == entity_id)
    if actor_id is not None:
        stmt = stmt.where(ActivityEntry.actor_id == actor_id)
    if date_from or date_to:
        zone = ZoneInfo(organizations.get(actor=actor).timezone)
        if date_from:
            stmt = stmt.where(ActivityEntry.created_at >= _local_midnight(date_from, zone))
        if date_to:
            stmt = stmt.where(ActivityEntry.created_at < _local_midnight(date_to + timedelta(days=1), zone))
    return stmt


def get_all(*, actor: Principal, page: int = 1, per_page: int = 25, **filters: Any) -> Page:
    """One page of the organization's activity, newest first."""
    return paginate(_filtered(actor, **filters).order_by(*NEWEST_FIRST), page=page, per_page=per_page)


def export_rows(*, actor: Principal, **filters: Any) -> Iterator[tuple]:
    """Every entry matching the filters as export rows (EXPORT_COLUMNS), newest first, from a server-side cursor."""
    stmt = (
        _filtered(actor, **filters)
        .with_only_columns(*EXPORT_SELECT)
        .order_by(*NEWEST_FIRST)
        .execution_options(yield_per=1000)
    )
    for created_at, actor_name, action, entity_type, entity_id, label, changes in db.session.execute(stmt):
        compact = json.dumps(changes, ensure_ascii=False, separators=(",", ":")) if changes else ""
        yield created_at, actor_name, action, entity_type, entity_id, label, compact


def stats(*, actor: Principal, now: datetime | None = None) -> dict[str, int]:
    """Entries in total, today and this week (from Monday), days as the organization's clock reads them."""
    local_now = sa.func.timezone(
        Organization.timezone, sa.literal(now or datetime.now(UTC), sa.DateTime(timezone=True))
    )

    def local_start_of(unit: str):
        # An uncorrelated scalar subquery runs once (an InitPlan); each entry then costs one comparison.
        start = sa.func.timezone(Organization.timezone, sa.func.date_trunc(unit, local_now))
        return sa.select(start).where(Organization.id == actor.organization_id).scalar_subquery()

    stmt = scoped(ActivityEntry, actor).with_only_columns(
        sa.func.count().label("total"),
        sa.func.count().filter(ActivityEntry.created_at >= local_start_of("day")).label("today"),
        sa.func.count().filter(ActivityEntry.created_at >= local_start_of("week")).label("this_week"),
    )
    return dict(db.session.execute(stmt).one()._mapping)


def recent(*, actor: Principal, limit: int = 10) -> list[ActivityEntry]:
    """The latest entries the caller may see: managers the organization's, trainers their own and their clients'."""
    stmt = scoped(ActivityEntry, actor)
    if not actor.is_manager:
        client_ids = clients.visible(actor).with_only_columns(Client.id)
        stmt = stmt.where(
            sa.or_(
                ActivityEntry.actor_id == actor.user_id,
                sa.and_(ActivityEntry.entity_type == "client", ActivityEntry.entity_id.in_(client_ids)),
            )
        )
    return list(db.session.execute(stmt.order_by(*NEWEST_FIRST).limit(limit)).scalars())
