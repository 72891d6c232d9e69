from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from fitnesscrm.extensions import db
from fitnesscrm.progress.habits import service
from fitnesscrm.progress.models import Habit, HabitLog


@pytest.fixture
def today(studio):
    """Today in the studio's client's zone."""
    return service.today_of(studio.client)


@pytest.fixture
def make_habit(studio, today):
    def make(client=None, *, kind="count", target=Decimal(10000), unit="steps", name="Walk", starts=None):
        client = client or studio.client
        habit = Habit(
            organization_id=client.organization_id,
            client_id=client.id,
            name=name,
            kind=kind,
            target_value=None if kind == "yes_no" else target,
            unit=None if kind == "yes_no" else unit,
            starts_on=starts or today - timedelta(days=60),
        )
        db.session.add(habit)
        db.session.commit()
        return habit

    return make


@pytest.fixture
def tick(today):
    """tick(habit, days_ago, completed=True): a log row written directly (any day, any result)."""

    def write(habit: Habit, days_ago: int, completed: bool = True, value: Decimal = Decimal(1)) -> date:
        day = today - timedelta(days=days_ago)
        db.session.add(
            HabitLog(
                organization_id=habit.organization_id,
                habit_id=habit.id,
                client_id=habit.client_id,
                day=day,
                value=value,
                completed=completed,
            )
        )
        db.session.commit()
        return day

    return write
