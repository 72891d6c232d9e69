"""How rules, conditions and runs read for people: sentences, never codes."""

from __future__ import annotations

from typing import Any

TRIGGER_LABELS = {
    "client_created": "A client is added",
    "session_booked": "A session is booked",
    "session_attended": "A client attends a session",
    "session_no_show": "A client does not show up",
    "session_cancelled": "A session is cancelled",
    "payment_failed": "A payment fails",
    "goal_achieved": "A client reaches a goal",
    "no_session_in_days": "No session in N days",
    "birthday": "The client's birthday",
    "days_after_start": "N days after the client's start date",
    "membership_expiring_in_days": "A membership ends within N days",
    "check_in_overdue": "A weekly check-in is overdue",
}


def trigger_text(trigger: str, days: int | None) -> str:
    """'No session in 14 days', 'A session is booked'."""
    label = TRIGGER_LABELS[trigger]
    if "N" in label.split():
        return label.replace(" N ", f" {days} ").replace("in 1 days", "in 1 day").replace("1 days", "1 day")
    return label


def condition_text(
    condition: dict[str, Any], trainer_names: dict[int, str], segment_names: dict[int, str] | None = None
) -> str:
    """One condition in words."""
    kind = condition["type"]
    if kind == "status_in":
        return "Status is " + " or ".join(status for status in condition["statuses"])
    if kind == "has_tag":
        return f"Tagged “{condition['tag']}”"
    if kind == "lacks_tag":
        return f"Not tagged “{condition['tag']}”"
    if kind == "primary_trainer_is":
        return f"Primary trainer is {trainer_names.get(condition['trainer_id'], 'a former trainer')}"
    if kind == "in_segment":
        return f"In the segment “{(segment_names or {}).get(condition['segment_id'], 'a deleted segment')}”"
    if kind == "has_active_membership":
        return "Has an active membership"
    return "Has no active membership"


OCCASION_LABELS = {
    "client_created": "Added as a client",
    "session_booked": "Session booked",
    "session_attended": "Attended a session",
    "session_no_show": "Missed a session",
    "session_cancelled": "Session cancelled",
    "payment_failed": "Payment failed",
    "goal_achieved": "Reached a goal",
    "no_session": "No recent session",
    "birthday": "Birthday",
    "start": "Days since starting",
    "membership_expiring": "Membership ending",
    "check_in_overdue": "Check-in overdue",
}


def occasion_text(occasion: str) -> str:
    """What fired a run, in words: 'Birthday 2026', 'Session booked'."""
    kind, _, detail = occasion.partition(":")
    label = OCCASION_LABELS.get(kind, kind.replace("_", " ").capitalize())
    return f"{label} {detail}" if kind == "birthday" else label
