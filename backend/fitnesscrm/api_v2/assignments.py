"""/api/v2/assignments: which trainer coaches which client, and since when; start and end them."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
import sqlalchemy as sa
from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.api_v2.operations import operation
from fitnesscrm.api_v2.pagination import CursorArgsSchema, cursor_page, list_schema
from fitnesscrm.api_v2.representations import representation
from fitnesscrm.assignments import service
from fitnesscrm.assignments.models import Assignment
from fitnesscrm.core import fields
from fitnesscrm.core.auth import current_principal
from fitnesscrm.core.tenancy import Principal, scoped
from fitnesscrm.errors import Conflict, NotFound
from fitnesscrm.extensions import db

blp = Blueprint(
    "v2_assignments", __name__, url_prefix="/api/v2/assignments", description="Which trainers coach which clients"
)

ASSIGNMENT_STATES = ("current", "ended", "all")


class V2AssignmentSchema(ma.Schema):
    object = ma.fields.Constant("assignment", dump_only=True, required=True)
    id = ma.fields.Integer(required=True)
    client_id = ma.fields.Integer(required=True)
    trainer_id = ma.fields.Integer(required=True)
    is_primary = ma.fields.Boolean(required=True, metadata={"description": "The client's main trainer."})
    assigned_at = ma.fields.DateTime(required=True)
    ended_at = ma.fields.DateTime(allow_none=True, required=True, metadata={"description": "Null while current."})


class V2AssignmentListArgsSchema(CursorArgsSchema):
    client_id = fields.id_field(metadata={"description": "Only this client's trainers."})
    trainer_id = fields.id_field(metadata={"description": "Only this trainer's clients."})
    status = fields.String(
        load_default="current",
        validate=ma.validate.OneOf(ASSIGNMENT_STATES),
        metadata={"description": "`current` (the default), `ended` (the history) or `all`."},
    )


class V2AssignmentCreateSchema(ma.Schema):
    client_id = fields.id_field(required=True)
    trainer_id = fields.id_field(required=True)
    is_primary = ma.fields.Boolean(
        load_default=False,
        metadata={"description": "Make this trainer primary; a client's first trainer always is."},
    )


def _load(organization_id: int, assignment_id: int) -> Assignment | None:
    return db.session.scalars(
        sa.select(Assignment).where(Assignment.organization_id == organization_id, Assignment.id == assignment_id)
    ).one_or_none()


def _find(actor: Principal, assignment_id: int) -> Assignment:
    assignment = _load(actor.organization_id, assignment_id)
    if assignment is None:
        raise NotFound("No such assignment.")
    return assignment


@representation("assignment")
def _represent(organization_id: int, assignment_id: int) -> dict[str, Any] | None:
    assignment = _load(organization_id, assignment_id)
    return None if assignment is None else V2AssignmentSchema().dump(assignment)


@blp.route("")
class Assignments(MethodView):
    @operation(blp, "listAssignments", scope="assignments:read")
    @blp.arguments(V2AssignmentListArgsSchema, location="query")
    @blp.response(200, list_schema(V2AssignmentSchema))
    def get(self, args):
        """List trainer assignments, the current ones unless `status` says otherwise."""
        stmt = scoped(Assignment, current_principal())
        if "client_id" in args:
            stmt = stmt.where(Assignment.client_id == args["client_id"])
        if "trainer_id" in args:
            stmt = stmt.where(Assignment.trainer_id == args["trainer_id"])
        if args["status"] == "current":
            stmt = stmt.where(Assignment.ended_at.is_(None))
        elif args["status"] == "ended":
            stmt = stmt.where(Assignment.ended_at.is_not(None))
        return cursor_page(stmt, key=Assignment.id, limit=args["limit"], starting_after=args.get("starting_after"))

    @operation(blp, "createAssignment", scope="assignments:write")
    @blp.arguments(V2AssignmentCreateSchema)
    @blp.response(201, V2AssignmentSchema)
    def post(self, args):
        """Assign a trainer to a client; 409 when they coach them already."""
        return service.assign(actor=current_principal(), **args)


@blp.route("/<int:assignment_id>")
class AssignmentById(MethodView):
    @operation(blp, "getAssignment", scope="assignments:read")
    @blp.response(200, V2AssignmentSchema)
    def get(self, assignment_id):
        """One assignment, current or ended."""
        return _find(current_principal(), assignment_id)


@blp.route("/<int:assignment_id>/end", methods=["POST"])
@operation(blp, "endAssignment", scope="assignments:write", writes=True)
@blp.response(200, V2AssignmentSchema)
def end_assignment(assignment_id):
    """End an assignment, keeping it as history; the client's oldest other trainer becomes primary if need be."""
    actor = current_principal()
    assignment = _find(actor, assignment_id)
    if assignment.ended_at is not None:
        raise Conflict("This assignment has already ended.", code="assignment_ended")
    service.unassign(actor=actor, client_id=assignment.client_id, trainer_id=assignment.trainer_id)
    return _find(actor, assignment_id)
