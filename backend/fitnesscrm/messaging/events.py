"""What happens in chat that other domains react to (notifications: push, SMS replies, the bell)."""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import DomainEvent


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
