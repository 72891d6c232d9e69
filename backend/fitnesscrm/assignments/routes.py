"""Assignments: which trainers coach a client, who is primary, and the history."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.assignments import schemas, service
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.core.tenancy import MANAGERS

blp = Blueprint("assignments", __name__, url_prefix="/api", description="Which trainers coach which clients")


@blp.route("/clients/<int:client_id>/assignments")
class ClientAssignments(MethodView):
    @requires()
    @blp.arguments(schemas.AssignmentQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.AssignmentSchema))
    def get(self, args, client_id):
        """A client's current trainers, or their whole history (anyone who may see the client)."""
        return service.get_all(actor=current_principal(), client_id=client_id, **args)

    @requires(*MANAGERS)
    @blp.arguments(schemas.AssignmentCreateSchema)
    @blp.response(201, schemas.AssignmentSchema)
    def post(self, args, client_id):
        """Assign a trainer to a client (owner, admin)."""
        return service.assign(actor=current_principal(), client_id=client_id, **args)


@blp.route("/clients/<int:client_id>/assignments/<int:trainer_id>")
class ClientAssignment(MethodView):
    @requires(*MANAGERS)
    @blp.arguments(schemas.AssignmentUpdateSchema)
    @blp.response(200, schemas.AssignmentSchema)
    def patch(self, args, client_id, trainer_id):
        """Make a trainer the client's primary trainer (owner, admin)."""
        return service.update(actor=current_principal(), client_id=client_id, trainer_id=trainer_id, **args)

    @requires(*MANAGERS)
    @blp.response(204)
    def delete(self, client_id, trainer_id):
        """End a trainer's assignment to a client, keeping it in the history (owner, admin)."""
        service.unassign(actor=current_principal(), client_id=client_id, trainer_id=trainer_id)


@blp.route("/assignments/bulk", methods=["POST"])
@requires(*MANAGERS)
@blp.arguments(schemas.BulkAssignmentSchema)
@blp.response(200, schemas.BulkAssignmentResultSchema)
def bulk_assign(args):
    """Assign one trainer to many clients, skipping those who have them already (owner, admin)."""
    return service.bulk_assign(actor=current_principal(), **args)
