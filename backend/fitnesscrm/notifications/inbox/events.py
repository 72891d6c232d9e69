"""What rings the bell: other domains' events, written as notifications in the transaction that records them.

Everyone concerned hears, except the person who caused it. Times are in each recipient's zone
(their account's, else the studio's), links are the recipient's own screen (staff and clients
see a session, a thread or a goal in different places).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from fitnesscrm.assignments.events import TrainerAssigned
from fitnesscrm.assignments.models import Assignment
from fitnesscrm.auth.models import User
from fitnesscrm.clients.models import Client
from fitnesscrm.core.events import DomainEvent, subscribe
from fitnesscrm.core.tenancy import Role
from fitnesscrm.extensions import db
from fitnesscrm.messaging.events import MessagePosted
from fitnesscrm.notifications.inbox.service import Note, notify
from fitnesscrm.notifications.zones import local_time, user_zones
from fitnesscrm.organizations.models import Organization
from fitnesscrm.progress.checkins.events import CheckInSubmitted
from fitnesscrm.progress.goals.events import GoalAchieved
from fitnesscrm.scheduling import views
from fitnesscrm.scheduling.events import SessionBooked, SessionCancelled, SessionChanged, SessionEvent
from fitnesscrm.scheduling.models import RELEASED, Participant, Session
from fitnesscrm.trainers.models import Trainer

SESSION_KINDS = {
    SessionBooked: "session_booked",
    SessionChanged: "session_moved",
    SessionCancelled: "session_cancelled",
}
SESSION_TITLES = {"session_booked": "Booked", "session_moved": "Moved", "session_cancelled": "Cancelled"}


def _actor_user_id(event: DomainEvent) -> int | None:
    return event.actor.user_id if event.actor else None


def _not_actor(event: DomainEvent, user_ids) -> list[int]:
    actor = _actor_user_id(event)
    return list(dict.fromkeys(user_id for user_id in user_ids if user_id is not None and user_id != actor))


@subscribe(MessagePosted)
def notify_message(event: MessagePosted) -> None:
    """Each member a chat message is for hears who wrote and what, linked to the thread on their screen."""
    recipients = _not_actor(event, event.recipient_user_ids)
    if not recipients:
        return
    roles = dict(db.session.execute(sa.select(User.id, User.role).where(User.id.in_(recipients))).all())
    title = f"{event.author_name} in {event.thread_title}" if event.author_name else event.thread_title
    notify(
        organization_id=event.organization_id,
        notes=[
            Note(
                user_id=user_id,
                kind="message",
                title=title,
                body=event.preview,
                link=f"/portal/messages/{event.thread_id}"
                if roles.get(user_id) == Role.CLIENT
                else f"/messages/{event.thread_id}",
            )
            for user_id in recipients
            if user_id in roles
        ],
    )


def _moved(changes: dict[str, Any]) -> bool:
    return "starts_at" in changes or "ends_at" in changes


@subscribe(SessionBooked, SessionChanged, SessionCancelled)
def notify_session_people(event: SessionEvent) -> None:
    """The trainer and the clients (with accounts) of a session booked, moved or cancelled hear of it."""
    kind = SESSION_KINDS[type(event)]
    if kind == "session_moved" and not _moved(event.changes):
        return
    session = db.session.execute(
        sa.select(Session)
        .where(Session.id == event.entity_id)
        .options(joinedload(Session.trainer), selectinload(Session.participants).joinedload(Participant.client))
        .execution_options(populate_existing=True)
    ).scalar_one()
    released = session.status in RELEASED
    clients = [p.client for p in session.participants if p.active or released]
    recipients = _not_actor(event, [session.trainer.user_id, *(client.user_id for client in clients)])
    if not recipients:
        return
    zones = user_zones(recipients)
    studio_zone = db.session.get(Organization, event.organization_id).timezone
    what = session.title or f"{session.kind.replace('_', ' ').capitalize()} session"
    client_names = [client.full_name for client in clients]
    notes = []
    for user_id in recipients:
        is_client = user_id != session.trainer.user_id
        when = local_time(session.starts_at, zones.get(user_id) or studio_zone)
        with_whom = session.trainer.full_name if is_client else views.names(client_names)
        notes.append(
            Note(
                user_id=user_id,
                kind=kind,
                title=f"{SESSION_TITLES[kind]}: {what}",
                body=f"{when} with {with_whom}" if with_whom else when,
                link="/portal" if is_client else "/calendar",
            )
        )
    notify(organization_id=event.organization_id, notes=notes)


@subscribe(TrainerAssigned)
def notify_assignment(event: TrainerAssigned) -> None:
    """A trainer hears of their new client, and the client of their new trainer."""
    # assignments.service flushes the new assignment only after recording this event: nothing here may.
    with db.session.no_autoflush:
        trainer = db.session.get(Trainer, event.trainer_id)
        client = db.session.get(Client, event.entity_id)
        notes = [
            Note(
                user_id=user_id,
                kind="assignment",
                title=title,
                body=body,
                link=link,
            )
            for user_id, title, body, link in (
                (
                    trainer.user_id,
                    f"New client: {client.full_name}",
                    f"{client.full_name} is now your client.",
                    f"/clients/{client.id}",
                ),
                (
                    client.user_id,
                    f"Your trainer: {trainer.full_name}",
                    f"{trainer.full_name} is now your trainer.",
                    "/portal",
                ),
            )
            if user_id is not None and user_id != _actor_user_id(event)
        ]
        notify(organization_id=event.organization_id, notes=notes)


def _trainer_users(client_id: int) -> list[int]:
    """The accounts of the client's current trainers."""
    return list(
        db.session.execute(
            sa.select(Trainer.user_id)
            .join(Assignment, Assignment.trainer_id == Trainer.id)
            .where(Assignment.client_id == client_id, Assignment.ended_at.is_(None), Trainer.user_id.is_not(None))
        ).scalars()
    )


@subscribe(CheckInSubmitted)
def notify_check_in(event: CheckInSubmitted) -> None:
    """The client's trainers hear that a weekly check-in waits for their review."""
    recipients = _not_actor(event, _trainer_users(event.entity_id))
    form = (event.changes.get("form") or {}).get("after") or "their check-in"
    notify(
        organization_id=event.organization_id,
        notes=[
            Note(
                user_id=user_id,
                kind="check_in_submitted",
                title=f"{event.label} sent a check-in",
                body=f"{form} is ready for your review.",
                link="/check-ins",
            )
            for user_id in recipients
        ],
    )


@subscribe(GoalAchieved)
def notify_goal(event: GoalAchieved) -> None:
    """The client and their trainers hear that a goal was reached."""
    goal = (event.changes.get("goal") or {}).get("after") or "A goal"
    client_user_id = db.session.execute(sa.select(Client.user_id).where(Client.id == event.entity_id)).scalar_one()
    notes = [
        Note(user_id=user_id, kind="goal_reached", title=f"{event.label} reached a goal", body=goal, link=link)
        for user_id, link in ((user_id, f"/clients/{event.entity_id}") for user_id in _trainer_users(event.entity_id))
    ]
    if client_user_id is not None:
        notes.append(
            Note(user_id=client_user_id, kind="goal_reached", title="Goal reached", body=goal, link="/portal/progress")
        )
    actor = _actor_user_id(event)
    notify(organization_id=event.organization_id, notes=[note for note in notes if note.user_id != actor])
