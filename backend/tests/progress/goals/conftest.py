"""Rows that feed goals, written as the measurements, habits, training and scheduling parts write them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.progress.models import Habit, HabitLog, Measurement, MeasurementType
from fitnesscrm.scheduling.models import Participant, Session
from tests.training.factories import ExerciseFactory, WorkoutLogFactory
from tests.training.progress.factories import LoggedSetFactory

LONDON = ZoneInfo("Europe/London")


def today() -> date:
    return datetime.now(LONDON).date()


@pytest.fixture
def feeds(studio):
    """Helpers writing a client's measurements, sets, attended sessions and habit ticks."""
    org = studio.org.id
    weight = db.session.execute(sa.select(MeasurementType).where(MeasurementType.slug == "weight")).scalar_one()
    waist = db.session.execute(sa.select(MeasurementType).where(MeasurementType.slug == "waist")).scalar_one()
    squat = ExerciseFactory(organization_id=org, name="Back Squat", primary_muscles=["quadriceps"])

    def measure(value, *, on=None, client=None, type_=weight):
        row = Measurement(
            organization_id=org,
            client_id=(client or studio.client).id,
            type_id=type_.id,
            measured_on=on or today(),
            value_si=Decimal(str(value)),
        )
        db.session.add(row)
        db.session.commit()
        return row

    def lift(load, reps, *, at=None, client=None, **extra):
        client = client or studio.client
        workout = WorkoutLogFactory(organization_id=org, client_id=client.id)
        return LoggedSetFactory(
            organization_id=org,
            client_id=client.id,
            workout_log_id=workout.id,
            exercise_id=squat.id,
            load_value=Decimal(str(load)),
            reps=reps,
            performed_at=at or datetime.now(UTC),
            **extra,
        )

    def attend(day: date, *, status="completed", client=None):
        starts = datetime.combine(day, datetime.min.time(), LONDON).replace(hour=9)
        session = Session(
            organization_id=org,
            trainer_id=studio.trainer.id,
            kind="personal",
            status=status,
            starts_at=starts,
            ends_at=starts + timedelta(hours=1),
            timezone="Europe/London",
        )
        db.session.add(session)
        db.session.flush()
        db.session.add(
            Participant(
                organization_id=org,
                session_id=session.id,
                client_id=(client or studio.client).id,
                starts_at=session.starts_at,
                ends_at=session.ends_at,
                active=status not in ("cancelled", "late_cancel"),
            )
        )
        db.session.commit()
        return session

    def habit(name="10 minutes of mobility", *, client=None):
        row = Habit(
            organization_id=org,
            client_id=(client or studio.client).id,
            name=name,
            kind="yes_no",
            starts_on=today() - timedelta(days=60),
        )
        db.session.add(row)
        db.session.commit()
        return row

    def tick(habit_row, days, *, completed=True):
        db.session.add_all(
            HabitLog(
                organization_id=org,
                habit_id=habit_row.id,
                client_id=habit_row.client_id,
                day=day,
                value=Decimal(1 if completed else 0),
                completed=completed,
            )
            for day in days
        )
        db.session.commit()

    return SimpleNamespace(
        weight=weight, waist=waist, squat=squat, measure=measure, lift=lift, attend=attend, habit=habit, tick=tick
    )
