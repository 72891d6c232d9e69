"""The caller's organization."""

from __future__ import annotations

from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.tenancy import Role
from fitnesscrm.organizations import schemas, service

blp = Blueprint("organizations", __name__, url_prefix="/api/organization", description="The studio's settings")


@blp.route("", methods=["GET"])
@requires()
@blp.response(200, schemas.OrganizationSchema)
def get_organization():
    """The caller's organization."""
    return service.get(actor=current_principal())


@blp.route("", methods=["PATCH"])
@requires(Role.OWNER, Role.ADMIN)
@blp.arguments(schemas.OrganizationUpdateSchema)
@blp.response(200, schemas.OrganizationSchema)
def update_organization(args):
    """Rename the organization or change its time zone or country (owner, admin)."""
    return service.update(actor=current_principal(), **args)
