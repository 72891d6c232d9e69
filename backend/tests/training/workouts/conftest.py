"""A client with a program workout scheduled today, and a way to build sync batches for it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from tests.training.factories import ClientProgramFactory, ExerciseFactory, ProgramWorkoutFactory, program_content


@pytest.fixture
def plan(studio):
    """Back squat (with an add-2.5-kg rule) and a bench press prescribed today for `studio.client`."""
    org = studio.org.id
    squat = ExerciseFactory(organization_id=None, name="Back Squat", cues="Brace, then sit down between your heels.")
    bench = ExerciseFactory(organization_id=org, name="Bench Press")
    content = program_content([squat.id, bench.id], days=1)
    day = content["weeks"][0]["days"][0]
    squat_item = day["blocks"][0]["exercises"][0]
    squat_item["prescription"] |= {
        "rest_seconds": 90,
        "progression": {"kind": "add_load", "increment": 2.5, "unit": "kg"},
    }
    program = ClientProgramFactory(organization_id=org, client_id=studio.client.id, content=content, name="Strength")
    today = datetime.now(ZoneInfo(studio.org.timezone)).date()
    workout = ProgramWorkoutFactory(
        organization_id=org, client_program_id=program.id, client_id=studio.client.id, scheduled_date=today,
        content=day, name="Full body A",
    )  # fmt: skip
    later = ProgramWorkoutFactory(
        organization_id=org, client_program_id=program.id, client_id=studio.client.id,
        scheduled_date=today + timedelta(days=2), content=day, name="Full body B",
    )  # fmt: skip
    return SimpleNamespace(
        squat=squat, bench=bench, workout=workout, later=later, program=program, squat_key=squat_item["key"],
        bench_key=day["blocks"][1]["exercises"][0]["key"], today=today,
    )  # fmt: skip


def stamp(minutes: float = 0) -> str:
    """An instant `minutes` from now, as a device sends it."""
    return (datetime.now(UTC) + timedelta(minutes=minutes)).isoformat()


def a_log(**fields) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "name": "Full body A",
        "started_at": stamp(-60),
        "client_updated_at": stamp(-60),
        **fields,
    }


def a_set(log_id: str, exercise_id: int, number: int = 1, **fields) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "workout_log_id": log_id,
        "exercise_id": exercise_id,
        "set_number": number,
        "status": "done",
        "reps": 8,
        "load_value": 60,
        "load_unit": "kg",
        "performed_at": stamp(-30),
        "client_updated_at": stamp(-30),
        **fields,
    }
