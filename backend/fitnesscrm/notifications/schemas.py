"""The outbox and notification preferences as the API reads and writes them."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.core.pagination import PageArgsSchema
from fitnesscrm.notifications import topics
from fitnesscrm.notifications.models import STATUSES

STATUS_WORDS = {
    "pending": "waiting to be sent",
    "sending": "being sent",
    "sent": "sent",
    "failed": "failed",
    "dead": "gave up",
}


def _times(count: int) -> str:
    return "once" if count == 1 else "twice" if count == 2 else f"{count} times"


class OutboxArgsSchema(PageArgsSchema):
    status = fields.String(validate=ma.validate.OneOf(STATUSES))


class OutboxMessageSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    channel = ma.fields.String(required=True)
    status = ma.fields.String(required=True, validate=ma.validate.OneOf(STATUSES))
    recipient_name = ma.fields.String(required=True)
    recipient_address = ma.fields.String(allow_none=True)
    subject = ma.fields.String(required=True)
    summary = ma.fields.Method(
        "_summary", required=True, metadata={"type": "string", "description": "“Invitation to Sam Lee”"}
    )
    status_text = ma.fields.Method(
        "_status_text",
        required=True,
        metadata={"type": "string", "description": "“Failed 3 times: the mail server refused the connection”"},
    )
    attempts = ma.fields.Integer(required=True)
    last_error = ma.fields.String(allow_none=True)
    next_attempt_at = ma.fields.AwareDateTime(allow_none=True)
    sent_at = ma.fields.AwareDateTime(allow_none=True)
    created_at = ma.fields.AwareDateTime(required=True)
    can_retry = ma.fields.Method("_can_retry", required=True, metadata={"type": "boolean"})

    def _summary(self, message) -> str:
        return f"{topics.TEMPLATE_LABELS.get(message.template, message.template)} to {message.recipient_name}"

    def _status_text(self, message) -> str:
        if message.status in ("failed", "dead") and message.attempts:
            text = f"{STATUS_WORDS[message.status]} {_times(message.attempts)}"
            sentence = (
                f"{text}: {message.last_error[:1].lower()}{message.last_error[1:]}" if message.last_error else text
            )
            return _first_upper(sentence)
        return _first_upper(STATUS_WORDS[message.status])

    def _can_retry(self, message) -> bool:
        return message.status in ("failed", "dead")


def _first_upper(text: str) -> str:
    # Not str.capitalize(): that lowercases the rest, and a reason may hold a name or an SMTP code.
    return text[:1].upper() + text[1:]


class PreferenceSchema(ma.Schema):
    topic = ma.fields.String(required=True, validate=ma.validate.OneOf(list(topics.TOPICS)))
    label = ma.fields.String(required=True)
    email = ma.fields.Boolean(required=True, metadata={"description": "Whether these arrive by email."})
    sms = ma.fields.Boolean(required=True, metadata={"description": "Whether these arrive by text message."})
    push = ma.fields.Boolean(
        required=True, metadata={"description": "Whether these arrive as push notifications on the caller's devices."}
    )
    sms_available = ma.fields.Boolean(
        required=True,
        metadata={
            "description": "Whether the caller can be texted: a mobile number on their profile that never texted STOP."
        },
    )


class PreferenceUpdateSchema(ma.Schema):
    """A topic and the channels to change; a channel left out keeps its setting."""

    topic = fields.String(required=True, validate=ma.validate.OneOf(list(topics.TOPICS)))
    email = ma.fields.Boolean()
    sms = ma.fields.Boolean()
    push = ma.fields.Boolean()


class PreferencesUpdateSchema(ma.Schema):
    preferences = fields.List(ma.fields.Nested(PreferenceUpdateSchema), required=True, max_items=len(topics.TOPICS))


class UnsubscribeSchema(ma.Schema):
    organization_name = ma.fields.String(required=True)
    address = ma.fields.String(required=True)
    topic = ma.fields.String(required=True)
    topic_label = ma.fields.String(required=True)
    subscribed = ma.fields.Boolean(required=True)
