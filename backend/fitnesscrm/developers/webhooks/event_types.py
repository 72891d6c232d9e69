"""The public event types an endpoint may subscribe to, what the SPA calls them, and the kind of their object."""

from __future__ import annotations

# type → (label people read, the v2 representation kind its `data.object` is)
EVENT_TYPES: dict[str, tuple[str, str]] = {
    "client.created": ("A client was added", "client"),
    "client.updated": ("A client's details changed", "client"),
    "client.archived": ("A client was archived", "client"),
    "session.booked": ("A session was booked", "session"),
    "session.cancelled": ("A session was cancelled", "session"),
    "session.attended": ("A session was marked attended", "session"),
    "session.no_show": ("A client did not show up to a session", "session"),
    "invoice.paid": ("An invoice was paid in full", "invoice"),
    "payment.failed": ("A payment failed", "payment"),
    "payment.succeeded": ("A payment was recorded", "payment"),
    "membership.started": ("A membership started", "membership"),
    "message.received": ("A client sent a chat or text message", "message"),
    "checkin.submitted": ("A client submitted a check-in", "check_in"),
    "goal.achieved": ("A client reached a goal", "goal"),
}
# Sent only by "Send test event", to the one endpoint asked; nobody subscribes to it.
TEST_EVENT = "webhook.test"


def label(event_type: str) -> str:
    """What people read for an event type ("A session was booked")."""
    if event_type == TEST_EVENT:
        return "Test event"
    return EVENT_TYPES[event_type][0]
