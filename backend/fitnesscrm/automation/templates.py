"""The built-in rules a studio starts from: the roadmap's reminders, birthday, re-engagement and welcome sequence."""

from __future__ import annotations

from typing import Any

from fitnesscrm.errors import NotFound

TEMPLATES: dict[str, dict[str, Any]] = {
    "session_reminder": {
        "name": "Session reminder",
        "description": "When a session is booked, email the client what to bring and how to change it.",
        "trigger": "session_booked",
        "trigger_days": None,
        "steps": [
            {
                "type": "send_email",
                "subject": "See you soon, {{ first_name }}",
                "body": "Hi {{ first_name }},\n\nYou have a session booked at {{ studio_name }}. Bring water and "
                "comfortable shoes, and let us know in good time if you need to move it.\n\n{{ trainer_name }}",
            }
        ],
    },
    "payment_reminder": {
        "name": "Payment reminder",
        "description": "When a payment fails, email the client and, two days later, ask their trainer to follow up.",
        "trigger": "payment_failed",
        "trigger_days": None,
        "steps": [
            {
                "type": "send_email",
                "subject": "Your payment to {{ studio_name }} did not go through",
                "body": "Hi {{ first_name }},\n\nYour last payment did not go through. Please check your card "
                "details in the portal, or reply to this email and we will help.",
            },
            {"type": "wait", "amount": 2, "unit": "days"},
            {
                "type": "create_task",
                "title": "Follow up on {{ full_name }}'s failed payment",
                "due_in_days": 1,
            },
        ],
    },
    "birthday": {
        "name": "Birthday message",
        "description": "On a client's birthday, send them a greeting.",
        "trigger": "birthday",
        "trigger_days": None,
        "steps": [
            {
                "type": "send_email",
                "subject": "Happy birthday, {{ first_name }}!",
                "body": "Happy birthday, {{ first_name }}! Everyone at {{ studio_name }} wishes you a great year.",
            }
        ],
    },
    "re_engagement": {
        "name": "Re-engagement after 14 days",
        "description": "When a client has had no session for 14 days, email them and ask their trainer to call.",
        "trigger": "no_session_in_days",
        "trigger_days": 14,
        "steps": [
            {
                "type": "send_email",
                "subject": "We miss you, {{ first_name }}",
                "body": "Hi {{ first_name }},\n\nIt has been two weeks since your last session. Book your next "
                "one in the portal, or reply and {{ trainer_name }} will find a time with you.",
            },
            {"type": "create_task", "title": "Call {{ full_name }}: no session for 14 days", "due_in_days": 2},
        ],
    },
    "welcome_sequence": {
        "name": "Welcome sequence",
        "description": "A new client gets a welcome email now, their trainer a task after 3 days, and a second "
        "email after 7 days.",
        "trigger": "client_created",
        "trigger_days": None,
        "steps": [
            {
                "type": "send_email",
                "subject": "Welcome to {{ studio_name }}, {{ first_name }}",
                "body": "Hi {{ first_name }},\n\nWelcome to {{ studio_name }}! {{ trainer_name }} will be in touch "
                "to plan your first sessions.",
            },
            {"type": "wait", "amount": 3, "unit": "days"},
            {"type": "create_task", "title": "Check in with new client {{ full_name }}", "due_in_days": 1},
            {"type": "wait", "amount": 4, "unit": "days"},
            {
                "type": "send_email",
                "subject": "Your first week at {{ studio_name }}",
                "body": "Hi {{ first_name }},\n\nHow was your first week? Reply to this email with any question "
                "about your program, and keep an eye on your progress in the portal.",
            },
        ],
    },
}


def get(key: str) -> dict[str, Any]:
    """The template named `key`, or NotFound."""
    if key not in TEMPLATES:
        raise NotFound("There is no such automation template.")
    return TEMPLATES[key]
