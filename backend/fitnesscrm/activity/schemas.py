from __future__ import annotations

import marshmallow as ma

from fitnesscrm.activity import labels
from fitnesscrm.activity.models import ACTIONS
from fitnesscrm.core import fields
from fitnesscrm.core.exports import format_field
from fitnesscrm.core.pagination import PageArgsSchema, sort_validator

SORTABLE = ("created_at", "actor_name", "entity_label")


class ActivityChangeSchema(ma.Schema):
    field = ma.fields.String(required=True, metadata={"description": "The field's name in the record."})
    label = ma.fields.String(required=True, metadata={"description": "The field's name as people read it."})
    kind = ma.fields.String(
        required=True,
        metadata={
            "enum": list(labels.KINDS),
            "description": "How to show the values: instant (UTC, to show in the reader's zone), date, period "
            "([start, end] instants), local (wall-clock, no zone), list, flag, choice (a code to humanise), "
            "money, number, minutes, minutes_before (reminder offsets), text.",
        },
    )
    before = ma.fields.Raw(allow_none=True, required=True)
    after = ma.fields.Raw(allow_none=True, required=True)


class ActivityEntrySchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    actor_id = ma.fields.Integer(allow_none=True, dump_only=True)
    actor_name = ma.fields.String(dump_only=True)
    action = ma.fields.String(dump_only=True, metadata={"enum": list(ACTIONS)})
    action_label = ma.fields.String(dump_only=True, metadata={"description": 'What happened: "Archived".'})
    entity_type = ma.fields.String(dump_only=True, metadata={"enum": list(labels.ENTITY_TYPES)})
    entity_type_label = ma.fields.String(dump_only=True, metadata={"description": 'The kind of record: "Session".'})
    entity_id = ma.fields.Integer(dump_only=True)
    entity_label = ma.fields.String(dump_only=True)
    entity_at = ma.fields.DateTime(
        allow_none=True, dump_only=True, metadata={"description": "When the record takes place (a session's start)."}
    )
    changes = ma.fields.List(
        ma.fields.Nested(ActivityChangeSchema),
        dump_only=True,
        metadata={"description": "The changed fields in reading order, each before and after."},
    )
    created_at = ma.fields.DateTime(dump_only=True)

    @ma.pre_dump
    def _present(self, entry, **kwargs):
        return {
            **{name: getattr(entry, name) for name in ("id", "actor_id", "actor_name", "action", "entity_type")},
            **{name: getattr(entry, name) for name in ("entity_id", "entity_label", "entity_at", "created_at")},
            "action_label": labels.action_label(entry.action),
            "entity_type_label": labels.entity_type_label(entry.entity_type),
            "changes": labels.present(entry.changes),
        }


class ActivityFilterArgsSchema(fields.QuerySchema):
    q = fields.String(
        validate=ma.validate.Length(max=100),
        metadata={"description": "Words the person's name or the record's label start with; accents do not matter."},
    )
    action = fields.String(validate=ma.validate.OneOf(ACTIONS))
    entity_type = fields.String(validate=ma.validate.OneOf(labels.ENTITY_TYPES))
    entity_id = fields.Integer(minimum=1, maximum=2**63 - 1)
    actor_id = fields.id_field()
    date_from = fields.Date(metadata={"description": "First day included, in the organization's time zone."})
    date_to = fields.Date(metadata={"description": "Last day included, in the organization's time zone."})
    sort = fields.String(
        load_default="-created_at",
        validate=sort_validator(dict.fromkeys(SORTABLE)),
        metadata={"description": "created_at, actor_name or entity_label; '-' for descending (default -created_at)."},
    )

    @ma.validates_schema
    def _dates_in_order(self, data, **kwargs):
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            raise ma.ValidationError("Must not be before date_from.", "date_to")


class ActivityQuerySchema(PageArgsSchema, ActivityFilterArgsSchema):
    pass


class ActivityExportQuerySchema(ActivityFilterArgsSchema):
    file_format = format_field()


class ActivityStatsSchema(ma.Schema):
    total = ma.fields.Integer(
        required=True, metadata={"description": "Entries; when total_is_exact is false, a lower bound."}
    )
    total_is_exact = ma.fields.Boolean(required=True)
    today = ma.fields.Integer(required=True, metadata={"description": "Since midnight in the organization's zone."})
    this_week = ma.fields.Integer(required=True, metadata={"description": "Since Monday 00:00 in the org's zone."})


class ChoiceSchema(ma.Schema):
    value = ma.fields.String(required=True)
    label = ma.fields.String(required=True)


class ActivityFiltersSchema(ma.Schema):
    actions = ma.fields.List(ma.fields.Nested(ChoiceSchema), required=True)
    entity_types = ma.fields.List(ma.fields.Nested(ChoiceSchema), required=True)
