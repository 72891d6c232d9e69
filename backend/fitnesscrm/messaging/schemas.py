"""Threads and messages as the API and the sockets send them, and what they read."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.core.pagination import PageArgsSchema
from fitnesscrm.messaging.models import THREAD_KINDS, VIA

MAX_BODY = 4000
MAX_MEMBERS = 200


class ThreadQuerySchema(PageArgsSchema):
    q = fields.Text(max_length=100, metadata={"description": "Words in the thread's title (a client's name)."})
    client_id = fields.id_field(metadata={"description": "Only this client's thread."})


class ThreadMemberSchema(ma.Schema):
    user_id = ma.fields.Integer(required=True)
    name = ma.fields.String(required=True)
    role = ma.fields.String(required=True)
    last_read_message_id = ma.fields.Integer(required=True, allow_none=True)


class LastMessageSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    preview = ma.fields.String(required=True)
    author_name = ma.fields.String(required=True, allow_none=True)
    created_at = ma.fields.AwareDateTime(required=True)


class ThreadSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    kind = ma.fields.String(required=True, validate=ma.validate.OneOf(THREAD_KINDS))
    title = ma.fields.String(
        required=True,
        metadata={"description": "For staff a client thread's client; for the client their coaches; a group's title."},
    )
    client_id = ma.fields.Integer(required=True, allow_none=True, metadata={"description": "Null for clients."})
    members = ma.fields.List(ma.fields.Nested(ThreadMemberSchema), required=True)
    last_message = ma.fields.Nested(LastMessageSchema, required=True, allow_none=True)
    unread_count = ma.fields.Integer(required=True)
    updated_at = ma.fields.AwareDateTime(required=True)


class UnreadTotalSchema(ma.Schema):
    total = ma.fields.Integer(required=True)


class GroupCreateSchema(ma.Schema):
    title = fields.Text(max_length=120, required=True)
    member_user_ids = fields.List(
        fields.id_field(), max_items=MAX_MEMBERS, required=True, metadata={"description": "Besides you."}
    )


class GroupUpdateSchema(ma.Schema):
    title = fields.Text(max_length=120, required=True)
    member_user_ids = fields.List(
        fields.id_field(),
        max_items=MAX_MEMBERS,
        metadata={"description": "Everyone in the group after the change (you stay in it)."},
    )


class MessageAuthorSchema(ma.Schema):
    user_id = ma.fields.Integer(required=True)
    name = ma.fields.String(required=True)


class AttachmentSchema(ma.Schema):
    name = ma.fields.String(required=True)
    content_type = ma.fields.String(required=True)
    size = ma.fields.Integer(required=True)
    url = ma.fields.String(required=True)
    thumbnail_url = ma.fields.String(required=True, allow_none=True)


class MessageSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    thread_id = ma.fields.Integer(required=True)
    author = ma.fields.Nested(MessageAuthorSchema, required=True, allow_none=True)
    body = ma.fields.String(required=True, allow_none=True, metadata={"description": "Null once deleted."})
    via = ma.fields.String(required=True, validate=ma.validate.OneOf(VIA))
    attachment = ma.fields.Nested(AttachmentSchema, required=True, allow_none=True)
    created_at = ma.fields.AwareDateTime(required=True)
    edited_at = ma.fields.AwareDateTime(required=True, allow_none=True)
    deleted_at = ma.fields.AwareDateTime(required=True, allow_none=True)
    mine = ma.fields.Boolean(required=True)


class MessageQuerySchema(fields.QuerySchema):
    before = fields.id_field(metadata={"description": "Messages older than this one (scrolling back)."})
    after = fields.id_field(metadata={"description": "Messages newer than this one (catching up)."})
    limit = fields.Integer(minimum=1, maximum=100, load_default=50)


class MessageListSchema(ma.Schema):
    items = ma.fields.List(ma.fields.Nested(MessageSchema), required=True, metadata={"description": "Oldest first."})
    has_more = ma.fields.Boolean(required=True)


class MessageCreateSchema(ma.Schema):
    body = fields.Text(max_length=MAX_BODY, required=True)


class AttachmentUploadSchema(ma.Schema):
    """The words sent with the file (multipart form field `file`)."""

    body = fields.Text(max_length=MAX_BODY, allow_none=True)


class ReadSchema(ma.Schema):
    message_id = fields.id_field(required=True)


class ReadResultSchema(ma.Schema):
    thread_id = ma.fields.Integer(required=True)
    unread_count = ma.fields.Integer(required=True)
    total_unread = ma.fields.Integer(required=True)


class MessageSearchQuerySchema(PageArgsSchema):
    q = fields.Text(max_length=200, required=True)


class MessageSearchHitSchema(ma.Schema):
    message = ma.fields.Nested(MessageSchema, required=True)
    thread_id = ma.fields.Integer(required=True)
    thread_title = ma.fields.String(required=True)
    snippet = ma.fields.String(required=True, metadata={"description": "Plain text around the words found."})
