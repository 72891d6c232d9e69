"""The rules for trainers: who may see and change them, archive and delete."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from fitnesscrm.assignments.models import Assignment
from fitnesscrm.auth.models import User
from fitnesscrm.core import events, search
from fitnesscrm.core.changes import created, deleted, diff, snapshot
from fitnesscrm.core.conflicts import flush_or_conflict
from fitnesscrm.core.exports import DATETIME, NUMBER, ExportColumn
from fitnesscrm.core.pagination import Page, paginate_keyed, sort_clause
from fitnesscrm.core.phones import PhoneFormatter
from fitnesscrm.core.tenancy import Principal, Role, scoped
from fitnesscrm.errors import Conflict, Forbidden, NotFound
from fitnesscrm.extensions import db
from fitnesscrm.trainers.events import TrainerArchived, TrainerCreated, TrainerDeleted, TrainerRestored, TrainerUpdated
from fitnesscrm.trainers.models import Trainer

EDITABLE = ("first_name", "last_name", "email", "phone", "specializations", "bio", "hourly_rate")
SORT_COLUMNS = {
    "last_name": Trainer.last_name,
    "first_name": Trainer.first_name,
    "email": Trainer.email,
    "created_at": Trainer.created_at,
}
EXPORT_COLUMNS = (
    ExportColumn("ID", NUMBER), ExportColumn("First name"), ExportColumn("Last name"), ExportColumn("Email"),
    ExportColumn("Phone"), ExportColumn("Specializations"), ExportColumn("Hourly rate", NUMBER),
    ExportColumn("Active clients", NUMBER), ExportColumn("Has account"), ExportColumn("Archived at", DATETIME),
    ExportColumn("Created at", DATETIME),
)  # fmt: skip

_open_client_count = (
    sa.select(sa.func.count())
    .where(Assignment.trainer_id == Trainer.id, Assignment.ended_at.is_(None))
    .correlate(Trainer)
    .scalar_subquery()
    .label("client_count")
)


def _filtered(
    actor: Principal,
    *,
    q: str | None = None,
    specialization: str | None = None,
    status: str = "active",
    ids: list[int] | None = None,
    with_match: bool = True,
) -> sa.Select:
    """The trainers the filters keep; `with_match=False` leaves out the search, which has an index of its own."""
    stmt = scoped(Trainer, actor)
    if status == "active":
        stmt = stmt.where(Trainer.archived_at.is_(None))
    elif status == "archived":
        stmt = stmt.where(Trainer.archived_at.is_not(None))
    if specialization:
        stmt = stmt.where(Trainer.specializations.contains([specialization]))
    if ids:
        stmt = stmt.where(Trainer.id.in_(ids))
    match = search.matches(Trainer.search, q)
    if with_match and match is not None:
        stmt = stmt.where(match)
    return stmt


def get_all(*, actor: Principal, sort: str = "last_name", page: int = 1, per_page: int = 25, **filters: Any) -> Page:
    """One page of the organization's trainers, each with its count of current clients."""
    result = paginate_keyed(
        _filtered(actor, **filters, with_match=False),
        match=search.matches(Trainer.search, filters.get("q")),
        key=Trainer.id,
        order_by=sort_clause(sort, SORT_COLUMNS, "last_name", Trainer.id),
        load=lambda stmt: stmt.add_columns(_open_client_count),
        page=page,
        per_page=per_page,
    )
    for trainer, count in result.items:
        trainer.client_count = count
    result.items = [trainer for trainer, _ in result.items]
    return result


def export_rows(*, actor: Principal, sort: str = "last_name", **filters: Any) -> Iterator[tuple]:
    """Every trainer matching the filters as export rows (EXPORT_COLUMNS), streamed from a server-side cursor."""
    stmt = (
        _filtered(actor, **filters)
        .add_columns(_open_client_count)
        .order_by(*sort_clause(sort, SORT_COLUMNS, "last_name", Trainer.id))
        .execution_options(yield_per=1000)
    )
    phone = PhoneFormatter(actor.country)
    for trainer, count in db.session.execute(stmt):
        yield (
            trainer.id, trainer.first_name, trainer.last_name, trainer.email, phone(trainer.phone),
            trainer.specializations, trainer.hourly_rate, count, "yes" if trainer.user_id else "no",
            trainer.archived_at, trainer.created_at,
        )  # fmt: skip


def get(*, actor: Principal, trainer_id: int) -> Trainer:
    """A trainer of the caller's organization, or NotFound."""
    trainer = db.session.execute(
        _filtered(actor, status="all").add_columns(_open_client_count).where(Trainer.id == trainer_id)
    ).one_or_none()
    if trainer is None:
        raise NotFound("No such trainer.")
    trainer[0].client_count = trainer[1]
    return trainer[0]


EMAIL_TAKEN = {
    "uq_trainers_org_email": lambda: Conflict(
        "Another trainer already uses this email.", fields={"email": ["Already used by another trainer."]}
    )
}


def create(*, actor: Principal, **fields: Any) -> Trainer:
    """Add a trainer to the organization (owners and admins)."""
    trainer = Trainer(organization_id=actor.organization_id, **fields)
    db.session.add(trainer)
    flush_or_conflict(EMAIL_TAKEN)
    events.record_by(
        actor,
        TrainerCreated,
        entity_id=trainer.id,
        label=trainer.full_name,
        changes=created(snapshot(trainer, EDITABLE)),
    )
    db.session.commit()
    trainer.client_count = 0
    return trainer


def update(*, actor: Principal, trainer_id: int, **fields: Any) -> Trainer:
    """Change a trainer's details: owners and admins any trainer, a trainer only themself."""
    trainer = get(actor=actor, trainer_id=trainer_id)
    if not actor.is_manager and actor.trainer_id != trainer.id:
        raise Forbidden("Trainers may only edit their own profile.")
    before = snapshot(trainer, EDITABLE)
    for name, value in fields.items():
        setattr(trainer, name, value)
    flush_or_conflict(EMAIL_TAKEN)
    changes = diff(before, snapshot(trainer, EDITABLE))
    if changes:
        events.record_by(actor, TrainerUpdated, entity_id=trainer.id, label=trainer.full_name, changes=changes)
    db.session.commit()
    return trainer


def _set_archived(actor: Principal, trainer_id: int, archived: bool) -> Trainer:
    trainer = get(actor=actor, trainer_id=trainer_id)
    if (trainer.archived_at is not None) == archived:
        return trainer
    before = snapshot(trainer, ("archived_at",))
    trainer.archived_at = datetime.now(UTC) if archived else None
    # An archived trainer can no longer sign in; restoring gives the login back.
    if trainer.user_id is not None:
        db.session.execute(
            sa.update(User).where(User.id == trainer.user_id, User.role == Role.TRAINER).values(is_active=not archived)
        )
    events.record_by(
        actor,
        (TrainerArchived if archived else TrainerRestored),
        entity_id=trainer.id,
        label=trainer.full_name,
        changes=diff(before, snapshot(trainer, ("archived_at",))),
    )
    db.session.commit()
    return trainer


def archive(*, actor: Principal, trainer_id: int) -> Trainer:
    """Hide a trainer from lists and disable their login, keeping all their history."""
    return _set_archived(actor, trainer_id, True)


def restore(*, actor: Principal, trainer_id: int) -> Trainer:
    """Bring an archived trainer back."""
    return _set_archived(actor, trainer_id, False)


def delete(*, actor: Principal, trainer_id: int) -> None:
    """Delete a trainer for good, with their assignments, invitations and trainer login."""
    trainer = get(actor=actor, trainer_id=trainer_id)
    events.record_by(
        actor,
        TrainerDeleted,
        entity_id=trainer.id,
        label=trainer.full_name,
        changes=deleted(snapshot(trainer, EDITABLE)),
    )
    user_id = trainer.user_id
    db.session.delete(trainer)
    db.session.flush()
    if user_id is not None:
        db.session.execute(sa.delete(User).where(User.id == user_id, User.role == Role.TRAINER))
    db.session.commit()


def coach_yourself(*, actor: Principal, trainer_id: int | None = None) -> Trainer:
    """Make an owner or admin a trainer too: link a trainer profile to their own account, or create one from it.

    Without `trainer_id`, an unlinked profile with the account's email is linked, else a new one is made.
    """
    if actor.trainer_id is not None:
        raise Conflict("Your account already has a trainer profile.", code="already_trainer")
    user = db.session.get(User, actor.user_id)
    if trainer_id is not None:
        trainer = get(actor=actor, trainer_id=trainer_id)
        if trainer.user_id is not None:
            raise Conflict("This trainer profile already belongs to another account.")
    else:
        trainer = db.session.execute(
            _filtered(actor, status="all").where(
                sa.func.lower(Trainer.email) == user.email.lower(), Trainer.user_id.is_(None)
            )
        ).scalar_one_or_none()
    if trainer is None:
        return create(
            actor=actor, first_name=user.first_name, last_name=user.last_name, email=user.email, user_id=user.id
        )
    trainer.user_id = user.id
    events.record(
        TrainerUpdated(
            organization_id=actor.organization_id,
            actor=actor,
            entity_id=trainer.id,
            label=trainer.full_name,
            changes={"signs_in_as": {"before": None, "after": user.email}},
        )
    )
    db.session.commit()
    trainer.client_count = get(actor=actor, trainer_id=trainer.id).client_count
    return trainer
