"""The program document: phases, weeks → days → blocks → exercises with a prescription.

Templates' versions, clients' programs and scheduled workouts all hold this document (or one
day of it) as JSON. Every week, day, block and exercise carries a `key` (a UUID as text) that
stays the same across edits and copies, so that versions can be compared item by item, a
client's copy can take a template's newer version, and a logged set can say which
prescription it answers. The builder sends keys for what exists and may leave them out for
new items: `ProgramContentSchema` fills them in.

`load` says how heavy: a weight (`kg`, `lb`), a share of the client's one-rep max
(`percent_1rm`), or effort (`rpe`, `rir`). `progression` is a rule that proposes the next
session's load or reps from the last result (see `training.formulas`).
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import marshmallow as ma

from fitnesscrm.core import fields

PHASE_KINDS = ("accumulation", "intensification", "realization", "deload", "other")
BLOCK_KINDS = ("single", "superset", "circuit")
LOAD_TYPES = ("kg", "lb", "percent_1rm", "rpe", "rir")
PROGRESSION_KINDS = ("add_load", "add_reps")

MAX_WEEKS = 52
MAX_DAYS_PER_WEEK = 7
MAX_BLOCKS_PER_DAY = 30
MAX_EXERCISES_PER_BLOCK = 12
LOAD_LIMITS = {"kg": 1000, "lb": 2200, "percent_1rm": 150, "rpe": 10, "rir": 10}


def _key() -> str:
    return str(uuid.uuid4())


class Key(fields.String):
    """An item's key: a UUID as text, filled in when the builder sends none."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            return str(uuid.UUID(text))
        except ValueError as error:
            raise ma.ValidationError("Not a valid key.") from error


class _Keyed(ma.Schema):
    key = Key(load_default=_key, metadata={"description": "Stays the same across edits, copies and versions."})


class LoadSchema(ma.Schema):
    type = fields.String(required=True, validate=ma.validate.OneOf(LOAD_TYPES))
    value = fields.Quantity(required=True, maximum=max(LOAD_LIMITS.values()))

    @ma.validates_schema
    def _within_limits(self, data, **_kwargs):
        limit = LOAD_LIMITS.get(data.get("type"))
        if limit is not None and data.get("value") is not None and data["value"] > limit:
            raise ma.ValidationError({"value": [f"Must be at most {limit} for {data['type']}."]})


class ProgressionSchema(ma.Schema):
    """`add_load`: add `increment` (in `unit`) once every set reached the top of the rep range last time.

    `add_reps`: add `increment` reps per set each time every set was completed, up to the top of the range.
    """

    kind = fields.String(required=True, validate=ma.validate.OneOf(PROGRESSION_KINDS))
    increment = fields.Quantity(required=True, minimum=0.25, maximum=100)
    unit = fields.String(load_default=None, allow_none=True, validate=ma.validate.OneOf(("kg", "lb")))

    @ma.validates_schema
    def _unit_for_load(self, data, **_kwargs):
        if data.get("kind") == "add_load" and not data.get("unit"):
            raise ma.ValidationError({"unit": ["Say whether the increment is in kg or lb."]})


class PrescriptionSchema(ma.Schema):
    """What to do: sets of reps (or a rep range), time or distance, at a load, tempo and rest."""

    sets = fields.Integer(minimum=1, maximum=50, load_default=1)
    reps = fields.Integer(minimum=1, maximum=1000, load_default=None, allow_none=True)
    reps_min = fields.Integer(minimum=1, maximum=1000, load_default=None, allow_none=True)
    reps_max = fields.Integer(minimum=1, maximum=1000, load_default=None, allow_none=True)
    duration_seconds = fields.Integer(minimum=1, maximum=24 * 3600, load_default=None, allow_none=True)
    distance_m = fields.Quantity(minimum=1, maximum=1_000_000, load_default=None, allow_none=True)
    load = ma.fields.Nested(LoadSchema, load_default=None, allow_none=True)
    tempo = fields.Text(max_length=16, load_default=None, allow_none=True, metadata={"example": "3-1-1-0"})
    rest_seconds = fields.Integer(minimum=0, maximum=3600, load_default=None, allow_none=True)
    notes = fields.Text(max_length=1000, load_default=None, allow_none=True)
    progression = ma.fields.Nested(ProgressionSchema, load_default=None, allow_none=True)

    @ma.validates_schema
    def _rep_range(self, data, **_kwargs):
        low, high = data.get("reps_min"), data.get("reps_max")
        if (low is None) != (high is None):
            raise ma.ValidationError({"reps_max": ["Give both ends of a rep range, or neither."]})
        if low is not None and low > high:
            raise ma.ValidationError({"reps_max": ["Must not be below the bottom of the range."]})
        if low is not None and data.get("reps") is not None:
            raise ma.ValidationError({"reps": ["Give a number of reps or a range, not both."]})


class BlockExerciseSchema(_Keyed):
    exercise_id = fields.id_field(required=True)
    prescription = ma.fields.Nested(PrescriptionSchema, load_default=lambda: PrescriptionSchema().load({}))


class BlockSchema(_Keyed):
    """One exercise on its own, or several done back to back (a superset) or in rounds (a circuit)."""

    kind = fields.String(load_default="single", validate=ma.validate.OneOf(BLOCK_KINDS))
    name = fields.Text(max_length=120, load_default=None, allow_none=True)
    rounds = fields.Integer(minimum=1, maximum=50, load_default=None, allow_none=True)
    rest_seconds = fields.Integer(minimum=0, maximum=3600, load_default=None, allow_none=True)
    exercises = fields.List(
        ma.fields.Nested(BlockExerciseSchema), min_items=1, max_items=MAX_EXERCISES_PER_BLOCK, required=True
    )

    @ma.validates_schema
    def _single_is_one(self, data, **_kwargs):
        if data.get("kind") == "single" and len(data.get("exercises") or []) > 1:
            raise ma.ValidationError({"exercises": ["A single block holds one exercise; use a superset or circuit."]})


class DaySchema(_Keyed):
    name = fields.Text(max_length=120, required=True)
    notes = fields.Text(max_length=2000, load_default=None, allow_none=True)
    blocks = fields.List(ma.fields.Nested(BlockSchema), max_items=MAX_BLOCKS_PER_DAY, load_default=list)


class WeekSchema(_Keyed):
    name = fields.Text(max_length=120, load_default=None, allow_none=True)
    phase_key = Key(load_default=None, allow_none=True)
    days = fields.List(ma.fields.Nested(DaySchema), max_items=MAX_DAYS_PER_WEEK, load_default=list)


class PhaseSchema(_Keyed):
    name = fields.Text(max_length=120, required=True)
    kind = fields.String(load_default="other", validate=ma.validate.OneOf(PHASE_KINDS))


class ProgramContentSchema(ma.Schema):
    phases = fields.List(ma.fields.Nested(PhaseSchema), max_items=MAX_WEEKS, load_default=list)
    weeks = fields.List(ma.fields.Nested(WeekSchema), min_items=1, max_items=MAX_WEEKS, required=True)

    @ma.validates_schema
    def _keys_unique_and_phases_known(self, data, **_kwargs):
        phase_keys = {phase["key"] for phase in data.get("phases") or []}
        keys: list[str] = [*phase_keys]
        for week in data.get("weeks") or []:
            if week.get("phase_key") and week["phase_key"] not in phase_keys:
                raise ma.ValidationError({"weeks": ["A week names a phase the program does not have."]})
            keys.append(week["key"])
            for day in week.get("days") or []:
                keys.append(day["key"])
                for block in day.get("blocks") or []:
                    keys.append(block["key"])
                    keys.extend(item["key"] for item in block.get("exercises") or [])
        if len(keys) != len(set(keys)):
            raise ma.ValidationError({"weeks": ["Two items of the program share a key."]})


def exercise_ids(content: dict[str, Any]) -> set[int]:
    """Every exercise a program document prescribes."""
    return {
        item["exercise_id"]
        for week in content.get("weeks", [])
        for day in week.get("days", [])
        for block in day.get("blocks", [])
        for item in block.get("exercises", [])
    }


def as_json(value: Any) -> Any:
    """A loaded document as JSON to store: Decimals become numbers (whole ones integers)."""
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value
