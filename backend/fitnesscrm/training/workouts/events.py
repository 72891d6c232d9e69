"""What logging workouts records for people to read later: a finished workout, as an entry about its client.

Workout logs have UUIDs and activity entries name an int record, so the entry is about the
client (labelled with their name) and says which workout in its changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class WorkoutCompleted(RecordChanged):
    action = "finish_workout"
    entity_type = "client"
