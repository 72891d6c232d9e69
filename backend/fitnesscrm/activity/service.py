"""Writing and reading the activity log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from fitnesscrm.activity import labels
from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import search
from fitnesscrm.core.exports import DATETIME, NUMBER, ExportColumn
from fitnesscrm.core.pagination import COUNT_LIMIT, Page, paginate_keyed, sort_clause
from fitnesscrm.core.tenancy import Principal, scoped
from fitnesscrm.extensions import db
from fitnesscrm.organizations import service as organizations
from fitnesscrm.organizations.models import Organization

NEWEST_FIRST = (ActivityEntry.created_at.desc(), ActivityEntry.id.desc())
SORT_COLUMNS = {
    "created_at": ActivityEntry.created_at,
    "actor_name": ActivityEntry.actor_name,
    "entity_label": ActivityEntry.entity_label,
}
EXPORT_COLUMNS = (
    ExportColumn("Time", DATETIME), ExportColumn("Person"), ExportColumn("Action"), ExportColumn("Record type"),
    ExportColumn("Record ID", NUMBER), ExportColumn("Record"), ExportColumn("When", DATETIME),
    ExportColumn("Changes"),
)  # fmt: skip
EXPORT_SELECT = (
    ActivityEntry.created_at, ActivityEntry.actor_name, ActivityEntry.action, ActivityEntry.entity_type,
    ActivityEntry.entity_id, ActivityEntry.entity_label, ActivityEntry.entity_at, ActivityEntry.changes,
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
    entity_at: datetime | None = None,
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
        entity_at=entity_at,
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


def get_all(
    *, actor: Principal, q: str | None = None, sort: str = "-created_at", page: int = 1, per_page: int = 25, **filters
) -> Page:
    """One page of the organization's activity, newest first unless `sort` says otherwise; `q` by person or record."""
    result = paginate_keyed(
        _filtered(actor, **filters),
        match=search.matches(ActivityEntry.search, q),
        key=ActivityEntry.id,
        order_by=sort_clause(sort, SORT_COLUMNS, "-created_at", ActivityEntry.id),
        load=lambda stmt: stmt,
        page=page,
        per_page=per_page,
    )
    result.items = [entry for (entry,) in result.items]
    return result


def export_rows(
    *, actor: Principal, zone: str, q: str | None = None, sort: str = "-created_at", **filters
) -> Iterator[tuple]:
    """Every entry matching the filters as export rows (EXPORT_COLUMNS) for people: labels, changes in words.

    Times inside the changes are written in `zone`, the zone of the file's other time columns.
    """
    stmt = _filtered(actor, **filters)
    match = search.matches(ActivityEntry.search, q)
    if match is not None:
        stmt = stmt.where(match)
    stmt = (
        stmt.with_only_columns(*EXPORT_SELECT)
        .order_by(*sort_clause(sort, SORT_COLUMNS, "-created_at", ActivityEntry.id))
        .execution_options(yield_per=1000)
    )
    changes_zone = ZoneInfo(zone)
    for created_at, actor_name, action, entity_type, entity_id, label, entity_at, changes in db.session.execute(stmt):
        yield (
            created_at, actor_name, labels.action_label(action), labels.entity_type_label(entity_type), entity_id,
            label, entity_at, labels.changes_text(changes, changes_zone),
        )  # fmt: skip


def filters() -> dict[str, list[dict[str, str]]]:
    """The actions and record types entries can be filtered by, with their labels."""
    return {
        "actions": [{"value": value, "label": label} for value, label in labels.ACTIONS.items()],
        "entity_types": [{"value": value, "label": label} for value, label in labels.ENTITY_TYPES.items()],
    }


def stats(*, actor: Principal, now: datetime | None = None) -> dict[str, Any]:
    """Entries in total (counted up to COUNT_LIMIT), today and this week (from Monday), on the organization's clock."""
    local_now = sa.func.timezone(
        Organization.timezone, sa.literal(now or datetime.now(UTC), sa.DateTime(timezone=True))
    )

    def local_start_of(unit: str):
        # An uncorrelated scalar subquery runs once (an InitPlan); each entry then costs one comparison.
        start = sa.func.timezone(Organization.timezone, sa.func.date_trunc(unit, local_now))
        return sa.select(start).where(Organization.id == actor.organization_id).scalar_subquery()

    def since(start) -> sa.ScalarSelect:
        return (
            scoped(ActivityEntry, actor)
            .with_only_columns(sa.func.count())
            .where(ActivityEntry.created_at >= start)
            .scalar_subquery()
        )

    everything = scoped(ActivityEntry, actor).with_only_columns(sa.literal(1)).limit(COUNT_LIMIT + 1).subquery()
    stmt = sa.select(
        sa.select(sa.func.count()).select_from(everything).scalar_subquery().label("total"),
        since(local_start_of("day")).label("today"),
        since(local_start_of("week")).label("this_week"),
    )
    counts = dict(db.session.execute(stmt).one()._mapping)
    return {**counts, "total": min(counts["total"], COUNT_LIMIT), "total_is_exact": counts["total"] <= COUNT_LIMIT}


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
