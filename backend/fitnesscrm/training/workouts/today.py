"""Today's workout (and the next few) with everything a phone needs to log it without a network.

A client's exercises are embedded (name, measurement, cues) because clients have no access to
the library; beside each prescription come the previous result of the same exercise and the
progression rule's proposal, read from the last session of the same prescription (its `key`),
else of the same exercise. The statements are the same few whatever the number of workouts,
exercises or past sets.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import distinct_on

from fitnesscrm.clients.models import Client
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.extensions import db
from fitnesscrm.training import formulas
from fitnesscrm.training.models import ClientProgram, Exercise, ProgramWorkout, SetLog, WorkoutLog
from fitnesscrm.training.workouts import service, texts

# The last session of a prescription (same key) and of its exercise, per (key, exercise) of the day,
# leaving out the logs of the workouts being shown (a reload must not call today's sets "previous").
_LAST_SESSIONS = sa.text("""
    SELECT p.key, p.exercise_id, by_key.workout_log_id AS by_key, by_exercise.workout_log_id AS by_exercise
    FROM unnest(CAST(:keys AS text[]), CAST(:exercise_ids AS int[])) AS p(key, exercise_id)
    LEFT JOIN LATERAL (
        SELECT s.workout_log_id FROM set_logs s
        WHERE s.client_id = :client_id AND s.exercise_id = p.exercise_id AND s.prescription_key = p.key
          AND s.deleted_at IS NULL AND s.status = 'done' AND NOT (s.workout_log_id = ANY(CAST(:current AS uuid[])))
        ORDER BY s.performed_at DESC LIMIT 1
    ) by_key ON true
    LEFT JOIN LATERAL (
        SELECT s.workout_log_id FROM set_logs s
        WHERE s.client_id = :client_id AND s.exercise_id = p.exercise_id
          AND s.deleted_at IS NULL AND s.status = 'done' AND NOT (s.workout_log_id = ANY(CAST(:current AS uuid[])))
        ORDER BY s.performed_at DESC LIMIT 1
    ) by_exercise ON true
""")


def _program_workouts(client: Client) -> sa.Select:
    return (
        sa.select(ProgramWorkout, ClientProgram.name.label("program_name"))
        .join(ClientProgram, ClientProgram.id == ProgramWorkout.client_program_id)
        .where(ProgramWorkout.client_id == client.id, ClientProgram.status == "active")
    )


def _day_label(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B}"


def get_today(*, actor: Principal, client_id: int | None) -> dict[str, Any]:
    """The client's workout scheduled today in their zone, else the next one not done, ready to log offline."""
    client = service.client_of(actor=actor, client_id=client_id)
    zone = service.zone_of(client)
    today = datetime.now(ZoneInfo(zone)).date()
    answer = {"client_id": client.id, "client_name": client.full_name, "date": today, "timezone": zone}
    row = db.session.execute(
        _program_workouts(client)
        .where(ProgramWorkout.scheduled_date == today)
        .order_by(ProgramWorkout.completed_at.is_not(None), ProgramWorkout.id)
        .limit(1)
    ).first()
    status = "today"
    if row is None:
        status = "next"
        row = db.session.execute(
            _program_workouts(client)
            .where(ProgramWorkout.scheduled_date > today, ProgramWorkout.completed_at.is_(None))
            .order_by(ProgramWorkout.scheduled_date, ProgramWorkout.id)
            .limit(1)
        ).first()
    if row is None:
        message = "No workout is scheduled. Once a coach assigns a program, its workouts appear here."
        return answer | {"status": "none", "message": message, "workout": None}
    workout = plans(client, [row])[0]
    if status == "today":
        message = f"Today: {workout['name']}." if workout["completed_at"] is None else f"Done today: {workout['name']}."
    else:
        message = f"Nothing is scheduled today. Next: {workout['name']} on {_day_label(workout['scheduled_date'])}."
    return answer | {"status": status, "message": message, "workout": workout}


def get_upcoming(*, actor: Principal, client_id: int | None, page: int, per_page: int) -> Page:
    """The client's workouts from today on that are not done, soonest first, each ready to log offline."""
    client = service.client_of(actor=actor, client_id=client_id)
    today = datetime.now(ZoneInfo(service.zone_of(client))).date()
    stmt = (
        _program_workouts(client)
        .where(ProgramWorkout.scheduled_date >= today, ProgramWorkout.completed_at.is_(None))
        .order_by(ProgramWorkout.scheduled_date, ProgramWorkout.id)
    )
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    result.items = plans(client, result.items)
    return result


def plans(client: Client, rows: list[Any]) -> list[dict[str, Any]]:
    """Each (ProgramWorkout, program_name) row as a plan with exercises, previous results, proposals and its log."""
    if not rows:
        return []
    workouts = [row[0] for row in rows]
    items = [
        (workout.id, block, item)
        for workout in workouts
        for block in workout.content.get("blocks", [])
        for item in block.get("exercises", [])
    ]
    exercises = _exercises(client, {item["exercise_id"] for _, _, item in items})
    logs = _logs_of(client, [workout.id for workout in workouts])
    previous = _previous(client, [item for _, _, item in items], [log["id"] for log in logs.values()])
    plans_out = []
    for workout, program_name in ((row[0], row[1]) for row in rows):
        blocks = [
            {
                **{name: block.get(name) for name in ("key", "kind", "name", "rounds", "rest_seconds")},
                "exercises": [_plan_item(block, item, exercises, previous) for item in block.get("exercises", [])],
            }
            for block in workout.content.get("blocks", [])
        ]
        plans_out.append(
            {
                "program_workout_id": workout.id,
                "client_id": client.id,
                "program_name": program_name,
                "name": workout.name,
                "scheduled_date": workout.scheduled_date,
                "week_number": workout.week_number,
                "day_number": workout.day_number,
                "notes": workout.content.get("notes"),
                "completed_at": workout.completed_at,
                "blocks": blocks,
                "log": logs.get(workout.id),
            }
        )
    return plans_out


def _plan_item(block: dict, item: dict, exercises: dict, previous: dict) -> dict[str, Any]:
    exercise = exercises.get(item["exercise_id"], {})
    prescription = item.get("prescription") or {}
    last = previous.get((item["key"], item["exercise_id"]), {})
    proposal = formulas.propose(prescription, last.get("proposal_sets", []))
    return {
        "key": item["key"],
        "exercise_id": item["exercise_id"],
        "name": exercise.get("name", "Exercise no longer in the library"),
        "measurement": exercise.get("measurement", "reps_load"),
        "cues": exercise.get("cues"),
        "prescription": prescription,
        "prescribed": texts.prescription_text(prescription),
        # In a superset or circuit the rest comes after the round, so the block's rest applies.
        "rest_seconds": prescription.get("rest_seconds") or block.get("rest_seconds"),
        "previous": last.get("previous"),
        "proposal": proposal
        and {
            "load_value": proposal.load_value,
            "load_unit": proposal.load_unit,
            "reps": proposal.reps,
            "reason": proposal.reason,
        },
    }


def _exercises(client: Client, ids: set[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    rows = db.session.execute(
        sa.select(Exercise.id, Exercise.name, Exercise.measurement, Exercise.cues).where(
            Exercise.id.in_(ids),
            sa.or_(Exercise.organization_id.is_(None), Exercise.organization_id == client.organization_id),
        )
    ).mappings()
    return {row["id"]: dict(row) for row in rows}


def _logs_of(client: Client, program_workout_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The newest log of each program workout, with its sets: what a reload shows as already logged."""
    rows = db.session.execute(
        service.logs_select()
        .where(WorkoutLog.client_id == client.id, WorkoutLog.program_workout_id.in_(program_workout_ids))
        .order_by(WorkoutLog.program_workout_id, WorkoutLog.started_at.desc())
        .ext(distinct_on(WorkoutLog.program_workout_id))
    ).mappings()
    logs = service.with_sets([dict(row) for row in rows])
    return {log["program_workout_id"]: log for log in logs}


def _previous(client: Client, items: list[dict], current: list[uuid.UUID]) -> dict[tuple, dict[str, Any]]:
    """Per (key, exercise id): the previous result of the exercise and the sets the proposal reads."""
    if not items:
        return {}
    sessions = db.session.execute(
        _LAST_SESSIONS,
        {
            "keys": [item["key"] for item in items],
            "exercise_ids": [item["exercise_id"] for item in items],
            "client_id": client.id,
            "current": current,
        },
    ).all()
    wanted = {(log_id, row.exercise_id) for row in sessions for log_id in (row.by_key, row.by_exercise) if log_id}
    if not wanted:
        return {}
    sets = service.set_rows(
        sa.and_(sa.tuple_(SetLog.workout_log_id, SetLog.exercise_id).in_(wanted), SetLog.deleted_at.is_(None))
    )
    by_session: dict[tuple, list] = {}
    for item in sets:
        by_session.setdefault((item["workout_log_id"], item["exercise_id"]), []).append(item)
    found: dict[tuple, dict[str, Any]] = {}
    for row in sessions:
        if row.by_exercise is None:
            continue
        shown = by_session.get((row.by_exercise, row.exercise_id), [])
        if row.by_key is not None:
            same_key = by_session.get((row.by_key, row.exercise_id), [])
            read = [item for item in same_key if item["prescription_key"] == row.key]
        else:
            read = shown
        found[(row.key, row.exercise_id)] = {
            "previous": {
                "performed_at": max(item["performed_at"] for item in shown),
                "summary": ", ".join(item["text"] for item in shown),
                "sets": shown,
            }
            if shown
            else None,
            "proposal_sets": [formulas.LastSet(item["status"], item["reps"], item["load_kg"]) for item in read],
        }
    return found
