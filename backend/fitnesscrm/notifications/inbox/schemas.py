"""The bell's notifications as the API reads and writes them."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core.pagination import PageArgsSchema
from fitnesscrm.notifications.inbox.models import KINDS


class NotificationArgsSchema(PageArgsSchema):
    unread = ma.fields.Boolean(
        metadata={"description": "true: only unread notifications; false: only read ones; absent: all."}
    )


class NotificationSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    kind = ma.fields.String(required=True, validate=ma.validate.OneOf(KINDS))
    title = ma.fields.String(required=True, metadata={"description": "“New message from Sam Coach”"})
    body = ma.fields.String(required=True)
    link = ma.fields.String(
        required=True, allow_none=True, metadata={"description": "The SPA path it opens (“/messages/12”)."}
    )
    created_at = ma.fields.AwareDateTime(required=True)
    read_at = ma.fields.AwareDateTime(required=True, allow_none=True)


class UnreadCountSchema(ma.Schema):
    count = ma.fields.Integer(required=True)
