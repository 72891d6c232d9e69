"""Chat over REST: threads, messages, attachments, read receipts and search (live updates come by socket)."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.core import storage
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.core.tenancy import STAFF
from fitnesscrm.messaging import schemas, service

MULTIPART = "multipart/form-data"

blp = Blueprint(
    "Messaging",
    __name__,
    url_prefix="/api",
    description="Chat: a thread per client with their trainers, group threads, messages, read receipts, search",
)


@blp.route("/threads")
class Threads(MethodView):
    @requires()
    @blp.arguments(schemas.ThreadQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.ThreadSchema))
    def get(self, args):
        """The conversations you may open, newest activity first, with unread counts."""
        return service.get_all(actor=current_principal(), **args)

    @requires(*STAFF)
    @blp.arguments(schemas.GroupCreateSchema)
    @blp.response(201, schemas.ThreadSchema)
    def post(self, args):
        """Start a group conversation with people of your studio (owner, admin, trainer)."""
        return service.create_group(actor=current_principal(), **args)


@blp.route("/threads/unread-count")
@requires()
@blp.response(200, schemas.UnreadTotalSchema)
def unread_count():
    """Your unread messages over all your conversations."""
    return service.unread_total(actor=current_principal())


@blp.route("/threads/<int:thread_id>")
class ThreadById(MethodView):
    @requires()
    @blp.response(200, schemas.ThreadSchema)
    def get(self, thread_id):
        """One conversation, with its members and how far each has read."""
        return service.get(actor=current_principal(), thread_id=thread_id)

    @requires(*STAFF)
    @blp.arguments(schemas.GroupUpdateSchema)
    @blp.response(200, schemas.ThreadSchema)
    def patch(self, args, thread_id):
        """Rename a group conversation and change who is in it (owner, admin, trainer)."""
        return service.update_group(actor=current_principal(), thread_id=thread_id, **args)


@blp.route("/threads/<int:thread_id>/messages")
class ThreadMessages(MethodView):
    @requires()
    @blp.arguments(schemas.MessageQuerySchema, location="query")
    @blp.response(200, schemas.MessageListSchema)
    def get(self, args, thread_id):
        """Messages of a conversation, oldest first: the latest, those before one (scrolling back) or after one."""
        return service.messages(actor=current_principal(), thread_id=thread_id, **args)

    @requires()
    @blp.arguments(schemas.MessageCreateSchema)
    @blp.response(201, schemas.MessageSchema)
    def post(self, args, thread_id):
        """Send a message."""
        return service.post(actor=current_principal(), thread_id=thread_id, **args)


@blp.route("/threads/<int:thread_id>/attachments", methods=["POST"])
@requires()
@storage.accepts_upload("attachment")
@blp.arguments(schemas.AttachmentUploadSchema, location="form", content_type=MULTIPART)
@blp.response(201, schemas.MessageSchema)
def post_attachment(args, thread_id):
    """Send a picture or a PDF (multipart: the file in `file`), with words if you like."""
    actor = current_principal()

    def upload():
        return storage.upload_from_request(
            organization_id=actor.organization_id, uploaded_by_user_id=actor.user_id, kind="attachment"
        )

    return service.attach(actor=actor, thread_id=thread_id, upload=upload, **args)


@blp.route("/threads/<int:thread_id>/messages/<int:message_id>")
class MessageById(MethodView):
    @requires()
    @blp.arguments(schemas.MessageCreateSchema)
    @blp.response(200, schemas.MessageSchema)
    def patch(self, args, thread_id, message_id):
        """Change the words of your own message (the earlier words are kept)."""
        return service.edit(actor=current_principal(), thread_id=thread_id, message_id=message_id, **args)

    @requires()
    @blp.response(200, schemas.MessageSchema)
    def delete(self, thread_id, message_id):
        """Delete a message: yours, or any as owner or admin (a trace is kept)."""
        return service.delete(actor=current_principal(), thread_id=thread_id, message_id=message_id)


@blp.route("/threads/<int:thread_id>/read", methods=["POST"])
@requires()
@blp.arguments(schemas.ReadSchema)
@blp.response(200, schemas.ReadResultSchema)
def mark_read(args, thread_id):
    """Say you have read a conversation up to a message; the others see how far."""
    return service.mark_read(actor=current_principal(), thread_id=thread_id, **args)


@blp.route("/messages/search")
@requires()
@blp.arguments(schemas.MessageSearchQuerySchema, location="query")
@blp.response(200, page_schema(schemas.MessageSearchHitSchema))
def search_messages(args):
    """Find messages by their words in the conversations you may open, best matches first."""
    return service.search(actor=current_principal(), **args)


@blp.route("/messages/<int:message_id>/attachment")
@requires()
@blp.response(200, content_type="application/octet-stream")
def download_attachment(message_id):
    """Download a message's attachment."""
    return storage.send_file(service.attachment_file(actor=current_principal(), message_id=message_id))


@blp.route("/messages/<int:message_id>/thumbnail")
@requires()
@blp.response(200, content_type="image/jpeg")
def download_thumbnail(message_id):
    """A small picture of a message's attached image."""
    stored = service.attachment_file(actor=current_principal(), message_id=message_id)
    return storage.send_file(stored, variant="thumbnail", disposition="inline")
