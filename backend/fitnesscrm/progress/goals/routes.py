"""A client's goals: set, change and abandon them (staff); read them with computed progress (and the client)."""

from __future__ import annotations

from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.core.tenancy import STAFF
from fitnesscrm.progress.goals import options, schemas, service

blp = Blueprint("goals", __name__, url_prefix="/api", description="Goals")


@blp.route("/clients/<int:client_id>/goals", methods=["GET"])
@requires()
@blp.arguments(schemas.GoalQuerySchema, location="query")
@blp.response(200, page_schema(schemas.GoalSchema))
def list_goals(args, client_id):
    """A client's goals, active first, with progress computed from their measurements, log, attendance and habits."""
    return service.get_all(actor=current_principal(), client_id=client_id, **args)


@blp.route("/clients/<int:client_id>/goals", methods=["POST"])
@requires(*STAFF)
@blp.arguments(schemas.GoalCreateSchema)
@blp.response(201, schemas.GoalSchema)
def create_goal(args, client_id):
    """Set a goal for a client: a measurement, lift, attendance or habit-streak target, with milestones."""
    return service.create(actor=current_principal(), client_id=client_id, **args)


@blp.route("/clients/<int:client_id>/goals/options", methods=["GET"])
@requires(*STAFF)
@blp.response(200, schemas.GoalOptionsSchema)
def get_goal_options(client_id):
    """What a goal may be set on for a client: measurement types with their latest value, and their habits."""
    return options.get(actor=current_principal(), client_id=client_id)


@blp.route("/goals/<int:goal_id>", methods=["GET"])
@requires()
@blp.response(200, schemas.GoalSchema)
def get_goal(goal_id):
    """One goal with its progress."""
    return service.get(actor=current_principal(), goal_id=goal_id)


@blp.route("/goals/<int:goal_id>", methods=["PATCH"])
@requires(*STAFF)
@blp.arguments(schemas.GoalUpdateSchema(partial=True))
@blp.response(200, schemas.GoalSchema)
def update_goal(args, goal_id):
    """Change an active goal's title, target, target date or milestones."""
    return service.update(actor=current_principal(), goal_id=goal_id, **args)


@blp.route("/goals/<int:goal_id>/abandon", methods=["POST"])
@requires(*STAFF)
@blp.response(200, schemas.GoalSchema)
def abandon_goal(goal_id):
    """Stop tracking an active goal; it stays in the list as abandoned."""
    return service.abandon(actor=current_principal(), goal_id=goal_id)
