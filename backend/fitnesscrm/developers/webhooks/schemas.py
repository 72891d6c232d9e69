"""Webhook endpoints and their deliveries as the API reads and writes them (the SPA's types come from these)."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.core.pagination import PageArgsSchema
from fitnesscrm.developers.webhooks.event_types import EVENT_TYPES, label
from fitnesscrm.developers.webhooks.models import DELIVERY_STATUSES

STATUS_WORDS = {
    "pending": "Waiting to be sent",
    "sending": "Being sent",
    "delivered": "Delivered",
    "failed": "Failed, will try again",
    "dead": "Gave up",
}


class WebhookEventTypeSchema(ma.Schema):
    type = ma.fields.String(required=True, metadata={"description": "e.g. session.booked"})
    label = ma.fields.String(required=True, metadata={"description": "“A session was booked”"})


class WebhookEndpointSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    url = ma.fields.String(required=True)
    description = ma.fields.String(allow_none=True, required=True)
    event_types = ma.fields.List(ma.fields.String(), required=True)
    event_labels = ma.fields.Method(
        "_event_labels", required=True, metadata={"type": "array", "items": {"type": "string"}}
    )
    enabled = ma.fields.Boolean(required=True)
    disabled_reason = ma.fields.String(allow_none=True, required=True)
    disabled_at = ma.fields.AwareDateTime(allow_none=True, required=True)
    consecutive_failures = ma.fields.Integer(
        required=True, metadata={"description": "Failed tries in a row, across events; a delivery sets it back to 0."}
    )
    created_at = ma.fields.AwareDateTime(required=True)
    updated_at = ma.fields.AwareDateTime(required=True)

    def _event_labels(self, endpoint) -> list[str]:
        return [label(name) for name in endpoint.event_types if name in EVENT_TYPES]


class WebhookEndpointWithSecretSchema(WebhookEndpointSchema):
    signing_secret = ma.fields.String(
        required=True, metadata={"description": "Shown only now: when the endpoint is made or its secret rolled."}
    )


def _event_types_field(**kwargs) -> fields.List:
    return fields.List(
        fields.String(validate=ma.validate.OneOf(list(EVENT_TYPES))), max_items=len(EVENT_TYPES), min_items=1, **kwargs
    )


class WebhookEndpointCreateSchema(ma.Schema):
    url = fields.String(
        required=True,
        validate=ma.validate.Length(min=1, max=2000),
        metadata={"description": "https://… on a public address (private ones only where the operator allows them)."},
    )
    description = fields.String(allow_none=True, validate=ma.validate.Length(max=200))
    event_types = _event_types_field(required=True)


class WebhookEndpointUpdateSchema(WebhookEndpointCreateSchema):
    """Any subset of the create fields, and `enabled` to turn the endpoint off or on again."""

    enabled = ma.fields.Boolean()


class WebhookDeliveryArgsSchema(PageArgsSchema):
    status = fields.String(validate=ma.validate.OneOf(DELIVERY_STATUSES))


class WebhookDeliverySchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    event_id = ma.fields.String(required=True, metadata={"description": "evt_…, also sent as FitnessCRM-Event-Id."})
    event_type = ma.fields.String(required=True, attribute="event.type")
    event_label = ma.fields.Method("_event_label", required=True, metadata={"type": "string"})
    status = ma.fields.String(required=True, validate=ma.validate.OneOf(DELIVERY_STATUSES))
    status_text = ma.fields.Method(
        "_status_text", required=True, metadata={"type": "string", "description": "“Failed, will try again”"}
    )
    attempts = ma.fields.Integer(required=True)
    last_status_code = ma.fields.Integer(allow_none=True, required=True)
    last_response_excerpt = ma.fields.String(allow_none=True, required=True)
    last_error = ma.fields.String(allow_none=True, required=True)
    last_duration_ms = ma.fields.Integer(allow_none=True, required=True)
    last_attempt_at = ma.fields.AwareDateTime(allow_none=True, required=True)
    next_attempt_at = ma.fields.AwareDateTime(
        allow_none=True, required=True, metadata={"description": "When it is tried next, while it is failing."}
    )
    delivered_at = ma.fields.AwareDateTime(allow_none=True, required=True)
    created_at = ma.fields.AwareDateTime(required=True)
    can_replay = ma.fields.Method("_can_replay", required=True, metadata={"type": "boolean"})

    def _event_label(self, delivery) -> str:
        return label(delivery.event.type)

    def _status_text(self, delivery) -> str:
        return STATUS_WORDS[delivery.status]

    def _can_replay(self, delivery) -> bool:
        return delivery.endpoint.enabled and delivery.status not in ("pending", "sending")
