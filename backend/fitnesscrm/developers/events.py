"""What happens to a studio's API keys and webhook endpoints, as domain events the activity log keeps."""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class ApiKeyEvent(RecordChanged):
    entity_type = "api_key"


@dataclass(frozen=True, kw_only=True)
class ApiKeyCreated(ApiKeyEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class ApiKeyRevoked(ApiKeyEvent):
    action = "revoke"


@dataclass(frozen=True, kw_only=True)
class WebhookEndpointEvent(RecordChanged):
    entity_type = "webhook_endpoint"


@dataclass(frozen=True, kw_only=True)
class WebhookEndpointCreated(WebhookEndpointEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class WebhookEndpointChanged(WebhookEndpointEvent):
    """Its address, description or event types changed, or its secret was rolled."""

    action = "update"


@dataclass(frozen=True, kw_only=True)
class WebhookEndpointDeleted(WebhookEndpointEvent):
    action = "delete"


@dataclass(frozen=True, kw_only=True)
class WebhookEndpointDisabled(WebhookEndpointEvent):
    """Turned off by a person, or by the system (actor None) after deliveries kept failing."""

    action = "disable"


@dataclass(frozen=True, kw_only=True)
class WebhookEndpointEnabled(WebhookEndpointEvent):
    action = "enable"


@dataclass(frozen=True, kw_only=True)
class WebhookDeliveryReplayed(WebhookEndpointEvent):
    """A delivery (or a test event) sent again by hand; `entity_id` is the endpoint's."""

    action = "send"
