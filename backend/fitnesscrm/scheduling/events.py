"""What happens on the calendar, as domain events: sessions, series, availability and reminder settings."""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class SessionEvent(RecordChanged):
    entity_type = "session"


@dataclass(frozen=True, kw_only=True)
class SessionBooked(SessionEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class SessionChanged(SessionEvent):
    """Moved, resized or edited; the people it gained or lost by id, so each hears what it means for them."""

    action = "update"
    clients_added: tuple[int, ...] = ()
    clients_removed: tuple[int, ...] = ()


@dataclass(frozen=True, kw_only=True)
class SessionCancelled(SessionEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class AttendanceMarked(SessionEvent):
    action = "update"
    status: str


@dataclass(frozen=True, kw_only=True)
class SeriesEvent(RecordChanged):
    entity_type = "session_series"


@dataclass(frozen=True, kw_only=True)
class SeriesBooked(SeriesEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class SeriesChanged(SeriesEvent):
    """This-and-following or whole-series edits."""

    action = "update"


@dataclass(frozen=True, kw_only=True)
class SeriesCancelled(SeriesEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class SeriesExtended(SeriesEvent):
    """More occurrences materialised, by a person or by the daily job (actor None)."""

    action = "update"


@dataclass(frozen=True, kw_only=True)
class AvailabilityEvent(RecordChanged):
    """`entity_id` is the trainer's: the activity log files availability under the trainer."""

    entity_type = "trainer"


@dataclass(frozen=True, kw_only=True)
class WorkingHoursChanged(AvailabilityEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class TimeOffAdded(AvailabilityEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class TimeOffRemoved(AvailabilityEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class ReminderSettingsChanged(RecordChanged):
    entity_type = "organization"
    action = "update"
