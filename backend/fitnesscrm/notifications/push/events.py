"""What is pushed to people's devices: new chat messages (topic "messages"), never to their author.

Session reminders are pushed by notifications/reminders.py through `service.queue_reminder_push`.
"""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.core.events import subscribe
from fitnesscrm.core.tenancy import Role
from fitnesscrm.extensions import db
from fitnesscrm.messaging.events import MessagePosted
from fitnesscrm.notifications.push import service

PREVIEW_CHARACTERS = 180


@subscribe(MessagePosted)
def push_message(event: MessagePosted) -> None:
    """Push a new chat message to the devices of every member it is for, opening the thread on their screen."""
    recipients = [user_id for user_id in event.recipient_user_ids if user_id != event.author_user_id]
    if not recipients:
        return
    clients = set(
        db.session.execute(sa.select(User.id).where(User.id.in_(recipients), User.role == Role.CLIENT)).scalars()
    )
    preview = (
        event.preview if len(event.preview) <= PREVIEW_CHARACTERS else event.preview[: PREVIEW_CHARACTERS - 1] + "…"
    )
    title = f"{event.author_name} in {event.thread_title}" if event.author_name else event.thread_title
    for audience, path in ((clients, "/portal/messages"), (set(recipients) - clients, "/messages")):
        service.queue_pushes(
            organization_id=event.organization_id,
            user_ids=sorted(audience),
            template="chat_message",
            title=title,
            body=preview,
            url=f"{path}/{event.thread_id}",
            # One thread's pushes replace each other on a device instead of piling up.
            tag=f"thread-{event.thread_id}",
            idempotency_key=f"push-message:{event.message_id}",
        )
