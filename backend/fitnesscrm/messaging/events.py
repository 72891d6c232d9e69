"""What happens in chat that other domains react to, and what chat does when others' things happen.

Chat records MessagePosted (notifications send push, SMS replies and the bell from it); it keeps
client threads in step with assignments, and threads a client's text message into their thread.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from fitnesscrm.assignments.events import TrainerAssigned, TrainerUnassigned
from fitnesscrm.clients.models import Client
from fitnesscrm.core.events import DomainEvent, subscribe
from fitnesscrm.extensions import db
from fitnesscrm.messaging.models import Thread, ThreadMember
from fitnesscrm.notifications.events import TextMessageReceived
from fitnesscrm.trainers.models import Trainer


@dataclass(frozen=True, kw_only=True)
class MessagePosted(DomainEvent):
    """A chat message was stored in a thread; recorded in the transaction that stores it.

    `recipient_user_ids` are the thread's members who should hear about it (everyone but the
    author). `via_sms` is true when it arrived as a text message, so nobody texts it back.
    """

    thread_id: int
    message_id: int
    author_user_id: int | None
    author_name: str
    thread_title: str
    preview: str
    recipient_user_ids: tuple[int, ...]
    client_id: int | None = None
    via_sms: bool = False


# Subscribers below import chat's service lazily: the service imports MessagePosted from here.


@subscribe(TrainerAssigned)
def open_client_thread(event: TrainerAssigned) -> None:
    """A trainer takes a client on: the client's thread exists from now on, with the trainer in it."""
    # assignments.service flushes the new assignment itself after recording this event (its race checks).
    with db.session.no_autoflush:
        thread = _client_thread(event.organization_id, event.entity_id)
        trainer = db.session.get(Trainer, event.trainer_id)
        if trainer.user_id is None:
            return
        member = None
        if thread.id is not None:
            member = db.session.execute(
                sa.select(ThreadMember).where(
                    ThreadMember.thread_id == thread.id, ThreadMember.user_id == trainer.user_id
                )
            ).scalar_one_or_none()
        if member is None:
            member = ThreadMember(organization_id=event.organization_id, thread=thread, user_id=trainer.user_id)
            db.session.add(member)
        member.left_at, member.joined_at = None, sa.func.now()
        # What was said before they came is history to read, not a pile of unread messages.
        member.last_read_message_id = max(member.last_read_message_id or 0, thread.last_message_id or 0) or None


@subscribe(TrainerUnassigned)
def leave_client_thread(event: TrainerUnassigned) -> None:
    """A trainer's assignment ends: they leave the client's thread (its history stays)."""
    trainer = db.session.get(Trainer, event.trainer_id)
    if trainer.user_id is None:
        return
    db.session.execute(
        sa.update(ThreadMember)
        .where(
            ThreadMember.user_id == trainer.user_id,
            ThreadMember.left_at.is_(None),
            ThreadMember.thread_id.in_(sa.select(Thread.id).where(Thread.client_id == event.entity_id)),
        )
        .values(left_at=sa.func.now())
    )


@subscribe(TextMessageReceived)
def thread_text_message(event: TextMessageReceived) -> None:
    """A client's text message becomes a message in their thread, by them, marked as sent by text."""
    from fitnesscrm.messaging import service

    client = db.session.get(Client, event.client_id)
    thread = _client_thread(event.organization_id, client.id)
    db.session.flush()
    thread = db.session.execute(sa.select(Thread).where(Thread.id == thread.id).with_for_update()).scalar_one()
    service.store_message(
        thread=thread,
        actor=event.actor,
        author_user_id=client.user_id,
        author_name=client.full_name,
        body=event.body,
        via="sms",
    )


def _client_thread(organization_id: int, client_id: int) -> Thread:
    """The client's thread, made (unflushed) when it does not exist yet."""
    pending = next((t for t in db.session.new if isinstance(t, Thread) and t.client_id == client_id), None)
    thread = pending or db.session.execute(sa.select(Thread).where(Thread.client_id == client_id)).scalar_one_or_none()
    if thread is None:
        thread = Thread(organization_id=organization_id, kind="client", client_id=client_id)
        db.session.add(thread)
    return thread
