"""What happens to habits: assigned, changed and archived are activity entries; a tick is a plain event.

A tick is too small to read about in the activity log (a client may tick five habits a day),
but goals of kind habit_streak re-evaluate on it, so `HabitLogged` is a plain DomainEvent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fitnesscrm.core.events import DomainEvent, RecordChanged


@dataclass(frozen=True, kw_only=True)
class HabitLogged(DomainEvent):
    """A client's day of a habit was ticked off, changed or cleared."""

    client_id: int
    habit_id: int
    day: date


@dataclass(frozen=True, kw_only=True)
class HabitAssigned(RecordChanged):
    """Staff gave a client a habit; the entry is about the client."""

    action = "assign_habit"
    entity_type = "client"


@dataclass(frozen=True, kw_only=True)
class HabitChanged(RecordChanged):
    action = "change_habit"
    entity_type = "client"


@dataclass(frozen=True, kw_only=True)
class HabitArchived(RecordChanged):
    action = "archive_habit"
    entity_type = "client"
