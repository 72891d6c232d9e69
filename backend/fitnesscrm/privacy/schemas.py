"""What the privacy endpoints read and answer."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.privacy.models import ERASURE_REASONS, MAX_RETENTION_MONTHS


class ErasureSchema(ma.Schema):
    confirmation = fields.Text(
        required=True, max_length=200, metadata={"description": "The client's full name, typed to confirm."}
    )


class ErasureStatusSchema(ma.Schema):
    client_id = ma.fields.Integer()
    erased = ma.fields.Boolean()
    erased_at = ma.fields.DateTime(allow_none=True)
    reason = ma.fields.String(
        allow_none=True,
        metadata={"enum": list(ERASURE_REASONS), "description": "request, or retention (the daily job)."},
    )
    can_erase = ma.fields.Boolean(metadata={"description": "Whether you may erase this client."})
    confirmation = ma.fields.String(
        allow_none=True, metadata={"description": "What to type to confirm an erasure: the client's full name."}
    )


class PrivacySettingsSchema(ma.Schema):
    erase_archived_after_months = fields.Integer(
        required=True,
        allow_none=True,
        minimum=1,
        maximum=MAX_RETENTION_MONTHS,
        metadata={"description": "Erase archived clients this many months after archiving; null keeps them."},
    )
