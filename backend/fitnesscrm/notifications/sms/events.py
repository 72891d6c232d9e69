"""Chat replies by text: a client who said yes to "New chat messages" by text gets their coach's messages as texts.

Only messages in a client's own thread, never ones that came in as a text (they would echo back),
and never the client's own. Their reply to the text comes back through the inbound webhook and is
threaded into the same chat (TextMessageReceived).
"""

from __future__ import annotations

from fitnesscrm.clients.models import Client
from fitnesscrm.core.events import subscribe
from fitnesscrm.extensions import db
from fitnesscrm.messaging.events import MessagePosted
from fitnesscrm.notifications.sms import service


@subscribe(MessagePosted)
def text_chat_message_to_client(event: MessagePosted) -> None:
    """Queue a text of a new chat message to the thread's client, when they prefer texts for messages."""
    if event.client_id is None or event.via_sms:
        return
    client = db.session.get(Client, event.client_id)
    if client is None or not client.phone or client.status == "archived":
        return
    if client.user_id is not None and client.user_id == event.author_user_id:
        return
    service.queue_text(
        organization_id=event.organization_id,
        template="chat_message",
        to_number=client.phone,
        to_name=client.full_name,
        to_user_id=client.user_id,
        subject=f"Message from {event.author_name}",
        context={
            "author_name": event.author_name,
            "preview": event.preview,
            "client_id": client.id,
            "thread_id": event.thread_id,
        },
        idempotency_key=f"chat-text:{event.message_id}:client-{client.id}",
    )
