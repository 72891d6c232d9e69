"""Streaks and the 4-week grid, computed in SQL for all of a client's habits at once.

A streak is an island of consecutive completed days: `day - row_number()` is the same for
every day of one run of days (gaps and islands), so grouping by it yields each run with its
length. The current streak is the run that ends today or yesterday in the client's zone
(today may still be ticked off), the best one is the longest run ever.
"""

from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa

from fitnesscrm.progress.models import Habit, HabitLog

GRID_DAYS = 28


def streaks(*, client_id: int, today: date) -> sa.Subquery:
    """(habit_id, current_streak, best_streak) for every habit of the client with a completed day."""
    numbered = (
        sa.select(
            HabitLog.habit_id,
            HabitLog.day,
            (
                HabitLog.day
                - sa.cast(sa.func.row_number().over(partition_by=HabitLog.habit_id, order_by=HabitLog.day), sa.Integer)
            ).label("island"),
        )
        .where(HabitLog.client_id == client_id, HabitLog.completed.is_(True), HabitLog.day <= today)
        .subquery("numbered")
    )
    islands = (
        sa.select(
            numbered.c.habit_id,
            sa.func.max(numbered.c.day).label("last_day"),
            sa.func.count().label("length"),
        )
        .group_by(numbered.c.habit_id, numbered.c.island)
        .subquery("islands")
    )
    current = sa.func.max(islands.c.length).filter(islands.c.last_day >= today - timedelta(days=1))
    return (
        sa.select(
            islands.c.habit_id,
            sa.func.coalesce(current, 0).label("current_streak"),
            sa.func.max(islands.c.length).label("best_streak"),
        )
        .group_by(islands.c.habit_id)
        .subquery("streaks")
    )


def cell_state(day, *, log: type[HabitLog] | sa.Subquery, today: date):
    """How a habit's day reads: off (before its start), done, partial (logged below target), open (today), missed."""
    return sa.case(
        (day < Habit.starts_on, "off"),
        (log.completed.is_(True), "done"),
        (log.completed.is_(False), "partial"),
        (day == today, "open"),
        else_="missed",
    )


def grid_rows(*, client_id: int, today: date, days: int = GRID_DAYS) -> sa.Select:
    """One row per habit and day of the last `days` days (habits not archived before them), in one statement."""
    first = today - timedelta(days=days - 1)
    offsets = sa.func.generate_series(0, days - 1).table_valued("n").render_derived("offsets")
    day = (sa.literal(first, sa.Date) + offsets.c.n).label("day")
    log = sa.orm.aliased(HabitLog)
    streak = streaks(client_id=client_id, today=today)
    return (
        sa.select(
            Habit,
            sa.func.coalesce(streak.c.current_streak, 0).label("current_streak"),
            sa.func.coalesce(streak.c.best_streak, 0).label("best_streak"),
            day,
            log.value,
            log.completed,
            cell_state(day, log=log, today=today).label("state"),
        )
        .select_from(Habit)
        .join(offsets, sa.true())
        .outerjoin(log, sa.and_(log.habit_id == Habit.id, log.day == day))
        .outerjoin(streak, streak.c.habit_id == Habit.id)
        .where(
            Habit.client_id == client_id,
            sa.or_(Habit.archived_at.is_(None), sa.cast(Habit.archived_at, sa.Date) >= first),
        )
        .order_by(Habit.archived_at.is_not(None), Habit.created_at, Habit.id, day)
    )
