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
