from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.core.pagination import PageArgsSchema
from fitnesscrm.progress.checkins import questions as checks
from fitnesscrm.progress.models import QUESTION_KINDS

KEY = ma.validate.Regexp(r"^[a-z0-9_]{1,40}$", error="Lower-case letters, digits and _ (at most 40).")


class CheckInQuestionWriteSchema(ma.Schema):
    key = fields.String(
        validate=KEY,
        metadata={"description": "Keep the key of an existing question so its answers stay matched; new: leave out."},
    )
    kind = fields.String(
        required=True,
        validate=ma.validate.OneOf(QUESTION_KINDS),
        metadata={"description": "scale (1–10), number, short_text, long_text, choice or photo."},
    )
    label = fields.Text(required=True, max_length=200, metadata={"example": "How well did you sleep this week?"})
    required = ma.fields.Boolean(load_default=False)
    help = fields.Text(max_length=300, allow_none=True)
    options = fields.Labels(max_items=20, max_length=80, metadata={"description": "Choice questions: 2 to 20."})
    min = fields.Quantity(minimum=-1_000_000, maximum=1_000_000, places=2, allow_none=True)
    max = fields.Quantity(minimum=-1_000_000, maximum=1_000_000, places=2, allow_none=True)

    @ma.validates_schema
    def _fits_kind(self, data, **_kwargs):
        problems = checks.problems_of(data)
        if problems:
            raise ma.ValidationError(problems)


def _check_unique_keys(data) -> None:
    keys = [question["key"] for question in data.get("questions", []) if question.get("key")]
    if len(keys) != len(set(keys)):
        raise ma.ValidationError({"questions": ["Each question needs its own key."]})


def _questions(**kwargs) -> fields.List:
    return fields.List(ma.fields.Nested(CheckInQuestionWriteSchema), min_items=1, max_items=40, **kwargs)


class CheckInFormWriteSchema(ma.Schema):
    name = fields.Text(required=True, max_length=120, metadata={"example": "Weekly check-in"})
    questions = _questions(required=True)

    @ma.validates_schema
    def _unique_keys(self, data, **_kwargs):
        _check_unique_keys(data)


class CheckInFormUpdateSchema(ma.Schema):
    name = fields.Text(max_length=120)
    questions = _questions()

    @ma.validates_schema
    def _unique_keys(self, data, **_kwargs):
        _check_unique_keys(data)


class CheckInFormListArgsSchema(PageArgsSchema):
    archived = ma.fields.Boolean(load_default=False, metadata={"description": "The archived forms instead."})


class CheckInQuestionSchema(ma.Schema):
    key = ma.fields.String(required=True)
    kind = ma.fields.String(required=True, metadata={"enum": list(QUESTION_KINDS)})
    label = ma.fields.String(required=True)
    required = ma.fields.Boolean(required=True)
    help = ma.fields.String()
    options = ma.fields.List(ma.fields.String())
    min = ma.fields.Float()
    max = ma.fields.Float()


class CheckInFormSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    name = ma.fields.String(required=True)
    questions = ma.fields.List(ma.fields.Nested(CheckInQuestionSchema), required=True)
    question_count = ma.fields.Integer(required=True)
    clients_count = ma.fields.Integer(required=True, metadata={"description": "Clients answering it every week."})
    archived_at = ma.fields.DateTime(required=True, allow_none=True)
    created_at = ma.fields.DateTime(required=True)
    updated_at = ma.fields.DateTime(required=True, allow_none=True)


class CheckInAssignmentWriteSchema(ma.Schema):
    form_id = fields.id_field(required=True)
    weekday = fields.Integer(required=True, minimum=1, maximum=7, metadata={"description": "ISO: 1 = Monday."})
    starts_on = fields.Date(metadata={"description": "The first week; today in the client's zone when left out."})


class CheckInAssignmentSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    client_id = ma.fields.Integer(required=True)
    form_id = ma.fields.Integer(required=True)
    form_name = ma.fields.String(required=True)
    weekday = ma.fields.Integer(required=True)
    weekday_name = ma.fields.String(required=True, metadata={"example": "Sunday"})
    starts_on = ma.fields.Date(required=True)


class CheckInNextDueSchema(ma.Schema):
    due_on = ma.fields.Date(required=True)
    submission_id = ma.fields.Integer(required=True, allow_none=True, metadata={"description": "Set once sent."})


class CheckInDueSchema(ma.Schema):
    client_id = ma.fields.Integer(required=True)
    assignment = ma.fields.Nested(CheckInAssignmentSchema, required=True, allow_none=True)
    next_due = ma.fields.Nested(
        CheckInNextDueSchema, required=True, allow_none=True, metadata={"description": "The week due within six days."}
    )
    overdue = ma.fields.List(ma.fields.Date(), required=True, metadata={"description": "Newest first, at most 12."})
    overdue_count = ma.fields.Integer(required=True)
    questions = ma.fields.List(ma.fields.Nested(CheckInQuestionSchema), required=True, allow_none=True)


class CheckInAnswerWriteSchema(ma.Schema):
    key = fields.String(required=True, validate=KEY)
    number = fields.Quantity(
        minimum=-1_000_000,
        maximum=1_000_000,
        places=2,
        allow_none=True,
        metadata={"description": "scale and number questions."},
    )
    text = fields.Text(max_length=checks.LONG_TEXT, allow_none=True, metadata={"description": "Text questions."})
    choice = fields.String(validate=ma.validate.Length(max=80), allow_none=True)
    stored_file_id = fields.id_field(allow_none=True, metadata={"description": "Photo questions: an upload's id."})


class CheckInSubmissionWriteSchema(ma.Schema):
    due_on = fields.Date(required=True, metadata={"description": "The due day of the week answered."})
    answers = fields.List(ma.fields.Nested(CheckInAnswerWriteSchema), required=True, max_items=40)


class CheckInReplySchema(ma.Schema):
    reply = fields.Text(required=True, max_length=5000)


class CheckInQueueArgsSchema(PageArgsSchema):
    status = fields.String(
        load_default="unreviewed",
        validate=ma.validate.OneOf(("unreviewed", "reviewed", "all")),
        metadata={"description": "unreviewed (default), reviewed or all (unreviewed first)."},
    )
    trainer_id = fields.id_field(metadata={"description": "Only the clients this trainer coaches."})
    client_id = fields.id_field()


class CheckInSubmissionListSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    client_id = ma.fields.Integer(required=True)
    client_name = ma.fields.String(required=True)
    form_name = ma.fields.String(required=True)
    due_on = ma.fields.Date(required=True)
    submitted_at = ma.fields.DateTime(required=True)
    late = ma.fields.Boolean(required=True, metadata={"description": "Sent after its due day (client's zone)."})
    replied = ma.fields.Boolean(required=True)
    replied_at = ma.fields.DateTime(required=True, allow_none=True)
    replied_by_name = ma.fields.String(
        required=True, allow_none=True, metadata={"description": "Who wrote the reply (None once they are deleted)."}
    )
    reviewed_at = ma.fields.DateTime(required=True, allow_none=True)
    reviewed_by_name = ma.fields.String(required=True, allow_none=True)


class CheckInPhotoLinkSchema(ma.Schema):
    url = ma.fields.String(required=True)
    thumbnail_url = ma.fields.String(required=True)


class CheckInAnswerSchema(ma.Schema):
    number = ma.fields.Float()
    text = ma.fields.String()
    choice = ma.fields.String()
    photo = ma.fields.Nested(CheckInPhotoLinkSchema, allow_none=True)


class CheckInSubmissionItemSchema(ma.Schema):
    question = ma.fields.Nested(CheckInQuestionSchema, required=True)
    answer = ma.fields.Nested(CheckInAnswerSchema, required=True, allow_none=True)


class CheckInSubmissionSchema(CheckInSubmissionListSchema):
    items = ma.fields.List(ma.fields.Nested(CheckInSubmissionItemSchema), required=True)
    reply = ma.fields.String(required=True, allow_none=True)


class CheckInOverdueSchema(ma.Schema):
    client_id = ma.fields.Integer(required=True)
    client_name = ma.fields.String(required=True)
    form_name = ma.fields.String(required=True)
    weekday = ma.fields.Integer(required=True)
    weekday_name = ma.fields.String(required=True)
    overdue_count = ma.fields.Integer(required=True)
    last_due_on = ma.fields.Date(required=True)


class CheckInSummarySchema(ma.Schema):
    unreviewed = ma.fields.Integer(required=True)
    overdue_clients = ma.fields.Integer(required=True)


class CheckInPhotoUploadSchema(ma.Schema):
    stored_file_id = ma.fields.Integer(required=True, metadata={"description": "Name it in the photo answer."})
    url = ma.fields.String(required=True)
    thumbnail_url = ma.fields.String(required=True)
