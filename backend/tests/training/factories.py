"""factory_boy factories for the training tables; organization and client ids are given by the test."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import factory

from fitnesscrm.training.models import (
    ClientProgram,
    Exercise,
    PersonalRecord,
    ProgramTemplate,
    ProgramTemplateVersion,
    ProgramWorkout,
    SetLog,
    WorkoutComment,
    WorkoutLog,
)
from tests.factories import BaseFactory


def _day(exercise_ids: list[int] | None = None) -> dict:
    return {
        "key": str(uuid.uuid4()),
        "name": "Full body",
        "notes": None,
        "blocks": [
            {
                "key": str(uuid.uuid4()),
                "kind": "single",
                "name": None,
                "rounds": None,
                "rest_seconds": None,
                "exercises": [
                    {
                        "key": str(uuid.uuid4()),
                        "exercise_id": exercise_id,
                        "prescription": {"sets": 3, "reps_min": 8, "reps_max": 10, "load": {"type": "kg", "value": 60}},
                    }
                ],
            }
            for exercise_id in exercise_ids or []
        ],
    }


def days_of(exercise_ids: list[int], count: int) -> list[dict]:
    return [_day(exercise_ids) for _ in range(count)]


def program_content(exercise_ids: list[int], *, weeks: int = 1, days: int = 3) -> dict:
    """A stored program document with `weeks` weeks of `days` days, each prescribing `exercise_ids`."""
    return {
        "phases": [],
        "weeks": [
            {"key": str(uuid.uuid4()), "name": None, "phase_key": None, "days": days_of(exercise_ids, days)}
            for _ in range(weeks)
        ],
    }


class ExerciseFactory(BaseFactory):
    """A studio's own exercise unless organization_id=None (a built-in one)."""

    class Meta:
        model = Exercise

    name = factory.Sequence(lambda n: f"Exercise {n}")
    category = "strength"
    primary_muscles = factory.LazyFunction(lambda: ["quadriceps"])
    equipment = factory.LazyFunction(lambda: ["barbell"])
    measurement = "reps_load"
    source = "custom"


class ProgramTemplateFactory(BaseFactory):
    """Needs organization_id."""

    class Meta:
        model = ProgramTemplate

    name = factory.Sequence(lambda n: f"Program {n}")
    visibility = "studio"


class ProgramTemplateVersionFactory(BaseFactory):
    """Needs template_id and content."""

    class Meta:
        model = ProgramTemplateVersion

    number = 1


class ClientProgramFactory(BaseFactory):
    """Needs organization_id, client_id and content."""

    class Meta:
        model = ClientProgram

    name = factory.Sequence(lambda n: f"Program {n}")
    start_date = factory.LazyFunction(date.today)
    training_weekdays = factory.LazyFunction(lambda: [1, 3, 5])


class ProgramWorkoutFactory(BaseFactory):
    """Needs organization_id, client_program_id, client_id and scheduled_date."""

    class Meta:
        model = ProgramWorkout

    week_number = 1
    day_number = 1
    week_key = factory.LazyFunction(lambda: str(uuid.uuid4()))
    day_key = factory.LazyFunction(lambda: str(uuid.uuid4()))
    name = "Full body"
    content = factory.LazyFunction(lambda: _day())


class WorkoutLogFactory(BaseFactory):
    """Needs organization_id and client_id."""

    class Meta:
        model = WorkoutLog

    id = factory.LazyFunction(uuid.uuid4)
    name = "Full body"
    started_at = factory.LazyFunction(lambda: datetime.now(UTC))
    client_updated_at = factory.LazyFunction(lambda: datetime.now(UTC))


class SetLogFactory(BaseFactory):
    """Needs organization_id, client_id, workout_log_id and exercise_id."""

    class Meta:
        model = SetLog

    id = factory.LazyFunction(uuid.uuid4)
    set_number = factory.Sequence(lambda n: n % 5 + 1)
    status = "done"
    reps = 8
    performed_at = factory.LazyFunction(lambda: datetime.now(UTC))
    client_updated_at = factory.LazyFunction(lambda: datetime.now(UTC))


class PersonalRecordFactory(BaseFactory):
    """Needs organization_id, client_id, exercise_id and set_log_id."""

    class Meta:
        model = PersonalRecord

    kind = "heaviest_load"
    value = 100
    achieved_at = factory.LazyFunction(lambda: datetime.now(UTC))


class WorkoutCommentFactory(BaseFactory):
    """Needs organization_id and workout_log_id."""

    class Meta:
        model = WorkoutComment

    author_name = "Sam Coach"
    body = "Strong session."
