from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.core.pagination import PageArgsSchema
from fitnesscrm.progress.models import HABIT_KINDS

KIND_DESCRIPTION = "count (steps, glasses of water), duration (minutes of sleep or mobility) or yes_no."


class HabitListArgsSchema(PageArgsSchema):
    archived = ma.fields.Boolean(load_default=False, metadata={"description": "The archived habits instead."})


class HabitCreateSchema(ma.Schema):
    name = fields.Text(required=True, max_length=120, metadata={"example": "Walk 10,000 steps"})
    kind = fields.String(
        required=True, validate=ma.validate.OneOf(HABIT_KINDS), metadata={"description": KIND_DESCRIPTION}
    )
    target_value = fields.Quantity(
        minimum=0.01,
        maximum=1_000_000,
        places=2,
        allow_none=True,
        metadata={"description": "The daily amount of `unit` (count) or minutes (duration); none for yes_no."},
    )
    unit = fields.Text(max_length=30, allow_none=True, metadata={"example": "steps"})
    starts_on = fields.Date(metadata={"description": "The first day; today in the client's zone when left out."})


class HabitUpdateSchema(ma.Schema):
    name = fields.Text(max_length=120)
    target_value = fields.Quantity(minimum=0.01, maximum=1_000_000, places=2, allow_none=True)
    unit = fields.Text(max_length=30, allow_none=True)
    starts_on = fields.Date()


class HabitTodaySchema(ma.Schema):
    day = ma.fields.Date(required=True, metadata={"description": "Today in the client's zone."})
    value = ma.fields.Float(required=True, allow_none=True)
    logged = ma.fields.Boolean(required=True)
    completed = ma.fields.Boolean(required=True)
    can_log = ma.fields.Boolean(required=True, metadata={"description": "False before the habit starts."})


class HabitDaySchema(ma.Schema):
    day = ma.fields.Date(required=True)
    value = ma.fields.Float(required=True, allow_none=True)
    state = ma.fields.String(
        required=True,
        metadata={
            "enum": ["off", "done", "partial", "open", "missed"],
            "description": "off: before the habit started; partial: logged below target; open: today, not yet done.",
        },
    )


class HabitSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    client_id = ma.fields.Integer(required=True)
    name = ma.fields.String(required=True)
    kind = ma.fields.String(required=True, metadata={"enum": list(HABIT_KINDS)})
    target_value = ma.fields.Float(required=True, allow_none=True)
    unit = ma.fields.String(required=True, allow_none=True)
    target_text = ma.fields.String(required=True, metadata={"description": 'The target in words: "10,000 steps".'})
    starts_on = ma.fields.Date(required=True)
    archived_at = ma.fields.DateTime(required=True, allow_none=True)
    created_at = ma.fields.DateTime(required=True)


class HabitWithStatusSchema(HabitSchema):
    today = ma.fields.Nested(HabitTodaySchema, required=True)
    current_streak = ma.fields.Integer(
        required=True, metadata={"description": "Completed days in a row ending today or yesterday."}
    )
    best_streak = ma.fields.Integer(required=True)


class HabitGridRowSchema(HabitSchema):
    current_streak = ma.fields.Integer(required=True)
    best_streak = ma.fields.Integer(required=True)
    days = ma.fields.List(ma.fields.Nested(HabitDaySchema), required=True, metadata={"description": "Oldest first."})


class HabitGridSchema(ma.Schema):
    client_id = ma.fields.Integer(required=True)
    first_day = ma.fields.Date(required=True)
    today = ma.fields.Date(required=True, metadata={"description": "Today in the client's zone."})
    timezone = ma.fields.String(required=True)
    habits = ma.fields.List(ma.fields.Nested(HabitGridRowSchema), required=True)


class HabitLogWriteSchema(ma.Schema):
    value = fields.Quantity(
        minimum=0,
        maximum=1_000_000,
        places=2,
        allow_none=True,
        metadata={"description": "The amount for count and duration (minutes) habits."},
    )
    done = ma.fields.Boolean(allow_none=True, metadata={"description": "For yes_no habits."})


class HabitLogSchema(ma.Schema):
    habit_id = ma.fields.Integer(required=True)
    day = ma.fields.Date(required=True)
    value = ma.fields.Float(required=True)
    completed = ma.fields.Boolean(required=True, metadata={"description": "Whether the day met the target."})
