"""The rules for clients: who may see and change them, archive, restore and delete."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from fitnesscrm.assignments.events import TrainerAssigned
from fitnesscrm.assignments.models import Assignment
from fitnesscrm.auth.models import User
from fitnesscrm.clients.events import ClientArchived, ClientCreated, ClientDeleted, ClientRestored, ClientUpdated
from fitnesscrm.clients.models import CLIENT_STATUSES, Client, ClientCounts
from fitnesscrm.core import events, search
from fitnesscrm.core.changes import created, deleted, diff, snapshot
from fitnesscrm.core.conflicts import flush_or_conflict
from fitnesscrm.core.exports import DATE, DATETIME, NUMBER, ExportColumn
from fitnesscrm.core.pagination import Page, paginate_keyed, sort_clause
from fitnesscrm.core.phones import PhoneFormatter
from fitnesscrm.core.tenancy import Principal, Role, scoped
from fitnesscrm.errors import Conflict, Forbidden, NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.trainers.models import Trainer

EDITABLE = (
    "first_name", "last_name", "email", "phone", "date_of_birth", "gender", "goals", "notes",
    "emergency_contact_name", "emergency_contact_phone", "tags", "status", "start_date", "source",
)  # fmt: skip
ARCHIVE_FIELDS = ("status", "archived_at")
SORT_COLUMNS = {
    "last_name": Client.last_name,
    "first_name": Client.first_name,
    "email": Client.email,
    "status": Client.status,
    "start_date": Client.start_date,
    "created_at": Client.created_at,
}
EXPORT_COLUMNS = (
    ExportColumn("ID", NUMBER), ExportColumn("First name"), ExportColumn("Last name"), ExportColumn("Email"),
    ExportColumn("Phone"), ExportColumn("Status"), ExportColumn("Tags"), ExportColumn("Primary trainer"),
    ExportColumn("Trainers", NUMBER), ExportColumn("Start date", DATE), ExportColumn("Date of birth", DATE),
    ExportColumn("Gender"), ExportColumn("Source"), ExportColumn("Goals"), ExportColumn("Has account"),
    ExportColumn("Archived at", DATETIME), ExportColumn("Created at", DATETIME),
)  # fmt: skip

_primary = aliased(Assignment, name="primary_assignment")
_primary_trainer = aliased(Trainer, name="primary_trainer")
_PRIMARY_COLUMNS = (
    _primary_trainer.id, _primary_trainer.first_name, _primary_trainer.last_name, Client.open_assignments,
)  # fmt: skip


def visible(actor: Principal) -> sa.Select:
    """`select(Client)` limited to what `actor` may see.

    Owners and admins: every client of the organization. Trainers: clients with an
    open assignment to them. Clients: their own record. Every read of clients,
    here and in other domains, starts from this query.
    """
    stmt = scoped(Client, actor)
    if actor.role == Role.TRAINER:
        assigned = sa.select(Assignment.client_id).where(
            Assignment.trainer_id == actor.trainer_id, Assignment.ended_at.is_(None)
        )
        stmt = stmt.where(Client.id.in_(assigned))
    elif actor.role == Role.CLIENT:
        stmt = stmt.where(Client.id == actor.client_id)
    return stmt


def _has_open_assignment(*conditions) -> sa.Exists:
    return sa.exists().where(Assignment.client_id == Client.id, Assignment.ended_at.is_(None), *conditions)


def _indexed_match(*, q: str | None = None, tag: str | None = None):
    """The filters with an index of their own (full-text search, tags), as one condition, or None."""
    conditions = [search.matches(Client.search, q)]
    if tag:
        conditions.append(Client.tags.contains([tag.strip().lower()]))
    conditions = [condition for condition in conditions if condition is not None]
    return sa.and_(*conditions) if conditions else None


def _filtered(
    actor: Principal,
    *,
    q: str | None = None,
    status: str | None = None,
    tag: str | None = None,
    trainer_id: int | None = None,
    unassigned: bool | None = None,
    ids: list[int] | None = None,
    with_match: bool = True,
) -> sa.Select:
    """The clients `actor` may see that the filters keep; `with_match=False` leaves out those of `_indexed_match`."""
    stmt = visible(actor)
    if status is None:
        stmt = stmt.where(Client.status != "archived")
    elif status != "all":
        stmt = stmt.where(Client.status == status)
    if trainer_id is not None:
        stmt = stmt.where(_has_open_assignment(Assignment.trainer_id == trainer_id))
    if unassigned is True:
        stmt = stmt.where(Client.open_assignments == 0)
    elif unassigned is False:
        stmt = stmt.where(Client.open_assignments > 0)
    if ids:
        stmt = stmt.where(Client.id.in_(ids))
    match = _indexed_match(q=q, tag=tag)
    if with_match and match is not None:
        stmt = stmt.where(match)
    return stmt


def _with_trainers(stmt: sa.Select) -> sa.Select:
    """`stmt` plus the primary trainer's id and names and the count of current trainers, in the same statement."""
    return (
        stmt.outerjoin(
            _primary, sa.and_(_primary.client_id == Client.id, _primary.ended_at.is_(None), _primary.is_primary)
        )
        .outerjoin(_primary_trainer, _primary_trainer.id == _primary.trainer_id)
        .add_columns(*_PRIMARY_COLUMNS)
    )


def _attach(client: Client, trainer_id: int | None, first: str | None, last: str | None, count: int) -> Client:
    client.primary_trainer = None if trainer_id is None else {"id": trainer_id, "full_name": f"{first} {last}"}
    client.trainer_count = count
    return client


def counts(*, actor: Principal) -> dict[str, int]:
    """The organization's clients per status and unassigned (not archived, no trainer), kept by triggers: one row."""
    row = db.session.get(ClientCounts, actor.organization_id)
    return {name: getattr(row, name) if row else 0 for name in (*CLIENT_STATUSES, "unassigned")}


def _known_total(actor: Principal, filters: dict[str, Any]) -> int | None:
    """The list's total from the kept counts when only the status narrows it (a manager's plain list), else None."""
    if not actor.is_manager or any(value not in (None, "", []) for name, value in filters.items() if name != "status"):
        return None
    by_status = counts(actor=actor)
    status = filters.get("status")
    if status == "all":
        return sum(by_status[name] for name in CLIENT_STATUSES)
    if status is None:
        return sum(by_status[name] for name in CLIENT_STATUSES if name != "archived")
    return by_status[status]


def get_all(*, actor: Principal, sort: str = "last_name", page: int = 1, per_page: int = 25, **filters: Any) -> Page:
    """One page of the clients `actor` may see, each with its primary trainer and count of trainers."""
    match = _indexed_match(q=filters.get("q"), tag=filters.get("tag"))
    result = paginate_keyed(
        _filtered(actor, **filters, with_match=False),
        key=Client.id,
        order_by=sort_clause(sort, SORT_COLUMNS, "last_name", Client.id),
        load=_with_trainers,
        page=page,
        per_page=per_page,
        total=_known_total(actor, filters) if match is None else None,
        match=match,
    )
    result.items = [_attach(*row) for row in result.items]
    return result


def export_rows(*, actor: Principal, sort: str = "last_name", **filters: Any) -> Iterator[tuple]:
    """Every client matching the filters as export rows (EXPORT_COLUMNS), streamed from a server-side cursor.

    Plain columns rather than ORM objects: 100k rows stream in seconds. Phones are shown as people read them.
    """
    stmt = (
        _filtered(actor, **filters)
        .with_only_columns(
            Client.id,
            Client.first_name,
            Client.last_name,
            Client.email,
            Client.phone,
            Client.status,
            sa.func.array_to_string(Client.tags, "; "),
            sa.func.concat_ws(" ", _primary_trainer.first_name, _primary_trainer.last_name),
            Client.open_assignments,
            Client.start_date,
            Client.date_of_birth,
            Client.gender,
            Client.source,
            Client.goals,
            sa.case((Client.user_id.is_(None), "no"), else_="yes"),
            Client.archived_at,
            Client.created_at,
        )
        .select_from(Client)
        .outerjoin(_primary, sa.and_(_primary.client_id == Client.id, _primary.ended_at.is_(None), _primary.is_primary))
        .outerjoin(_primary_trainer, _primary_trainer.id == _primary.trainer_id)
        .order_by(*sort_clause(sort, SORT_COLUMNS, "last_name", Client.id))
        .execution_options(yield_per=1000)
    )
    phone = PhoneFormatter(actor.country)
    # Core rather than ORM execution: the rows are plain columns, and the ORM's row handling costs
    # half a second per 100k rows.
    for row in db.session.connection().execute(stmt):
        yield (*row[:4], phone(row[4]), *row[5:])


def find(*, actor: Principal, client_id: int, lock: bool = False) -> Client:
    """A client `actor` may see (optionally locked for update), or NotFound."""
    stmt = visible(actor).where(Client.id == client_id)
    if lock:
        stmt = stmt.with_for_update(of=Client)
    client = db.session.execute(stmt).scalar_one_or_none()
    if client is None:
        raise NotFound("No such client.")
    return client


def find_many(*, actor: Principal, client_ids: list[int], lock: bool = False) -> list[Client]:
    """Every listed client, or NotFound when `actor` cannot see one of them."""
    stmt = visible(actor).where(Client.id.in_(client_ids)).order_by(Client.id)
    if lock:
        stmt = stmt.with_for_update(of=Client)
    clients = list(db.session.execute(stmt).scalars())
    if len(clients) != len(set(client_ids)):
        raise NotFound("Some of these clients do not exist or are not yours.")
    return clients


def get(*, actor: Principal, client_id: int) -> Client:
    """A client `actor` may see, with the trainers coaching them now, or NotFound."""
    client = find(actor=actor, client_id=client_id)
    rows = db.session.execute(
        scoped(Assignment, actor)
        .with_only_columns(Assignment.trainer_id, Trainer.first_name, Trainer.last_name, Assignment.is_primary,
                           Assignment.assigned_at)
        .join(Trainer, Trainer.id == Assignment.trainer_id)
        .where(Assignment.client_id == client.id, Assignment.ended_at.is_(None))
        .order_by(Assignment.is_primary.desc(), Assignment.assigned_at, Assignment.id)
    ).all()  # fmt: skip
    client.trainers = [
        {"trainer_id": trainer_id, "full_name": f"{first} {last}", "is_primary": primary, "assigned_at": at}
        for trainer_id, first, last, primary, at in rows
    ]
    primary = next((row for row in rows if row.is_primary), None)
    return _attach(client, *(primary[:3] if primary else (None, None, None)), len(rows))


EMAIL_TAKEN = {
    "uq_clients_org_email": lambda: Conflict(
        "Another client already uses this email.", fields={"email": ["Already used by another client."]}
    )
}


def create(*, actor: Principal, **fields: Any) -> Client:
    """Add a client; one added by a trainer is assigned to that trainer as primary."""
    if actor.role == Role.TRAINER and actor.trainer_id is None:
        raise Forbidden("Your login has no trainer profile to assign the client to.")
    client = Client(organization_id=actor.organization_id, **fields)
    db.session.add(client)
    flush_or_conflict(EMAIL_TAKEN)
    events.record_by(
        actor, ClientCreated, entity_id=client.id, label=client.full_name, changes=created(snapshot(client, EDITABLE))
    )
    if actor.role == Role.TRAINER:
        trainer = db.session.get(Trainer, actor.trainer_id)
        db.session.add(
            Assignment(
                organization_id=actor.organization_id, client_id=client.id, trainer_id=trainer.id,
                is_primary=True, assigned_by_id=actor.user_id,
            )
        )  # fmt: skip
        events.record_by(
            actor,
            TrainerAssigned,
            entity_id=client.id,
            trainer_id=trainer.id,
            label=client.full_name,
            changes={"trainer": {"before": None, "after": trainer.full_name}},
        )
    db.session.commit()
    return get(actor=actor, client_id=client.id)


def update(*, actor: Principal, client_id: int, **fields: Any) -> Client:
    """Change a client's details (owners, admins, and the client's trainers)."""
    client = find(actor=actor, client_id=client_id, lock=True)
    if client.status == "archived" and fields.get("status", "archived") != "archived":
        raise ValidationError(
            "Restore the client before changing their status.", fields={"status": ["The client is archived."]}
        )
    before = snapshot(client, EDITABLE)
    for name, value in fields.items():
        setattr(client, name, value)
    flush_or_conflict(EMAIL_TAKEN)
    changes = diff(before, snapshot(client, EDITABLE))
    if changes:
        events.record_by(actor, ClientUpdated, entity_id=client.id, label=client.full_name, changes=changes)
    db.session.commit()
    return get(actor=actor, client_id=client_id)


def _archive(actor: Principal, client: Client) -> bool:
    """Archive `client` in the caller's transaction; False when it already was."""
    if client.status == "archived":
        return False
    before = snapshot(client, ARCHIVE_FIELDS)
    client.status_before_archive = client.status
    client.status = "archived"
    client.archived_at = datetime.now(UTC)
    events.record_by(
        actor,
        ClientArchived,
        entity_id=client.id,
        label=client.full_name,
        changes=diff(before, snapshot(client, ARCHIVE_FIELDS)),
    )
    return True


def archive(*, actor: Principal, client_id: int) -> Client:
    """Hide a client from lists, remembering their status for a restore; history is kept."""
    _archive(actor, find(actor=actor, client_id=client_id, lock=True))
    db.session.commit()
    return get(actor=actor, client_id=client_id)


def _restore(actor: Principal, client: Client) -> bool:
    """Restore `client` in the caller's transaction; False when it was not archived."""
    if client.status != "archived":
        return False
    before = snapshot(client, ARCHIVE_FIELDS)
    client.status = client.status_before_archive or "inactive"
    client.status_before_archive = None
    client.archived_at = None
    events.record_by(
        actor,
        ClientRestored,
        entity_id=client.id,
        label=client.full_name,
        changes=diff(before, snapshot(client, ARCHIVE_FIELDS)),
    )
    return True


def restore(*, actor: Principal, client_id: int) -> Client:
    """Bring an archived client back with the status they had (or inactive)."""
    if _restore(actor, find(actor=actor, client_id=client_id, lock=True)):
        db.session.commit()
    return get(actor=actor, client_id=client_id)


def bulk_archive(*, actor: Principal, ids: list[int]) -> dict[str, int]:
    """Archive many clients at once: all of them, or none when one is not visible to `actor`."""
    clients = find_many(actor=actor, client_ids=ids, lock=True)
    archived = sum(_archive(actor, client) for client in clients)
    db.session.commit()
    return {"archived": archived}


def bulk_restore(*, actor: Principal, ids: list[int]) -> dict[str, int]:
    """Restore many archived clients at once: all of them, or none when one is not visible to `actor`."""
    clients = find_many(actor=actor, client_ids=ids, lock=True)
    restored = sum(_restore(actor, client) for client in clients)
    db.session.commit()
    return {"restored": restored}


def delete(*, actor: Principal, client_id: int) -> None:
    """Delete a client for good, with their assignments, invitations and client login."""
    client = find(actor=actor, client_id=client_id)
    events.record_by(
        actor,
        ClientDeleted,
        entity_id=client.id,
        label=client.full_name,
        changes=deleted(snapshot(client, EDITABLE)),
    )
    user_id = client.user_id
    db.session.delete(client)
    db.session.flush()
    if user_id is not None:
        db.session.execute(sa.delete(User).where(User.id == user_id, User.role == Role.CLIENT))
    db.session.commit()
