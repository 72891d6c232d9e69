"""Emails caused by other domains' events: sessions booked, moved or cancelled, trainers assigned, accounts.

Each subscriber runs inside the transaction that made the change, so its outbox rows commit or
roll back with it. Everyone concerned hears, each in their own time zone (their account's, else
the studio's), except the person who made the change: they know already. Idempotency keys name
the event and the recipient, so recording one event twice makes one message each:
`session-booked:<session>:<recipient>`, `session-cancelled:<session>:<recipient>`,
`session-moved:<session>:<recipient>:<version>` (the session's `updated_at` and the move's
before → after: a second move is another message) and `assignment:<client>:<trainer>:<n>:<recipient>`
(the nth time this trainer took this client on).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.orm import joinedload, selectinload

from fitnesscrm.assignments.events import TrainerAssigned
from fitnesscrm.assignments.models import Assignment
from fitnesscrm.auth.events import AccountCreated, PasswordChanged
from fitnesscrm.clients.models import Client
from fitnesscrm.core import urls
from fitnesscrm.core.events import DomainEvent, subscribe
from fitnesscrm.core.tenancy import Role
from fitnesscrm.core.views import Viewer
from fitnesscrm.extensions import db
from fitnesscrm.notifications import service
from fitnesscrm.notifications.zones import local_time, user_zones
from fitnesscrm.organizations.models import Organization
from fitnesscrm.scheduling import ical, recurrence, views
from fitnesscrm.scheduling.events import (
    SeriesBooked,
    SeriesCancelled,
    SeriesChanged,
    SeriesEvent,
    SessionBooked,
    SessionCancelled,
    SessionChanged,
    SessionEvent,
)
from fitnesscrm.scheduling.models import RELEASED, Participant, Session, SessionSeries
from fitnesscrm.scheduling.series import first_start
from fitnesscrm.trainers.models import Trainer


@dataclass(frozen=True, kw_only=True)
class TextMessageReceived(DomainEvent):
    """A client texted the studio's number (a verified Twilio webhook); chat threads it into their thread.

    Keywords (STOP, START, HELP) are handled by the SMS channel and never become this event.
    """

    client_id: int
    from_number: str
    body: str
    sms_message_id: int


SESSION_TEMPLATES = {
    SessionBooked: "session_booked",
    SessionChanged: "session_moved",
    SessionCancelled: "session_cancelled",
}
SESSION_SUBJECTS = {
    "session_booked": "Booked: {what}, {when}",
    "session_moved": "Moved: {what}, now {when}",
    "session_cancelled": "Cancelled: {what}, {when}",
}


@dataclass(frozen=True)
class Recipient:
    key: str  # "trainer-3", "client-7": who, in idempotency keys
    user_id: int | None
    address: str
    name: str
    first_name: str
    timezone: str
    viewer: Viewer


def _trainer(trainer: Trainer, zones: dict[int, str | None], studio_zone: str) -> Recipient:
    return Recipient(
        key=f"trainer-{trainer.id}",
        user_id=trainer.user_id,
        address=trainer.email,
        name=trainer.full_name,
        first_name=trainer.first_name,
        timezone=zones.get(trainer.user_id) or studio_zone,
        viewer=Viewer(role=Role.TRAINER),
    )


def _client(client: Client, zones: dict[int, str | None], studio_zone: str) -> Recipient | None:
    if not client.email:
        return None
    return Recipient(
        key=f"client-{client.id}",
        user_id=client.user_id,
        address=client.email,
        name=client.full_name,
        first_name=client.first_name,
        timezone=zones.get(client.user_id) or studio_zone,
        viewer=Viewer(role=Role.CLIENT, client_id=client.id),
    )


def _host() -> str:
    return urlsplit(current_app.config.get("PUBLIC_BASE_URL") or "").hostname or "fitnesscrm"


def _session(session_id: int) -> Session:
    # Fresh from the database (the change is flushed by now), with the people the emails name.
    return db.session.execute(
        sa.select(Session)
        .where(Session.id == session_id)
        .options(joinedload(Session.trainer), selectinload(Session.participants).joinedload(Participant.client))
        .execution_options(populate_existing=True)
    ).scalar_one()


def _moved(changes: dict[str, Any]) -> bool:
    return "starts_at" in changes or "ends_at" in changes


def _people_of_change(event: SessionChanged, session: Session) -> list[tuple[Trainer | Client, str]]:
    """Who hears about a change, and as what: people added hear of a booking, people taken off of a
    cancellation, and everyone else of a move (only when the time changed: a new note is not worth an email)."""
    moved = _moved(event.changes)
    added, removed = set(event.clients_added), set(event.clients_removed)
    people: list[tuple[Trainer | Client, str]] = [(session.trainer, "session_moved")] if moved else []
    for participant in session.participants:
        if participant.client_id in added:
            people.append((participant.client, "session_booked"))
        elif moved and participant.active:
            people.append((participant.client, "session_moved"))
    if removed:
        for client in db.session.scalars(sa.select(Client).where(Client.id.in_(removed))):
            people.append((client, "session_cancelled"))
    return people


@subscribe(SessionBooked, SessionChanged, SessionCancelled)
def email_session_people(event: SessionEvent) -> None:
    """Email the trainer and the clients of a session booked, moved or cancelled, with its .ics attached."""
    session = _session(event.entity_id)
    if isinstance(event, SessionChanged):
        people = _people_of_change(event, session)
    else:
        template = SESSION_TEMPLATES[type(event)]
        released = session.status in RELEASED
        people = [(session.trainer, template)]
        people += [(p.client, template) for p in session.participants if p.active or released]
    if not people:
        return
    clients = [p.client for p in session.participants if p.active or session.status in RELEASED]
    zones = user_zones([person.user_id for person, _ in people if person.user_id])
    studio_zone = db.session.get(Organization, event.organization_id).timezone
    actor_user_id = event.actor.user_id if event.actor else None
    what = session.title or f"{session.kind.replace('_', ' ').capitalize()} session"
    previous = event.changes.get("starts_at", {}).get("before")
    # A change is its own event: the session's version and the move make its keys differ from any earlier one.
    version = f"{session.updated_at.isoformat()}:{previous}>{session.starts_at.isoformat()}"
    host = _host()
    for person, template in people:
        recipient = (
            _trainer(person, zones, studio_zone) if isinstance(person, Trainer) else _client(person, zones, studio_zone)
        )
        if recipient is None or (recipient.user_id is not None and recipient.user_id == actor_user_id):
            continue
        # Someone taken off the session gets a calendar file that cancels it for them.
        event_file = ical.session_event(
            session, host=host, viewer=recipient.viewer, cancelled=template == "session_cancelled"
        )
        ics = ical.to_bytes(what, [event_file])
        key = f"{template.replace('_', '-')}:{session.id}:{recipient.key}"
        when = local_time(session.starts_at, recipient.timezone)
        service.queue_email(
            organization_id=event.organization_id,
            template=template,
            to_address=recipient.address,
            to_name=recipient.name,
            to_user_id=recipient.user_id,
            subject=SESSION_SUBJECTS[template].format(what=what, when=when),
            context={
                "first_name": recipient.first_name,
                "what": what,
                "with": views.companions(
                    recipient.viewer, trainer=session.trainer.full_name, clients=[c.full_name for c in clients]
                ),
                "starts_at": session.starts_at.isoformat(),
                "ends_at": session.ends_at.isoformat(),
                "previous_starts_at": previous if template == "session_moved" else None,
                "timezone": recipient.timezone,
                "location": session.location,
                "online_url": session.online_url,
                "url": urls.public_url("/calendar"),
                # The calendar file as of this change, so the attachment says what the email says.
                "ics": ics.decode(),
            },
            idempotency_key=f"{key}:{version}" if isinstance(event, SessionChanged) else key,
        )


SERIES_TEMPLATES = {SeriesBooked: "series_booked", SeriesChanged: "series_changed", SeriesCancelled: "series_cancelled"}
SERIES_SUBJECTS = {
    "series_booked": "Booked: {what}, {repeats}, first {when}",
    "series_changed": "Changed: {what}, now {repeats}, from {when}",
    "series_cancelled": "Cancelled: {what}, {count} {sessions}",
}
# What a change to a series must touch before its people hear of it: not a note or a price.
SERIES_NEWS = {"starts_at", "repeats", "duration_minutes", "clients", "trainer", "location", "online_url", "title"}


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    parts = ([f"{hours} hour" + ("s" if hours != 1 else "")] if hours else []) + ([f"{rest} minutes"] if rest else [])
    return " ".join(parts)


def _series_start(event: SeriesEvent, series: SessionSeries) -> datetime | None:
    """The first session the email is about: the first booked, the first still to come, the first cancelled now."""
    sessions = sa.select(sa.func.min(Session.starts_at)).where(Session.series_id == series.id)
    if isinstance(event, SeriesCancelled):
        last_cancel = sa.select(sa.func.max(Session.cancelled_at)).where(Session.series_id == series.id)
        return db.session.scalar(sessions.where(Session.cancelled_at == last_cancel.scalar_subquery()))
    if isinstance(event, SeriesChanged):
        return db.session.scalar(sessions.where(Session.status == "scheduled", Session.starts_at >= sa.func.now()))
    return first_start(series)


@subscribe(SeriesBooked, SeriesChanged, SeriesCancelled)
def email_series_people(event: SeriesEvent) -> None:
    """Email the trainer and clients of repeating sessions booked, changed or cancelled, with the whole series
    as a calendar file (one repeating event, its exceptions and cancellations), once per change rather than
    once per session."""
    if isinstance(event, SeriesChanged) and not SERIES_NEWS & set(event.changes):
        return
    template = SERIES_TEMPLATES[type(event)]
    series = db.session.execute(
        sa.select(SessionSeries).where(SessionSeries.id == event.entity_id).options(joinedload(SessionSeries.trainer))
    ).scalar_one()
    occurrences = db.session.scalars(
        sa.select(Session)
        .where(Session.series_id == series.id)
        .options(joinedload(Session.trainer), selectinload(Session.participants).joinedload(Participant.client))
        .order_by(Session.original_start)
    ).all()
    client_ids = set(series.client_ids)
    if isinstance(event, SeriesCancelled):
        client_ids |= {p.client_id for o in occurrences for p in o.participants}
    clients = db.session.scalars(sa.select(Client).where(Client.id.in_(client_ids))).all() if client_ids else []
    people: list[Trainer | Client] = [series.trainer, *clients]
    zones = user_zones([person.user_id for person in people if person.user_id])
    studio_zone = db.session.get(Organization, event.organization_id).timezone
    actor_user_id = event.actor.user_id if event.actor else None
    what = series.title or f"{series.kind.replace('_', ' ').capitalize()} sessions"
    described = recurrence.describe(series.rrule, zone=series.timezone)
    repeats = described[:1].lower() + described[1:]  # "weekly on Mon", inside a sentence
    count = event.changes.get("cancelled_occurrences", {}).get("after") or 0
    starts_at = _series_start(event, series)
    version = hashlib.sha256(json.dumps(event.changes, sort_keys=True, default=str).encode()).hexdigest()[:16]
    host = _host()
    for person in people:
        recipient = (
            _trainer(person, zones, studio_zone) if isinstance(person, Trainer) else _client(person, zones, studio_zone)
        )
        if recipient is None or (recipient.user_id is not None and recipient.user_id == actor_user_id):
            continue
        files = ical.series_events(series, occurrences, host=host, hidden=set(), viewer=recipient.viewer)
        key = f"{template.replace('_', '-')}:{series.id}:{recipient.key}"
        service.queue_email(
            organization_id=event.organization_id,
            template=template,
            to_address=recipient.address,
            to_name=recipient.name,
            to_user_id=recipient.user_id,
            subject=SERIES_SUBJECTS[template].format(
                what=what,
                when=local_time(starts_at, recipient.timezone) if starts_at else "",
                repeats=repeats,
                count=count,
                sessions="session" if count == 1 else "sessions",
            ),
            context={
                "first_name": recipient.first_name,
                "what": what,
                "with": views.companions(
                    recipient.viewer, trainer=series.trainer.full_name, clients=[c.full_name for c in clients]
                ),
                "repeats": repeats,
                "series_clock": f"{series.local_start:%H:%M}",
                "duration": _duration(series.duration_minutes),
                "count": count,
                "starts_at": starts_at.isoformat() if starts_at else None,
                "timezone": recipient.timezone,
                "series_timezone": series.timezone,
                "location": series.location,
                "online_url": series.online_url,
                "url": urls.public_url("/calendar"),
                "ics": ical.to_bytes(what, files).decode(),
            },
            idempotency_key=key if template == "series_booked" else f"{key}:{version}",
        )


@subscribe(TrainerAssigned)
def email_assignment(event: TrainerAssigned) -> None:
    """Tell a trainer about their new client, and the client about their new trainer."""
    # The new assignment is not yet checked against racing requests (assignments.service flushes it
    # after recording this event): nothing here may flush it.
    with db.session.no_autoflush:
        _queue_assignment_emails(event)


def _queue_assignment_emails(event: TrainerAssigned) -> None:
    trainer = db.session.get(Trainer, event.trainer_id)
    client = db.session.get(Client, event.entity_id)
    ended = db.session.execute(
        sa.select(sa.func.count())
        .select_from(Assignment)
        .where(
            Assignment.client_id == client.id,
            Assignment.trainer_id == trainer.id,
            Assignment.ended_at.is_not(None),
        )
    ).scalar_one()
    zones = user_zones([user_id for user_id in (trainer.user_id, client.user_id) if user_id])
    studio_zone = db.session.get(Organization, event.organization_id).timezone
    primary = bool(event.changes.get("is_primary", {}).get("after"))
    actor_user_id = event.actor.user_id if event.actor else None
    to_trainer = _trainer(trainer, zones, studio_zone)
    to_client = _client(client, zones, studio_zone)
    messages = [
        (
            to_trainer,
            "assignment_trainer",
            f"{client.full_name} is now your client",
            urls.public_url(f"/clients/{client.id}"),
        ),
        (to_client, "assignment_client", f"{trainer.full_name} is now your trainer", urls.public_url("/")),
    ]
    for recipient, template, subject, url in messages:
        if recipient is None or (recipient.user_id is not None and recipient.user_id == actor_user_id):
            continue
        service.queue_email(
            organization_id=event.organization_id,
            template=template,
            to_address=recipient.address,
            to_name=recipient.name,
            to_user_id=recipient.user_id,
            subject=subject,
            context={
                "first_name": recipient.first_name,
                "client_name": client.full_name,
                "trainer_name": trainer.full_name,
                "primary": primary,
                "url": url,
            },
            idempotency_key=f"assignment:{client.id}:{trainer.id}:{ended + 1}:{recipient.key}",
        )


@subscribe(AccountCreated)
def email_welcome(event: AccountCreated) -> None:
    """Welcome someone who just accepted their invitation, with the link to sign in."""
    organization = db.session.get(Organization, event.organization_id)
    service.queue_email(
        organization_id=event.organization_id,
        template="welcome",
        to_address=event.email,
        to_name=event.full_name,
        to_user_id=event.user_id,
        subject=f"Welcome to {organization.name}",
        context={"first_name": event.first_name, "email": event.email, "url": urls.public_url("/sign-in")},
        idempotency_key=f"welcome:{event.user_id}",
    )


@subscribe(PasswordChanged)
def email_password_changed(event: PasswordChanged) -> None:
    """Tell the account's owner their password changed, in case it was not them (transactional: always sent)."""
    service.queue_email(
        organization_id=event.organization_id,
        template="password_changed",
        to_address=event.email,
        to_name=event.full_name,
        to_user_id=event.user_id,
        subject="Your FitnessCRM password was changed",
        context={
            "first_name": event.first_name,
            "email": event.email,
            "changed_at": event.at.isoformat(),
            "timezone": event.timezone,
            "reset_url": urls.public_url("/forgot-password"),
        },
        idempotency_key=f"password-changed:{event.user_id}:{event.at.isoformat()}",
    )
