"""A goal's progress, computed from what was measured, lifted, attended or ticked off: never typed in.

Each function reads one kind for a list of goals of ONE client in one statement, so that a list of
goals costs one query per kind whatever its length. Days and weeks are the client's (their zone,
else the studio's).

- measurement: the latest current value of the type (superseded rows are history); the start is
  the value captured when the goal was set, else the first one measured since.
- lift: the best e1RM (done, non-deleted sets) of the exercise since the goal's first day.
- attendance: completed sessions the client took part in, per week counted from the first day;
  a week is met with `sessions_per_week` of them.
- habit streak: consecutive completed days; the current streak ends today or yesterday, and the
  goal is met by any streak of `target_value` days that ends on or after its first day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.progress.models import Goal, Measurement
from fitnesscrm.training.models import SetLog


@dataclass(frozen=True)
class Progress:
    """Where a goal stands, in the goal's own unit (SI for measurements, kg for lifts, weeks, days)."""

    current: Decimal | None
    start: Decimal | None
    target: Decimal
    percent: int
    reached: bool
    # measurement: the day of the latest value.
    measured_on: date | None = None
    # attendance: completed sessions in the current week of the goal (None once it is over).
    this_week: int | None = None
    # habit streak: the longest streak that counts for the goal.
    best: int | None = None

    @property
    def decreasing(self) -> bool:
        return self.start is not None and self.target < self.start


def _percent(start: Decimal, current: Decimal, target: Decimal) -> int:
    """How far from start to target current is, 0 to 100."""
    if target == start:
        return 100 if current == target else 0
    share = (current - start) / (target - start) * 100
    return int(max(Decimal(0), min(Decimal(100), share)))


def passes(goal: Goal, progress: Progress, value: Decimal) -> bool:
    """Whether the progress has reached `value` (the goal itself, or a milestone on the way)."""
    if goal.kind == "habit_streak":
        return progress.best is not None and progress.best >= value
    if progress.current is None:
        return False
    if progress.decreasing:
        return progress.current <= value
    return progress.current >= value


def _build(goal: Goal, current: Decimal | None, start: Decimal | None, **extra) -> Progress:
    target = Decimal(goal.target_value) if goal.target_value is not None else Decimal(goal.weeks or 0)
    base = Progress(current=current, start=start, target=target, percent=0, reached=False, **extra)
    reached = passes(goal, base, target)
    if goal.kind == "habit_streak":
        percent = 100 if reached else _percent(Decimal(0), Decimal(current or 0), target)
    elif current is None:
        percent = 0
    else:
        percent = 100 if reached else _percent(start if start is not None else Decimal(0), current, target)
    return Progress(current=current, start=start, target=target, percent=percent, reached=reached, **extra)


def _local_start(zone: str, day) -> sa.ColumnElement:
    """The instant a calendar day starts in `zone`."""
    return sa.func.timezone(zone, sa.cast(day, sa.DateTime))


def measurement(goals: Sequence[Goal]) -> dict[int, Progress]:
    """Latest value and first value since the start of each measurement goal, in one statement."""
    if not goals:
        return {}
    current = (
        sa.select(Measurement.value_si, Measurement.measured_on)
        .where(
            Measurement.client_id == Goal.client_id,
            Measurement.type_id == Goal.measurement_type_id,
            Measurement.superseded_at.is_(None),
        )
        .order_by(Measurement.measured_on.desc(), Measurement.id.desc())
        .limit(1)
        .subquery()
        .lateral("latest")
    )
    first = (
        sa.select(Measurement.value_si)
        .where(
            Measurement.client_id == Goal.client_id,
            Measurement.type_id == Goal.measurement_type_id,
            Measurement.superseded_at.is_(None),
            Measurement.measured_on >= Goal.starts_on,
        )
        .order_by(Measurement.measured_on, Measurement.id)
        .limit(1)
        .correlate(Goal)
        .scalar_subquery()
    )
    rows = db.session.execute(
        sa.select(Goal.id, current.c.value_si, current.c.measured_on, first)
        .outerjoin(current, sa.true())
        .where(Goal.id.in_([goal.id for goal in goals]))
    ).all()
    found = {row[0]: row for row in rows}
    out = {}
    for goal in goals:
        _, value, measured_on, first_value = found[goal.id]
        start = goal.start_value if goal.start_value is not None else first_value
        out[goal.id] = _build(goal, value, start, measured_on=measured_on)
    return out


def lift(goals: Sequence[Goal], *, zone: str) -> dict[int, Progress]:
    """The best e1RM of each lift goal's exercise since its first day, in one statement."""
    if not goals:
        return {}
    best = (
        sa.select(sa.func.max(SetLog.e1rm_kg))
        .where(
            SetLog.client_id == Goal.client_id,
            SetLog.exercise_id == Goal.exercise_id,
            SetLog.status == "done",
            SetLog.deleted_at.is_(None),
            SetLog.performed_at >= _local_start(zone, Goal.starts_on),
        )
        .correlate(Goal)
        .scalar_subquery()
    )
    rows = dict(db.session.execute(sa.select(Goal.id, best).where(Goal.id.in_([goal.id for goal in goals]))).all())
    return {goal.id: _build(goal, rows.get(goal.id), goal.start_value) for goal in goals}


_ATTENDANCE = sa.text(
    """
    SELECT g.id,
           count(*) FILTER (WHERE w.sessions >= g.sessions_per_week) AS weeks_met,
           coalesce(max(w.sessions) FILTER (WHERE w.week = (CAST(:today AS date) - g.starts_on) / 7), 0) AS this_week
    FROM goals g
    LEFT JOIN LATERAL (
        SELECT ((s.starts_at AT TIME ZONE :zone)::date - g.starts_on) / 7 AS week, count(*) AS sessions
        FROM session_participants p
        JOIN sessions s ON s.id = p.session_id
        WHERE p.client_id = g.client_id AND p.active AND s.status = 'completed'
          AND (s.starts_at AT TIME ZONE :zone)::date >= g.starts_on
          AND (s.starts_at AT TIME ZONE :zone)::date < g.starts_on + 7 * g.weeks
        GROUP BY 1
    ) w ON true
    WHERE g.id IN :ids
    GROUP BY g.id
    """
).bindparams(sa.bindparam("ids", expanding=True))


def attendance(goals: Sequence[Goal], *, zone: str, today: date) -> dict[int, Progress]:
    """Weeks met of each attendance goal, and the sessions of its current week, in one statement."""
    if not goals:
        return {}
    rows = {
        row.id: row
        for row in db.session.execute(_ATTENDANCE, {"ids": [goal.id for goal in goals], "zone": zone, "today": today})
    }
    out = {}
    for goal in goals:
        row = rows[goal.id]
        ongoing = goal.starts_on <= today < goal.starts_on + timedelta(weeks=goal.weeks)
        this_week = int(row.this_week) if ongoing else None
        out[goal.id] = _build(goal, Decimal(row.weeks_met), Decimal(0), this_week=this_week)
    return out


_STREAKS = sa.text(
    """
    WITH days AS (
        SELECT g.id AS goal_id, g.starts_on, l.day,
               l.day - CAST(row_number() OVER (PARTITION BY g.id ORDER BY l.day) AS integer) AS run
        FROM goals g
        JOIN habit_logs l ON l.habit_id = g.habit_id AND l.completed AND l.day <= :today
        WHERE g.id IN :ids
    ), runs AS (
        SELECT goal_id, starts_on, max(day) AS last_day, count(*) AS length FROM days GROUP BY goal_id, starts_on, run
    )
    SELECT goal_id,
           coalesce(max(length) FILTER (WHERE last_day >= CAST(:today AS date) - 1), 0) AS current,
           coalesce(max(length) FILTER (WHERE last_day >= starts_on), 0) AS best
    FROM runs GROUP BY goal_id
    """
).bindparams(sa.bindparam("ids", expanding=True))


def habit_streak(goals: Sequence[Goal], *, today: date) -> dict[int, Progress]:
    """The current and the best counting streak of each habit-streak goal, in one statement."""
    if not goals:
        return {}
    rows = {row.goal_id: row for row in db.session.execute(_STREAKS, {"ids": [g.id for g in goals], "today": today})}
    out = {}
    for goal in goals:
        row = rows.get(goal.id)
        current, best = (int(row.current), int(row.best)) if row else (0, 0)
        out[goal.id] = _build(goal, Decimal(current), Decimal(0), best=best)
    return out


def compute(goals: Sequence[Goal], *, zone: str, today: date) -> dict[int, Progress]:
    """The progress of goals of one client: one statement per kind present."""
    by_kind: dict[str, list[Goal]] = {}
    for goal in goals:
        by_kind.setdefault(goal.kind, []).append(goal)
    return {
        **measurement(by_kind.get("measurement", [])),
        **lift(by_kind.get("lift", []), zone=zone),
        **attendance(by_kind.get("attendance", []), zone=zone, today=today),
        **habit_streak(by_kind.get("habit_streak", []), today=today),
    }
