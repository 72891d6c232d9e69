"""Workout logs as people read them: a client's history page, one log in full, and whose logs a caller reaches.

Every read starts from `clients.service.find`, so a trainer reaches only their own clients'
logs and a client only their own. A page of history costs a constant number of statements:
the page of logs (with its bounded count), then all of their sets in one query that walks
`ix_set_logs_workout`, then the records those sets set.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.errors import NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization
from fitnesscrm.training.models import Exercise, PersonalRecord, SetLog, WorkoutLog
from fitnesscrm.training.workouts import texts

RECORD_NAMES = {"heaviest_load": "Heaviest", "best_e1rm": "Best estimated 1RM", "most_reps_at_load": "Most reps"}


def client_of(*, actor: Principal, client_id: int | None) -> Client:
    """The client whose workouts `actor` reads or logs: a client themselves, staff the one they name."""
    if actor.role == Role.CLIENT:
        if client_id is not None and client_id != actor.client_id:
            raise NotFound("No such client.")
        if actor.client_id is None:
            raise NotFound("Your account is not linked to a client record.")
        return clients.find(actor=actor, client_id=actor.client_id)
    if client_id is None:
        raise ValidationError("Say whose workouts: client_id.", fields={"client_id": ["Required for staff."]})
    return clients.find(actor=actor, client_id=client_id)


def zone_of(client: Client) -> str:
    """The zone the client lives their days in: their own account's, else their studio's."""
    return db.session.execute(
        sa.select(sa.func.coalesce(User.timezone, Organization.timezone))
        .select_from(Organization)
        .outerjoin(User, User.id == client.user_id)
        .where(Organization.id == client.organization_id)
    ).scalar_one()


SET_COLUMNS = (
    SetLog.id, SetLog.workout_log_id, SetLog.exercise_id, SetLog.prescription_key, SetLog.set_number,
    SetLog.status, SetLog.reps, SetLog.load_value, SetLog.load_unit, SetLog.load_kg, SetLog.duration_seconds,
    SetLog.distance_m, SetLog.rpe, SetLog.e1rm_kg, SetLog.volume_kg, SetLog.performed_at, SetLog.client_updated_at,
    SetLog.deleted_at, Exercise.name.label("exercise_name"), Exercise.measurement.label("measurement"),
)  # fmt: skip


def set_rows(condition: Any, *, order_by: tuple = (SetLog.workout_log_id, SetLog.set_number, SetLog.performed_at)):
    """Sets matching `condition` with their exercise's name, as dicts with how each reads."""
    rows = db.session.execute(
        sa.select(*SET_COLUMNS).join(Exercise, Exercise.id == SetLog.exercise_id).where(condition).order_by(*order_by)
    ).mappings()
    return [as_set(row) for row in rows]


def as_set(row: Any) -> dict[str, Any]:
    item = dict(row)
    item["deleted"] = item.pop("deleted_at") is not None
    item["text"] = texts.set_text(item)
    return item


def records_of(set_ids: list[uuid.UUID]) -> list[dict[str, Any]]:
    """The records the given sets set, as sentences."""
    if not set_ids:
        return []
    rows = db.session.execute(
        sa.select(PersonalRecord.set_log_id, PersonalRecord.kind, PersonalRecord.value, PersonalRecord.previous_value,
                  PersonalRecord.load_kg, Exercise.name)
        .join(Exercise, Exercise.id == PersonalRecord.exercise_id)
        .where(PersonalRecord.set_log_id.in_(set_ids))
        .order_by(PersonalRecord.achieved_at, PersonalRecord.id)
    ).all()  # fmt: skip
    return [
        {"set_log_id": row.set_log_id, "exercise_name": row.name, "kind": row.kind, "text": _record_text(row)}
        for row in rows
    ]


def _record_text(row: Any) -> str:
    reps = row.kind == "most_reps_at_load"
    unit = "reps" if reps else "kg"
    # Kilograms to one decimal, as the progress charts show them: an estimate of 118.125 reads 118.1.
    shown = texts.number if reps else _kilograms
    text = f"{RECORD_NAMES.get(row.kind, row.kind)} {row.name}: {shown(row.value)} {unit}"
    if reps and row.load_kg is not None:
        text += f" at {_kilograms(row.load_kg)} kg"
    if row.previous_value is not None:
        text += f" (was {shown(row.previous_value)} {unit})"
    return text


def _kilograms(value: Decimal) -> str:
    return texts.number(Decimal(value).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def grouped(sets: list[dict[str, Any]], notes: dict[str, str | None]) -> list[dict[str, Any]]:
    """A log's sets grouped by exercise, in the order first done, each group with its volume and summary."""
    groups: dict[tuple, dict[str, Any]] = {}
    for item in sets:
        key = (item["prescription_key"] or f"exercise:{item['exercise_id']}", item["exercise_id"])
        group = groups.setdefault(
            key,
            {
                "exercise_id": item["exercise_id"],
                "name": item["exercise_name"],
                "measurement": item["measurement"],
                "note": notes.get(key[0]) or notes.get(f"exercise:{item['exercise_id']}"),
                "volume_kg": None,
                "sets": [],
            },
        )
        group["sets"].append(item)
        if item["status"] == "done" and item["volume_kg"] is not None:
            group["volume_kg"] = (group["volume_kg"] or Decimal(0)) + item["volume_kg"]
    for group in groups.values():
        group["summary"] = ", ".join(item["text"] for item in group["sets"])
        group["set_count"] = len(group["sets"])
    return list(groups.values())


LOG_COLUMNS = (
    WorkoutLog.id, WorkoutLog.client_id, WorkoutLog.program_workout_id, WorkoutLog.name, WorkoutLog.started_at,
    WorkoutLog.finished_at, WorkoutLog.duration_seconds, WorkoutLog.total_volume_kg, WorkoutLog.note,
    WorkoutLog.exercise_notes, WorkoutLog.client_updated_at, WorkoutLog.logged_by_user_id,
)  # fmt: skip


def logs_select() -> sa.Select:
    """Workout logs with the name of whoever logged them for the client (None when the client did)."""
    logged_by = sa.case(
        (sa.and_(User.id.is_not(None), User.role != "client"), sa.func.concat_ws(" ", User.first_name, User.last_name)),
        else_=None,
    ).label("logged_by_name")
    return sa.select(*LOG_COLUMNS, logged_by).outerjoin(User, User.id == WorkoutLog.logged_by_user_id)


def with_sets(logs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`logs` with their live sets grouped by exercise and their records: two statements however many logs."""
    if not logs:
        return logs
    sets = set_rows(sa.and_(SetLog.workout_log_id.in_([log["id"] for log in logs]), SetLog.deleted_at.is_(None)))
    records = records_of([item["id"] for item in sets])
    by_log: dict[uuid.UUID, list] = defaultdict(list)
    for item in sets:
        by_log[item["workout_log_id"]].append(item)
    set_log = {item["id"]: item["workout_log_id"] for item in sets}
    records_by_log: dict[uuid.UUID, list] = defaultdict(list)
    for record in records:
        records_by_log[set_log[record["set_log_id"]]].append(record)
    for log in logs:
        log["exercises"] = grouped(by_log[log["id"]], log["exercise_notes"] or {})
        log["records"] = records_by_log[log["id"]]
        log["record_count"] = len(log["records"])
    return logs


def get_all(*, actor: Principal, client_id: int, page: int, per_page: int) -> Page:
    """A client's workout logs, newest first, each exercise's sets summed up in a line: four statements a page.

    The page lists summaries, not every set (a history page of 20 workouts is some 400 sets that nobody reads
    there); one workout in full is `get`.
    """
    client = clients.find(actor=actor, client_id=client_id)
    stmt = (
        logs_select()
        .where(WorkoutLog.client_id == client.id)
        .order_by(WorkoutLog.started_at.desc(), WorkoutLog.id.desc())
    )
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    result.items = with_sets([dict(row._mapping) for row in result.items])
    return result


def get(*, actor: Principal, workout_log_id: uuid.UUID) -> dict[str, Any]:
    """One workout log in full, if its client is one `actor` may see."""
    row = db.session.execute(
        logs_select().where(
            WorkoutLog.id == workout_log_id,
            WorkoutLog.organization_id == actor.organization_id,
            WorkoutLog.client_id.in_(clients.visible(actor).with_only_columns(Client.id)),
        )
    ).one_or_none()
    if row is None:
        raise NotFound("No such workout.")
    return with_sets([dict(row._mapping)])[0]
