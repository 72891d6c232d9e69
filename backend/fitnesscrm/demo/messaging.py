"""The demo studio's chat: a thread for every coached client, a few real exchanges, one group.

The client with a login talks with their trainer (the last message unread by the client, the
trainer's seen); two clients without logins have texted their trainer (messages "by text", unread
by the trainer); the owner runs a group with the trainers and that client. The unread messages have the
bell notifications they would have raised. Rows are written
directly rather than through the chat service: they are history, and recording MessagePosted
would send push notifications and texts about messages "sent" days ago.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.assignments.models import Assignment
from fitnesscrm.auth.models import User
from fitnesscrm.clients.models import Client
from fitnesscrm.extensions import db
from fitnesscrm.messaging.models import Message, Thread, ThreadMember
from fitnesscrm.notifications.inbox.models import InAppNotification
from fitnesscrm.trainers.models import Trainer

# (hours ago, who: "trainer" | "client" | "owner" | "trainerN", words); oldest first.
LOGIN_CLIENT_EXCHANGE = [
    (50, "trainer", "Great session today! How are the legs feeling after those Bulgarian split squats?"),
    (49, "client", "Honestly? Like jelly 😅 But in a good way. Should I stretch tonight or rest?"),
    (48, "trainer", "Light walk and 10 minutes of hip flexor stretches. Hydrate well and get to bed early."),
    (26, "client", "Done! Can we move Thursday to 7:30 instead of 7? Work meeting ran over."),
    (25, "trainer", "7:30 works. I've moved it in the calendar; you should see it now."),
    (3, "trainer", "Quick one: bring your food log on Thursday, I'd like to look at protein together."),
]
TEXTED = [
    [
        (30, "trainer", "Hi! Just checking you got the new program for this block?"),
        (6, "sms", "Got it thanks. Is the Tuesday one ok to do on Wednesday this week?"),
    ],
    [
        (72, "trainer", "Reminder: the studio is closed on Monday for the floor refit."),
        (2, "sms", "Thanks for the heads up, see you Tuesday"),
    ],
]
GROUP_TITLE = "Saturday bootcamp crew"
GROUP_EXCHANGE = [
    (40, "owner", "Bootcamp this Saturday moves to the park if it stays dry. Meet at the main gate at 8:45."),
    (39, "trainer1", "I'll bring the bands and cones. Kettlebells stay here."),
    (20, "client", "Can I bring a friend to try it?"),
    (19, "owner", "Of course, first session is free. Tell them to bring water!"),
]


def _add_message(thread: Thread, *, author_user_id: int | None, body: str, at: datetime, via: str = "app") -> Message:
    message = Message(
        organization_id=thread.organization_id, thread_id=thread.id, author_user_id=author_user_id,
        body=body, via=via, created_at=at,
    )  # fmt: skip
    db.session.add(message)
    db.session.flush()
    thread.last_message_id, thread.last_activity_at = message.id, at
    return message


def _member(thread: Thread, user_id: int, *, joined: datetime) -> ThreadMember:
    member = db.session.execute(
        sa.select(ThreadMember).where(ThreadMember.thread_id == thread.id, ThreadMember.user_id == user_id)
    ).scalar_one_or_none()
    if member is None:
        member = ThreadMember(organization_id=thread.organization_id, thread_id=thread.id, user_id=user_id)
        member.joined_at = joined
        db.session.add(member)
    return member


def _client_threads(organization_id: int) -> dict[int, Thread]:
    """A thread for every client with a trainer, with the trainers who sign in as members, as assigning makes them."""
    first_assigned = dict(
        db.session.execute(
            sa.select(Assignment.client_id, sa.func.min(Assignment.assigned_at))
            .where(Assignment.organization_id == organization_id, Assignment.ended_at.is_(None))
            .group_by(Assignment.client_id)
        ).all()
    )
    threads = {}
    for client_id, at in sorted(first_assigned.items()):
        thread = Thread(
            organization_id=organization_id, kind="client", client_id=client_id, created_at=at, last_activity_at=at
        )
        db.session.add(thread)
        threads[client_id] = thread
    db.session.flush()
    coaching = db.session.execute(
        sa.select(Assignment.client_id, Trainer.user_id, Assignment.assigned_at)
        .join(Trainer, Trainer.id == Assignment.trainer_id)
        .where(
            Assignment.organization_id == organization_id, Assignment.ended_at.is_(None), Trainer.user_id.is_not(None)
        )
    ).all()
    for client_id, user_id, at in coaching:
        _member(threads[client_id], user_id, joined=at)
    return threads


def _converse(thread: Thread, lines, *, now: datetime, people: dict[str, int | None]) -> Message | None:
    last = None
    for hours, who, body in lines:
        via = "sms" if who == "sms" else "app"
        author = people["client"] if who == "sms" else people[who]
        last = _add_message(thread, author_user_id=author, body=body, at=now - timedelta(hours=hours), via=via)
    return last


def _name(user_id: int) -> str:
    user = db.session.get(User, user_id)
    return f"{user.first_name} {user.last_name}".strip()


def _bell(organization_id: int, user_id: int, title: str, message: Message, link: str) -> None:
    """The unread bell notification the message would have raised, written as history like the message."""
    db.session.add(
        InAppNotification(
            organization_id=organization_id, user_id=user_id, kind="message", title=title,
            body=message.body[:500], link=link, created_at=message.created_at,
        )
    )  # fmt: skip


def add(*, now: datetime, organization_id: int) -> int:
    """Chat threads and messages for the demo studio; returns how many messages."""
    threads = _client_threads(organization_id)
    owner_id = db.session.execute(
        sa.select(User.id).where(User.organization_id == organization_id, User.role == "owner").order_by(User.id)
    ).scalar()
    login_client = db.session.execute(
        sa.select(Client).where(Client.organization_id == organization_id, Client.user_id.is_not(None))
    ).scalar_one()
    coaches = db.session.execute(
        sa.select(Assignment.client_id, Trainer.user_id)
        .join(Trainer, Trainer.id == Assignment.trainer_id)
        .where(Assignment.organization_id == organization_id, Assignment.ended_at.is_(None), Assignment.is_primary)
    ).all()
    coach_of = {client_id: user_id for client_id, user_id in coaches if user_id}
    count = 0

    thread = threads[login_client.id]
    trainer_id = coach_of[login_client.id]
    people = {"trainer": trainer_id, "client": login_client.user_id}
    count += len(LOGIN_CLIENT_EXCHANGE)
    last = _converse(thread, LOGIN_CLIENT_EXCHANGE, now=now, people=people)
    trainer_name = _name(trainer_id)
    _bell(organization_id, login_client.user_id, f"Message from {trainer_name}", last, f"/portal/messages/{thread.id}")
    # The trainer has read everything; the client has not yet read the trainer's last message.
    _member(thread, trainer_id, joined=thread.created_at).last_read_message_id = last.id
    _member(thread, login_client.user_id, joined=thread.created_at).last_read_message_id = last.id - 1

    texting = [client_id for client_id in sorted(threads) if client_id != login_client.id and client_id in coach_of]
    for client_id, lines in zip(texting[:2], TEXTED, strict=False):
        thread = threads[client_id]
        first = _converse(thread, lines[:1], now=now, people={"trainer": coach_of[client_id], "client": None})
        _member(thread, coach_of[client_id], joined=thread.created_at).last_read_message_id = first.id
        texted = _converse(thread, lines[1:], now=now, people={"trainer": coach_of[client_id], "client": None})
        client_name = db.session.get(Client, client_id).full_name
        _bell(organization_id, coach_of[client_id], f"Message from {client_name}", texted, f"/messages/{thread.id}")
        count += len(lines)

    trainer_users = (
        db.session.execute(
            sa.select(Trainer.user_id)
            .where(Trainer.organization_id == organization_id, Trainer.user_id.is_not(None))
            .order_by(Trainer.id)
        )
        .scalars()
        .all()
    )
    started = now - timedelta(days=3)
    group = Thread(
        organization_id=organization_id, kind="group", title=GROUP_TITLE, created_by_user_id=owner_id,
        created_at=started, last_activity_at=started,
    )  # fmt: skip
    db.session.add(group)
    db.session.flush()
    people = {"owner": owner_id, "client": login_client.user_id, "trainer1": trainer_users[0]}
    last = _converse(group, GROUP_EXCHANGE, now=now, people=people)
    author = _name(last.author_user_id)
    _bell(organization_id, login_client.user_id, f"{author} in {GROUP_TITLE}", last, f"/portal/messages/{group.id}")
    for user_id in {owner_id, login_client.user_id, *trainer_users}:
        member = _member(group, user_id, joined=started)
        # Everyone but the client has caught up.
        member.last_read_message_id = last.id if user_id != login_client.user_id else last.id - 1
    count += len(GROUP_EXCHANGE)
    db.session.flush()
    return count
