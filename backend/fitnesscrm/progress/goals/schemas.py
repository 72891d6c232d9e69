"""What the goal endpoints read and answer: targets in, targets and computed progress out."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.core.pagination import PageArgsSchema
from fitnesscrm.progress.models import GOAL_KINDS, GOAL_STATUSES

MAX_MILESTONES = 50
MAX_TARGET = 100_000
MAX_STREAK_DAYS = 3_650
MAX_WEEKS = 104


def _out(field: type[ma.fields.Field], description: str, **kwargs) -> ma.fields.Field:
    return field(dump_only=True, metadata={"description": description}, **kwargs)


class GoalMilestoneSchema(ma.Schema):
    id = _out(ma.fields.Integer, "The milestone.")
    label = _out(ma.fields.String, "The milestone in words, in the reader's units: '72.5 kg', '4 weeks met'.")
    value = _out(ma.fields.Float, "In the reader's unit (see the goal's `unit`).")
    reached_at = _out(ma.fields.DateTime, "When progress passed it; null until then.", allow_none=True)


class GoalSchema(ma.Schema):
    id = _out(ma.fields.Integer, "The goal.")
    client_id = _out(ma.fields.Integer, "The client whose goal it is.")
    kind = _out(ma.fields.String, "What the goal measures.", validate=ma.validate.OneOf(GOAL_KINDS))
    status = _out(ma.fields.String, "active, achieved or abandoned.", validate=ma.validate.OneOf(GOAL_STATUSES))
    title = _out(ma.fields.String, "The goal's name, as the coach wrote it or as the target reads.")
    target_text = _out(ma.fields.String, "The target in words, in the reader's units: 'Weight 75 kg by 1 Jun 2027'.")
    progress_text = _out(ma.fields.String, "Progress in words, in the reader's units: '4.2 of 7 kg lost — 60%'.")
    percent = _out(ma.fields.Integer, "How far from the start to the target, 0 to 100.")
    reached = _out(ma.fields.Boolean, "The computed progress meets the target now.")
    unit = _out(ma.fields.String, "The unit of target_value, start_value, current_value and milestones for the reader.")
    direction = _out(
        ma.fields.String, "measurement: down or up (from the start to the target); otherwise up.", allow_none=True
    )
    target_value = _out(ma.fields.Float, "measurement/lift: in `unit`; habit streak: days; attendance: weeks.")
    start_value = _out(ma.fields.Float, "measurement/lift: the value the goal started from.", allow_none=True)
    current_value = _out(
        ma.fields.Float, "measurement: latest value; lift: best e1RM since the start; weeks met; current streak.",
        allow_none=True,
    )  # fmt: skip
    measured_on = _out(ma.fields.Date, "measurement: the day of the latest value.", allow_none=True)
    this_week_sessions = _out(
        ma.fields.Integer, "attendance: completed sessions in the goal's current week.", allow_none=True
    )
    best_streak = _out(ma.fields.Integer, "habit streak: the longest streak that counts for the goal.", allow_none=True)
    measurement_type_id = _out(ma.fields.Integer, "measurement: the type.", allow_none=True)
    measurement_type_name = _out(ma.fields.String, "measurement: the type's name.", allow_none=True)
    exercise_id = _out(ma.fields.Integer, "lift: the exercise.", allow_none=True)
    exercise_name = _out(ma.fields.String, "lift: the exercise's name.", allow_none=True)
    habit_id = _out(ma.fields.Integer, "habit streak: the habit.", allow_none=True)
    habit_name = _out(ma.fields.String, "habit streak: the habit's name.", allow_none=True)
    sessions_per_week = _out(ma.fields.Integer, "attendance: sessions needed each week.", allow_none=True)
    weeks = _out(ma.fields.Integer, "attendance: how many weeks.", allow_none=True)
    starts_on = _out(ma.fields.Date, "The goal's first day (the client's calendar).")
    target_date = _out(ma.fields.Date, "The day to reach it by, if any.", allow_none=True)
    achieved_at = _out(ma.fields.DateTime, "When it was reached.", allow_none=True)
    created_at = _out(ma.fields.DateTime, "When it was set.")
    milestones = _out(
        ma.fields.List, "Steps on the way, in order.", cls_or_instance=ma.fields.Nested(GoalMilestoneSchema)
    )


def _target(**kwargs) -> fields.Quantity:
    return fields.Quantity(
        minimum=0,
        maximum=MAX_TARGET,
        places=3,
        metadata={
            "description": "measurement: in the reader's unit (kg/lb, cm/in, %, bpm); lift: e1RM in the reader's "
            "weight unit; habit streak: days in a row. Not for attendance."
        },
        **kwargs,
    )


class GoalUpdateSchema(ma.Schema):
    title = fields.Text(max_length=160, metadata={"description": "Leave out for the target in words."})
    target_value = _target()
    target_date = fields.Date(allow_none=True)
    sessions_per_week = fields.Integer(minimum=1, maximum=14)
    weeks = fields.Integer(minimum=1, maximum=MAX_WEEKS)
    milestones = fields.List(
        fields.Quantity(minimum=0, maximum=MAX_TARGET, places=3),
        max_items=MAX_MILESTONES,
        metadata={"description": "Milestone values in the target's unit (replace the goal's milestones)."},
    )
    milestone_every = fields.Quantity(
        minimum=0.001,
        maximum=MAX_TARGET,
        places=3,
        allow_none=True,
        metadata={"description": "Or: a milestone every this much from the start to the target (e.g. 2.5 kg)."},
    )

    @ma.validates_schema
    def _one_way(self, data, **_kwargs):
        if data.get("milestones") and data.get("milestone_every"):
            raise ma.ValidationError("Give milestones or milestone_every, not both.", "milestone_every")


class GoalCreateSchema(GoalUpdateSchema):
    kind = fields.String(required=True, validate=ma.validate.OneOf(GOAL_KINDS))
    measurement_type_id = fields.id_field(metadata={"description": "measurement: the type to reach a value of."})
    exercise_id = fields.id_field(metadata={"description": "lift: the exercise of the training library."})
    habit_id = fields.id_field(metadata={"description": "habit streak: one of the client's habits."})
    starts_on = fields.Date(metadata={"description": "The first day that counts; today (client's zone) if left out."})


class GoalQuerySchema(PageArgsSchema):
    status = fields.String(
        validate=ma.validate.OneOf(GOAL_STATUSES),
        metadata={"description": "Only goals of this status; every goal when left out (active first)."},
    )


class GoalMeasurementOptionSchema(ma.Schema):
    id = _out(ma.fields.Integer, "The measurement type.")
    name = _out(ma.fields.String, "Its name: 'Weight', 'Waist'.")
    dimension = _out(ma.fields.String, "mass, length, percent, heart_rate or number.")
    unit = _out(ma.fields.String, "The unit a target is typed in by this reader.")
    latest_value = _out(ma.fields.Float, "The client's latest value, in `unit`.", allow_none=True)
    latest_on = _out(ma.fields.Date, "The day of that value.", allow_none=True)


class GoalHabitOptionSchema(ma.Schema):
    id = _out(ma.fields.Integer, "The habit.")
    name = _out(ma.fields.String, "Its name.")


class GoalOptionsSchema(ma.Schema):
    weight_unit = _out(ma.fields.String, "The reader's weight unit (kg or lb): lift targets are typed in it.")
    length_unit = _out(ma.fields.String, "The reader's length unit (cm or in).")
    measurement_types = _out(
        ma.fields.List,
        "What a measurement goal may target.",
        cls_or_instance=ma.fields.Nested(GoalMeasurementOptionSchema),
    )
    habits = _out(
        ma.fields.List,
        "The client's habits, for a streak goal.",
        cls_or_instance=ma.fields.Nested(GoalHabitOptionSchema),
    )
