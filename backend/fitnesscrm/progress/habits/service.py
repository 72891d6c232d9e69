"""Habits: staff give a client daily habits; the client (or staff) ticks off days; streaks and a 4-week grid.

Every read and write starts from `clients.service.find`/`visible`, so a trainer reaches only
their own clients' habits and a client only their own. Whether a day met its target is
decided when it is written (`HabitLog.completed`), so that changing a target later does not
rewrite history. Days are the client's calendar days, in their zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from itertools import groupby
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert

from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import STAFF, Principal, Role
from fitnesscrm.errors import Conflict, NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.progress.habits import stats
from fitnesscrm.progress.habits.events import HabitArchived, HabitAssigned, HabitChanged, HabitLogged
from fitnesscrm.progress.models import Habit, HabitLog
from fitnesscrm.training.workouts import service as workouts

# How far back a client may still tick off a day; staff may fill in any past day.
CLIENT_DAYS_BACK = 7


def zone_of(client: Client) -> str:
    """The zone the client lives their days in: their account's, else their studio's."""
    return workouts.zone_of(client)


def today_of(client: Client) -> date:
    return datetime.now(ZoneInfo(zone_of(client))).date()


def target_text(kind: str, target: Decimal | None, unit: str | None) -> str:
    """The daily target as people say it: "10,000 steps", "8 h", "Done or not"."""
    if kind == "yes_no" or target is None:
        return "Done or not"
    amount = f"{target.normalize():,f}"
    if kind == "duration":
        hours, minutes = divmod(int(target), 60)
        if hours and minutes:
            return f"{hours} h {minutes} min"
        return f"{hours} h" if hours else f"{minutes} min"
    return f"{amount} {unit}" if unit else amount


def present(habit: Habit, **extra: Any) -> dict[str, Any]:
    return {
        "id": habit.id,
        "client_id": habit.client_id,
        "name": habit.name,
        "kind": habit.kind,
        "target_value": habit.target_value,
        "unit": "minutes" if habit.kind == "duration" else habit.unit,
        "target_text": target_text(habit.kind, habit.target_value, habit.unit),
        "starts_on": habit.starts_on,
        "archived_at": habit.archived_at,
        "created_at": habit.created_at,
        **extra,
    }


def _habit(actor: Principal, habit_id: int, *, lock: bool = False) -> tuple[Habit, Client]:
    """A habit of a client `actor` may see, with its client, or NotFound."""
    stmt = clients.visible(actor).add_columns(Habit).join(Habit, Habit.client_id == Client.id)
    stmt = stmt.where(Habit.id == habit_id)
    if lock:
        stmt = stmt.with_for_update(of=Habit)
    row = db.session.execute(stmt).one_or_none()
    if row is None:
        raise NotFound("No such habit.")
    return row[1], row[0]


def _check_target(kind: str, target_value: Decimal | None, unit: str | None) -> tuple[Decimal | None, str | None]:
    """The target and unit as stored for `kind`, or a ValidationError saying what is missing."""
    if kind == "yes_no":
        return None, None
    if target_value is None or target_value <= 0:
        raise ValidationError("Give the daily target.", fields={"target_value": ["A daily target above 0."]})
    if kind == "duration":
        if target_value > 1440:
            raise ValidationError("A day has 1,440 minutes.", fields={"target_value": ["At most 1440 minutes."]})
        return target_value, "minutes"
    if not unit:
        raise ValidationError("Say what is counted.", fields={"unit": ["What is counted, e.g. steps or glasses."]})
    return target_value, unit


def _changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {key: {"before": before[key], "after": after[key]} for key in after if before.get(key) != after[key]}


def _readable(habit: Habit) -> dict[str, Any]:
    """What the activity log shows of a habit."""
    return {
        "habit": habit.name,
        "target": target_text(habit.kind, habit.target_value, habit.unit),
        "start_date": habit.starts_on.isoformat(),
    }


def get_all(*, actor: Principal, client_id: int, archived: bool = False, page: int = 1, per_page: int = 25) -> Page:
    """A client's habits with today's tick and their streaks, in the order they were given: two statements."""
    client = clients.find(actor=actor, client_id=client_id)
    today = today_of(client)
    streak = stats.streaks(client_id=client.id, today=today)
    log = sa.orm.aliased(HabitLog)
    archived_filter = Habit.archived_at.is_not(None) if archived else Habit.archived_at.is_(None)
    stmt = (
        sa.select(
            Habit,
            log.value.label("today_value"),
            log.completed.label("today_completed"),
            sa.func.coalesce(streak.c.current_streak, 0).label("current_streak"),
            sa.func.coalesce(streak.c.best_streak, 0).label("best_streak"),
        )
        .outerjoin(log, sa.and_(log.habit_id == Habit.id, log.day == today))
        .outerjoin(streak, streak.c.habit_id == Habit.id)
        .where(Habit.client_id == client.id, archived_filter)
        .order_by(Habit.created_at, Habit.id)
    )
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    result.items = [
        present(
            row.Habit,
            today={
                "day": today,
                "value": row.today_value,
                "completed": bool(row.today_completed),
                "logged": row.today_value is not None,
                "can_log": row.Habit.starts_on <= today,
            },
            current_streak=row.current_streak,
            best_streak=row.best_streak,
        )
        for row in result.items
    ]
    return result


def grid(*, actor: Principal, client_id: int) -> dict[str, Any]:
    """The last 28 days of each of a client's habits, with streaks: one statement after finding the client."""
    client = clients.find(actor=actor, client_id=client_id)
    today = today_of(client)
    rows = db.session.execute(stats.grid_rows(client_id=client.id, today=today)).all()
    habits = []
    for _, cells in groupby(rows, key=lambda row: row.Habit.id):
        cells = list(cells)
        first = cells[0]
        habits.append(
            present(
                first.Habit,
                current_streak=first.current_streak,
                best_streak=first.best_streak,
                days=[{"day": cell.day, "value": cell.value, "state": cell.state} for cell in cells],
            )
        )
    first_day = today - timedelta(days=stats.GRID_DAYS - 1)
    return {
        "client_id": client.id,
        "first_day": first_day,
        "today": today,
        "timezone": zone_of(client),
        "habits": habits,
    }


def get(*, actor: Principal, habit_id: int) -> dict[str, Any]:
    """One habit of a client `actor` may see."""
    habit, _client = _habit(actor, habit_id)
    return present(habit)


def create(
    *,
    actor: Principal,
    client_id: int,
    name: str,
    kind: str,
    starts_on: date | None = None,
    target_value: Decimal | None = None,
    unit: str | None = None,
) -> dict[str, Any]:
    """Give a client a daily habit (their trainers and managers)."""
    actor.require(*STAFF)
    client = clients.find(actor=actor, client_id=client_id)
    target_value, unit = _check_target(kind, target_value, unit)
    habit = Habit(
        organization_id=actor.organization_id,
        client_id=client.id,
        name=name,
        kind=kind,
        target_value=target_value,
        unit=unit,
        starts_on=starts_on or today_of(client),
        created_by_user_id=actor.user_id,
    )
    db.session.add(habit)
    db.session.flush()
    changes = {key: {"before": None, "after": value} for key, value in _readable(habit).items()}
    events.record_by(actor, HabitAssigned, entity_id=client.id, label=client.full_name, changes=changes)
    db.session.commit()
    return present(habit)


def update(*, actor: Principal, habit_id: int, **fields: Any) -> dict[str, Any]:
    """Rename a habit, change its target or start (its trainers and managers); ticks already made stay as they were."""
    actor.require(*STAFF)
    habit, client = _habit(actor, habit_id, lock=True)
    if habit.archived_at is not None:
        raise Conflict("This habit is archived; give the client a new one instead.")
    before = _readable(habit)
    if "kind" in fields and fields["kind"] != habit.kind:
        raise ValidationError("A habit's kind cannot change.", fields={"kind": ["Archive it and add a new habit."]})
    target = fields.get("target_value", habit.target_value)
    unit = fields.get("unit", habit.unit)
    habit.target_value, habit.unit = _check_target(habit.kind, target, unit)
    if "name" in fields:
        habit.name = fields["name"]
    if fields.get("starts_on") and fields["starts_on"] != habit.starts_on:
        first_logged = db.session.scalar(sa.select(sa.func.min(HabitLog.day)).where(HabitLog.habit_id == habit.id))
        if first_logged is not None and fields["starts_on"] > first_logged:
            raise ValidationError(
                f"Days from {first_logged:%-d %B %Y} are already ticked off; the habit cannot start after them.",
                fields={"starts_on": [f"On or before {first_logged.isoformat()}."]},
            )
        habit.starts_on = fields["starts_on"]
    changes = _changes(before, _readable(habit))
    if changes:
        habit.updated_at = datetime.now(UTC)
        events.record_by(
            actor,
            HabitChanged,
            entity_id=client.id,
            label=client.full_name,
            changes={"habit": {"before": before["habit"], "after": habit.name}, **changes},
        )
    db.session.commit()
    return present(habit)


def archive(*, actor: Principal, habit_id: int) -> dict[str, Any]:
    """Stop a habit: it leaves the client's day; its ticks stay in the history (its trainers and managers)."""
    actor.require(*STAFF)
    habit, client = _habit(actor, habit_id, lock=True)
    if habit.archived_at is None:
        habit.archived_at = datetime.now(UTC)
        events.record_by(
            actor,
            HabitArchived,
            entity_id=client.id,
            label=client.full_name,
            changes={"habit": {"before": habit.name, "after": None}},
        )
        db.session.commit()
    return present(habit)


def _check_day(actor: Principal, habit: Habit, client: Client, day: date) -> None:
    """Refuse a day in the client's future, before the habit's start, or too far back for a client."""
    if habit.archived_at is not None:
        raise Conflict("This habit is archived.")
    today = today_of(client)
    if day > today:
        raise ValidationError("That day has not come yet.", fields={"day": ["Today or a day before."]})
    if day < habit.starts_on:
        raise ValidationError(
            f"This habit starts on {habit.starts_on:%-d %B %Y}.", fields={"day": ["On or after the habit's start."]}
        )
    if actor.role == Role.CLIENT and day < today - timedelta(days=CLIENT_DAYS_BACK):
        raise ValidationError(
            f"You can fill in today and the last {CLIENT_DAYS_BACK} days; ask your coach for older days.",
            fields={"day": [f"Within the last {CLIENT_DAYS_BACK} days."]},
        )


def _value_of(habit: Habit, value: Decimal | None, done: bool | None) -> Decimal:
    """The stored value of a tick: yes/no as 1 or 0; an amount for counts and durations."""
    if habit.kind == "yes_no":
        if done is None:
            if value in (Decimal(0), Decimal(1)):
                return value
            raise ValidationError("Say whether it was done.", fields={"done": ["true or false."]})
        return Decimal(1) if done else Decimal(0)
    if value is None:
        raise ValidationError("Give the amount.", fields={"value": ["How many, or how many minutes."]})
    if habit.kind == "duration" and value > 1440:
        raise ValidationError("A day has 1,440 minutes.", fields={"value": ["At most 1440 minutes."]})
    return value


def log_day(
    *, actor: Principal, habit_id: int, day: date, value: Decimal | None = None, done: bool | None = None
) -> dict[str, Any]:
    """Tick off (or change) one day of a habit: the client for recent days, staff for any past day."""
    habit, client = _habit(actor, habit_id)
    _check_day(actor, habit, client, day)
    amount = _value_of(habit, value, done)
    completed = amount >= 1 if habit.kind == "yes_no" else amount >= habit.target_value
    stmt = insert(HabitLog).values(
        organization_id=actor.organization_id,
        habit_id=habit.id,
        client_id=client.id,
        day=day,
        value=amount,
        completed=completed,
    )
    stmt = stmt.on_conflict_do_update(
        constraint="uq_habit_logs_habit_day",
        set_={"value": stmt.excluded.value, "completed": stmt.excluded.completed, "logged_at": sa.func.now()},
    )
    db.session.execute(stmt)
    events.record_by(actor, HabitLogged, client_id=client.id, habit_id=habit.id, day=day)
    db.session.commit()
    return {"habit_id": habit.id, "day": day, "value": amount, "completed": completed}


def clear_day(*, actor: Principal, habit_id: int, day: date) -> None:
    """Take back a day's tick (same rules as ticking it off)."""
    habit, client = _habit(actor, habit_id)
    _check_day(actor, habit, client, day)
    deleted = db.session.execute(sa.delete(HabitLog).where(HabitLog.habit_id == habit.id, HabitLog.day == day))
    if deleted.rowcount:
        events.record_by(actor, HabitLogged, client_id=client.id, habit_id=habit.id, day=day)
    db.session.commit()
