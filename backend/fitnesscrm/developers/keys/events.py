"""Changes to a studio's /api/v2 settings, as domain events the activity log keeps."""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class ApiSettingsUpdated(RecordChanged):
    entity_type = "api_settings"
    action = "update"
