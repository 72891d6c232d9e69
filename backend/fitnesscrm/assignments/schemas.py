from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core.fields import id_field, id_list_field
from fitnesscrm.core.pagination import PageArgsSchema


class AssignmentSchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    client_id = ma.fields.Integer(dump_only=True)
    trainer_id = ma.fields.Integer(dump_only=True)
    trainer_name = ma.fields.String(dump_only=True)
    is_primary = ma.fields.Boolean(dump_only=True)
    assigned_at = ma.fields.DateTime(dump_only=True)
    assigned_by_id = ma.fields.Integer(allow_none=True, dump_only=True)
    assigned_by_name = ma.fields.String(allow_none=True, dump_only=True)
    ended_at = ma.fields.DateTime(allow_none=True, dump_only=True, metadata={"description": "Null while current."})
    ended_by_id = ma.fields.Integer(allow_none=True, dump_only=True)
    ended_by_name = ma.fields.String(allow_none=True, dump_only=True)


class AssignmentQuerySchema(PageArgsSchema):
    include_ended = ma.fields.Boolean(
        load_default=False, metadata={"description": "Also list ended assignments: the client's full history."}
    )


class AssignmentCreateSchema(ma.Schema):
    trainer_id = id_field(required=True)
    is_primary = ma.fields.Boolean(
        load_default=False,
        metadata={"description": "Make this trainer primary; a client's first trainer always is."},
    )


class AssignmentUpdateSchema(ma.Schema):
    is_primary = ma.fields.Boolean(required=True)


class BulkAssignmentSchema(AssignmentCreateSchema):
    client_ids = id_list_field(required=True)


class BulkAssignmentResultSchema(ma.Schema):
    assigned = ma.fields.Integer(required=True)
    skipped = ma.fields.Integer(required=True, metadata={"description": "Clients who already had this trainer."})
