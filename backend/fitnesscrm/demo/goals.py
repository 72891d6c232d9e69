"""The demo studio's goals: for each active client with a trainer, goals of every kind their data can feed.

- a lift goal on the exercise they have logged most (squat, bench press…), its target a little
  above (or, for one in three, just below) their best e1RM since the goal started six weeks ago;
- an attendance goal (their sessions a week for eight weeks from six weeks ago);
- a weight goal when the demo has weight measurements for them (five kilograms from where they
  started, the direction they are heading), and a streak goal on their first habit, if any.

Goals are bulk-inserted, then each client's goals are evaluated as the app does when something
feeds them, so the ones already met are marked reached with their milestones and activity entries.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import distinct_on

from fitnesscrm.assignments.models import Assignment
from fitnesscrm.clients.models import Client
from fitnesscrm.extensions import db
from fitnesscrm.progress.goals import evaluation
from fitnesscrm.progress.models import Goal, GoalMilestone, Habit, MeasurementType
from fitnesscrm.trainers.models import Trainer
from fitnesscrm.training.models import Exercise, SetLog

STARTED_WEEKS_AGO = 6


def add(*, organization_id: int, today: date) -> int:
    """Add the demo goals of the studio; returns how many."""
    starts = today - timedelta(weeks=STARTED_WEEKS_AGO)
    coached = dict(
        db.session.execute(
            sa.select(Client.id, Trainer.user_id)
            .join(Assignment, Assignment.client_id == Client.id)
            .join(Trainer, Trainer.id == Assignment.trainer_id)
            .where(
                Client.organization_id == organization_id,
                Client.status == "active",
                Assignment.is_primary,
                Assignment.ended_at.is_(None),
            )
            .order_by(Client.id)
        ).all()
    )
    if not coached:
        return 0
    goals: list[dict] = []
    milestones: list[tuple[int, Decimal, str]] = []

    def goal(client_id: int, kind: str, title: str, **values) -> None:
        goals.append({
            "organization_id": organization_id, "client_id": client_id, "kind": kind, "title": title,
            "starts_on": starts, "created_by_user_id": coached[client_id], **values,
        })  # fmt: skip

    for n, (client_id, exercise_id, name, before, since) in enumerate(_lifts(list(coached), starts)):
        start = Decimal(before or since * Decimal("0.9")).quantize(Decimal("0.001"))
        # Two in three aim above where they are now; the others have just passed their target.
        target = _plates(max(since * (Decimal("0.97") if n % 3 == 0 else Decimal("1.08")), start + Decimal("2.5")))
        goal(client_id, "lift", f"{name} {target.normalize():f} kg e1RM", exercise_id=exercise_id,
             target_value=target, start_value=start)  # fmt: skip
    for n, client_id in enumerate(coached):
        per_week = 1 if n % 2 else 2
        sessions = "1 session" if per_week == 1 else f"{per_week} sessions"
        goal(client_id, "attendance", f"{sessions} a week for 8 weeks", sessions_per_week=per_week, weeks=8)
    weight = db.session.execute(sa.select(MeasurementType.id).where(MeasurementType.slug == "weight")).scalar()
    for client_id, first, last in _weights(list(coached), weight):
        target = first - 5 if last <= first else first + 5
        goal(client_id, "measurement", f"Weight {target.normalize():f} kg", measurement_type_id=weight,
             target_value=target, start_value=first, target_date=today + timedelta(weeks=10))  # fmt: skip
    for client_id, habit_id, name in _habits(list(coached)):
        goal(client_id, "habit_streak", f"{name}: 14 days in a row", habit_id=habit_id, target_value=Decimal(14),
             starts_on=today - timedelta(days=20))  # fmt: skip
    ids = db.session.execute(sa.insert(Goal).returning(Goal.id, Goal.kind, Goal.start_value, Goal.target_value), goals)
    for goal_id, kind, start, target in ids.all():
        if kind == "measurement":
            value = target + (Decimal("2.5") if target < start else Decimal("-2.5"))
            milestones.append((goal_id, value, f"{value.normalize():f} kg"))
        elif kind == "attendance":
            milestones.append((goal_id, Decimal(4), "4 weeks met"))
    if milestones:
        db.session.execute(
            sa.insert(GoalMilestone),
            [{"organization_id": organization_id, "goal_id": goal_id, "value": value, "label": label}
             for goal_id, value, label in milestones],
        )  # fmt: skip
    for client_id in coached:
        evaluation.evaluate(organization_id=organization_id, client_id=client_id, actor=None)
    return len(goals)


def _plates(kilograms: Decimal) -> Decimal:
    """Rounded up to 2.5 kg, as a coach would set it."""
    return (kilograms / Decimal("2.5")).to_integral_value(rounding=ROUND_CEILING) * Decimal("2.5")


def _lifts(client_ids: list[int], starts: date) -> list[tuple[int, int, str, Decimal | None, Decimal]]:
    """Per client, their most-logged exercise with an e1RM: its best before and since `starts`."""
    since = SetLog.performed_at >= sa.func.cast(starts, sa.DateTime(timezone=True))
    ranked = (
        sa.select(
            SetLog.client_id,
            SetLog.exercise_id,
            sa.func.max(SetLog.e1rm_kg).filter(~since).label("before"),
            sa.func.max(SetLog.e1rm_kg).filter(since).label("since"),
            sa.func.row_number()
            .over(partition_by=SetLog.client_id, order_by=(sa.func.count().desc(), SetLog.exercise_id))
            .label("rank"),
        )
        .where(SetLog.client_id.in_(client_ids), SetLog.e1rm_kg.is_not(None), SetLog.deleted_at.is_(None))
        .group_by(SetLog.client_id, SetLog.exercise_id)
        .subquery()
    )
    rows = db.session.execute(
        sa.select(ranked.c.client_id, ranked.c.exercise_id, Exercise.name, ranked.c.before, ranked.c.since)
        .join(Exercise, Exercise.id == ranked.c.exercise_id)
        .where(ranked.c.rank == 1, ranked.c.since.is_not(None))
        .order_by(ranked.c.client_id)
    ).all()
    return [tuple(row) for row in rows]


_WEIGHTS = sa.text(
    """
    SELECT client_id, (array_agg(value_si ORDER BY measured_on, id))[1] AS first,
           (array_agg(value_si ORDER BY measured_on DESC, id DESC))[1] AS last
    FROM measurements
    WHERE client_id IN :ids AND type_id = :type_id AND superseded_at IS NULL
    GROUP BY client_id HAVING count(*) > 1
    """
).bindparams(sa.bindparam("ids", expanding=True))


def _weights(client_ids: list[int], weight_type: int | None) -> list[tuple[int, Decimal, Decimal]]:
    """Per client with two weights or more: their first and latest current weight."""
    if weight_type is None:
        return []
    return [tuple(row) for row in db.session.execute(_WEIGHTS, {"ids": client_ids, "type_id": weight_type})]


def _habits(client_ids: list[int]) -> list[tuple[int, int, str]]:
    """Per client, their first habit still in use."""
    rows = db.session.execute(
        sa.select(Habit.client_id, Habit.id, Habit.name)
        .where(Habit.client_id.in_(client_ids), Habit.archived_at.is_(None))
        .ext(distinct_on(Habit.client_id))
        .order_by(Habit.client_id, Habit.id)
    ).all()
    return [tuple(row) for row in rows]
