"""What the progress endpoints read and answer: records, weekly volume, logged exercises, an e1RM chart."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.core.exports import format_field
from fitnesscrm.core.pagination import PageArgsSchema
from fitnesscrm.training.models import LOAD_UNITS, RECORD_KINDS

MAX_VOLUME_WEEKS = 104
MAX_CHART_DAYS = 1_000


def _kg(description: str, **kwargs) -> ma.fields.Float:
    return ma.fields.Float(dump_only=True, allow_none=True, metadata={"description": description}, **kwargs)


class ProgressRangeSchema(fields.QuerySchema):
    from_ = fields.Date(
        data_key="from", load_default=None, metadata={"description": "First day (in the client's zone)."}
    )
    to = fields.Date(load_default=None, metadata={"description": "Last day, included (in the client's zone)."})

    @ma.validates_schema
    def _order(self, data, **_kwargs):
        if data.get("from_") and data.get("to") and data["to"] < data["from_"]:
            raise ma.ValidationError("Must be on or after from.", "to")


class TrainingVolumeQuerySchema(ProgressRangeSchema):
    @ma.validates_schema
    def _length(self, data, **_kwargs):
        if data.get("from_") and data.get("to") and (data["to"] - data["from_"]).days > MAX_VOLUME_WEEKS * 7:
            raise ma.ValidationError(f"At most {MAX_VOLUME_WEEKS} weeks at a time.", "from")


class PersonalRecordSchema(ma.Schema):
    kind = ma.fields.String(
        dump_only=True,
        metadata={
            "enum": list(RECORD_KINDS),
            "description": "heaviest_load, best_e1rm (value in kg) or most_reps_at_load (value in reps, at load_kg).",
        },
    )
    label = ma.fields.String(dump_only=True, metadata={"description": "The kind, for people: 'Best e1RM'."})
    value = _kg("Kilograms, or repetitions for most_reps_at_load.")
    previous_value = _kg("The record it beat, in the same unit; null for the first.")
    load_kg = _kg("The set's load in kilograms.")
    load_value = _kg("The set's load as it was logged.")
    load_unit = ma.fields.String(dump_only=True, allow_none=True, metadata={"enum": list(LOAD_UNITS)})
    reps = ma.fields.Integer(dump_only=True, allow_none=True)
    achieved_at = ma.fields.DateTime(dump_only=True)


class ExerciseRecordsSchema(ma.Schema):
    exercise_id = ma.fields.Integer(dump_only=True)
    exercise_name = ma.fields.String(dump_only=True)
    latest_at = ma.fields.DateTime(dump_only=True, metadata={"description": "When the newest of its records was set."})
    records = ma.fields.List(
        ma.fields.Nested(PersonalRecordSchema),
        dump_only=True,
        metadata={"description": "The current record of each kind the client holds, heaviest, e1RM, reps."},
    )


class TrainingVolumeSeriesSchema(ma.Schema):
    muscle = ma.fields.String(dump_only=True)
    label = ma.fields.String(dump_only=True, metadata={"description": "The muscle group, for people."})
    volumes_kg = ma.fields.List(
        ma.fields.Float(), dump_only=True, metadata={"description": "Kilograms per week, in the order of `weeks`."}
    )


class TrainingVolumeSchema(ma.Schema):
    timezone = ma.fields.String(dump_only=True, metadata={"description": "The zone the weeks are counted in."})
    weeks = ma.fields.List(
        ma.fields.Date(),
        dump_only=True,
        metadata={"description": "The Monday of each week in the range, oldest first."},
    )
    series = ma.fields.List(ma.fields.Nested(TrainingVolumeSeriesSchema), dump_only=True)


class LoggedExerciseSchema(ma.Schema):
    exercise_id = ma.fields.Integer(dump_only=True)
    exercise_name = ma.fields.String(dump_only=True)
    sets = ma.fields.Integer(dump_only=True, metadata={"description": "Done sets logged."})
    last_performed_at = ma.fields.DateTime(dump_only=True)
    best_e1rm_kg = _kg("The best estimated one-rep max; null for exercises without load and reps.")


class E1rmPointSchema(ma.Schema):
    day = ma.fields.Date(dump_only=True, metadata={"description": "The training day, in the client's zone."})
    e1rm_kg = _kg("The day's best estimated one-rep max.")
    load_kg = _kg("The top set's load in kilograms.")
    load_value = _kg("The top set's load as logged.")
    load_unit = ma.fields.String(dump_only=True, allow_none=True, metadata={"enum": list(LOAD_UNITS)})
    reps = ma.fields.Integer(dump_only=True)
    is_record = ma.fields.Boolean(dump_only=True, metadata={"description": "The top set set a best-e1RM record."})


class ExerciseProgressSchema(ma.Schema):
    exercise_id = ma.fields.Integer(dump_only=True)
    exercise_name = ma.fields.String(dump_only=True)
    timezone = ma.fields.String(dump_only=True, metadata={"description": "The zone training days are counted in."})
    unit = ma.fields.String(
        dump_only=True, metadata={"enum": list(LOAD_UNITS), "description": "The unit the client last logged it in."}
    )
    points = ma.fields.List(
        ma.fields.Nested(E1rmPointSchema),
        dump_only=True,
        metadata={"description": f"Oldest first; the newest {MAX_CHART_DAYS:,} training days of the range at most."},
    )
    truncated = ma.fields.Boolean(dump_only=True, metadata={"description": "Older days of the range were left out."})
    records = ma.fields.List(ma.fields.Nested(PersonalRecordSchema), dump_only=True)


class LoggedExerciseQuerySchema(PageArgsSchema):
    pass


class PersonalRecordQuerySchema(PageArgsSchema):
    pass


class HistoryExportQuerySchema(ProgressRangeSchema):
    file_format = format_field()
