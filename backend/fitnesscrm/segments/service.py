"""Segments' rules: saved client filters, counted live; `condition` lets other domains select a segment's clients."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.elements import ColumnElement

from fitnesscrm.clients.models import Client
from fitnesscrm.core.events import record_by
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import MANAGERS, Principal
from fitnesscrm.errors import Conflict, NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.segments.events import SegmentCreated, SegmentDeleted, SegmentUpdated
from fitnesscrm.segments.filters import compile_filters, describe, loaded, stored
from fitnesscrm.segments.models import Segment
from fitnesscrm.trainers.models import Trainer

PREVIEW_SIZE = 10


def condition(
    *, organization_id: int, segment_id: int | None = None, filters: dict[str, Any] | None = None
) -> ColumnElement[bool]:
    """A SQL condition over `Client`: in the studio and in the segment (saved, or given as `filters`).

    A segment of another studio, or none, matches nobody rather than raising: a rule or a campaign
    naming a deleted segment sends to no one.
    """
    if segment_id is not None:
        filters = db.session.execute(
            sa.select(Segment.filters).where(Segment.id == segment_id, Segment.organization_id == organization_id)
        ).scalar_one_or_none()
        if filters is None:
            return sa.false()
    return sa.and_(Client.organization_id == organization_id, compile_filters(filters or {}))


def _check_trainer(actor: Principal, filters: dict[str, Any]) -> None:
    trainer_id = filters.get("trainer_id")
    if trainer_id is None:
        return
    found = db.session.execute(
        sa.select(Trainer.id).where(Trainer.id == trainer_id, Trainer.organization_id == actor.organization_id)
    ).scalar_one_or_none()
    if found is None:
        raise ValidationError("No such trainer.", fields={"filters": {"trainer_id": ["No such trainer."]}})


def _trainer_names(organization_id: int, filters_list: list[dict[str, Any]]) -> dict[int, str]:
    ids = {filters["trainer_id"] for filters in filters_list if filters.get("trainer_id")}
    if not ids:
        return {}
    rows = db.session.execute(
        sa.select(Trainer.id, Trainer.first_name, Trainer.last_name).where(
            Trainer.id.in_(ids), Trainer.organization_id == organization_id
        )
    )
    return {row.id: f"{row.first_name} {row.last_name}" for row in rows}


def _counts(organization_id: int, filters_list: list[dict[str, Any]]) -> list[int]:
    """How many clients each set of filters matches now, in one statement."""
    if not filters_list:
        return []
    counts = [
        sa.select(sa.func.count())
        .select_from(Client)
        .where(Client.organization_id == organization_id, compile_filters(filters))
        .scalar_subquery()
        for filters in filters_list
    ]
    return list(db.session.execute(sa.select(*counts)).one())


def _shown(segment: Segment, *, count: int, trainer_names: dict[int, str]) -> dict[str, Any]:
    return {
        "id": segment.id,
        "name": segment.name,
        "filters": loaded(segment.filters),
        "summary": describe(segment.filters, trainer_name=trainer_names.get(segment.filters.get("trainer_id"))),
        "count": count,
        "created_at": segment.created_at,
        "updated_at": segment.updated_at,
    }


def get_all(*, actor: Principal, page: int = 1, per_page: int = 25) -> Page:
    """The studio's segments by name, each with its live count (owners and admins)."""
    actor.require(*MANAGERS)
    found = paginate(
        sa.select(Segment).where(Segment.organization_id == actor.organization_id).order_by(Segment.name, Segment.id),
        page=page,
        per_page=per_page,
    )
    filters_list = [segment.filters for segment in found.items]
    counts = _counts(actor.organization_id, filters_list)
    names = _trainer_names(actor.organization_id, filters_list)
    found.items = [
        _shown(segment, count=count, trainer_names=names) for segment, count in zip(found.items, counts, strict=True)
    ]
    return found


def _get(actor: Principal, segment_id: int) -> Segment:
    actor.require(*MANAGERS)
    segment = db.session.execute(
        sa.select(Segment).where(Segment.id == segment_id, Segment.organization_id == actor.organization_id)
    ).scalar_one_or_none()
    if segment is None:
        raise NotFound("No such segment.")
    return segment


def get(*, actor: Principal, segment_id: int) -> dict[str, Any]:
    """One segment with its live count."""
    segment = _get(actor, segment_id)
    [count] = _counts(actor.organization_id, [segment.filters])
    return _shown(segment, count=count, trainer_names=_trainer_names(actor.organization_id, [segment.filters]))


def name_of(*, organization_id: int, segment_id: int) -> str | None:
    """A segment's name, or None when the studio has no such segment."""
    return db.session.execute(
        sa.select(Segment.name).where(Segment.id == segment_id, Segment.organization_id == organization_id)
    ).scalar_one_or_none()


def create(*, actor: Principal, name: str, filters: dict[str, Any]) -> dict[str, Any]:
    """Save a segment (owners and admins)."""
    actor.require(*MANAGERS)
    _check_trainer(actor, filters)
    segment = Segment(
        organization_id=actor.organization_id, name=name, filters=stored(filters), created_by_id=actor.user_id
    )
    db.session.add(segment)
    db.session.flush()
    record_by(actor, SegmentCreated, entity_id=segment.id, label=segment.name)
    db.session.commit()
    return get(actor=actor, segment_id=segment.id)


def update(*, actor: Principal, segment_id: int, **changes: Any) -> dict[str, Any]:
    """Rename a segment or change its filters."""
    segment = _get(actor, segment_id)
    recorded = {}
    if "name" in changes and changes["name"] != segment.name:
        recorded["name"] = {"before": segment.name, "after": changes["name"]}
        segment.name = changes["name"]
    if "filters" in changes:
        _check_trainer(actor, changes["filters"])
        filters = stored(changes["filters"])
        if filters != segment.filters:
            names = _trainer_names(actor.organization_id, [segment.filters, filters])
            recorded["filters"] = {
                "before": describe(segment.filters, trainer_name=names.get(segment.filters.get("trainer_id"))),
                "after": describe(filters, trainer_name=names.get(filters.get("trainer_id"))),
            }
            segment.filters = filters
    if recorded:
        record_by(actor, SegmentUpdated, entity_id=segment.id, label=segment.name, changes=recorded)
        db.session.commit()
    return get(actor=actor, segment_id=segment.id)


def delete(*, actor: Principal, segment_id: int) -> None:
    """Delete a segment no campaign uses."""
    segment = _get(actor, segment_id)
    try:
        with db.session.begin_nested():
            db.session.delete(segment)
            db.session.flush()
    except IntegrityError:
        raise Conflict(f"Campaigns use “{segment.name}”: delete or change them first.", code="segment_in_use") from None
    record_by(actor, SegmentDeleted, entity_id=segment_id, label=segment.name)
    db.session.commit()


def _preview(actor: Principal, filters: dict[str, Any]) -> dict[str, Any]:
    matching = sa.and_(Client.organization_id == actor.organization_id, compile_filters(filters))
    count, reachable = db.session.execute(
        sa.select(sa.func.count(), sa.func.count(Client.email)).select_from(Client).where(matching)
    ).one()
    clients = db.session.execute(
        sa.select(Client.id, Client.first_name, Client.last_name, Client.email, Client.status)
        .where(matching)
        .order_by(Client.last_name, Client.first_name, Client.id)
        .limit(PREVIEW_SIZE)
    ).all()
    names = _trainer_names(actor.organization_id, [filters])
    return {
        "count": count,
        "reachable": reachable,
        "summary": describe(filters, trainer_name=names.get(filters.get("trainer_id"))),
        "clients": [
            {"id": row.id, "name": f"{row.first_name} {row.last_name}", "email": row.email, "status": row.status}
            for row in clients
        ],
    }


def preview(*, actor: Principal, segment_id: int) -> dict[str, Any]:
    """A saved segment's live count and its first clients by name."""
    return _preview(actor, _get(actor, segment_id).filters)


def preview_filters(*, actor: Principal, filters: dict[str, Any]) -> dict[str, Any]:
    """The live count and first clients of filters not saved yet (the segment builder, as a coach edits)."""
    actor.require(*MANAGERS)
    _check_trainer(actor, filters)
    return _preview(actor, stored(filters))


def count(*, actor: Principal, segment_id: int) -> dict[str, int]:
    """How many clients a segment holds now, and how many of them have an email address."""
    segment = _get(actor, segment_id)
    matching = sa.and_(Client.organization_id == actor.organization_id, compile_filters(segment.filters))
    total, reachable = db.session.execute(
        sa.select(sa.func.count(), sa.func.count(Client.email)).select_from(Client).where(matching)
    ).one()
    return {"count": total, "reachable": reachable}
