"""A device's batch of workout logs and sets, stored exactly once and merged by last write.

Devices generate every id, so a batch can be retried or replayed any number of times: each
item is `INSERT … ON CONFLICT (id) DO UPDATE … WHERE stored.client_updated_at <
incoming.client_updated_at`, so the newest change the device recorded wins, a tie keeps what
is stored, and a removed set (a tombstone, `deleted`) is a change like any other, which an
older replay cannot undo. An id that belongs to another client or studio refuses the whole
batch, which is written in one transaction or not at all.

The statements are the same dozen for one set or five hundred: ids are checked, exercises and
program workouts looked up, logs and sets upserted, totals computed, each in one statement.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from fitnesscrm.clients.models import Client
from fitnesscrm.core import crypto, events
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.errors import Conflict, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.training import formulas
from fitnesscrm.training.events import SetsLogged, WorkoutFinished
from fitnesscrm.training.models import Exercise, ProgramWorkout, SetLog, WorkoutLog
from fitnesscrm.training.workouts import service, texts
from fitnesscrm.training.workouts.events import WorkoutCompleted

TAKEN = "This id belongs to another client's workout; generate a new one."
LOG_FIELDS = ("program_workout_id", "name", "started_at", "finished_at", "note", "exercise_notes",
              "logged_by_user_id", "client_updated_at")  # fmt: skip
SET_FIELDS = ("exercise_id", "prescription_key", "set_number", "status", "reps", "load_value", "load_unit", "load_kg",
              "duration_seconds", "distance_m", "rpe", "performed_at", "e1rm_kg", "volume_kg", "logged_by_user_id",
              "client_updated_at", "deleted_at")  # fmt: skip

# Each finished log's duration and total volume (done, live sets), in one statement for the batch.
_TOTALS = sa.text("""
    UPDATE workout_logs w SET
        duration_seconds = GREATEST(0, EXTRACT(EPOCH FROM w.finished_at - w.started_at))::int,
        total_volume_kg = COALESCE((
            SELECT SUM(s.volume_kg) FROM set_logs s
            WHERE s.workout_log_id = w.id AND s.deleted_at IS NULL AND s.status = 'done'
        ), 0)
    WHERE w.id = ANY(:ids) AND w.finished_at IS NOT NULL
""")
_COMPLETE = sa.text("""
    UPDATE program_workouts p SET completed_at = w.finished_at
    FROM workout_logs w
    WHERE w.id = ANY(:ids) AND p.id = w.program_workout_id AND p.completed_at IS NULL
""")


def _newest_per_id(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One item per id, the newest by client_updated_at (the first of a tie): one INSERT may touch a row once."""
    newest: dict[Any, dict[str, Any]] = {}
    for item in items:
        kept = newest.get(item["id"])
        if kept is None or item["client_updated_at"] > kept["client_updated_at"]:
            newest[item["id"]] = item
    return list(newest.values())


def sync(*, actor: Principal, client_id: int | None, logs: list[dict], sets: list[dict]) -> dict[str, Any]:
    """Store a device's logs and sets for one client (last write wins) and answer what the server now holds."""
    client = service.client_of(actor=actor, client_id=client_id)
    logs, sets = _newest_per_id(logs), _newest_per_id(sets)
    stored_logs = _check_ownership(client, logs, sets)
    _check_references(client, logs, sets, stored_logs)

    log_outcomes = _upsert(_UPSERT_LOGS, [_log_row(actor, client, log) for log in logs])
    set_outcomes = _upsert(_UPSERT_SETS, [_set_row(actor, client, item) for item in sets])

    touched = list({*(log["id"] for log in logs), *(item["workout_log_id"] for item in sets)})
    if touched:
        db.session.execute(_TOTALS, {"ids": touched})
    finishing = [
        log for log in logs
        if log["id"] in log_outcomes and log["finished_at"] is not None
        and (stored_logs.get(log["id"]) or {}).get("finished_at") is None
    ]  # fmt: skip
    if finishing:
        db.session.execute(_COMPLETE, {"ids": [log["id"] for log in finishing]})
    if set_outcomes:
        events.record_by(actor, SetsLogged, client_id=client.id, set_ids=tuple(set_outcomes))
    answer = _answer(client, logs, sets, log_outcomes, set_outcomes)
    held = {log["id"]: log for log in answer["logs"]}
    for log in finishing:
        _record_finished(actor, client, held[log["id"]])
    db.session.commit()
    return answer


def _check_ownership(client: Client, logs: list[dict], sets: list[dict]) -> dict[Any, dict[str, Any]]:
    """The stored logs the batch names; Conflict when an id is another client's (or a set changes workout)."""
    log_ids = {log["id"] for log in logs} | {item["workout_log_id"] for item in sets}
    stored_logs = {
        row["id"]: dict(row)
        for row in db.session.execute(
            sa.select(WorkoutLog.id, WorkoutLog.organization_id, WorkoutLog.client_id, WorkoutLog.finished_at).where(
                WorkoutLog.id.in_(log_ids)
            )
        ).mappings()
    } if log_ids else {}  # fmt: skip
    stored_sets = {
        row.id: row
        for row in db.session.execute(
            sa.select(SetLog.id, SetLog.organization_id, SetLog.client_id, SetLog.workout_log_id).where(
                SetLog.id.in_([item["id"] for item in sets])
            )
        )
    } if sets else {}  # fmt: skip
    mine = (client.organization_id, client.id)
    problems: dict[str, dict[str, list[str]]] = {}
    for log_id, row in stored_logs.items():
        if (row["organization_id"], row["client_id"]) != mine:
            problems.setdefault("logs", {})[str(log_id)] = [TAKEN]
    for item in sets:
        row = stored_sets.get(item["id"])
        if row is None:
            continue
        if (row.organization_id, row.client_id) != mine:
            problems.setdefault("sets", {})[str(item["id"])] = [TAKEN]
        elif row.workout_log_id != item["workout_log_id"]:
            problems.setdefault("sets", {})[str(item["id"])] = ["This set belongs to another workout of yours."]
    if problems:
        raise Conflict("Some ids belong to other workouts; nothing was saved.", fields=problems)
    return stored_logs


def _check_references(client: Client, logs: list[dict], sets: list[dict], stored_logs: dict) -> None:
    """ValidationError, naming each item, for sets of unknown logs or exercises and unknown program workouts."""
    problems: dict[str, dict[str, list[str]]] = {}
    known_logs = {log["id"] for log in logs} | set(stored_logs)
    exercise_ids = {item["exercise_id"] for item in sets}
    found = set(
        db.session.execute(
            sa.select(Exercise.id).where(
                Exercise.id.in_(exercise_ids),
                sa.or_(Exercise.organization_id.is_(None), Exercise.organization_id == client.organization_id),
            )
        ).scalars()
    ) if exercise_ids else set()  # fmt: skip
    for item in sets:
        if item["workout_log_id"] not in known_logs:
            problems.setdefault("sets", {})[str(item["id"])] = ["No such workout log: send the log with its sets."]
        elif item["exercise_id"] not in found:
            problems.setdefault("sets", {})[str(item["id"])] = ["No such exercise in your studio's library."]
    workout_ids = {log["program_workout_id"] for log in logs if log["program_workout_id"] is not None}
    scheduled = set(
        db.session.execute(
            sa.select(ProgramWorkout.id).where(
                ProgramWorkout.id.in_(workout_ids),
                ProgramWorkout.client_id == client.id,
                ProgramWorkout.organization_id == client.organization_id,
            )
        ).scalars()
    ) if workout_ids else set()  # fmt: skip
    for log in logs:
        if log["program_workout_id"] is not None and log["program_workout_id"] not in scheduled:
            problems.setdefault("logs", {})[str(log["id"])] = ["No such workout in this client's program."]
    if problems:
        raise ValidationError("Some items refer to things that do not exist; nothing was saved.", fields=problems)


def _log_row(actor: Principal, client: Client, log: dict) -> dict[str, Any]:
    row = {name: log[name] for name in LOG_FIELDS if name in log}
    # The upsert is SQL text: the columns' types cannot encrypt these on the way.
    if row.get("note") is not None:
        row["note"] = crypto.encrypt(row["note"])
    if row.get("exercise_notes") is not None:
        row["exercise_notes"] = crypto.encrypt_json(row["exercise_notes"])
    return {
        **row,
        "id": log["id"],
        "organization_id": client.organization_id,
        "client_id": client.id,
        "logged_by_user_id": actor.user_id,
    }


def _set_row(actor: Principal, client: Client, item: dict) -> dict[str, Any]:
    load_kg = formulas.to_kg(item["load_value"], item["load_unit"])
    done = item["status"] == "done"
    row = {name: item[name] for name in SET_FIELDS if name in item}
    return row | {
        "id": item["id"],
        "workout_log_id": item["workout_log_id"],
        "organization_id": client.organization_id,
        "client_id": client.id,
        "load_kg": load_kg,
        "e1rm_kg": formulas.estimated_one_rep_max(load_kg, item["reps"]) if done else None,
        "volume_kg": formulas.volume(load_kg, item["reps"]) if done else None,
        "logged_by_user_id": actor.user_id,
        "deleted_at": datetime.now(UTC) if item["deleted"] else None,
    }


def _upsert_statement(model, updatable: tuple[str, ...]) -> sa.TextClause:
    """INSERT … ON CONFLICT DO UPDATE over rows sent as one JSON array: one statement text whatever the batch size.

    A multi-row VALUES would be a new statement to compile (and plan) for every batch size;
    `jsonb_to_recordset` keeps the text fixed, so its compiled and prepared forms are reused.
    """
    table = model.__table__
    columns = ["id", "organization_id", "client_id", *(["workout_log_id"] if "workout_log_id" in table.c else []),
               *updatable]  # fmt: skip
    typed = ", ".join(f"{name} {table.c[name].type.compile(dialect=postgresql.dialect())}" for name in columns)
    names = ", ".join(columns)
    changes = ", ".join(f"{name} = EXCLUDED.{name}" for name in updatable)
    return sa.text(f"""
        INSERT INTO {table.name} ({names})
        SELECT {names} FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r({typed})
        ON CONFLICT (id) DO UPDATE SET {changes}, updated_at = now()
        WHERE {table.name}.client_updated_at < EXCLUDED.client_updated_at
          AND {table.name}.client_id = EXCLUDED.client_id
          AND {table.name}.organization_id = EXCLUDED.organization_id
        RETURNING id, (xmax = 0) AS inserted
    """)  # noqa: S608 - the names are the model's own columns, the values are one bound parameter


_UPSERT_LOGS = _upsert_statement(WorkoutLog, LOG_FIELDS)
_UPSERT_SETS = _upsert_statement(SetLog, SET_FIELDS)


def _upsert(statement: sa.TextClause, rows: list[dict[str, Any]]) -> dict[Any, str]:
    """Insert or (when newer, and the same client's) update every row in one statement: {written id: outcome}."""
    if not rows:
        return {}
    payload = json.dumps(rows, default=str)
    result = db.session.execute(statement, {"rows": payload})
    return {uuid.UUID(str(row.id)): "created" if row.inserted else "updated" for row in result}


def _answer(client: Client, logs, sets, log_outcomes: dict, set_outcomes: dict) -> dict[str, Any]:
    """What the server holds now for every item of the batch, and the records its sets set."""
    held_logs = []
    if logs:
        rows = db.session.execute(
            service.logs_select().where(
                WorkoutLog.id.in_([log["id"] for log in logs]), WorkoutLog.client_id == client.id
            )
        ).mappings()
        held_logs = [dict(row) | {"outcome": log_outcomes.get(row["id"], "kept")} for row in rows]
    held_sets = []
    if sets:
        mine = sa.and_(SetLog.id.in_([item["id"] for item in sets]), SetLog.client_id == client.id)
        held_sets = service.set_rows(mine)
        for item in held_sets:
            item["outcome"] = set_outcomes.get(item["id"], "kept")
    return {"logs": held_logs, "sets": held_sets, "records": service.records_of([item["id"] for item in held_sets])}


def _record_finished(actor: Principal, client: Client, log: dict[str, Any]) -> None:
    """A finished workout: the event other parts react to, and the entry about the client people read."""
    events.record_by(
        actor, WorkoutFinished, client_id=client.id, workout_log_id=log["id"],
        program_workout_id=log["program_workout_id"],
    )  # fmt: skip
    changes: dict[str, Any] = {"workout": {"before": None, "after": log["name"]}}
    if log["duration_seconds"] is not None:
        changes["duration_minutes"] = {"before": None, "after": round(log["duration_seconds"] / 60)}
    if log["total_volume_kg"]:
        changes["total_volume"] = {"before": None, "after": f"{texts.number(log['total_volume_kg'])} kg"}
    events.record_by(actor, WorkoutCompleted, entity_id=client.id, label=client.full_name, changes=changes)
