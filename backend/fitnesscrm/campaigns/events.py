"""What happens to a studio's campaigns, as domain events the activity log keeps."""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class CampaignEvent(RecordChanged):
    entity_type = "campaign"


@dataclass(frozen=True, kw_only=True)
class CampaignCreated(CampaignEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class CampaignUpdated(CampaignEvent):
    """Edited, or cancelled (`changes` then holds the status)."""

    action = "update"


@dataclass(frozen=True, kw_only=True)
class CampaignSent(CampaignEvent):
    """Sent now or scheduled (`changes` holds the time it goes out)."""

    action = "send"


@dataclass(frozen=True, kw_only=True)
class CampaignDeleted(CampaignEvent):
    action = "delete"
