"""The rules for sessions: who may see and book them, no double-booking, moves, cancellations, attendance.

Overlaps are refused by the database's exclusion constraints, so the rule holds
across app processes; a violation becomes a 409 saying who is busy when, with the
nearest free times (`conflicts`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload, selectinload

from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.changes import created, diff, snapshot
from fitnesscrm.core.exports import DATETIME, NUMBER, ExportColumn
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal, Role, scoped
from fitnesscrm.errors import Conflict, Forbidden, NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization
from fitnesscrm.scheduling import availability, conflicts, reminders
from fitnesscrm.scheduling.events import AttendanceMarked, SessionBooked, SessionCancelled, SessionChanged, SessionEvent
from fitnesscrm.scheduling.models import MAX_SESSION_MINUTES, RELEASED, Participant, Reminder, Session, StatusChange
from fitnesscrm.trainers.models import Trainer

EDITABLE = (
    "trainer_id", "kind", "status", "starts_at", "ends_at", "timezone", "capacity", "title",
    "location", "online_url", "notes", "price", "client_ids",
)  # fmt: skip
DETAILS = ("kind", "capacity", "title", "location", "online_url", "notes", "price")
ATTENDANCE = ("completed", "no_show", "late_cancel")
EXCLUSION_VIOLATION = "23P01"
EXPORT_COLUMNS = (
    ExportColumn("ID", NUMBER), ExportColumn("Starts", DATETIME), ExportColumn("Ends", DATETIME),
    ExportColumn("Time zone"), ExportColumn("Trainer"), ExportColumn("Clients"), ExportColumn("Kind"),
    ExportColumn("Status"), ExportColumn("Series", NUMBER), ExportColumn("Location"), ExportColumn("Price", NUMBER),
)  # fmt: skip

Range = tuple[datetime, datetime]


def _with_people(stmt: sa.Select) -> sa.Select:
    return stmt.options(
        joinedload(Session.trainer),
        selectinload(Session.participants).joinedload(Participant.client),
    )


def visible(actor: Principal) -> sa.Select:
    """`select(Session)` limited to what `actor` may see: managers all, trainers theirs, clients their bookings."""
    stmt = scoped(Session, actor)
    if actor.role == Role.TRAINER:
        stmt = stmt.where(Session.trainer_id == actor.trainer_id)
    elif actor.role == Role.CLIENT:
        booked = sa.select(Participant.session_id).where(Participant.client_id == actor.client_id)
        stmt = stmt.where(Session.id.in_(booked))
    return stmt


def organization_zone(actor: Principal) -> str:
    """The IANA zone of the caller's organization."""
    return db.session.scalar(sa.select(Organization.timezone).where(Organization.id == actor.organization_id))


def get_all(
    *,
    actor: Principal,
    page: int = 1,
    per_page: int = 100,
    from_: datetime | None = None,
    to: datetime | None = None,
    trainer_id: int | None = None,
    client_id: int | None = None,
    series_id: int | None = None,
    status: list[str] | None = None,
    ended_by: datetime | None = None,
    sort: str = "starts_at",
) -> Page:
    """One page of sessions overlapping [from, to), by start (latest first for `-starts_at`): three statements."""
    stmt = _filtered(actor, from_=from_, to=to, trainer_id=trainer_id, client_id=client_id, series_id=series_id)
    if ended_by is not None:
        stmt = stmt.where(Session.ends_at <= ended_by)
    if status:
        stmt = stmt.where(Session.status.in_(status))
    order = (Session.starts_at.desc(), Session.id.desc()) if sort == "-starts_at" else (Session.starts_at, Session.id)
    return paginate(_with_people(stmt).order_by(*order), page=page, per_page=per_page)


def _filtered(
    actor: Principal,
    *,
    from_: datetime | None = None,
    to: datetime | None = None,
    trainer_id: int | None = None,
    client_id: int | None = None,
    series_id: int | None = None,
) -> sa.Select:
    stmt = visible(actor)
    if from_ is not None:
        stmt = stmt.where(Session.ends_at > from_)
    if to is not None:
        stmt = stmt.where(Session.starts_at < to)
    if trainer_id is not None:
        stmt = stmt.where(Session.trainer_id == trainer_id)
    if client_id is not None:
        # A client filtering by someone else would learn who else is on their group sessions.
        if actor.role == Role.CLIENT and client_id != actor.client_id:
            return stmt.where(sa.false())
        stmt = stmt.where(Session.id.in_(sa.select(Participant.session_id).where(Participant.client_id == client_id)))
    if series_id is not None:
        stmt = stmt.where(Session.series_id == series_id)
    return stmt


def export_rows(*, actor: Principal, **filters: Any) -> Iterator[tuple]:
    """The sessions matching the filters as export rows (EXPORT_COLUMNS), streamed."""
    stmt = _with_people(_filtered(actor, **filters)).order_by(Session.starts_at, Session.id)
    for session in db.session.scalars(stmt.execution_options(yield_per=500)):
        names = [p.client.full_name for p in session.participants if p.active]
        yield (
            session.id, session.starts_at, session.ends_at, session.timezone, session.trainer.full_name,
            names, session.kind, session.status, session.series_id, session.location, session.price,
        )  # fmt: skip


def get(*, actor: Principal, session_id: int) -> Session:
    """A session the caller may see, with its trainer and participants, or NotFound."""
    session = db.session.scalars(_with_people(visible(actor)).where(Session.id == session_id)).unique().one_or_none()
    if session is None:
        raise NotFound("No such session.")
    return session


def get_for_change(*, actor: Principal, session_id: int) -> Session:
    """A session the caller may change: managers any, trainers their own; clients only read."""
    session = get(actor=actor, session_id=session_id)
    require_trainer(actor, session.trainer_id)
    return session


def require_trainer(actor: Principal, trainer_id: int) -> Trainer:
    """The trainer whose calendar the caller books on: 404 outside the organization, 403 on a colleague's."""
    trainer = db.session.scalars(scoped(Trainer, actor).where(Trainer.id == trainer_id)).one_or_none()
    if trainer is None:
        raise NotFound("No such trainer.")
    if not actor.is_manager and actor.trainer_id != trainer.id:
        raise Forbidden("Trainers book only on their own calendar.")
    return trainer


def clients_for(actor: Principal, client_ids: Sequence[int]) -> list[Client]:
    """The clients named, each of them one the caller may see; a validation error names the others."""
    ids = list(dict.fromkeys(client_ids))
    if not ids:
        return []
    found = {client.id: client for client in db.session.scalars(clients.visible(actor).where(Client.id.in_(ids)))}
    missing = [client_id for client_id in ids if client_id not in found]
    if missing:
        raise ValidationError(
            "Some clients do not exist or are not yours.", fields={"client_ids": [f"No such client: {missing}."]}
        )
    return [found[client_id] for client_id in ids]


def check_hours(actor: Principal, trainer_id: int, zone: str, ranges: Sequence[Range], override: bool) -> bool:
    """True when booking `ranges` needs the owner/admin override, which `override` must then grant."""
    # Pending moves must reach the database through save(), where an overlap becomes a 409, not here.
    with db.session.no_autoflush:
        bad = availability.outside(trainer_id, zone, ranges)
    if not bad:
        return False
    if override and actor.is_manager:
        return True
    if override:
        raise Forbidden("Only an owner or admin may book outside working hours.")
    with db.session.no_autoflush:
        trainer = db.session.get(Trainer, trainer_id)
        raise conflicts.outside_hours(
            actor, trainer_name=trainer.full_name, trainer_id=trainer_id, bad=bad[0], single=len(ranges) == 1
        )


def check_times(starts_at: datetime, ends_at: datetime) -> None:
    """A session ends after it starts and lasts at most MAX_SESSION_MINUTES (a move may change one end only)."""
    if ends_at <= starts_at:
        raise ValidationError("The session must end after it starts.", fields={"ends_at": ["Must be after starts_at."]})
    if ends_at - starts_at > timedelta(minutes=MAX_SESSION_MINUTES):
        raise ValidationError(
            "A session lasts at most 12 hours.", fields={"ends_at": ["At most 12 hours after starts_at."]}
        )


def check_capacity(capacity: int, client_ids: Sequence[int]) -> None:
    """More clients than places is a validation error."""
    if len(set(client_ids)) > capacity:
        raise ValidationError(
            "More clients than the session's capacity.", fields={"client_ids": [f"At most {capacity} clients."]}
        )


def sync_participants(session: Session, client_ids: Sequence[int] | None = None) -> None:
    """Copy the session's times and state onto its participants; replace them with `client_ids` when given."""
    if client_ids is not None:
        keep = set(client_ids)
        for participant in list(session.participants):
            if participant.client_id not in keep:
                session.participants.remove(participant)
        have = {participant.client_id for participant in session.participants}
        for client_id in client_ids:
            if client_id not in have:
                session.participants.append(Participant(organization_id=session.organization_id, client_id=client_id))
    for participant in session.participants:
        participant.starts_at, participant.ends_at = session.starts_at, session.ends_at
        participant.active = session.status not in RELEASED


def save(ranges_of: Sequence[Session], actor: Principal | None = None) -> None:
    """Flush; an overlap refused by the database becomes a 409 saying who is busy when, to `actor` (if any)."""
    candidates = [
        (s.id, s.trainer_id, [p.client_id for p in s.participants if p.active], s.starts_at, s.ends_at)
        for s in ranges_of
        if s.status not in RELEASED
    ]
    zone = ranges_of[0].timezone if ranges_of else "UTC"
    try:
        db.session.flush()
    except IntegrityError as error:
        if getattr(error.orig, "pgcode", None) != EXCLUSION_VIOLATION:
            raise
        constraint = getattr(getattr(error.orig, "diag", None), "constraint_name", "") or ""
        db.session.rollback()
        raise conflicts.booking_conflict(actor, candidates, constraint, zone) from None


def people(trainer_id: int, client_ids: Sequence[int]) -> tuple[str, list[str]]:
    """The trainer's name and the clients' names (sorted), as the activity log records a booking's people."""
    # Never flush half-made changes (a move not yet checked for overlaps) just to look names up.
    with db.session.no_autoflush:
        trainer = db.session.get(Trainer, trainer_id)
        found = db.session.scalars(sa.select(Client).where(Client.id.in_(client_ids))).all() if client_ids else []
    return (trainer.full_name if trainer else ""), sorted(client.full_name for client in found)


def state(session: Session) -> dict[str, Any]:
    """The session's fields as the activity log records them: people by name, instants in UTC."""
    values = snapshot(session, tuple(name for name in EDITABLE if name not in ("trainer_id", "client_ids")))
    values["trainer"], values["clients"] = people(
        session.trainer_id, [p.client_id for p in session.participants if p.active]
    )
    return values


def booking_label(what: str, trainer: str, clients: Sequence[str]) -> str:
    """ "Personal session with Ann Lee and Bob Ray", or with the trainer's name when nobody is booked yet."""
    if not clients:
        return f"{what}, {trainer}" if trainer else what
    if len(clients) == 1:
        return f"{what} with {clients[0]}"
    shown = ", ".join(clients[:2]) if len(clients) > 3 else ", ".join(clients[:-1])
    rest = f"{len(clients) - 2} more" if len(clients) > 3 else clients[-1]
    return f"{what} with {shown} and {rest}"


def label(session: Session) -> str:
    """How the session reads in the activity log: its title or kind and its people; its time goes in `at`."""
    trainer, clients = people(session.trainer_id, [p.client_id for p in session.participants if p.active])
    return booking_label(session.title or f"{session.kind.replace('_', ' ').capitalize()} session", trainer, clients)


def _record(
    event: type[SessionEvent], actor: Principal, session: Session, changes: dict[str, Any], **details: Any
) -> None:
    events.record_by(
        actor, event, entity_id=session.id, label=label(session), changes=changes, at=session.starts_at, **details
    )


def record_status(actor: Principal, session: Session, to_status: str, note: str | None = None) -> None:
    """Change the status and keep the change in the session's history."""
    change = StatusChange(
        organization_id=session.organization_id, session_id=session.id, from_status=session.status,
        to_status=to_status, note=note, changed_by_id=actor.user_id,
    )  # fmt: skip
    db.session.add(change)
    session.status = to_status


def create(
    *,
    actor: Principal,
    trainer_id: int,
    starts_at: datetime,
    ends_at: datetime,
    client_ids: Sequence[int] = (),
    timezone: str | None = None,
    override: bool = False,
    **details: Any,
) -> Session:
    """Book one session: the trainer's own calendar for trainers, any for owners and admins."""
    trainer = require_trainer(actor, trainer_id)
    people = clients_for(actor, client_ids)
    details.setdefault("capacity", max(1, len(people)))
    check_capacity(details["capacity"], client_ids)
    zone = timezone or organization_zone(actor)
    outside = check_hours(actor, trainer.id, zone, [(starts_at, ends_at)], override)
    session = Session(
        organization_id=actor.organization_id, trainer=trainer, trainer_id=trainer.id, starts_at=starts_at,
        ends_at=ends_at, timezone=zone, outside_hours=outside, created_by_id=actor.user_id, **details,
    )  # fmt: skip
    session.participants = []
    db.session.add(session)
    sync_participants(session, [client.id for client in people])
    save([session], actor)
    reminders.sync([session], organization_id=actor.organization_id)
    _record(SessionBooked, actor, session, created(state(session)))
    db.session.commit()
    return get(actor=actor, session_id=session.id)


def update(
    *,
    actor: Principal,
    session_id: int,
    override: bool = False,
    client_ids: Sequence[int] | None = None,
    **fields: Any,
) -> Session:
    """Move, resize or edit one session; an occurrence of a series becomes an exception to it."""
    session = get_for_change(actor=actor, session_id=session_id)
    if session.status == "cancelled":
        raise Conflict("A cancelled session cannot be changed.", code="session_cancelled")
    before, old_times = state(session), (session.starts_at, session.ends_at)
    booked = [p.client_id for p in session.participants if p.active]
    if client_ids is not None:
        clients_for(actor, client_ids)
    for name, value in fields.items():
        setattr(session, name, value)
    check_times(session.starts_at, session.ends_at)
    check_capacity(session.capacity, client_ids if client_ids is not None else booked)
    if (session.starts_at, session.ends_at) != old_times:
        session.outside_hours = check_hours(
            actor, session.trainer_id, session.timezone, [(session.starts_at, session.ends_at)], override
        )
    sync_participants(session, client_ids)
    changes = diff(before, state(session))
    if not changes:
        db.session.rollback()
        return get(actor=actor, session_id=session_id)
    if session.series_id is not None:
        session.is_exception = True
    save([session], actor)
    reminders.sync([session], organization_id=actor.organization_id)
    now_booked = {p.client_id for p in session.participants if p.active}
    _record(
        SessionChanged,
        actor,
        session,
        changes,
        clients_added=tuple(sorted(now_booked - set(booked))),
        clients_removed=tuple(sorted(set(booked) - now_booked)),
    )
    db.session.commit()
    return get(actor=actor, session_id=session.id)


def cancel(*, actor: Principal, session_id: int, reason: str | None = None) -> Session:
    """Cancel one session: it frees the slot, its reminders are cancelled, the history keeps it."""
    session = get_for_change(actor=actor, session_id=session_id)
    if session.status == "cancelled":
        return session
    before = state(session)
    record_status(actor, session, "cancelled", reason)
    session.cancelled_at, session.cancel_reason = datetime.now(UTC), reason
    if session.series_id is not None:
        session.is_exception = True
    sync_participants(session)
    reminders.sync([session], organization_id=actor.organization_id)
    _record(SessionCancelled, actor, session, diff(before, state(session)))
    db.session.commit()
    return get(actor=actor, session_id=session.id)


def mark_attendance(*, actor: Principal, session_id: int, status: str, note: str | None = None) -> Session:
    """Mark a session completed, no-show or late-cancelled; a late cancel frees the slot."""
    session = get_for_change(actor=actor, session_id=session_id)
    if session.status == "cancelled":
        raise Conflict("A cancelled session has no attendance.", code="session_cancelled")
    if status in ("completed", "no_show") and session.starts_at > datetime.now(UTC):
        raise ValidationError("The session has not started yet.", fields={"status": ["Not before the session."]})
    if session.status == status:
        return session
    before = state(session)
    record_status(actor, session, status, note)
    sync_participants(session)
    save([session], actor)
    reminders.sync([session], organization_id=actor.organization_id)
    events.record_by(
        actor, AttendanceMarked, entity_id=session.id, label=label(session), changes=diff(before, state(session)),
        at=session.starts_at, status=status,
    )  # fmt: skip
    db.session.commit()
    return get(actor=actor, session_id=session.id)


def history(*, actor: Principal, session_id: int, page: int = 1, per_page: int = 25) -> Page:
    """The session's status changes, oldest first."""
    session = get(actor=actor, session_id=session_id)
    stmt = (
        sa.select(StatusChange)
        .options(joinedload(StatusChange.changed_by))
        .where(StatusChange.session_id == session.id)
    )
    return paginate(stmt.order_by(StatusChange.changed_at, StatusChange.id), page=page, per_page=per_page)


def reminders_of(*, actor: Principal, session_id: int, page: int = 1, per_page: int = 25) -> Page:
    """The session's reminder records (staff only), by due time."""
    session = get_for_change(actor=actor, session_id=session_id)
    stmt = sa.select(Reminder).where(Reminder.session_id == session.id)
    return paginate(stmt.order_by(Reminder.due_at, Reminder.id), page=page, per_page=per_page)
