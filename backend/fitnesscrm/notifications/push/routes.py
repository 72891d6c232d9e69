"""This device's push subscription, and the key browsers subscribe with."""

from __future__ import annotations

from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.notifications.push import schemas, service

blp = Blueprint("push", __name__, url_prefix="/api/push", description="Push notifications to the caller's devices")


@blp.route("/public-key", methods=["GET"])
@requires()
@blp.response(200, schemas.PublicKeySchema)
def get_public_key():
    """The server's VAPID public key, for PushManager.subscribe."""
    return service.public_key(actor=current_principal())


@blp.route("/subscriptions", methods=["POST"])
@requires()
@blp.arguments(schemas.SubscriptionCreateSchema)
@blp.response(201, schemas.SubscriptionSchema)
def subscribe(args):
    """Receive push notifications on this device (the same endpoint again updates it)."""
    return service.subscribe(actor=current_principal(), **args)


@blp.route("/subscriptions", methods=["DELETE"])
@requires()
@blp.arguments(schemas.SubscriptionDeleteSchema)
@blp.response(204)
def unsubscribe(args):
    """Stop push notifications on this device."""
    service.unsubscribe(actor=current_principal(), **args)
