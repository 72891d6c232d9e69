from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.core.pagination import PageArgsSchema, sort_validator
from fitnesscrm.training.coaching.compliance import SORTABLE
from fitnesscrm.training.models import RECORD_KINDS


class ComplianceQuerySchema(PageArgsSchema):
    q = fields.String(
        validate=ma.validate.Length(max=100),
        metadata={"description": "Words the client's name starts with; accents do not matter."},
    )
    missed_last_two = ma.fields.Boolean(
        metadata={"description": "Only clients who missed (true) or did not miss (false) their last two workouts."}
    )
    sort = fields.String(
        load_default="compliance_7",
        validate=sort_validator(dict.fromkeys(SORTABLE)),
        metadata={
            "description": "compliance_7 (lowest first, the default), compliance_28 or name; '-' for descending. "
            "Clients with nothing due in the window come last."
        },
    )


class ComplianceSchema(ma.Schema):
    client_id = ma.fields.Integer(required=True, attribute="id")
    client_name = ma.fields.Method("_name", required=True, metadata={"type": "string"})
    done_7 = ma.fields.Integer(required=True, metadata={"description": "Workouts due in the last 7 days completed."})
    due_7 = ma.fields.Integer(
        required=True,
        metadata={"description": "Workouts due in the last 7 days (today's only once completed)."},
    )
    compliance_7 = ma.fields.Integer(
        required=True, allow_none=True, metadata={"description": "Percent of done_7 over due_7; null when none due."}
    )
    done_28 = ma.fields.Integer(required=True)
    due_28 = ma.fields.Integer(required=True)
    compliance_28 = ma.fields.Integer(required=True, allow_none=True)
    missed_last_two = ma.fields.Boolean(
        required=True, metadata={"description": "The last two workouts due before today were both not completed."}
    )
    last_workout_at = ma.fields.DateTime(
        required=True, allow_none=True, metadata={"description": "When the client last finished a workout."}
    )

    def _name(self, row) -> str:
        return f"{row['first_name']} {row['last_name']}"


class FeedQuerySchema(PageArgsSchema):
    pass


class FeedRecordSchema(ma.Schema):
    exercise_name = ma.fields.String(required=True)
    kind = ma.fields.String(required=True, metadata={"enum": list(RECORD_KINDS)})
    value = ma.fields.Float(
        required=True,
        metadata={"description": "Kilograms (heaviest_load, best_e1rm) or repetitions (most_reps_at_load)."},
    )
    previous_value = ma.fields.Float(required=True, allow_none=True)
    reps = ma.fields.Integer(required=True, allow_none=True)
    load_kg = ma.fields.Float(required=True, allow_none=True)


class FeedItemSchema(ma.Schema):
    id = ma.fields.UUID(required=True)
    client_id = ma.fields.Integer(required=True)
    client_name = ma.fields.String(required=True)
    name = ma.fields.String(required=True, metadata={"description": "The workout's name."})
    started_at = ma.fields.DateTime(required=True)
    finished_at = ma.fields.DateTime(required=True)
    duration_seconds = ma.fields.Integer(required=True, allow_none=True)
    total_volume_kg = ma.fields.Float(required=True, allow_none=True)
    sets_done = ma.fields.Integer(required=True)
    records_count = ma.fields.Integer(required=True)
    records = ma.fields.List(
        ma.fields.Nested(FeedRecordSchema), required=True, metadata={"description": "The first three records broken."}
    )
    comment_count = ma.fields.Integer(required=True)


class CommentSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    workout_log_id = ma.fields.UUID(required=True)
    author_name = ma.fields.String(required=True)
    body = ma.fields.String(required=True)
    created_at = ma.fields.DateTime(required=True)
    edited = ma.fields.Boolean(required=True)
    is_mine = ma.fields.Boolean(required=True, metadata={"description": "The reader wrote it."})
    can_edit = ma.fields.Boolean(required=True)
    can_delete = ma.fields.Boolean(required=True)


class CommentWriteSchema(ma.Schema):
    body = fields.Text(required=True, max_length=2000)


class CommentedWorkoutSchema(ma.Schema):
    id = ma.fields.UUID(required=True)
    name = ma.fields.String(required=True)
    started_at = ma.fields.DateTime(required=True)
    finished_at = ma.fields.DateTime(required=True, allow_none=True)
    comment_count = ma.fields.Integer(required=True)
    last_comment_at = ma.fields.DateTime(required=True)
