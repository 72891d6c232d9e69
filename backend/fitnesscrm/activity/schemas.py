from __future__ import annotations

import marshmallow as ma

from fitnesscrm.activity.models import ACTIONS
from fitnesscrm.core import fields
from fitnesscrm.core.exports import format_field
from fitnesscrm.core.pagination import PageArgsSchema


class ActivityEntrySchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    actor_id = ma.fields.Integer(allow_none=True, dump_only=True)
    actor_name = ma.fields.String(dump_only=True)
    action = ma.fields.String(dump_only=True, metadata={"enum": list(ACTIONS)})
    entity_type = ma.fields.String(dump_only=True)
    entity_id = ma.fields.Integer(dump_only=True)
    entity_label = ma.fields.String(dump_only=True)
    changes = ma.fields.Dict(
        dump_only=True, metadata={"description": 'Changed fields: {"field": {"before": ..., "after": ...}}.'}
    )
    created_at = ma.fields.DateTime(dump_only=True)


class ActivityQuerySchema(PageArgsSchema):
    action = fields.String(validate=ma.validate.OneOf(ACTIONS))
    entity_type = fields.String(validate=ma.validate.Length(min=1, max=32))
    entity_id = fields.Integer(minimum=1, maximum=2**63 - 1)
    actor_id = fields.id_field()
    date_from = fields.Date(metadata={"description": "First day included, in the organization's time zone."})
    date_to = fields.Date(metadata={"description": "Last day included, in the organization's time zone."})

    @ma.validates_schema
    def _dates_in_order(self, data, **kwargs):
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            raise ma.ValidationError("Must not be before date_from.", "date_to")


class ActivityExportQuerySchema(ActivityQuerySchema):
    class Meta:
        exclude = ("page", "per_page")

    file_format = format_field()


class ActivityStatsSchema(ma.Schema):
    total = ma.fields.Integer(required=True)
    today = ma.fields.Integer(required=True, metadata={"description": "Since midnight in the organization's zone."})
    this_week = ma.fields.Integer(required=True, metadata={"description": "Since Monday 00:00 in the org's zone."})
