"""A client's progress: personal records, weekly volume, logged exercises, e1RM charts, the history export."""

from __future__ import annotations

from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.exports import documented_export, export_response
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.training.progress import history_export, schemas, service

blp = Blueprint(
    "training_progress",
    __name__,
    url_prefix="/api/clients/<int:client_id>/training",
    description="A client's progress from their training log",
)


@blp.route("/records", methods=["GET"])
@requires()
@blp.arguments(schemas.PersonalRecordQuerySchema, location="query")
@blp.response(200, page_schema(schemas.ExerciseRecordsSchema))
def get_training_records(args, client_id):
    """A client's current personal records per exercise, newest first (the client, their trainers, managers)."""
    return service.get_records(actor=current_principal(), client_id=client_id, **args)


@blp.route("/volume", methods=["GET"])
@requires()
@blp.arguments(schemas.TrainingVolumeQuerySchema, location="query")
@blp.response(200, schemas.TrainingVolumeSchema)
def get_training_volume(args, client_id):
    """Weekly volume per primary muscle group over a range, by default the last 12 weeks."""
    return service.get_volume(actor=current_principal(), client_id=client_id, **args)


@blp.route("/exercises", methods=["GET"])
@requires()
@blp.arguments(schemas.LoggedExerciseQuerySchema, location="query")
@blp.response(200, page_schema(schemas.LoggedExerciseSchema))
def get_logged_exercises(args, client_id):
    """The exercises a client has logged, most recent first, with their best e1RM."""
    return service.get_exercises(actor=current_principal(), client_id=client_id, **args)


@blp.route("/exercises/<int:exercise_id>", methods=["GET"])
@requires()
@blp.arguments(schemas.ProgressRangeSchema, location="query")
@blp.response(200, schemas.ExerciseProgressSchema)
def get_exercise_progress(args, client_id, exercise_id):
    """An exercise's e1RM chart: the best set of each training day, and the client's records in it."""
    return service.get_exercise_progress(
        actor=current_principal(), client_id=client_id, exercise_id=exercise_id, **args
    )


@blp.route("/export", methods=["GET"])
@requires()
@blp.arguments(schemas.HistoryExportQuerySchema, location="query")
@documented_export(blp)
def export_training_history(args, client_id):
    """Download a client's training history, one row per set, as CSV or Excel."""
    actor, file_format = current_principal(), args.pop("file_format")
    name, rows = history_export.export(actor=actor, client_id=client_id, **args)
    return export_response(name, history_export.EXPORT_COLUMNS, rows, file_format=file_format, zone=actor.timezone)
