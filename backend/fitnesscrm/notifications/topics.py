"""Which notifications exist, what people read them as, and which of them a person may turn off."""

from __future__ import annotations

# Template → topic. Transactional mail (an account's own links and its security notices) always goes.
TRANSACTIONAL = "transactional"
TOPIC_OF = {
    "invitation": TRANSACTIONAL,
    "password_reset": TRANSACTIONAL,
    "unlock": TRANSACTIONAL,
    "password_changed": TRANSACTIONAL,
    "welcome": "account",
    "assignment_trainer": "assignments",
    "assignment_client": "assignments",
    "session_booked": "sessions",
    "session_moved": "sessions",
    "session_cancelled": "sessions",
    "series_booked": "sessions",
    "series_changed": "sessions",
    "series_cancelled": "sessions",
    "reminder": "reminders",
    "chat_message": "messages",
    "payment_reminder": "billing",
    "invoice_issued": "billing",
    "payment_receipt": "billing",
    # Messages a studio writes itself (notifications/merge_fields): campaigns and automations.
    "campaign": "news",
    "automation": "automations",
    # developers: an owner told that a webhook endpoint was turned off after failing deliveries.
    "webhook_disabled": "account",
}
# What a person may turn off, as the preferences screen and the unsubscribe page name it.
TOPICS = {
    "account": "Welcome and account news",
    "assignments": "A trainer or client assigned to you",
    "sessions": "Sessions booked, moved or cancelled",
    "reminders": "Reminders before your sessions",
    "messages": "New chat messages",
    "billing": "Invoices and payment reminders",
    "news": "News and offers from your studio",
    "automations": "Automatic check-ins, reminders and follow-ups",
}
# What the outbox screen calls each message ("Invitation to Sam Lee").
TEMPLATE_LABELS = {
    "invitation": "Invitation",
    "password_reset": "Password reset link",
    "unlock": "Sign-in unlock link",
    "password_changed": "Password changed notice",
    "welcome": "Welcome",
    "assignment_trainer": "New client assignment",
    "assignment_client": "Trainer assignment",
    "session_booked": "Session booked",
    "session_moved": "Session moved",
    "session_cancelled": "Session cancelled",
    "series_booked": "Repeating sessions booked",
    "series_changed": "Repeating sessions changed",
    "series_cancelled": "Repeating sessions cancelled",
    "reminder": "Session reminder",
    "chat_message": "New chat message",
    "payment_reminder": "Payment reminder",
    "invoice_issued": "Invoice",
    "payment_receipt": "Payment receipt",
    "campaign": "Campaign email",
    "automation": "Automated message",
    "webhook_disabled": "Webhook endpoint turned off",
}


def topic_of(template: str) -> str:
    """The topic a template's messages belong to."""
    return TOPIC_OF[template]


def is_transactional(template: str) -> bool:
    """Whether messages of `template` go whatever the person's preferences (and carry no unsubscribe)."""
    return TOPIC_OF[template] == TRANSACTIONAL
