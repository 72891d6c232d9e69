"""The programs API's contract: templates, versions, comparisons, assigning, clients' programs."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.core.pagination import PageArgsSchema, sort_validator
from fitnesscrm.core.views import ViewSchema
from fitnesscrm.training.content import ProgramContentSchema
from fitnesscrm.training.models import VISIBILITIES

ARCHIVE_STATES = ("active", "archived", "all")
SORTABLE = ("name", "updated_at")
MAX_CLIENTS_PER_ASSIGN = 100


class Document(ma.fields.Nested):
    """A stored program document, sent as stored (it was validated and made plain JSON on the way in).

    Documented as `ProgramContentSchema`, so that the SPA's types describe it.
    """

    def __init__(self, **kwargs):
        super().__init__(ProgramContentSchema, **kwargs)

    def _serialize(self, value, attr, obj, **kwargs):
        return value


class ExerciseNameSchema(ma.Schema):
    """An exercise a document prescribes, as the builder and the portal show it."""

    id = ma.fields.Integer(required=True)
    name = ma.fields.String(required=True)
    measurement = ma.fields.String(required=True)
    equipment = ma.fields.List(ma.fields.String(), required=True)
    archived = ma.fields.Boolean(required=True)


class TemplateSchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    name = ma.fields.String(required=True)
    description = ma.fields.String(allow_none=True)
    category = ma.fields.String(allow_none=True)
    tags = ma.fields.List(ma.fields.String(), required=True)
    visibility = ma.fields.String(required=True, metadata={"enum": list(VISIBILITIES)})
    is_starter = ma.fields.Boolean(required=True)
    owner_name = ma.fields.String(allow_none=True, metadata={"description": "Who made it; None for starters."})
    can_edit = ma.fields.Boolean(
        required=True, metadata={"description": "Whether the caller may save, archive and restore it."}
    )
    current_version = ma.fields.Integer(required=True)
    week_count = ma.fields.Integer(required=True)
    days_per_week = ma.fields.Integer(required=True, metadata={"description": "The most days any week has."})
    archived_at = ma.fields.DateTime(allow_none=True)
    created_at = ma.fields.DateTime(required=True)
    updated_at = ma.fields.DateTime(required=True)


class TemplateDetailSchema(TemplateSchema):
    content = Document(required=True, metadata={"description": "The current version's document."})
    exercises = ma.fields.List(ma.fields.Nested(ExerciseNameSchema), required=True)


class TemplateQuerySchema(PageArgsSchema):
    q = fields.String(validate=ma.validate.Length(max=100), metadata={"description": "Words of the name."})
    category = fields.String(validate=ma.validate.Length(max=60))
    tag = fields.String(validate=ma.validate.Length(max=40))
    visibility = fields.String(validate=ma.validate.OneOf(VISIBILITIES))
    status = fields.String(load_default="active", validate=ma.validate.OneOf(ARCHIVE_STATES))
    sort = fields.String(load_default="name", validate=sort_validator(dict.fromkeys(SORTABLE)))


class TemplateCreateSchema(ma.Schema):
    name = fields.Text(max_length=120, required=True)
    description = fields.Text(max_length=4000, load_default=None, allow_none=True)
    category = fields.Text(max_length=60, load_default=None, allow_none=True)
    tags = fields.Tags(load_default=list)
    visibility = fields.String(load_default="private", validate=ma.validate.OneOf(VISIBILITIES))
    content = ma.fields.Nested(ProgramContentSchema, required=True)


class TemplateSaveSchema(TemplateCreateSchema):
    base_version = fields.id_field(
        load_default=None,
        allow_none=True,
        metadata={"description": "The version the edit started from; a newer one saved meanwhile is a 409."},
    )


class VersionSchema(ma.Schema):
    number = ma.fields.Integer(required=True)
    created_at = ma.fields.DateTime(required=True)
    created_by_name = ma.fields.String(allow_none=True)
    summary = ma.fields.List(ma.fields.String(), required=True, metadata={"description": "What changed, as sentences."})


class VersionDetailSchema(VersionSchema):
    content = Document(required=True)
    exercises = ma.fields.List(ma.fields.Nested(ExerciseNameSchema), required=True)


class CompareQuerySchema(fields.QuerySchema):
    from_version = fields.Integer(required=True, minimum=1, maximum=1_000_000, data_key="from")
    to_version = fields.Integer(required=True, minimum=1, maximum=1_000_000, data_key="to")


class ComparisonSchema(ma.Schema):
    from_version = ma.fields.Nested(VersionSchema, required=True, data_key="from")
    to_version = ma.fields.Nested(VersionSchema, required=True, data_key="to")
    changes = ma.fields.List(ma.fields.String(), required=True)


class AssignSchema(ma.Schema):
    client_ids = fields.List(fields.id_field(), min_items=1, max_items=MAX_CLIENTS_PER_ASSIGN, required=True)
    start_date = fields.Date(required=True)
    training_weekdays = fields.List(
        fields.Integer(minimum=1, maximum=7),
        min_items=1,
        max_items=7,
        load_default=None,
        allow_none=True,
        metadata={"description": "ISO weekdays, 1 = Monday; by default the program's days per week, spread out."},
    )
    replace_current = ma.fields.Boolean(
        load_default=False,
        metadata={"description": "End a client's active program (and its unlogged future workouts) instead of a 409."},
    )

    @ma.validates("training_weekdays")
    def _distinct(self, value, **_kwargs):
        if value and len(set(value)) != len(value):
            raise ma.ValidationError("Name each weekday once.")


class ClientProgramSchema(ViewSchema):
    staff_only = ("template_id", "template_name", "template_version", "assigned_by_name")

    id = ma.fields.Integer(required=True)
    client_id = ma.fields.Integer(required=True)
    client_name = ma.fields.String(required=True)
    name = ma.fields.String(required=True)
    status = ma.fields.String(required=True, metadata={"enum": ["active", "completed", "ended"]})
    start_date = ma.fields.Date(required=True)
    end_date = ma.fields.Date(allow_none=True, metadata={"description": "The date of its last scheduled workout."})
    training_weekdays = ma.fields.List(ma.fields.Integer(), required=True)
    week_count = ma.fields.Integer(required=True)
    workouts_total = ma.fields.Integer(required=True)
    workouts_completed = ma.fields.Integer(required=True)
    template_id = ma.fields.Integer(allow_none=True)
    template_name = ma.fields.String(allow_none=True)
    template_version = ma.fields.Integer(allow_none=True)
    assigned_by_name = ma.fields.String(allow_none=True)
    created_at = ma.fields.DateTime(required=True)
    ended_at = ma.fields.DateTime(allow_none=True)


class ProgramWorkoutSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    scheduled_date = ma.fields.Date(required=True)
    week_number = ma.fields.Integer(required=True)
    day_number = ma.fields.Integer(required=True)
    week_key = ma.fields.String(required=True)
    day_key = ma.fields.String(required=True)
    name = ma.fields.String(required=True)
    completed_at = ma.fields.DateTime(allow_none=True)
    logged = ma.fields.Boolean(required=True, metadata={"description": "Whether a workout log answers it."})


class ClientProgramDetailSchema(ClientProgramSchema):
    staff_only = (*ClientProgramSchema.staff_only, "update_available", "newest_version", "template_changes")

    content = Document(required=True)
    exercises = ma.fields.List(ma.fields.Nested(ExerciseNameSchema), required=True)
    workouts = ma.fields.List(ma.fields.Nested(ProgramWorkoutSchema), required=True)
    update_available = ma.fields.Boolean(required=True)
    newest_version = ma.fields.Integer(allow_none=True)
    template_changes = ma.fields.List(
        ma.fields.String(),
        required=True,
        metadata={"description": "What the template changed since this copy's version, when a newer one exists."},
    )


class AssignedSchema(ma.Schema):
    programs = ma.fields.List(ma.fields.Nested(ClientProgramSchema), required=True)


class ClientProgramUpdateSchema(ma.Schema):
    """Any of these; what is left out stays."""

    name = fields.Text(max_length=120)
    content = ma.fields.Nested(ProgramContentSchema)
    training_weekdays = fields.List(fields.Integer(minimum=1, maximum=7), min_items=1, max_items=7)

    @ma.validates("training_weekdays")
    def _distinct(self, value, **_kwargs):
        if len(set(value)) != len(value):
            raise ma.ValidationError("Name each weekday once.")
