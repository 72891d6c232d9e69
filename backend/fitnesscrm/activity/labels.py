"""How the activity log names things for people: record types, actions and fields, in this one place.

Entries keep raw values (instants in UTC, names rather than ids); each changed field is
presented with its label and its kind, so that the web app can show instants and dates in
the reader's zone and the CSV export in the zone of whoever downloads it. A field the map
does not know still reads as its name, humanised.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

ENTITY_TYPES = {
    "client": "Client",
    "trainer": "Trainer",
    "session": "Session",
    "session_series": "Recurring sessions",
    "organization": "Studio settings",
    # training: exercises
    "exercise": "Exercise",
    # training: programs
    "program_template": "Program template",
    "client_program": "Client program",
    # documents
    "document": "Document",
    "document_folder": "Document folder",
    "waiver_signature": "Waiver signature",
    # progress: check-ins
    "check_in_form": "Check-in form",
    # billing (invoices): the catalogue, invoices and payments
    "product": "Product",
    "tax_rate": "Tax rate",
    "discount": "Discount",
    "invoice": "Invoice",
    "payment": "Payment",
    # billing (credits): memberships
    "membership": "Membership",
    # developers: API keys
    "api_key": "API key",
    # developers: webhooks
    "webhook_endpoint": "Webhook endpoint",
    # automation and tasks
    "automation_rule": "Automation",
    "task": "Task",
    # campaigns: segments and email campaigns
    "segment": "Segment",
    "campaign": "Campaign",
    "api_settings": "API settings",
    # auth: two-factor sign-in
    "two_factor": "Two-factor sign-in",
}
ACTIONS = {
    "create": "Created",
    "revoke": "Revoked",
    "send": "Sent",
    "complete": "Completed",
    "reopen": "Reopened",
    "disable": "Disabled",
    "enable": "Enabled",
    "update": "Changed",
    "delete": "Deleted",
    "archive": "Archived",
    "restore": "Restored",
    "assign": "Trainer assigned",
    "unassign": "Trainer unassigned",
    "comment": "Workout comment",
    "finish_workout": "Workout finished",
    # progress: goals
    "set_goal": "Goal set",
    "change_goal": "Goal changed",
    "abandon_goal": "Goal abandoned",
    "achieve_goal": "Goal reached",
    "reach_milestone": "Milestone reached",
    # progress: photos
    "add_photo": "Progress photo added",
    "remove_photo": "Progress photo removed",
    # progress: habits + check-ins
    "assign_habit": "Habit assigned",
    "change_habit": "Habit changed",
    "archive_habit": "Habit archived",
    "assign_check_in": "Check-in assigned",
    "end_check_in": "Check-in ended",
    "submit_check_in": "Check-in submitted",
    "reply_check_in": "Check-in reply",
    "review_check_in": "Check-in reviewed",
    # privacy
    "export": "Data exported",
    "erase": "Erased",
}
# How each kind of value reads: text as it is, choice a code to humanise, date a calendar day,
# instant a UTC time to show in the reader's zone, local a wall-clock time that has no zone,
# period a [start, end] pair of instants, list some texts, flag yes or no, money an amount,
# number a count, minutes a length of time, minutes_before reminder offsets.
KINDS = ("text", "choice", "date", "instant", "local", "period", "list", "flag", "money", "number", "minutes",
         "minutes_before")  # fmt: skip

# In the order a person reads a record; fields not listed follow, by name.
FIELDS: dict[str, tuple[str, str]] = {
    "rate_limit_per_minute": ("Rate limit per API key", "text"),
    "first_name": ("First name", "text"),
    "last_name": ("Last name", "text"),
    "title": ("Title", "text"),
    "kind": ("Type", "choice"),
    "trainer": ("Trainer", "text"),
    "primary_trainer": ("Primary trainer", "text"),
    "is_primary": ("Primary", "flag"),
    "clients": ("Clients", "list"),
    "status": ("Status", "choice"),
    "starts_at": ("Starts", "instant"),
    "ends_at": ("Ends", "instant"),
    "local_start": ("First session (local time)", "local"),
    "duration_minutes": ("Length", "minutes"),
    "repeats": ("Repeats", "text"),
    "timezone": ("Time zone", "text"),
    "capacity": ("Places", "number"),
    "location": ("Location", "text"),
    "online_url": ("Online link", "text"),
    "price": ("Price", "money"),
    "email": ("Email", "text"),
    "phone": ("Phone", "text"),
    "date_of_birth": ("Date of birth", "date"),
    "gender": ("Gender", "choice"),
    "start_date": ("Start date", "date"),
    "source": ("Source", "text"),
    "tags": ("Tags", "list"),
    "specializations": ("Specializations", "list"),
    "hourly_rate": ("Hourly rate", "money"),
    "bio": ("Bio", "text"),
    "goals": ("Goals", "text"),
    "notes": ("Notes", "text"),
    "emergency_contact_name": ("Emergency contact", "text"),
    "emergency_contact_phone": ("Emergency contact phone", "text"),
    "working_hours": ("Working hours", "list"),
    "time_off": ("Time off", "period"),
    "reminder_offsets": ("Reminders", "minutes_before"),
    "occurrences": ("Sessions booked", "number"),
    "cancelled_occurrences": ("Sessions cancelled", "number"),
    "materialized_until": ("Booked until", "instant"),
    "cancelled_at": ("Cancelled", "instant"),
    "archived_at": ("Archived", "instant"),
    "comment": ("Comment", "text"),
    # training: exercises (choices arrive in words, "Lower back", so they read as text)
    "name": ("Name", "text"),
    "aliases": ("Also called", "list"),
    "category": ("Category", "text"),
    "primary_muscles": ("Primary muscles", "list"),
    "secondary_muscles": ("Secondary muscles", "list"),
    "equipment": ("Equipment", "list"),
    "level": ("Level", "text"),
    "mechanic": ("Mechanic", "text"),
    "force": ("Force", "text"),
    "unilateral": ("One side at a time", "flag"),
    "measurement": ("Measured by", "text"),
    "cues": ("Coaching cues", "text"),
    "instructions": ("Steps", "list"),
    "video_url": ("Video", "text"),
    # training: programs
    "program": ("Program", "text"),
    "version": ("Version", "number"),
    "template_version": ("Template version", "number"),
    "training_days": ("Training days", "text"),
    "weeks_updated": ("Weeks updated", "text"),
    "copied_from": ("Copied from", "text"),
    "visibility": ("Shared with", "choice"),
    "description": ("Description", "text"),
    "workout": ("Workout", "text"),
    "total_volume": ("Total volume", "text"),
    # progress: goals
    "goal": ("Goal", "text"),
    "target": ("Target", "text"),
    "milestone": ("Milestone", "text"),
    "milestones": ("Milestones", "list"),
    # progress: photos
    "pose": ("Pose", "choice"),
    "taken_on": ("Taken on", "date"),
    "replaced": ("Replaced", "flag"),
    # documents
    "folder": ("Folder", "text"),
    # a document folder's place: the folder it is in
    "inside": ("Inside", "text"),
    "file_name": ("File", "text"),
    "note": ("Note", "text"),
    "restored_from": ("Restored from", "text"),
    "shared_with": ("Shared with", "list"),
    "signed_by": ("Signed by", "text"),
    "sha256": ("SHA-256", "text"),
    # progress: habits + check-ins
    "habit": ("Habit", "text"),
    "form": ("Form", "text"),
    "weekday": ("Day of the week", "text"),
    "due_on": ("Due", "date"),
    "reply": ("Reply", "text"),
    # billing (invoices): the catalogue, settings, invoices and payments (amounts arrive as they read)
    "number": ("Number", "text"),
    "total": ("Total", "money"),
    "amount_paid": ("Paid", "money"),
    "amount_credited": ("Credited", "money"),
    "amount": ("Amount", "money"),
    "amount_refunded": ("Refunded", "money"),
    "method": ("Paid by", "text"),
    "reference": ("Reference", "text"),
    "reason": ("Reason", "text"),
    # auth: two-factor sign-in
    "two_factor_required": ("Two-factor sign-in required of staff", "flag"),
    "recovery_codes_left": ("Recovery codes left", "number"),
    "signed_in_with": ("Signed in with", "text"),
    "lines": ("Lines", "list"),
    "credits": ("Credits invoice", "text"),
    "terms": ("Terms", "text"),
    "rate": ("Rate", "text"),
    "session_kinds": ("Session kinds", "list"),
    "session_count": ("Sessions", "number"),
    "valid_days": ("Valid for (days)", "number"),
    "interval": ("Billed every", "choice"),
    "sessions_per_period": ("Sessions per period", "number"),
    "minimum_term_periods": ("Minimum term (periods)", "number"),
    "notice_days": ("Notice (days)", "number"),
    "tax_rate": ("Tax rate", "text"),
    "currency": ("Currency", "text"),
    "credit_policy": ("Credit policy", "choice"),
    "late_cancel_hours": ("Late-cancel window (hours)", "number"),
    "late_cancel_penalty": ("Late-cancel penalty", "choice"),
    "late_cancel_fee": ("Late-cancel fee", "money"),
    "no_show_penalty": ("No-show penalty", "choice"),
    "no_show_fee": ("No-show fee", "money"),
    "invoice_due_days": ("Invoices due after (days)", "number"),
    "retry_days": ("Payment retries after (days)", "list"),
    "grace_days": ("Grace period (days)", "number"),
    "legal_name": ("Legal name", "text"),
    "address": ("Address", "text"),
    "tax_id": ("Tax number", "text"),
    "invoice_footer": ("Invoice footer", "text"),
    "stripe_publishable_key": ("Stripe publishable key", "text"),
    "stripe_secret_key": ("Stripe secret key", "text"),
    "stripe_webhook_secret": ("Stripe webhook secret", "text"),
    # developers: webhooks
    "url": ("Address", "text"),
    "event_types": ("Events", "list"),
    "signing_secret": ("Signing secret", "text"),
    "disabled_reason": ("Why it was turned off", "text"),
    "event": ("Event", "text"),
    # campaigns: segments and email campaigns
    "filters": ("Who is in it", "text"),
    "segment": ("Segment", "text"),
    "subject": ("Subject", "text"),
    "subject_b": ("Second subject (A/B test)", "text"),
    "sample_percent": ("A/B sample (percent)", "number"),
    "wait_hours": ("Hours before the A/B winner is sent", "number"),
    "message": ("Message", "text"),
    "scheduled_at": ("Goes out", "instant"),
}


def humanize(name: str) -> str:
    """ "emergency_contact_name" -> "Emergency contact name"."""
    text = name.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def entity_type_label(entity_type: str) -> str:
    return ENTITY_TYPES.get(entity_type) or humanize(entity_type)


def action_label(action: str) -> str:
    return ACTIONS.get(action) or humanize(action)


# Shown for an encrypted field's value (core.changes): the log keeps that it changed, not what it says.
PRIVATE_TEXT = "(private, stored encrypted)"


def _readable(value: Any) -> Any:
    return PRIVATE_TEXT if isinstance(value, dict) and "private" in value else value


def present(changes: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The changed fields in reading order, each with its label and kind."""
    order = {name: n for n, name in enumerate(FIELDS)}
    presented = []
    for name in sorted(changes or {}, key=lambda name: (order.get(name, len(order)), name)):
        change = changes[name]
        if not isinstance(change, dict):
            change = {"before": None, "after": change}
        label, kind = FIELDS.get(name, (humanize(name), "text"))
        before, after = (_readable(change.get(side)) for side in ("before", "after"))
        if PRIVATE_TEXT in (before, after):
            kind = "text"
        presented.append({"field": name, "label": label, "kind": kind, "before": before, "after": after})
    return presented


def _instant(value: str, zone: ZoneInfo) -> str:
    return datetime.fromisoformat(value).astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _minutes(value: int) -> str:
    days, rest = divmod(int(value), 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = [f"{days} d" if days else "", f"{hours} h" if hours else "", f"{minutes} min" if minutes else ""]
    return " ".join(part for part in parts if part) or "0 min"


def value_text(kind: str, value: Any, zone: ZoneInfo) -> str:
    """One value as plain text, instants in `zone`: for the CSV export."""
    if value is None or value == "" or value == []:
        return "—"
    try:
        if kind == "instant":
            return _instant(value, zone)
        if kind == "period" and isinstance(value, list) and len(value) == 2:
            return f"{_instant(value[0], zone)} to {_instant(value[1], zone)}"
        if kind == "local":
            return datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M")
        if kind == "date":
            return date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        return str(value)
    if kind == "flag":
        return "Yes" if value else "No"
    if kind == "choice":
        return humanize(str(value))
    if kind == "minutes":
        return _minutes(value)
    if kind == "minutes_before":
        return ", ".join(f"{_minutes(minutes)} before" for minutes in value)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def changes_text(changes: dict[str, Any] | None, zone: ZoneInfo) -> str:
    """Every changed field as "Label: before → after", one per line: for the CSV export."""
    return "\n".join(
        f"{change['label']}: {value_text(change['kind'], change['before'], zone)} → "
        f"{value_text(change['kind'], change['after'], zone)}"
        for change in present(changes)
    )
