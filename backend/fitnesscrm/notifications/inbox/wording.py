"""How a new chat message is named in a bell or a push: who wrote, and where, as the reader would say it."""

from __future__ import annotations

from fitnesscrm.messaging.events import MessagePosted


def message_title(event: MessagePosted, *, for_client: bool) -> str:
    """ "Message from Sam Coach" in one's own chat; "Sam Coach in Bootcamp" in a group; staff see whose chat."""
    author = event.author_name or "Someone"
    if event.client_id is None:
        return f"{author} in {event.thread_title}"
    # A client thread is titled with the client's name: the client's own chat, or the client writing.
    if for_client or author == event.thread_title:
        return f"Message from {author}"
    return f"{author} in the chat with {event.thread_title}"
