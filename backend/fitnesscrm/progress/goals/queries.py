"""The reads goals share: goals with the names of what they are about, milestones, the client's day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from fitnesscrm.clients.models import Client
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization
from fitnesscrm.progress.goals.wording import Names
from fitnesscrm.progress.measurements.units import Units
from fitnesscrm.progress.models import Goal, GoalMilestone, Habit, MeasurementType
from fitnesscrm.training.models import Exercise
from fitnesscrm.training.progress.service import client_zone


def with_names(stmt: sa.Select) -> sa.Select:
    """`stmt` (a select of Goal) plus the names of its measurement type, exercise and habit."""
    return (
        stmt.add_columns(MeasurementType.name, MeasurementType.dimension, Exercise.name, Habit.name)
        .outerjoin(MeasurementType, MeasurementType.id == Goal.measurement_type_id)
        .outerjoin(Exercise, Exercise.id == Goal.exercise_id)
        .outerjoin(Habit, Habit.id == Goal.habit_id)
    )


def named(rows: Sequence) -> list[tuple[Goal, Names]]:
    """Rows of `with_names` as (goal, names)."""
    return [
        (goal, Names(measurement_type=type_name, dimension=dimension, exercise=exercise, habit=habit))
        for goal, type_name, dimension, exercise, habit in rows
    ]


def goals_with_names(stmt: sa.Select) -> list[tuple[Goal, Names]]:
    """The goals `stmt` selects, each with its names, in one statement."""
    return named(db.session.execute(with_names(stmt).order_by(Goal.id)).all())


def milestones_of(goals: Sequence[Goal]) -> dict[int, list[GoalMilestone]]:
    """The milestones of these goals, in order of value, in one statement."""
    if not goals:
        return {}
    found: dict[int, list[GoalMilestone]] = {}
    stmt = sa.select(GoalMilestone).where(GoalMilestone.goal_id.in_([goal.id for goal in goals]))
    for milestone in db.session.execute(stmt.order_by(GoalMilestone.id)).scalars():
        found.setdefault(milestone.goal_id, []).append(milestone)
    return found


def client_today(client: Client) -> tuple[str, date]:
    """The client's zone and today's date in it."""
    zone = client_zone(client)
    return zone, datetime.now(ZoneInfo(zone)).date()


def studio_units(organization_id: int) -> Units:
    """The studio's units, for text many people read (activity entries)."""
    row = db.session.execute(
        sa.select(Organization.weight_unit, Organization.length_unit).where(Organization.id == organization_id)
    ).one()
    return Units(*row)
