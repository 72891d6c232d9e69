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


def _prescribed(today, zone) -> sa.Select:
    """Workouts that were due: not of an ended program past its end, and not today's unless done."""
    ended_on = sa.cast(sa.func.timezone(zone, ClientProgram.ended_at), sa.Date)
    return (
        sa.select(ProgramWorkout.scheduled_date, ProgramWorkout.completed_at, ProgramWorkout.id)
        .join(ClientProgram, ClientProgram.id == ProgramWorkout.client_program_id)
        .where(
            ProgramWorkout.client_id == Client.id,
            sa.or_(ClientProgram.ended_at.is_(None), ProgramWorkout.scheduled_date < ended_on),
            sa.or_(ProgramWorkout.scheduled_date < today, ProgramWorkout.completed_at.is_not(None)),
        )
    )


def _rows(actor: Principal, *, now: datetime, q: str | None, missed_last_two: bool | None) -> sa.Select:
    zone = sa.select(Organization.timezone).where(Organization.id == actor.organization_id).scalar_subquery()
    today = sa.cast(sa.func.timezone(zone, sa.literal(now, sa.DateTime(timezone=True))), sa.Date)
    prescribed = _prescribed(today, zone)

    in_week = ProgramWorkout.scheduled_date >= today - 6
    is_done = ProgramWorkout.completed_at.is_not(None)
    windows = (
        prescribed.where(ProgramWorkout.scheduled_date.between(today - 27, today))
        .with_only_columns(
            sa.func.count().filter(in_week).label("due_7"),
            sa.func.count().filter(in_week, is_done).label("done_7"),
            sa.func.count().label("due_28"),
            sa.func.count().filter(is_done).label("done_28"),
        )
        .lateral("windows")
    )
    last_two = (
        prescribed.where(ProgramWorkout.scheduled_date < today)
        # The index's own order, so that the scan stops after two rows (an id tiebreak would sort them all).
        .order_by(ProgramWorkout.scheduled_date.desc())
        .limit(2)
        .correlate(Client)
        .subquery("last_two")
    )
    missed = (
        sa.select(sa.and_(sa.func.count() == 2, sa.func.bool_and(last_two.c.completed_at.is_(None))).label("missed"))
        .select_from(last_two)
        .lateral("missed")
    )
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
            windows.c.done_7,
            windows.c.due_7,
            _percent(windows.c.done_7, windows.c.due_7).label("compliance_7"),
            windows.c.done_28,
            windows.c.due_28,
            _percent(windows.c.done_28, windows.c.due_28).label("compliance_28"),
            sa.func.coalesce(missed.c.missed, False).label("missed_last_two"),
            last_workout.c.finished_at.label("last_workout_at"),
            sa.func.count().over().label("total"),
        )
        .select_from(Client)
        .join(windows, sa.true())
        .join(missed, sa.true())
        .outerjoin(last_workout, sa.true())
        .where(clients.visible(actor).whereclause, has_program, Client.archived_at.is_(None))
    )
    match = search.matches(Client.search, q)
    if match is not None:
        stmt = stmt.where(match)
    if missed_last_two is not None:
        stmt = stmt.where(sa.func.coalesce(missed.c.missed, False).is_(missed_last_two))
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
