"""/api/v2/workouts: the workouts clients logged (sets, reps, loads), for wearables and reporting tools."""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

import marshmallow as ma
import sqlalchemy as sa
from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.api_v2.operations import expand_field, operation
from fitnesscrm.api_v2.pagination import DEFAULT_LIMIT, MAX_LIMIT, cursor_page
from fitnesscrm.api_v2.representations import representation
from fitnesscrm.core import fields
from fitnesscrm.core.auth import current_principal
from fitnesscrm.core.tenancy import scoped
from fitnesscrm.errors import NotFound
from fitnesscrm.extensions import db
from fitnesscrm.training.models import SET_STATUSES, Exercise, SetLog, WorkoutLog

blp = Blueprint("v2_workouts", __name__, url_prefix="/api/v2/workouts", description="Logged workouts")


def _kilograms(description: str) -> ma.fields.Float:
    return ma.fields.Float(allow_none=True, required=True, metadata={"description": f"{description}, in kilograms."})


class V2SetSchema(ma.Schema):
    id = ma.fields.UUID(required=True)
    exercise_id = ma.fields.Integer(required=True)
    exercise_name = ma.fields.String(attribute="v2_exercise_name", required=True)
    set_number = ma.fields.Integer(required=True)
    status = ma.fields.String(required=True, metadata={"description": " | ".join(SET_STATUSES)})
    reps = ma.fields.Integer(allow_none=True, required=True)
    load_kg = _kilograms("The load")
    duration_seconds = ma.fields.Integer(allow_none=True, required=True)
    distance_m = ma.fields.Float(allow_none=True, required=True, metadata={"description": "In metres."})
    rpe = ma.fields.Float(allow_none=True, required=True, metadata={"description": "Effort, 1 to 10."})
    performed_at = ma.fields.DateTime(required=True)


class V2WorkoutSchema(ma.Schema):
    object = ma.fields.Constant("workout", dump_only=True, required=True)
    id = ma.fields.UUID(required=True, metadata={"description": "Made by the device that logged it."})
    client_id = ma.fields.Integer(required=True)
    name = ma.fields.String(required=True)
    started_at = ma.fields.DateTime(required=True)
    finished_at = ma.fields.DateTime(allow_none=True, required=True, metadata={"description": "Null while going."})
    duration_seconds = ma.fields.Integer(allow_none=True, required=True)
    total_volume_kg = _kilograms("Reps × load over the sets done")
    note = ma.fields.String(allow_none=True, required=True)
    created_at = ma.fields.DateTime(required=True)
    updated_at = ma.fields.DateTime(required=True)
    sets = ma.fields.List(
        ma.fields.Nested(V2SetSchema), attribute="v2_sets", metadata={"description": "Only with `expand=sets`."}
    )


class V2WorkoutListSchema(ma.Schema):
    object = ma.fields.Constant("list", dump_only=True, required=True)
    data = ma.fields.List(ma.fields.Nested(V2WorkoutSchema), required=True)
    has_more = ma.fields.Boolean(required=True, metadata={"description": "Whether another page follows."})
    next_starting_after = ma.fields.UUID(
        allow_none=True,
        required=True,
        metadata={"description": "Pass as `starting_after` for the next page; null on the last."},
    )


class V2WorkoutListArgsSchema(fields.QuerySchema):
    limit = fields.Integer(load_default=DEFAULT_LIMIT, minimum=1, maximum=MAX_LIMIT)
    starting_after = fields.Uuid(
        metadata={"description": "The id of the last workout you have: the page starts after it (ids are ordered)."}
    )
    client_id = fields.id_field(metadata={"description": "Only this client's workouts."})
    started_from = fields.DateTime(metadata={"description": "Only workouts started at or after this instant."})
    started_to = fields.DateTime(metadata={"description": "Only workouts started before this instant."})
    expand = expand_field("sets")


class V2WorkoutExpandArgsSchema(fields.QuerySchema):
    expand = expand_field("sets")


def _with_sets(workouts: list[WorkoutLog]) -> list[WorkoutLog]:
    """Attach each workout's sets (not the removed ones) with their exercises' names, in one query."""
    if not workouts:
        return workouts
    by_workout: dict[uuid.UUID, list[SetLog]] = defaultdict(list)
    rows = db.session.execute(
        sa.select(SetLog, Exercise.name)
        .join(Exercise, Exercise.id == SetLog.exercise_id)
        .where(SetLog.workout_log_id.in_([workout.id for workout in workouts]), SetLog.deleted_at.is_(None))
        .order_by(SetLog.performed_at, SetLog.set_number)
    )
    for set_log, exercise_name in rows:
        set_log.v2_exercise_name = exercise_name
        by_workout[set_log.workout_log_id].append(set_log)
    for workout in workouts:
        workout.v2_sets = by_workout[workout.id]
    return workouts


def _load(organization_id: int, workout_id: uuid.UUID) -> WorkoutLog | None:
    return db.session.scalars(
        sa.select(WorkoutLog).where(WorkoutLog.organization_id == organization_id, WorkoutLog.id == workout_id)
    ).one_or_none()


@representation("workout")
def _represent(organization_id: int, workout_id: Any) -> dict[str, Any] | None:
    workout = _load(organization_id, uuid.UUID(str(workout_id)))
    return None if workout is None else V2WorkoutSchema().dump(_with_sets([workout])[0])


@blp.route("")
class Workouts(MethodView):
    @operation(blp, "listWorkouts", scope="programs:read")
    @blp.arguments(V2WorkoutListArgsSchema, location="query")
    @blp.response(200, V2WorkoutListSchema)
    def get(self, args):
        """List logged workouts in id order, filtered by client or start time; `expand=sets` adds their sets."""
        stmt = scoped(WorkoutLog, current_principal())
        if "client_id" in args:
            stmt = stmt.where(WorkoutLog.client_id == args["client_id"])
        if "started_from" in args:
            stmt = stmt.where(WorkoutLog.started_at >= args["started_from"])
        if "started_to" in args:
            stmt = stmt.where(WorkoutLog.started_at < args["started_to"])
        page = cursor_page(stmt, key=WorkoutLog.id, limit=args["limit"], starting_after=args.get("starting_after"))
        if "sets" in args["expand"]:
            page.data = _with_sets(page.data)
        return page


@blp.route("/<uuid:workout_id>")
class WorkoutById(MethodView):
    @operation(blp, "getWorkout", scope="programs:read")
    @blp.arguments(V2WorkoutExpandArgsSchema, location="query")
    @blp.response(200, V2WorkoutSchema)
    def get(self, args, workout_id):
        """One logged workout."""
        workout = _load(current_principal().organization_id, workout_id)
        if workout is None:
            raise NotFound("No such workout.")
        return _with_sets([workout])[0] if "sets" in args["expand"] else workout
