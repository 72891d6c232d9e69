"""The documents API's contract: the library, folders, versions, sharing, and waivers clients sign."""

from __future__ import annotations

import re

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.core.fields import MAX_ID
from fitnesscrm.core.pagination import PageArgsSchema, sort_validator
from fitnesscrm.documents.models import CATEGORIES

ARCHIVED_CHOICES = ("include", "only")
SIGNATURE_STATES = ("signed", "outdated", "unsigned")
SORTABLE = {"updated_at": None, "title": None}
_ID_TEXT = re.compile(r"[0-9]{1,10}")


def _category(**kwargs) -> fields.String:
    return fields.String(validate=ma.validate.OneOf(CATEGORIES), **kwargs)


class FormId(fields.String):
    """An id sent as a multipart form field (form fields are text): plain digits, 1 to MAX_ID; blank is None."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs).strip()
        if not text:
            return None
        if not _ID_TEXT.fullmatch(text) or not 1 <= int(text) <= MAX_ID:
            raise ma.ValidationError("Not a valid id.")
        return int(text)


# --- out ---------------------------------------------------------------------------------------


class DocumentFolderRefSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    name = ma.fields.String(required=True)


class DocumentVersionSummarySchema(ma.Schema):
    """The version clients see: its number and its file."""

    number = ma.fields.Integer(required=True)
    file_name = ma.fields.String(required=True)
    content_type = ma.fields.String(required=True)
    size_bytes = ma.fields.Integer(required=True)
    created_at = ma.fields.DateTime(required=True)


class DocumentSchema(ma.Schema):
    """A document of the studio's library, as staff see it."""

    id = ma.fields.Integer(required=True)
    title = ma.fields.String(required=True)
    description = ma.fields.String(allow_none=True)
    category = ma.fields.String(required=True, metadata={"enum": list(CATEGORIES)})
    tags = ma.fields.List(ma.fields.String(), required=True)
    folder = ma.fields.Nested(DocumentFolderRefSchema, allow_none=True)
    shared_with_all = ma.fields.Boolean(
        required=True, metadata={"description": "Every client of the studio sees it, clients who join later too."}
    )
    share_count = ma.fields.Integer(required=True, metadata={"description": "Clients it is shared with one by one."})
    version_count = ma.fields.Integer(required=True)
    current_version = ma.fields.Nested(DocumentVersionSummarySchema, allow_none=True)
    created_by_name = ma.fields.String(allow_none=True)
    archived_at = ma.fields.DateTime(allow_none=True)
    created_at = ma.fields.DateTime(required=True)
    updated_at = ma.fields.DateTime(required=True)


class DocumentDetailSchema(DocumentSchema):
    can_archive = ma.fields.Boolean(required=True, metadata={"description": "Owners and admins archive documents."})
    can_share_with_all = ma.fields.Boolean(
        required=True, metadata={"description": "Owners and admins share with every client; trainers with theirs."}
    )
    download_url = ma.fields.String(
        allow_none=True, metadata={"description": "A short-lived signed link to the current version's file."}
    )


class DocumentVersionSchema(ma.Schema):
    number = ma.fields.Integer(required=True)
    is_current = ma.fields.Boolean(required=True)
    file_name = ma.fields.String(required=True)
    content_type = ma.fields.String(required=True)
    size_bytes = ma.fields.Integer(required=True)
    sha256 = ma.fields.String(required=True, metadata={"description": "SHA-256 of the file's bytes, in hex."})
    note = ma.fields.String(allow_none=True)
    restored_from_number = ma.fields.Integer(
        allow_none=True, metadata={"description": "The earlier version this one brought back, if it is a restore."}
    )
    uploaded_by_name = ma.fields.String(allow_none=True)
    created_at = ma.fields.DateTime(required=True)


class DocumentShareSchema(ma.Schema):
    client_id = ma.fields.Integer(required=True)
    client_name = ma.fields.String(required=True)
    shared_by_name = ma.fields.String(allow_none=True)
    created_at = ma.fields.DateTime(required=True)


class WaiverSignatureSchema(ma.Schema):
    """A client's signature of one version of a waiver."""

    id = ma.fields.Integer(required=True)
    document_id = ma.fields.Integer(required=True)
    document_title = ma.fields.String(required=True)
    client_id = ma.fields.Integer(required=True)
    client_name = ma.fields.String(required=True)
    typed_name = ma.fields.String(required=True)
    version_number = ma.fields.Integer(required=True)
    is_current_version = ma.fields.Boolean(
        required=True, metadata={"description": "False once a newer version has been uploaded: signed an earlier one."}
    )
    sha256 = ma.fields.String(required=True)
    signed_at = ma.fields.DateTime(required=True)


class WaiverSignatureEvidenceSchema(WaiverSignatureSchema):
    """A signature with where it was made from (staff only)."""

    ip_address = ma.fields.String(allow_none=True)
    user_agent = ma.fields.String(allow_none=True)


class WaiverSignatureStatusSchema(ma.Schema):
    """Where one client stands with a waiver: signed this version, an earlier one, or not at all."""

    client_id = ma.fields.Integer(required=True)
    client_name = ma.fields.String(required=True)
    status = ma.fields.String(required=True, metadata={"enum": list(SIGNATURE_STATES)})
    signature = ma.fields.Nested(WaiverSignatureEvidenceSchema, allow_none=True)


class ClientDocumentSchema(ma.Schema):
    """A document as the client it is shared with sees it."""

    id = ma.fields.Integer(required=True)
    title = ma.fields.String(required=True)
    description = ma.fields.String(allow_none=True)
    category = ma.fields.String(required=True, metadata={"enum": list(CATEGORIES)})
    current_version = ma.fields.Nested(DocumentVersionSummarySchema, required=True)
    shared_at = ma.fields.DateTime(required=True)
    signature_status = ma.fields.String(
        allow_none=True,
        metadata={"enum": list(SIGNATURE_STATES), "description": "Waivers only: where this client stands."},
    )
    signature = ma.fields.Nested(WaiverSignatureSchema, allow_none=True, metadata={"description": "Their latest one."})


class ClientDocumentDetailSchema(ClientDocumentSchema):
    download_url = ma.fields.String(required=True, metadata={"description": "A short-lived signed link."})
    view_url = ma.fields.String(required=True, metadata={"description": "The same, to open in the browser."})


class DocumentFolderSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    name = ma.fields.String(required=True)
    parent_id = ma.fields.Integer(allow_none=True)
    document_count = ma.fields.Integer(required=True, metadata={"description": "Live documents directly inside."})
    created_at = ma.fields.DateTime(required=True)


class DocumentTagSchema(ma.Schema):
    tag = ma.fields.String(required=True)
    count = ma.fields.Integer(required=True)


# --- in ----------------------------------------------------------------------------------------


class DocumentUploadSchema(ma.Schema):
    """The fields sent with the file (multipart form field `file`)."""

    title = fields.Text(max_length=200, required=True)
    description = fields.Text(max_length=5000, allow_none=True)
    category = _category(load_default="other")
    folder_id = FormId(allow_none=True)
    tags = fields.Tags(max_items=20, load_default=list)
    note = fields.Text(max_length=500, allow_none=True, metadata={"description": "About this first version."})


class DocumentVersionUploadSchema(ma.Schema):
    """The note sent with a new version's file (multipart form field `file`)."""

    note = fields.Text(max_length=500, allow_none=True)


class DocumentUpdateSchema(ma.Schema):
    title = fields.Text(max_length=200, required=True)
    description = fields.Text(max_length=5000, allow_none=True)
    category = _category(required=True)
    folder_id = fields.id_field(allow_none=True)
    tags = fields.Tags(max_items=20)


class DocumentQuerySchema(PageArgsSchema):
    q = fields.String(
        validate=ma.validate.Length(max=100), metadata={"description": "Prefix search over the title and tags."}
    )
    category = _category()
    folder_id = fields.id_field(metadata={"description": "Directly inside this folder."})
    unfiled = ma.fields.Boolean(metadata={"description": "Only documents in no folder."})
    tag = fields.String(validate=ma.validate.Length(min=1, max=40))
    client_id = fields.id_field(metadata={"description": "Shared with this client (one by one or with everyone)."})
    archived = fields.String(
        validate=ma.validate.OneOf(ARCHIVED_CHOICES),
        metadata={"description": "include: archived documents too; only: just those. By default none."},
    )
    sort = fields.String(load_default="-updated_at", validate=sort_validator(SORTABLE))


class ClientDocumentQuerySchema(PageArgsSchema):
    q = fields.String(validate=ma.validate.Length(max=100))
    category = _category()


class DocumentShareCreateSchema(ma.Schema):
    client_ids = fields.id_list_field(required=True)


class WaiverSignatureStatusQuerySchema(PageArgsSchema):
    status = fields.String(validate=ma.validate.OneOf(SIGNATURE_STATES))


class WaiverSignSchema(ma.Schema):
    typed_name = fields.Text(max_length=200, required=True, metadata={"description": "The signer's full name."})
    consent = ma.fields.Boolean(
        required=True,
        truthy={True},
        falsy={False},
        metadata={"description": "The client ticked that they have read the waiver and agree to it."},
    )


class DocumentFolderCreateSchema(ma.Schema):
    name = fields.Text(max_length=120, required=True)
    parent_id = fields.id_field(allow_none=True)


class DocumentFolderUpdateSchema(DocumentFolderCreateSchema):
    """Rename or move: any subset; load it with partial=True."""


class DocumentFolderQuerySchema(PageArgsSchema):
    parent_id = fields.id_field(metadata={"description": "Only folders directly inside this one."})
    per_page = fields.Integer(load_default=100, minimum=1, maximum=100)
