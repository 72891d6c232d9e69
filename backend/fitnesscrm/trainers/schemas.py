from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.core.exports import format_field
from fitnesscrm.core.fields import Email, Labels, Money, Name, Phone, Text, money_out
from fitnesscrm.core.pagination import PageArgsSchema, sort_validator

SORTABLE = ("last_name", "first_name", "email", "created_at")
ARCHIVE_STATES = ("active", "archived", "all")


class TrainerSchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    first_name = ma.fields.String()
    last_name = ma.fields.String()
    full_name = ma.fields.String(dump_only=True)
    email = ma.fields.String()
    phone = ma.fields.String(allow_none=True)
    specializations = ma.fields.List(ma.fields.String())
    bio = ma.fields.String(allow_none=True)
    hourly_rate = money_out()
    user_id = ma.fields.Integer(allow_none=True, dump_only=True)
    has_account = ma.fields.Function(lambda trainer: trainer.user_id is not None, dump_only=True)
    client_count = ma.fields.Integer(dump_only=True, metadata={"description": "Clients currently assigned."})
    archived_at = ma.fields.DateTime(allow_none=True, dump_only=True)
    created_at = ma.fields.DateTime(dump_only=True)
    updated_at = ma.fields.DateTime(dump_only=True)


class CoachYourselfSchema(ma.Schema):
    trainer_id = fields.id_field(
        allow_none=True,
        metadata={
            "description": "The profile to link; omitted, the one with your email, else a new one from your name."
        },
    )


class TrainerCreateSchema(ma.Schema):
    first_name = Name(required=True)
    last_name = Name(required=True)
    email = Email(required=True)
    phone = Phone(allow_none=True)
    specializations = Labels(load_default=list)
    bio = Text(max_length=4000, allow_none=True)
    hourly_rate = Money(allow_none=True)


class TrainerUpdateSchema(TrainerCreateSchema):
    """Any subset of the create fields; load it with partial=True."""


class TrainerQuerySchema(PageArgsSchema):
    q = fields.String(
        validate=ma.validate.Length(max=100), metadata={"description": "Prefix search over name, email, phone."}
    )
    specialization = fields.String(validate=ma.validate.Length(max=60))
    status = fields.String(load_default="active", validate=ma.validate.OneOf(ARCHIVE_STATES))
    sort = fields.String(load_default="last_name", validate=sort_validator(dict.fromkeys(SORTABLE)))


class TrainerExportQuerySchema(TrainerQuerySchema):
    class Meta:
        exclude = ("page", "per_page")

    file_format = format_field()
