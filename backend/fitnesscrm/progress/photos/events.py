"""Photos added and removed, as entries about the client (their name), saying which pose of which day."""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class PhotoEvent(RecordChanged):
    entity_type = "client"


@dataclass(frozen=True, kw_only=True)
class PhotoAdded(PhotoEvent):
    """A new photo of a pose and day (replacing the one there was, if any)."""

    action = "add_photo"


@dataclass(frozen=True, kw_only=True)
class PhotoRemoved(PhotoEvent):
    action = "remove_photo"
