"""Compliance: the share of prescribed workouts each client completed in the last 7 and 28 days.

"Today" is the studio's calendar day. A window of 7 days is today and the six days before it.
A workout scheduled today is not missed until the day is over: it counts (done and due) once
it is completed, and not at all before. A workout of an ended program counts only if it was
scheduled before the program ended. Every number comes from one statement: a lateral index
scan of `ix_program_workouts_client_date` per client, with FILTER aggregates.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, aggregate_order_by

from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import search
from fitnesscrm.core.pagination import Page, page_from_total
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.errors import Forbidden
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization
from fitnesscrm.training.models import ClientProgram, ProgramWorkout, WorkoutLog

SORTABLE = ("compliance_7", "compliance_28", "name")


def _percent(done, due):
    return sa.case((due > 0, sa.func.round(100.0 * done / due)), else_=None)


def _prescribed(today, zone, *, correlated: bool = True) -> sa.Select:
    """Workouts that were due: not of an ended program past its end, and not today's unless done."""
    ended_on = sa.cast(sa.func.timezone(zone, ClientProgram.ended_at), sa.Date)
    stmt = (
        sa.select(ProgramWorkout.scheduled_date, ProgramWorkout.completed_at, ProgramWorkout.id)
        .join(ClientProgram, ClientProgram.id == ProgramWorkout.client_program_id)
        .where(
            sa.or_(ClientProgram.ended_at.is_(None), ProgramWorkout.scheduled_date < ended_on),
            sa.or_(ProgramWorkout.scheduled_date < today, ProgramWorkout.completed_at.is_not(None)),
        )
    )
    return stmt.where(ProgramWorkout.client_id == Client.id) if correlated else stmt


def _studio_day(actor: Principal, now: datetime):
    """The studio's zone and today's date there, and the first days of the windows: computed once, as columns.

    As expressions they would be evaluated (a time zone lookup each) for every workout row read.
    """
    today = sa.cast(sa.func.timezone(Organization.timezone, sa.literal(now, sa.DateTime(timezone=True))), sa.Date)
    return (
        sa.select(
            Organization.timezone.label("zone"),
            today.label("today"),
            (today - 6).label("week_start"),
            (today - 27).label("month_start"),
        )
        .where(Organization.id == actor.organization_id)
        .cte("studio_day")
    )


def _rows(actor: Principal, *, now: datetime, q: str | None, missed_last_two: bool | None) -> sa.Select:
    day = _studio_day(actor, now)
    today = day.c.today

    in_week = ProgramWorkout.scheduled_date >= day.c.week_start
    is_done = ProgramWorkout.completed_at.is_not(None)
    is_past = ProgramWorkout.scheduled_date < today
    # One range scan of the studio's 28 days (ix_program_workouts_org_date), grouped by client: cheaper
    # than a descent of ix_program_workouts_client_date per client, and the programs are hashed once.
    windows = (
        _prescribed(today, day.c.zone, correlated=False)
        .join(day, sa.true())
        .where(
            ProgramWorkout.organization_id == actor.organization_id,
            ProgramWorkout.scheduled_date.between(day.c.month_start, today),
        )
        .with_only_columns(
            ProgramWorkout.client_id,
            sa.func.count().filter(in_week).label("due_7"),
            sa.func.count().filter(in_week, is_done).label("done_7"),
            sa.func.count().label("due_28"),
            sa.func.count().filter(is_done).label("done_28"),
            sa.func.count().filter(is_past).label("past"),
            # The two latest due before today, newest first: both not done?
            (
                sa.func.array_agg(
                    aggregate_order_by(ProgramWorkout.completed_at.is_(None), ProgramWorkout.scheduled_date.desc())
                ).filter(is_past)[1:2]
                == sa.cast(sa.literal([True, True]), ARRAY(sa.Boolean))
            ).label("missed_last_two"),
        )
        .group_by(ProgramWorkout.client_id)
    )
    if actor.role == Role.TRAINER:  # their clients' rows only, not the whole studio's
        windows = windows.where(ProgramWorkout.client_id.in_(clients.visible(actor).with_only_columns(Client.id)))
    windows = windows.subquery("windows")
    # Most clients had two workouts due in the 28 days; for the others, the last two are looked up
    # further back (a scan of ix_program_workouts_client_date that stops after two rows), only for them.
    last_two = (
        _prescribed(today, day.c.zone)
        .where(ProgramWorkout.scheduled_date < today)
        .order_by(ProgramWorkout.scheduled_date.desc())
        .limit(2)
        .subquery("last_two")
    )
    looked_up = (
        sa.select(sa.and_(sa.func.count() == 2, sa.func.bool_and(last_two.c.completed_at.is_(None))))
        .select_from(last_two)
        .correlate(Client, day)
        .scalar_subquery()
    )
    missed = sa.case((sa.func.coalesce(windows.c.past, 0) >= 2, windows.c.missed_last_two), else_=looked_up)
    last_workout = (
        sa.select(WorkoutLog.finished_at)
        .where(WorkoutLog.client_id == Client.id, WorkoutLog.finished_at.is_not(None))
        .order_by(WorkoutLog.started_at.desc(), WorkoutLog.id)  # ix_workout_logs_client_started's order
        .limit(1)
        .lateral("last_workout")
    )
    has_program = sa.exists().where(ClientProgram.client_id == Client.id, ClientProgram.status == "active")
    stmt = (
        sa.select(
            Client.id,
            Client.first_name,
            Client.last_name,
            sa.func.coalesce(windows.c.done_7, 0).label("done_7"),
            sa.func.coalesce(windows.c.due_7, 0).label("due_7"),
            _percent(windows.c.done_7, windows.c.due_7).label("compliance_7"),
            sa.func.coalesce(windows.c.done_28, 0).label("done_28"),
            sa.func.coalesce(windows.c.due_28, 0).label("due_28"),
            _percent(windows.c.done_28, windows.c.due_28).label("compliance_28"),
            missed.label("missed_last_two"),
            last_workout.c.finished_at.label("last_workout_at"),
            sa.func.count().over().label("total"),
        )
        .select_from(Client)
        .join(day, sa.true())
        .outerjoin(windows, windows.c.client_id == Client.id)
        .outerjoin(last_workout, sa.true())
        .where(clients.visible(actor).whereclause, has_program, Client.archived_at.is_(None))
    )
    match = search.matches(Client.search, q)
    if match is not None:
        stmt = stmt.where(match)
    if missed_last_two is not None:
        stmt = stmt.where(missed.is_(missed_last_two))
    return stmt


def _order(sort: str, stmt: sa.Select) -> list[Any]:
    columns = {column.key: column for column in stmt.selected_columns}
    descending = sort.startswith("-")
    by_name = [columns["last_name"], columns["first_name"], columns["id"]]
    if sort.lstrip("-") == "name":
        return [column.desc() if descending else column.asc() for column in by_name]
    # No workout due in the window: no percentage, listed after those that have one either way.
    column = columns[sort.lstrip("-")]
    return [(column.desc() if descending else column.asc()).nulls_last(), *by_name]


def get_all(
    *,
    actor: Principal,
    q: str | None = None,
    missed_last_two: bool | None = None,
    sort: str = "compliance_7",
    page: int = 1,
    per_page: int = 25,
    now: datetime | None = None,
) -> Page:
    """Compliance of each client with an active program that `actor` (staff) may see: one page, one statement."""
    if actor.role == Role.CLIENT:
        raise Forbidden("Only the studio's staff see compliance.")
    stmt = _rows(actor, now=now or datetime.now(UTC), q=q, missed_last_two=missed_last_two)
    rows = db.session.execute(stmt.order_by(*_order(sort, stmt)).limit(per_page).offset((page - 1) * per_page)).all()
    if rows:
        total = rows[0].total
    elif page == 1:
        total = 0
    else:  # past the end: counted only then
        total = db.session.execute(sa.select(sa.func.count()).select_from(stmt.subquery())).scalar_one()
    return page_from_total([row._asdict() for row in rows], total=total, page=page, per_page=per_page)
