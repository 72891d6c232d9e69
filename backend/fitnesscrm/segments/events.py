"""What happens to a studio's segments, as domain events the activity log keeps."""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class SegmentEvent(RecordChanged):
    entity_type = "segment"


@dataclass(frozen=True, kw_only=True)
class SegmentCreated(SegmentEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class SegmentUpdated(SegmentEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class SegmentDeleted(SegmentEvent):
    action = "delete"
