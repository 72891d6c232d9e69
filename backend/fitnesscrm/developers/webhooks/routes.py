"""/api/developers/webhooks: a studio's webhook endpoints, their secrets, test events, delivery log and replay."""

from __future__ import annotations

from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import PageArgsSchema, page_schema
from fitnesscrm.core.tenancy import Role
from fitnesscrm.developers.webhooks import schemas, service
from fitnesscrm.developers.webhooks.event_types import EVENT_TYPES

blp = Blueprint(
    "webhooks", __name__, url_prefix="/api/developers/webhooks", description="Outgoing webhooks (owners, admins)"
)


def _with_secret(endpoint, secret: str):
    endpoint.signing_secret = secret
    return endpoint


@blp.route("/event-types", methods=["GET"])
@requires(Role.OWNER, Role.ADMIN)
@blp.response(200, schemas.WebhookEventTypeSchema(many=True))
def list_event_types():
    """The events an endpoint may subscribe to, with what each means (owner, admin)."""
    return [{"type": name, "label": label} for name, (label, _kind) in EVENT_TYPES.items()]


@blp.route("", methods=["GET"])
@requires(Role.OWNER, Role.ADMIN)
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_schema(schemas.WebhookEndpointSchema))
def list_endpoints(args):
    """The studio's webhook endpoints, newest first (owner, admin)."""
    return service.get_all(actor=current_principal(), **args)


@blp.route("", methods=["POST"])
@requires(Role.OWNER, Role.ADMIN)
@blp.arguments(schemas.WebhookEndpointCreateSchema)
@blp.response(201, schemas.WebhookEndpointWithSecretSchema)
def create_endpoint(args):
    """Register an endpoint; its signing secret is in this answer only (owner, admin)."""
    return _with_secret(*service.create(actor=current_principal(), **args))


@blp.route("/<int:endpoint_id>", methods=["GET"])
@requires(Role.OWNER, Role.ADMIN)
@blp.response(200, schemas.WebhookEndpointSchema)
def get_endpoint(endpoint_id):
    """One webhook endpoint (owner, admin)."""
    return service.get(actor=current_principal(), endpoint_id=endpoint_id)


@blp.route("/<int:endpoint_id>", methods=["PATCH"])
@requires(Role.OWNER, Role.ADMIN)
@blp.arguments(schemas.WebhookEndpointUpdateSchema(partial=True))
@blp.response(200, schemas.WebhookEndpointSchema)
def update_endpoint(args, endpoint_id):
    """Change an endpoint's address, description or events, or turn it off or on (owner, admin)."""
    return service.update(actor=current_principal(), endpoint_id=endpoint_id, **args)


@blp.route("/<int:endpoint_id>", methods=["DELETE"])
@requires(Role.OWNER, Role.ADMIN)
@blp.response(204)
def delete_endpoint(endpoint_id):
    """Remove an endpoint and its delivery log (owner, admin)."""
    service.delete(actor=current_principal(), endpoint_id=endpoint_id)


@blp.route("/<int:endpoint_id>/roll-secret", methods=["POST"])
@requires(Role.OWNER, Role.ADMIN)
@blp.response(200, schemas.WebhookEndpointWithSecretSchema)
def roll_endpoint_secret(endpoint_id):
    """Give an endpoint a new signing secret, in this answer only; the old one signs too for 24 hours (owner, admin)."""
    return _with_secret(*service.roll_secret(actor=current_principal(), endpoint_id=endpoint_id))


@blp.route("/<int:endpoint_id>/test", methods=["POST"])
@requires(Role.OWNER, Role.ADMIN)
@blp.response(201, schemas.WebhookDeliverySchema)
def send_test_event(endpoint_id):
    """Send the endpoint a `webhook.test` event; its answer shows in the delivery log (owner, admin)."""
    return service.send_test(actor=current_principal(), endpoint_id=endpoint_id)


@blp.route("/<int:endpoint_id>/deliveries", methods=["GET"])
@requires(Role.OWNER, Role.ADMIN)
@blp.arguments(schemas.WebhookDeliveryArgsSchema, location="query")
@blp.response(200, page_schema(schemas.WebhookDeliverySchema))
def list_deliveries(args, endpoint_id):
    """An endpoint's delivery log, newest first, with each answer's status code (owner, admin)."""
    return service.deliveries(actor=current_principal(), endpoint_id=endpoint_id, **args)


@blp.route("/<int:endpoint_id>/deliveries/<int:delivery_id>/replay", methods=["POST"])
@requires(Role.OWNER, Role.ADMIN)
@blp.response(200, schemas.WebhookDeliverySchema)
def replay_delivery(endpoint_id, delivery_id):
    """Send a delivery's event again now, same id and body (owner, admin)."""
    return service.replay(actor=current_principal(), endpoint_id=endpoint_id, delivery_id=delivery_id)
