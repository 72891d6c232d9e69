"""Workouts: today's workout to log (offline too), the sync of a device's queue, a client's history."""

from __future__ import annotations

from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.training.workouts import schemas, service, sync, today

blp = Blueprint("workouts", __name__, url_prefix="/api", description="Workouts")


@blp.route("/workouts/today")
@requires()
@blp.arguments(schemas.ClientArgsSchema, location="query")
@blp.response(200, schemas.TodaySchema)
def get_today(args):
    """Today's workout in the client's zone (else the next one), with all a phone needs to log it offline."""
    return today.get_today(actor=current_principal(), client_id=args.get("client_id"))


@blp.route("/workouts/upcoming")
@requires()
@blp.arguments(schemas.UpcomingArgsSchema, location="query")
@blp.response(200, page_schema(schemas.PlannedWorkoutSchema))
def get_upcoming(args):
    """The client's workouts from today on that are not done, soonest first, for a device to cache ahead."""
    return today.get_upcoming(actor=current_principal(), **{"client_id": None, **args})


@blp.route("/workouts/sync", methods=["POST"])
@requires()
@blp.arguments(schemas.SyncSchema)
@blp.response(200, schemas.SyncResultSchema)
def sync_workouts(args):
    """Store a device's queued logs and sets once each (newest change wins) and answer what the server holds."""
    return sync.sync(actor=current_principal(), **{"client_id": None, **args})


@blp.route("/workouts/<uuid:workout_log_id>")
@requires()
@blp.response(200, schemas.WorkoutLogSchema)
def get_workout(workout_log_id):
    """One workout log in full: its sets by exercise, notes, duration, volume and records."""
    return service.get(actor=current_principal(), workout_log_id=workout_log_id)


@blp.route("/clients/<int:client_id>/workouts")
@requires()
@blp.arguments(schemas.HistoryArgsSchema, location="query")
@blp.response(200, page_schema(schemas.WorkoutSummarySchema))
def get_history(args, client_id):
    """A client's workouts, newest first, each exercise's sets in one line (a client reads their own)."""
    return service.get_all(actor=current_principal(), client_id=client_id, **args)
