"""The rules for assignments: which trainers coach a client, who is primary, and the history kept."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from fitnesscrm.assignments.events import PrimaryTrainerChanged, TrainerAssigned, TrainerUnassigned
from fitnesscrm.assignments.models import Assignment
from fitnesscrm.auth.models import User
from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.changes import created
from fitnesscrm.core.conflicts import flush_or_conflict
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal, scoped
from fitnesscrm.errors import Conflict, NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.trainers import service as trainers
from fitnesscrm.trainers.models import Trainer

_assigned_by = aliased(User, name="assigned_by")
_ended_by = aliased(User, name="ended_by")


def _full_name(entity) -> sa.ColumnElement[str]:
    # NULL, not "", when an outer join found no user.
    return sa.func.nullif(sa.func.concat_ws(" ", entity.first_name, entity.last_name), "")


def _named(actor: Principal) -> sa.Select:
    """Assignments of the caller's organization with the trainer's and both users' names."""
    return (
        scoped(Assignment, actor)
        .add_columns(
            _full_name(Trainer).label("trainer_name"),
            _full_name(_assigned_by).label("assigned_by_name"),
            _full_name(_ended_by).label("ended_by_name"),
        )
        .join(Trainer, Trainer.id == Assignment.trainer_id)
        .outerjoin(_assigned_by, _assigned_by.id == Assignment.assigned_by_id)
        .outerjoin(_ended_by, _ended_by.id == Assignment.ended_by_id)
    )


def _attach(assignment: Assignment, trainer_name: str, assigned_by_name: str | None, ended_by_name: str | None):
    assignment.trainer_name = trainer_name
    assignment.assigned_by_name = assigned_by_name
    assignment.ended_by_name = ended_by_name
    return assignment


def get_all(
    *, actor: Principal, client_id: int, include_ended: bool = False, page: int = 1, per_page: int = 25
) -> Page:
    """A client's current trainers, primary first, or their whole history (anyone who may see the client)."""
    client = clients.find(actor=actor, client_id=client_id)
    stmt = _named(actor).where(Assignment.client_id == client.id)
    if not include_ended:
        stmt = stmt.where(Assignment.ended_at.is_(None))
    stmt = stmt.order_by(
        Assignment.ended_at.desc().nulls_first(), Assignment.is_primary.desc(), Assignment.assigned_at, Assignment.id
    )
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    result.items = [_attach(*row) for row in result.items]
    return result


def _get_open(actor: Principal, client_id: int, trainer_id: int) -> Assignment:
    row = db.session.execute(
        _named(actor).where(
            Assignment.client_id == client_id, Assignment.trainer_id == trainer_id, Assignment.ended_at.is_(None)
        )
    ).one_or_none()
    if row is None:
        raise NotFound("This trainer is not assigned to the client.")
    return _attach(*row)


def _assignable_trainer(actor: Principal, trainer_id: int) -> Trainer:
    trainer = trainers.get(actor=actor, trainer_id=trainer_id)
    if trainer.archived_at is not None:
        raise ValidationError(
            "An archived trainer cannot take clients.", fields={"trainer_id": ["This trainer is archived."]}
        )
    return trainer


def _open_assignments(actor: Principal, client_ids: list[int]) -> list[Assignment]:
    return list(
        db.session.execute(
            scoped(Assignment, actor)
            .where(Assignment.client_id.in_(client_ids), Assignment.ended_at.is_(None))
            .order_by(Assignment.assigned_at, Assignment.id)
        ).scalars()
    )


def _demote_primaries(client_ids: list[int]) -> None:
    db.session.execute(
        sa.update(Assignment)
        .where(Assignment.client_id.in_(client_ids), Assignment.ended_at.is_(None), Assignment.is_primary)
        .values(is_primary=False)
    )


# A lost race on the open-assignment indexes.
RACES = {
    "uq_assignments_open_pair": lambda: Conflict("This trainer is already assigned to the client."),
    "uq_assignments_open_primary": lambda: Conflict(
        "The client's primary trainer changed meanwhile; reload and try again."
    ),
}


def _start(actor: Principal, client: Client, trainer: Trainer, *, is_primary: bool) -> Assignment:
    assignment = Assignment(
        organization_id=actor.organization_id, client_id=client.id, trainer_id=trainer.id,
        is_primary=is_primary, assigned_by_id=actor.user_id,
    )  # fmt: skip
    db.session.add(assignment)
    changes = created({"trainer": trainer.full_name, "is_primary": is_primary})
    events.record_by(
        actor, TrainerAssigned, entity_id=client.id, trainer_id=trainer.id, label=client.full_name, changes=changes
    )
    return assignment


def assign(*, actor: Principal, client_id: int, trainer_id: int, is_primary: bool = False) -> Assignment:
    """Give a client another trainer (owner, admin); the first trainer, or one given is_primary, becomes primary."""
    client = clients.find(actor=actor, client_id=client_id, lock=True)
    trainer = _assignable_trainer(actor, trainer_id)
    current = _open_assignments(actor, [client.id])
    if any(assignment.trainer_id == trainer.id for assignment in current):
        raise Conflict("This trainer is already assigned to the client.", fields={"trainer_id": ["Already assigned."]})
    if is_primary:
        _demote_primaries([client.id])
    _start(actor, client, trainer, is_primary=is_primary or not current)
    flush_or_conflict(RACES)
    db.session.commit()
    return _get_open(actor, client.id, trainer.id)


def bulk_assign(
    *, actor: Principal, client_ids: list[int], trainer_id: int, is_primary: bool = False
) -> dict[str, int]:
    """Give many clients one trainer, skipping those who have them already; all or nothing (owner, admin)."""
    trainer = _assignable_trainer(actor, trainer_id)
    targets = clients.find_many(actor=actor, client_ids=client_ids, lock=True)
    trainers_of: dict[int, set[int]] = defaultdict(set)
    for assignment in _open_assignments(actor, [client.id for client in targets]):
        trainers_of[assignment.client_id].add(assignment.trainer_id)
    new = [client for client in targets if trainer.id not in trainers_of[client.id]]
    if is_primary and new:
        _demote_primaries([client.id for client in new])
    for client in new:
        _start(actor, client, trainer, is_primary=is_primary or not trainers_of[client.id])
    flush_or_conflict(RACES)
    db.session.commit()
    return {"assigned": len(new), "skipped": len(targets) - len(new)}


def update(*, actor: Principal, client_id: int, trainer_id: int, is_primary: bool) -> Assignment:
    """Make one of a client's current trainers their primary trainer (owner, admin)."""
    client = clients.find(actor=actor, client_id=client_id, lock=True)
    assignment = _get_open(actor, client.id, trainer_id)
    if not is_primary and assignment.is_primary:
        raise ValidationError(
            "A client keeps one primary trainer; make another trainer primary instead.",
            fields={"is_primary": ["Make another trainer primary instead."]},
        )
    if is_primary and not assignment.is_primary:
        previous = next((a for a in _open_assignments(actor, [client.id]) if a.is_primary), None)
        before = trainers.get(actor=actor, trainer_id=previous.trainer_id).full_name if previous else None
        _demote_primaries([client.id])
        assignment.is_primary = True
        flush_or_conflict(RACES)
        events.record_by(
            actor,
            PrimaryTrainerChanged,
            entity_id=client.id,
            trainer_id=trainer_id,
            label=client.full_name,
            changes={"primary_trainer": {"before": before, "after": assignment.trainer_name}},
        )
        db.session.commit()
    return _get_open(actor, client.id, trainer_id)


def unassign(*, actor: Principal, client_id: int, trainer_id: int) -> None:
    """End a trainer's assignment, keeping it as history; the oldest remaining trainer inherits primary."""
    client = clients.find(actor=actor, client_id=client_id, lock=True)
    assignment = _get_open(actor, client.id, trainer_id)
    assignment.ended_at = datetime.now(UTC)
    assignment.ended_by_id = actor.user_id
    flush_or_conflict(RACES)
    changes: dict[str, Any] = {"trainer": {"before": assignment.trainer_name, "after": None}}
    if assignment.is_primary:
        successor = next(iter(_open_assignments(actor, [client.id])), None)
        if successor is not None:
            successor.is_primary = True
            flush_or_conflict(RACES)
            changes["primary_trainer"] = {
                "before": assignment.trainer_name,
                "after": trainers.get(actor=actor, trainer_id=successor.trainer_id).full_name,
            }
    events.record_by(
        actor, TrainerUnassigned, entity_id=client.id, trainer_id=trainer_id, label=client.full_name, changes=changes
    )
    db.session.commit()
