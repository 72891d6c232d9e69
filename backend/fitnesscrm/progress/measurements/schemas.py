"""What the measurement endpoints read and answer: types, entries, history, charts, body composition."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.core.exports import format_field
from fitnesscrm.core.pagination import MAX_PER_PAGE, PageArgsSchema
from fitnesscrm.progress.models import DIMENSIONS

MAX_ENTRIES = 20
# Beyond this many entries in a range a chart shows every n-th one (the newest always): a phone
# draws no more, and the answer stays small however long a client has been weighing in.
MAX_CHART_POINTS = 400
MAX_NOTE = 500
# The largest value any unit can hold once stored (numeric(10, 3) in kg or cm).
MAX_VALUE = 99_999


def _out(description: str, **kwargs) -> ma.fields.Field:
    return ma.fields.Float(dump_only=True, allow_none=True, metadata={"description": description}, **kwargs)


UNIT_DESCRIPTION = 'The unit the value is in: "kg"/"lb", "cm"/"in", "%", "bpm", or "" for a plain number.'


def _unit_field() -> fields.String:
    return fields.String(
        load_default=None,
        allow_none=True,
        validate=ma.validate.OneOf(["kg", "lb", "cm", "in", "%", "bpm", ""]),
        metadata={"description": f"{UNIT_DESCRIPTION} Left out: the unit you read this type in."},
    )


class MeasurementTypeSchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    slug = ma.fields.String(dump_only=True)
    name = ma.fields.String(dump_only=True)
    dimension = ma.fields.String(dump_only=True, metadata={"enum": list(DIMENSIONS)})
    unit = ma.fields.String(dump_only=True, metadata={"description": f"{UNIT_DESCRIPTION} The reader's own."})
    units = ma.fields.List(
        ma.fields.String(), dump_only=True, metadata={"description": "Every unit a value of this type may be typed in."}
    )
    position = ma.fields.Integer(dump_only=True)
    is_builtin = ma.fields.Boolean(dump_only=True)
    archived_at = ma.fields.DateTime(dump_only=True, allow_none=True)


class MeasurementTypeQuerySchema(PageArgsSchema):
    per_page = fields.Integer(load_default=MAX_PER_PAGE, minimum=1, maximum=MAX_PER_PAGE)
    include_archived = ma.fields.Boolean(
        load_default=False, metadata={"description": "Also the studio's archived types (for the managers' list)."}
    )


class MeasurementTypeCreateSchema(ma.Schema):
    name = fields.Text(required=True, max_length=80)
    dimension = fields.String(
        required=True,
        validate=ma.validate.OneOf(DIMENSIONS),
        metadata={"description": "mass (kg/lb), length (cm/in), percent, heart_rate (bpm) or number (no unit)."},
    )


class MeasurementTypeUpdateSchema(ma.Schema):
    name = fields.Text(max_length=80)
    archived = ma.fields.Boolean(
        metadata={"description": "true archives the type (its entries stay), false restores it."}
    )


class MeasurementQuerySchema(PageArgsSchema):
    type_id = fields.id_field(load_default=None, metadata={"description": "Only entries of this type."})


class EntryValueSchema(ma.Schema):
    type_id = fields.id_field(required=True)
    value = fields.Quantity(minimum=0, maximum=MAX_VALUE, places=3, required=True)
    unit = _unit_field()


class MeasurementCreateSchema(ma.Schema):
    measured_on = fields.Date(required=True, metadata={"description": "The day measured, in the client's calendar."})
    note = fields.Text(max_length=MAX_NOTE, load_default=None)
    entries = fields.List(ma.fields.Nested(EntryValueSchema), required=True, min_items=1, max_items=MAX_ENTRIES)


class MeasurementCorrectionSchema(ma.Schema):
    value = fields.Quantity(minimum=0, maximum=MAX_VALUE, places=3, required=True)
    unit = _unit_field()
    measured_on = fields.Date(load_default=None, metadata={"description": "Left out: the entry's day."})
    note = fields.Text(max_length=MAX_NOTE, load_default=None)


class MeasurementSchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    client_id = ma.fields.Integer(dump_only=True)
    type_id = ma.fields.Integer(dump_only=True)
    type_name = ma.fields.String(dump_only=True)
    dimension = ma.fields.String(dump_only=True, metadata={"enum": list(DIMENSIONS)})
    measured_on = ma.fields.Date(dump_only=True)
    value = _out("In the reader's unit, rounded as shown.")
    unit = ma.fields.String(dump_only=True, metadata={"description": UNIT_DESCRIPTION})
    display = ma.fields.String(dump_only=True, metadata={"description": 'The value for people: "82.4 kg".'})
    note = ma.fields.String(dump_only=True, allow_none=True)
    entered_by_name = ma.fields.String(dump_only=True, allow_none=True)
    entered_at = ma.fields.DateTime(dump_only=True)
    superseded_at = ma.fields.DateTime(dump_only=True, allow_none=True)
    superseded_by_name = ma.fields.String(dump_only=True, allow_none=True)
    is_current = ma.fields.Boolean(dump_only=True)
    corrected = ma.fields.Boolean(dump_only=True, metadata={"description": "It replaced an earlier value."})
    correction = ma.fields.String(
        dump_only=True,
        allow_none=True,
        metadata={"description": 'What it replaced, for people: "Corrected from 82.4 kg by Anna Smith on 3 May".'},
    )


class MeasurementHistorySchema(ma.Schema):
    current = ma.fields.Nested(MeasurementSchema, dump_only=True, allow_none=True)
    versions = ma.fields.List(
        ma.fields.Nested(MeasurementSchema),
        dump_only=True,
        metadata={"description": "Every value the entry had, newest first; the first is current unless removed."},
    )
    removed = ma.fields.Boolean(dump_only=True, metadata={"description": "The entry was removed (no current value)."})


class LatestMeasurementSchema(ma.Schema):
    type_id = ma.fields.Integer(dump_only=True)
    type_name = ma.fields.String(dump_only=True)
    dimension = ma.fields.String(dump_only=True)
    unit = ma.fields.String(dump_only=True)
    measurement_id = ma.fields.Integer(dump_only=True)
    measured_on = ma.fields.Date(dump_only=True)
    value = _out("The newest value, in the reader's unit.")
    display = ma.fields.String(dump_only=True)
    previous_value = _out("The entry before it, in the same unit; null for the first.")
    previous_on = ma.fields.Date(dump_only=True, allow_none=True)
    change = _out("value - previous_value.")
    change_display = ma.fields.String(dump_only=True, allow_none=True, metadata={"description": '"-0.6 kg".'})


class LatestMeasurementsSchema(ma.Schema):
    items = ma.fields.List(
        ma.fields.Nested(LatestMeasurementSchema),
        dump_only=True,
        metadata={"description": "One per type the client has values of, in the types' order (one per type at most)."},
    )


class ChartRangeSchema(fields.QuerySchema):
    from_ = fields.Date(data_key="from", load_default=None, metadata={"description": "First day; left out: the first."})
    to = fields.Date(load_default=None, metadata={"description": "Last day, included; left out: the last."})

    @ma.validates_schema
    def _order(self, data, **_kwargs):
        if data.get("from_") and data.get("to") and data["to"] < data["from_"]:
            raise ma.ValidationError("Must be on or after from.", "to")


class ChartQuerySchema(ChartRangeSchema):
    type_id = fields.id_field(required=True)


class ChartPointSchema(ma.Schema):
    date = ma.fields.Date(dump_only=True)
    value = _out("The day's value in the reader's unit.")
    average = _out("The mean of this entry and the six before it (fewer at the start), in the reader's unit.")


class GoalLineSchema(ma.Schema):
    title = ma.fields.String(dump_only=True)
    target_value = _out("In the reader's unit.")
    target_date = ma.fields.Date(dump_only=True, allow_none=True)
    start_value = _out("Where the client started, in the reader's unit.")
    starts_on = ma.fields.Date(dump_only=True)


class ChartSchema(ma.Schema):
    type_id = ma.fields.Integer(dump_only=True)
    type_name = ma.fields.String(dump_only=True)
    dimension = ma.fields.String(dump_only=True)
    unit = ma.fields.String(dump_only=True, metadata={"description": UNIT_DESCRIPTION})
    points = fields.FlatRows(ChartPointSchema, metadata={"description": "Oldest first."})
    entries = ma.fields.Integer(dump_only=True, metadata={"description": "Entries in the range."})
    thinned = ma.fields.Boolean(
        dump_only=True,
        metadata={
            "description": f"More than {MAX_CHART_POINTS} entries: the points are the newest entry on or before "
            f"each of {MAX_CHART_POINTS} evenly spaced days (each average still uses the entry and the six before it)."
        },
    )
    goal = ma.fields.Nested(GoalLineSchema, dump_only=True, allow_none=True)


class BodyCompositionPointSchema(ma.Schema):
    date = ma.fields.Date(dump_only=True)
    weight = _out("The weight that day (else the latest before it), in the reader's unit.")
    body_fat_percent = _out("Body fat, percent.")
    fat_mass = _out("weight x body fat %, in the reader's unit.")
    lean_mass = _out("As measured that day, else weight - fat mass.")
    lean_mass_derived = ma.fields.Boolean(dump_only=True, metadata={"description": "Lean mass was not measured."})


class BodyCompositionSchema(ma.Schema):
    unit = ma.fields.String(dump_only=True, metadata={"description": '"kg" or "lb".'})
    points = fields.FlatRows(BodyCompositionPointSchema, metadata={"description": "Oldest first."})
    derived_note = ma.fields.String(
        dump_only=True,
        allow_none=True,
        metadata={"description": "Says which points' lean mass was worked out rather than measured, if any."},
    )
    thinned = ma.fields.Boolean(dump_only=True)


class MeasurementExportQuerySchema(ChartRangeSchema):
    file_format = format_field()
