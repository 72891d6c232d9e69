"""Memberships: a client's plans, the studio's list, start, cancel per notice, pause and resume."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.billing.memberships import schemas, service
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import PageArgsSchema, page_schema
from fitnesscrm.core.tenancy import Role

blp = Blueprint("memberships", __name__, url_prefix="/api", description="Memberships")

MANAGERS = (Role.OWNER, Role.ADMIN)


@blp.route("/clients/<int:client_id>/memberships")
class ClientMemberships(MethodView):
    @requires()
    @blp.arguments(PageArgsSchema, location="query")
    @blp.response(200, page_schema(schemas.MembershipSchema))
    def get(self, args, client_id):
        """A client's memberships, newest first (the client reads their own)."""
        return service.for_client(actor=current_principal(), client_id=client_id, **args)

    @requires(*MANAGERS)
    @blp.arguments(schemas.MembershipCreateSchema)
    @blp.response(201, schemas.MembershipSchema)
    def post(self, args, client_id):
        """Start a membership: its first period is invoiced and its credits granted (owners and admins)."""
        return service.create(actor=current_principal(), client_id=client_id, **args)


@blp.route("/billing/memberships")
class Memberships(MethodView):
    @requires()
    @blp.arguments(schemas.MembershipQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.MembershipSchema))
    def get(self, args):
        """The memberships of the clients the caller may see, filtered by client, product or status."""
        return service.get_all(actor=current_principal(), **args)


@blp.route("/billing/memberships/<int:membership_id>/cancel", methods=["POST"])
@requires()
@blp.arguments(schemas.MembershipCancelSchema)
@blp.response(200, schemas.MembershipSchema)
def cancel(args, membership_id):
    """Give notice (the client or staff): the answer says when it ends and why; owners/admins may end it at once."""
    return service.cancel(actor=current_principal(), membership_id=membership_id, **args)


@blp.route("/billing/memberships/<int:membership_id>/pause", methods=["POST"])
@requires(*MANAGERS)
@blp.response(200, schemas.MembershipSchema)
def pause(membership_id):
    """Pause a membership: no renewals, its credits unusable (owners and admins)."""
    return service.pause(actor=current_principal(), membership_id=membership_id)


@blp.route("/billing/memberships/<int:membership_id>/resume", methods=["POST"])
@requires(*MANAGERS)
@blp.response(200, schemas.MembershipSchema)
def resume(membership_id):
    """Resume a paused membership (owners and admins)."""
    return service.resume(actor=current_principal(), membership_id=membership_id)
