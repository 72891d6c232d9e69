"""The outbox (owners and admins), each person's notification preferences, and one-click unsubscribe."""

from __future__ import annotations

from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.core.tenancy import Role
from fitnesscrm.notifications import schemas, service

blp = Blueprint("notifications", __name__, url_prefix="/api", description="Outbox, preferences, unsubscribe")


@blp.route("/outbox", methods=["GET"])
@requires(Role.OWNER, Role.ADMIN)
@blp.arguments(schemas.OutboxArgsSchema, location="query")
@blp.response(200, page_schema(schemas.OutboxMessageSchema))
def list_outbox(args):
    """The studio's outgoing messages, newest first, optionally of one status (owner, admin)."""
    return service.get_all(actor=current_principal(), **args)


@blp.route("/outbox/<int:message_id>/retry", methods=["POST"])
@requires(Role.OWNER, Role.ADMIN)
@blp.response(200, schemas.OutboxMessageSchema)
def retry_outbox_message(message_id):
    """Send a failed or dead message again (owner, admin)."""
    return service.retry(actor=current_principal(), message_id=message_id)


@blp.route("/notification-preferences", methods=["GET"])
@requires()
@blp.response(200, schemas.PreferenceSchema(many=True))
def get_preferences():
    """Which notifications the caller receives, by email, text message and push."""
    return service.get_preferences(actor=current_principal())


@blp.route("/notification-preferences", methods=["PUT"])
@requires()
@blp.arguments(schemas.PreferencesUpdateSchema)
@blp.response(200, schemas.PreferenceSchema(many=True))
def update_preferences(args):
    """Turn notifications on or off, per topic and channel, for the caller."""
    return service.update_preferences(actor=current_principal(), **args)


@blp.route("/unsubscribe/<string:token>", methods=["GET"])
@blp.response(200, schemas.UnsubscribeSchema)
def preview_unsubscribe(token):
    """What an unsubscribe link turns off (no sign-in: the signed token is the permission)."""
    return service.preview_unsubscribe(token=token)


@blp.route("/unsubscribe/<string:token>", methods=["POST"])
@blp.response(200, schemas.UnsubscribeSchema)
def unsubscribe(token):
    """Turn off what an unsubscribe link names: RFC 8058 one-click, no sign-in (the signed token is the permission)."""
    return service.unsubscribe(token=token)
