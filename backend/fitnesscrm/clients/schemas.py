from __future__ import annotations

from datetime import date

import marshmallow as ma
from flask import current_app

from fitnesscrm.clients.import_files import HEADER_NAMES
from fitnesscrm.clients.models import CLIENT_STATUSES, GENDERS
from fitnesscrm.core import fields
from fitnesscrm.core.exports import format_field
from fitnesscrm.core.fields import (
    Base64Bytes,
    CommaSeparatedIds,
    Email,
    Name,
    Phone,
    Tags,
    Text,
    id_field,
    id_list_field,
)
from fitnesscrm.core.pagination import PageArgsSchema, sort_validator
from fitnesscrm.core.views import ViewSchema

SORTABLE = ("last_name", "first_name", "email", "status", "start_date", "created_at")
# "archived" is reached through archive and left through restore, never set directly.
SETTABLE_STATUSES = tuple(status for status in CLIENT_STATUSES if status != "archived")


def _not_in_future(value: date) -> None:
    if value > date.today():
        raise ma.ValidationError("Must not be in the future.")


class ClientPrimaryTrainerSchema(ma.Schema):
    id = ma.fields.Integer()
    full_name = ma.fields.String()


class ClientTrainerSchema(ma.Schema):
    """A trainer currently coaching the client."""

    trainer_id = ma.fields.Integer()
    full_name = ma.fields.String()
    is_primary = ma.fields.Boolean()
    assigned_at = ma.fields.DateTime()


class ClientSchema(ViewSchema):
    """A client record; the client it describes does not see the studio's notes, tags, lead source nor its
    bookkeeping of their login, trainers and archiving."""

    staff_only = ("notes", "tags", "source", "user_id", "has_account", "trainer_count", "archived_at")

    id = ma.fields.Integer(dump_only=True)
    first_name = ma.fields.String()
    last_name = ma.fields.String()
    full_name = ma.fields.String(dump_only=True)
    email = ma.fields.String(allow_none=True)
    phone = ma.fields.String(allow_none=True)
    date_of_birth = ma.fields.Date(allow_none=True)
    gender = ma.fields.String(allow_none=True)
    goals = ma.fields.String(allow_none=True)
    notes = ma.fields.String(allow_none=True, metadata={"description": "The coaches' notes."})
    emergency_contact_name = ma.fields.String(allow_none=True)
    emergency_contact_phone = ma.fields.String(allow_none=True)
    tags = ma.fields.List(ma.fields.String())
    status = ma.fields.String()
    start_date = ma.fields.Date(allow_none=True)
    source = ma.fields.String(allow_none=True)
    user_id = ma.fields.Integer(allow_none=True, dump_only=True)
    has_account = ma.fields.Function(lambda client: client.user_id is not None, dump_only=True)
    primary_trainer = ma.fields.Nested(ClientPrimaryTrainerSchema, allow_none=True, dump_only=True)
    trainer_count = ma.fields.Integer(dump_only=True, metadata={"description": "Trainers currently assigned."})
    archived_at = ma.fields.DateTime(allow_none=True, dump_only=True)
    created_at = ma.fields.DateTime(dump_only=True)
    updated_at = ma.fields.DateTime(dump_only=True)


class ClientDetailSchema(ClientSchema):
    trainers = ma.fields.List(ma.fields.Nested(ClientTrainerSchema), dump_only=True)


class ClientCreateSchema(ma.Schema):
    first_name = Name(required=True)
    last_name = Name(required=True)
    email = Email(allow_none=True)
    phone = Phone(allow_none=True)
    date_of_birth = fields.Date(allow_none=True, validate=_not_in_future)
    gender = fields.String(allow_none=True, validate=ma.validate.OneOf(GENDERS))
    goals = Text(max_length=4000, allow_none=True)
    notes = Text(max_length=4000, allow_none=True)
    emergency_contact_name = Text(max_length=160, allow_none=True)
    emergency_contact_phone = Phone(allow_none=True)
    tags = Tags(load_default=list)
    status = fields.String(
        load_default="lead",
        validate=ma.validate.OneOf(SETTABLE_STATUSES),
        metadata={"description": "Archive and restore a client through their own endpoints."},
    )
    start_date = fields.Date(allow_none=True)
    source = Text(max_length=80, allow_none=True)


class ClientUpdateSchema(ClientCreateSchema):
    """Any subset of the create fields; load it with partial=True."""


class ClientQuerySchema(PageArgsSchema):
    q = fields.String(
        validate=ma.validate.Length(max=100), metadata={"description": "Prefix search over name, email, phone."}
    )
    status = fields.String(
        validate=ma.validate.OneOf((*CLIENT_STATUSES, "all")),
        metadata={"description": "One status, or `all`; by default every client that is not archived."},
    )
    tag = fields.String(validate=ma.validate.Length(min=1, max=40))
    trainer_id = id_field(metadata={"description": "Clients currently assigned to this trainer."})
    unassigned = ma.fields.Boolean(
        metadata={"description": "true: clients without a current trainer; false: clients with one."}
    )
    ids = CommaSeparatedIds(metadata={"description": "Only these clients, e.g. `3,5,8`."})
    sort = fields.String(load_default="last_name", validate=sort_validator(dict.fromkeys(SORTABLE)))


class ClientExportQuerySchema(ClientQuerySchema):
    class Meta:
        exclude = ("page", "per_page")

    file_format = format_field()


class ClientBulkIdsSchema(ma.Schema):
    ids = id_list_field(required=True)


class ClientBulkArchiveResultSchema(ma.Schema):
    archived = ma.fields.Integer(
        required=True, metadata={"description": "Clients archived now (those already archived are not counted)."}
    )


class ClientBulkRestoreResultSchema(ma.Schema):
    restored = ma.fields.Integer(
        required=True, metadata={"description": "Clients restored now (those that were not archived are not counted)."}
    )


# --- import ----------------------------------------------------------------------------------------------

# Our fields, and full_name for files that keep a whole name in one column.
IMPORT_FIELDS = tuple(HEADER_NAMES)


class ClientImportFileSchema(ma.Schema):
    file = Base64Bytes(
        required=True,
        max_bytes=lambda: current_app.config["CLIENT_IMPORT_MAX_BYTES"],
        metadata={"description": "The CSV file's bytes in base64 (UTF-8, UTF-16 or Windows-1252; , ; tab or |)."},
    )


class ClientImportSchema(ClientImportFileSchema):
    mapping = fields.Mapping(
        keys=fields.String(validate=ma.validate.OneOf(IMPORT_FIELDS)),
        values=fields.Integer(minimum=0, maximum=999),
        max_items=len(IMPORT_FIELDS),
        required=True,
        metadata={"description": "Field → 0-based column index; full_name is split into first and last name."},
    )
    existing = fields.String(
        load_default="update",
        validate=ma.validate.OneOf(("update", "skip")),
        metadata={
            "description": "A client whose email is already here: update with the file's non-empty cells, or skip."
        },
    )
    dry_run = ma.fields.Boolean(load_default=True, metadata={"description": "Check and count only; write nothing."})
    skip_invalid = ma.fields.Boolean(
        load_default=False, metadata={"description": "Import the good rows when some have problems (else 422)."}
    )


class ClientImportColumnSchema(ma.Schema):
    index = ma.fields.Integer(required=True)
    name = ma.fields.String(required=True)
    samples = ma.fields.List(ma.fields.String(), required=True, metadata={"description": "Up to 3 non-empty values."})


class ClientImportInspectionSchema(ma.Schema):
    encoding = ma.fields.String(required=True, metadata={"description": "UTF-8, UTF-16, Windows-1252 or ISO-8859-1."})
    delimiter = ma.fields.String(required=True)
    rows = ma.fields.Integer(required=True, metadata={"description": "Data rows under the header."})
    columns = ma.fields.List(ma.fields.Nested(ClientImportColumnSchema), required=True)
    mapping = ma.fields.Dict(
        keys=ma.fields.String(), values=ma.fields.Integer(), required=True,
        metadata={"description": "Suggested from the header's names: field → column index."},
    )  # fmt: skip


class ClientImportRowErrorSchema(ma.Schema):
    row = ma.fields.Integer(required=True, metadata={"description": "As a spreadsheet numbers it: the header is 1."})
    messages = ma.fields.List(ma.fields.String(), required=True)


class ClientImportResultSchema(ma.Schema):
    dry_run = ma.fields.Boolean(required=True)
    rows = ma.fields.Integer(required=True)
    created = ma.fields.Integer(required=True)
    updated = ma.fields.Integer(required=True, metadata={"description": "Matched by email and changed."})
    unchanged = ma.fields.Integer(required=True, metadata={"description": "Matched by email, nothing new."})
    skipped = ma.fields.Integer(required=True, metadata={"description": "Matched by email and left alone."})
    invalid = ma.fields.Integer(required=True)
    errors = ma.fields.List(
        ma.fields.Nested(ClientImportRowErrorSchema), required=True, metadata={"description": "The first 500."}
    )
