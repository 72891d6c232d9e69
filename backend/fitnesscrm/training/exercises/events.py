"""What happens to a studio's exercises, as domain events (the activity log keeps them)."""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class ExerciseEvent(RecordChanged):
    entity_type = "exercise"


@dataclass(frozen=True, kw_only=True)
class ExerciseCreated(ExerciseEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class ExerciseCopied(ExerciseEvent):
    """A studio changed a built-in exercise and so got its own copy (a new record): `changes` are its differences."""

    action = "create"


@dataclass(frozen=True, kw_only=True)
class ExerciseUpdated(ExerciseEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class ExerciseArchived(ExerciseEvent):
    action = "archive"


@dataclass(frozen=True, kw_only=True)
class ExerciseRestored(ExerciseEvent):
    action = "restore"
