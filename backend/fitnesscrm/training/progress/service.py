"""A client's progress, read from their log: current records, weekly volume, logged exercises, e1RM charts.

Everything is aggregated in SQL over `set_logs`, counting done, non-deleted sets only. Days
and weeks are the client's (their own zone, else the studio's): a set done at 23:30 in
Sydney belongs to that Sydney day whoever reads it.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import distinct_on

from fitnesscrm.auth.models import User
from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.errors import NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization
from fitnesscrm.training.models import Exercise, PersonalRecord, SetLog
from fitnesscrm.training.progress.records import counts
from fitnesscrm.training.progress.schemas import MAX_CHART_DAYS, MAX_VOLUME_WEEKS

RECORD_LABELS = {"heaviest_load": "Heaviest load", "best_e1rm": "Best e1RM", "most_reps_at_load": "Most reps at a load"}
DEFAULT_VOLUME_WEEKS = 12


def client_zone(client: Client) -> str:
    """The zone a client's days are counted in: their own, else their studio's."""
    stmt = (
        sa.select(sa.func.coalesce(User.timezone, Organization.timezone))
        .select_from(Organization)
        .outerjoin(User, User.id == client.user_id)
        .where(Organization.id == client.organization_id)
    )
    return db.session.execute(stmt).scalar_one()


def _start_of(day: date, zone: str) -> datetime:
    return datetime.combine(day, time(), ZoneInfo(zone))


def _in_range(from_: date | None, to: date | None, zone: str) -> list[Any]:
    """Conditions on performed_at for the days from `from_` to `to` (included) in `zone`."""
    conditions = []
    if from_:
        conditions.append(SetLog.performed_at >= _start_of(from_, zone))
    if to:
        conditions.append(SetLog.performed_at < _start_of(to + timedelta(days=1), zone))
    return conditions


def _current_records(client_id: int, exercise_ids: list[int]) -> sa.Select:
    """The newest record of each kind of each exercise, with the set's load as it was logged."""
    return (
        sa.select(PersonalRecord, SetLog.load_value, SetLog.load_unit)
        .join(SetLog, SetLog.id == PersonalRecord.set_log_id)
        .where(PersonalRecord.client_id == client_id, PersonalRecord.exercise_id.in_(exercise_ids))
        .ext(distinct_on(PersonalRecord.exercise_id, PersonalRecord.kind))
        .order_by(
            PersonalRecord.exercise_id,
            PersonalRecord.kind,
            PersonalRecord.achieved_at.desc(),
            PersonalRecord.id.desc(),
        )
    )


def _record_out(record: PersonalRecord, load_value, load_unit) -> dict[str, Any]:
    return {
        "kind": record.kind,
        "label": RECORD_LABELS[record.kind],
        "value": record.value,
        "previous_value": record.previous_value,
        "load_kg": record.load_kg,
        "load_value": load_value,
        "load_unit": load_unit,
        "reps": record.reps,
        "achieved_at": record.achieved_at,
    }


def _records_by_exercise(client_id: int, exercise_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    by_exercise: dict[int, list[dict[str, Any]]] = {exercise_id: [] for exercise_id in exercise_ids}
    for record, load_value, load_unit in db.session.execute(_current_records(client_id, exercise_ids)):
        by_exercise[record.exercise_id].append(_record_out(record, load_value, load_unit))
    order = list(RECORD_LABELS)
    for records in by_exercise.values():
        records.sort(key=lambda entry: order.index(entry["kind"]))
    return by_exercise


def get_records(*, actor: Principal, client_id: int, page: int, per_page: int) -> Page:
    """The exercises a client holds records in, newest record first, each with its current records."""
    client = clients.find(actor=actor, client_id=client_id)
    latest = sa.func.max(PersonalRecord.achieved_at)
    stmt = (
        sa.select(Exercise.id, Exercise.name, latest.label("latest_at"))
        .join(PersonalRecord, PersonalRecord.exercise_id == Exercise.id)
        .where(PersonalRecord.client_id == client.id)
        .group_by(Exercise.id)
        .order_by(latest.desc(), Exercise.id)
    )
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    records = _records_by_exercise(client.id, [row.id for row in result.items])
    result.items = [
        {"exercise_id": row.id, "exercise_name": row.name, "latest_at": row.latest_at, "records": records[row.id]}
        for row in result.items
    ]
    return result


def _label(muscle: str) -> str:
    return muscle.replace("_", " ").capitalize()


def get_volume(*, actor: Principal, client_id: int, from_: date | None = None, to: date | None = None) -> dict:
    """Kilograms lifted per week per primary muscle group, Monday-based weeks in the client's zone."""
    client = clients.find(actor=actor, client_id=client_id)
    zone = client_zone(client)
    to = to or datetime.now(ZoneInfo(zone)).date()
    from_ = from_ or to - timedelta(days=to.weekday(), weeks=DEFAULT_VOLUME_WEEKS - 1)
    if from_ > to:
        raise ValidationError("The range ends before it starts.", fields={"to": ["Must be on or after from."]})
    if (to - from_).days > MAX_VOLUME_WEEKS * 7:
        raise ValidationError(f"At most {MAX_VOLUME_WEEKS} weeks at a time.", fields={"from": ["Too far back."]})
    muscle = sa.func.unnest(Exercise.primary_muscles).table_valued("muscle").render_derived()
    week = sa.cast(sa.func.date_trunc("week", sa.func.timezone(zone, SetLog.performed_at)), sa.Date).label("week")
    stmt = (
        sa.select(week, muscle.c.muscle, sa.func.sum(SetLog.volume_kg))
        .join(Exercise, Exercise.id == SetLog.exercise_id)
        .join(muscle, sa.true())
        .where(SetLog.client_id == client.id, counts(SetLog), SetLog.volume_kg > 0, *_in_range(from_, to, zone))
        .group_by(week, muscle.c.muscle)
    )
    first_monday = from_ - timedelta(days=from_.weekday())
    weeks = [first_monday + timedelta(weeks=n) for n in range((to - first_monday).days // 7 + 1)]
    position = {monday: index for index, monday in enumerate(weeks)}
    series: dict[str, list[float]] = {}
    for monday, name, total in db.session.execute(stmt):
        series.setdefault(name, [0.0] * len(weeks))[position[monday]] = float(total)
    ordered = sorted(series.items(), key=lambda item: (-sum(item[1]), item[0]))
    return {
        "timezone": zone,
        "weeks": weeks,
        "series": [{"muscle": name, "label": _label(name), "volumes_kg": values} for name, values in ordered],
    }


def get_exercises(*, actor: Principal, client_id: int, page: int, per_page: int) -> Page:
    """The exercises a client has logged done sets of, most recently performed first."""
    client = clients.find(actor=actor, client_id=client_id)
    last = sa.func.max(SetLog.performed_at)
    stmt = (
        sa.select(
            SetLog.exercise_id,
            Exercise.name.label("exercise_name"),
            sa.func.count().label("sets"),
            last.label("last_performed_at"),
            sa.func.max(SetLog.e1rm_kg).label("best_e1rm_kg"),
        )
        .join(Exercise, Exercise.id == SetLog.exercise_id)
        .where(SetLog.client_id == client.id, counts(SetLog))
        .group_by(SetLog.exercise_id, Exercise.name)
        .order_by(last.desc(), SetLog.exercise_id)
    )
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    result.items = [row._asdict() for row in result.items]
    return result


def _exercise(actor: Principal, exercise_id: int) -> Exercise:
    """A built-in exercise or one of the caller's studio, or NotFound."""
    exercise = db.session.execute(
        sa.select(Exercise).where(
            Exercise.id == exercise_id,
            sa.or_(Exercise.organization_id.is_(None), Exercise.organization_id == actor.organization_id),
        )
    ).scalar_one_or_none()
    if exercise is None:
        raise NotFound("No such exercise.")
    return exercise


def get_exercise_progress(
    *, actor: Principal, client_id: int, exercise_id: int, from_: date | None = None, to: date | None = None
) -> dict:
    """Per training day the best e1RM and its set, oldest first, and the client's current records of the exercise.

    One row per day comes straight off `ix_set_logs_client_exercise_performed` (client, exercise,
    performed_at): DISTINCT ON the day keeps the day's best set.
    """
    client = clients.find(actor=actor, client_id=client_id)
    exercise = _exercise(actor, exercise_id)
    zone = client_zone(client)
    day = sa.cast(sa.func.timezone(zone, SetLog.performed_at), sa.Date).label("day")
    best = (
        sa.select(day, SetLog.id, SetLog.e1rm_kg, SetLog.load_kg, SetLog.load_value, SetLog.load_unit, SetLog.reps)
        .where(
            SetLog.client_id == client.id,
            SetLog.exercise_id == exercise.id,
            counts(SetLog),
            SetLog.e1rm_kg.is_not(None),
            *_in_range(from_, to, zone),
        )
        .ext(distinct_on(day))
        .order_by(day.desc(), SetLog.e1rm_kg.desc(), SetLog.load_kg.desc(), SetLog.performed_at)
        .limit(MAX_CHART_DAYS + 1)
        .subquery("best")
    )
    is_record = sa.exists().where(PersonalRecord.set_log_id == best.c.id, PersonalRecord.kind == "best_e1rm")
    rows = db.session.execute(sa.select(best, is_record.label("is_record")).order_by(best.c.day.desc())).all()
    truncated = len(rows) > MAX_CHART_DAYS
    rows = rows[:MAX_CHART_DAYS]
    records = _records_by_exercise(client.id, [exercise.id])[exercise.id]
    return {
        "exercise_id": exercise.id,
        "exercise_name": exercise.name,
        "timezone": zone,
        "unit": next((row.load_unit for row in rows if row.load_unit), "kg"),
        "points": [row._asdict() for row in reversed(rows)],
        "truncated": truncated,
        "records": records,
    }
