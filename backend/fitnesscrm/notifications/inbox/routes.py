"""The notification centre: the caller's own notifications, their unread count, marking them read."""

from __future__ import annotations

from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.notifications.inbox import schemas, service

blp = Blueprint("inbox", __name__, url_prefix="/api", description="Notification centre (the bell)")


@blp.route("/notifications", methods=["GET"])
@requires()
@blp.arguments(schemas.NotificationArgsSchema, location="query")
@blp.response(200, page_schema(schemas.NotificationSchema))
def list_notifications(args):
    """The caller's notifications, newest first, optionally only unread ones."""
    return service.get_all(actor=current_principal(), **args)


@blp.route("/notifications/unread-count", methods=["GET"])
@requires()
@blp.response(200, schemas.UnreadCountSchema)
def unread_count():
    """How many of the caller's notifications are unread."""
    return service.unread_count(actor=current_principal())


@blp.route("/notifications/<int:notification_id>/read", methods=["POST"])
@requires()
@blp.response(200, schemas.NotificationSchema)
def mark_read(notification_id):
    """Mark one of the caller's notifications read."""
    return service.mark_read(actor=current_principal(), notification_id=notification_id)


@blp.route("/notifications/read-all", methods=["POST"])
@requires()
@blp.response(200, schemas.UnreadCountSchema)
def mark_all_read():
    """Mark every notification of the caller read."""
    return service.mark_all_read(actor=current_principal())
