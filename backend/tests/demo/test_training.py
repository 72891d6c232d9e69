"""The demo studio's training data: programs, months of logs written by the app's rules, today's workout."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from fitnesscrm.clients.models import Client
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.demo import content
from fitnesscrm.extensions import db
from fitnesscrm.training import formulas
from fitnesscrm.training.coaching import compliance
from fitnesscrm.training.content import ProgramContentSchema
from fitnesscrm.training.models import (
    ClientProgram,
    PersonalRecord,
    ProgramTemplate,
    ProgramWorkout,
    SetLog,
    WorkoutComment,
    WorkoutLog,
)
from fitnesscrm.training.programs import starters

NOW = datetime(2027, 3, 10, 15, 0, tzinfo=UTC)
ZONE = ZoneInfo(content.TIMEZONE)


@pytest.fixture(scope="module")
def module_transaction(demo_databases):
    """This module's tests share the demo studio loaded at NOW, loaded once per run (conftest's DemoDatabases)."""
    yield from demo_databases.transaction(NOW)


@pytest.fixture(scope="module")
def studio(module_transaction):
    """The demo studio."""
    return module_transaction.demo


def _portal_client(studio) -> Client:
    return db.session.execute(
        sa.select(Client).where(Client.organization_id == studio.organization_id, Client.user_id.is_not(None))
    ).scalar_one()


def test_demo_client_has_a_workout_today_not_yet_logged_and_history(studio):
    client = _portal_client(studio)
    today = NOW.astimezone(ZONE).date()
    workout = db.session.execute(
        sa.select(ProgramWorkout).where(ProgramWorkout.client_id == client.id, ProgramWorkout.scheduled_date == today)
    ).scalar_one()
    assert workout.completed_at is None
    logs = db.session.execute(sa.select(WorkoutLog).where(WorkoutLog.client_id == client.id)).scalars().all()
    assert workout.id not in {log.program_workout_id for log in logs}
    assert len(logs) > 30
    assert min(log.started_at for log in logs) < NOW - timedelta(days=110)
    comments = db.session.execute(
        sa.select(WorkoutComment).join(WorkoutLog, WorkoutLog.id == WorkoutComment.workout_log_id)
        .where(WorkoutLog.client_id == client.id)
    ).scalars().all()  # fmt: skip
    assert comments


def test_demo_programs_are_valid_documents_on_their_weekdays(studio):
    programs = db.session.execute(sa.select(ClientProgram)).scalars().all()
    assert len(programs) == studio.training["programs"] > 10
    for program in programs[:5]:
        ProgramContentSchema().load(program.content)
        days = db.session.execute(
            sa.select(ProgramWorkout.scheduled_date).where(ProgramWorkout.client_program_id == program.id)
        ).scalars()
        assert {day.isoweekday() for day in days} <= set(program.training_weekdays)


def test_demo_sets_are_computed_by_the_app_formulas(studio):
    sets = db.session.execute(sa.select(SetLog).where(SetLog.load_kg.is_not(None)).limit(500)).scalars().all()
    assert sets
    for entry in sets:
        assert entry.load_kg == formulas.to_kg(entry.load_value, entry.load_unit)
        assert entry.e1rm_kg == formulas.estimated_one_rep_max(entry.load_kg, entry.reps)
        assert entry.volume_kg == formulas.volume(entry.load_kg, entry.reps)
    totals = db.session.execute(
        sa.select(WorkoutLog.total_volume_kg, sa.func.coalesce(sa.func.sum(SetLog.volume_kg), 0))
        .join(SetLog, SetLog.workout_log_id == WorkoutLog.id)
        .group_by(WorkoutLog.id)
        .limit(200)
    ).all()  # fmt: skip
    assert all(total == Decimal(summed).quantize(Decimal("0.01")) for total, summed in totals)


def test_demo_loads_progress_and_records_follow_in_order(studio):
    records = db.session.execute(
        sa.select(PersonalRecord).where(PersonalRecord.kind == "heaviest_load")
        .order_by(PersonalRecord.client_id, PersonalRecord.exercise_id, PersonalRecord.achieved_at)
    ).scalars().all()  # fmt: skip
    assert len(records) > 100
    by_exercise = defaultdict(list)
    for record in records:
        by_exercise[(record.client_id, record.exercise_id)].append(record)
    for series in by_exercise.values():
        assert series[0].previous_value is None
        for before, after in pairwise(series):
            assert after.value > before.value and after.previous_value == before.value
    assert max(len(series) for series in by_exercise.values()) >= 4  # months of rising loads


def test_demo_compliance_shows_clients_who_missed_their_last_two(studio):
    owner = db.session.execute(sa.text("SELECT id FROM users WHERE email = :e"), {"e": f"owner@{content.EMAIL_DOMAIN}"})
    actor = Principal(user_id=owner.scalar_one(), organization_id=studio.organization_id, role=Role.OWNER,
                      email="owner", name="Owner")  # fmt: skip
    page = compliance.get_all(actor=actor, now=NOW, per_page=100)
    assert page.meta["total"] == studio.training["programs"]
    assert any(row["missed_last_two"] for row in page.items)
    assert all(row["compliance_28"] is not None for row in page.items)


def test_demo_training_has_thousands_of_sets_and_comments(studio):
    assert studio.training["sets"] > 5_000 and studio.training["comments"] > 10


def test_demo_studio_has_the_starter_programs_a_new_studio_gets(studio):
    names = db.session.execute(
        sa.select(ProgramTemplate.name).where(
            ProgramTemplate.organization_id == studio.organization_id, ProgramTemplate.is_starter.is_(True)
        )
    ).scalars().all()  # fmt: skip
    assert len(names) == studio.starter_programs == len(starters.starters()) >= 4
