"""The credit endpoints' contracts: a client's credits, their ledger, an adjustment by hand."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.billing.models import CREDIT_ENTRY_KINDS
from fitnesscrm.core import fields
from fitnesscrm.core.fields import Text
from fitnesscrm.scheduling.models import KINDS


class OpenGrantSchema(ma.Schema):
    id = ma.fields.Integer()
    quantity = ma.fields.Integer(metadata={"description": "Credits it granted."})
    remaining = ma.fields.Integer(metadata={"description": "Credits left on this grant."})
    session_kinds = ma.fields.List(ma.fields.String(), metadata={"description": "Empty: any session kind."})
    expires_at = ma.fields.DateTime(allow_none=True)
    source = ma.fields.String(metadata={"example": "Pack of 10"})
    pays_for = ma.fields.String(metadata={"example": "Personal training, Assessment"})
    expires = ma.fields.String(metadata={"example": "Expires 3 Mar 2027"})


class CreditsSchema(ma.Schema):
    client_id = ma.fields.Integer()
    balance = ma.fields.Integer(metadata={"description": "Credits the client can use, any kind."})
    by_kind = ma.fields.Dict(
        keys=ma.fields.String(validate=ma.validate.OneOf(KINDS)),
        values=ma.fields.Integer(),
        metadata={"description": "Credits usable for each session kind.", "example": {"personal": 9, "group": 0}},
    )
    grants = ma.fields.List(ma.fields.Nested(OpenGrantSchema), metadata={"description": "Earliest expiry first."})


class LedgerEntrySchema(ma.Schema):
    id = ma.fields.Integer()
    kind = ma.fields.String(metadata={"enum": list(CREDIT_ENTRY_KINDS)})
    quantity = ma.fields.Integer(metadata={"description": "Credits added (positive) or taken (negative)."})
    created_at = ma.fields.DateTime()
    expires_at = ma.fields.DateTime(allow_none=True)
    sentence = ma.fields.String(metadata={"example": "Booked Personal training on Tue 3 Dec, 09:00"})


class AdjustmentSchema(ma.Schema):
    quantity = fields.Integer(
        required=True, minimum=-1000, maximum=1000,
        metadata={"description": "Positive: a new grant by hand; negative: taken from the earliest-expiring grants."},
    )  # fmt: skip
    note = Text(required=True, max_length=500, metadata={"example": "Goodwill: the trainer was ill"})
    session_kinds = fields.List(
        fields.String(validate=ma.validate.OneOf(KINDS)), load_default=list, max_items=len(KINDS)
    )
    expires_at = fields.DateTime(load_default=None, allow_none=True)
