"""The membership endpoints' contracts."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.billing.memberships.service import COLLECTIONS
from fitnesscrm.billing.models import MEMBERSHIP_STATUSES
from fitnesscrm.core import fields
from fitnesscrm.core.fields import id_field
from fitnesscrm.core.pagination import PageArgsSchema


class MembershipSchema(ma.Schema):
    id = ma.fields.Integer()
    client_id = ma.fields.Integer()
    client_name = ma.fields.String()
    product_id = ma.fields.Integer()
    product_name = ma.fields.String(metadata={"example": "Monthly unlimited"})
    status = ma.fields.String(metadata={"enum": list(MEMBERSHIP_STATUSES)})
    status_label = ma.fields.String(metadata={"example": "Payment overdue"})
    price = ma.fields.Integer(metadata={"description": "Minor units of the studio's currency, per period."})
    price_display = ma.fields.String(metadata={"example": "$60.00"})
    interval = ma.fields.String()
    sessions_per_period = ma.fields.Integer(allow_none=True)
    collection = ma.fields.String(metadata={"enum": list(COLLECTIONS)})
    started_on = ma.fields.Date()
    current_period_start = ma.fields.Date()
    current_period_end = ma.fields.Date(metadata={"description": "Exclusive: the next period starts on it."})
    minimum_term_ends_on = ma.fields.Date()
    ends_on = ma.fields.Date(allow_none=True, metadata={"description": "The last day of access, once notice is given."})
    cancel_requested_at = ma.fields.DateTime(allow_none=True)
    past_due_since = ma.fields.DateTime(allow_none=True)
    next_retry_at = ma.fields.DateTime(allow_none=True)
    paused_at = ma.fields.DateTime(allow_none=True)
    summary = ma.fields.String(metadata={"example": "$60.00 a month, 8 sessions a month; renews on 1 Jan 2027."})
    ends_explained = ma.fields.String(
        allow_none=True,
        metadata={"example": "Notice given on 2 Dec 2026: 30 days' notice runs to 1 Jan 2027. The membership ends on "
                             "31 Jan 2027, the last day of that billing period, and is not renewed after it."},
    )  # fmt: skip


class MembershipCreateSchema(ma.Schema):
    product_id = id_field(required=True)
    starts_on = fields.Date(load_default=None, allow_none=True, metadata={"description": "Today by default."})
    discount_id = id_field(load_default=None, allow_none=True)
    collection = fields.String(load_default="manual", validate=ma.validate.OneOf(COLLECTIONS))


class MembershipQuerySchema(PageArgsSchema):
    client_id = id_field()
    product_id = id_field()
    status = fields.List(
        fields.String(validate=ma.validate.OneOf(MEMBERSHIP_STATUSES)), max_items=len(MEMBERSHIP_STATUSES)
    )


class MembershipCancelSchema(ma.Schema):
    immediately = ma.fields.Boolean(
        load_default=False, metadata={"description": "Owners and admins: end today, ignoring notice and minimum term."}
    )
