"""What happens in the coach's view, as domain events."""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class WorkoutCommented(RecordChanged):
    """Someone commented on a client's workout; the entry is about the client (workout logs have UUIDs)."""

    action = "comment"
    entity_type = "client"
