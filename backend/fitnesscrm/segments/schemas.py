from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core.fields import Name
from fitnesscrm.core.pagination import PageArgsSchema
from fitnesscrm.segments.filters import FiltersSchema


class SegmentSchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    name = ma.fields.String(dump_only=True)
    filters = ma.fields.Nested(FiltersSchema, dump_only=True)
    summary = ma.fields.String(dump_only=True, metadata={"description": "The filters as one sentence."})
    count = ma.fields.Integer(dump_only=True, metadata={"description": "Clients in the segment now."})
    created_at = ma.fields.DateTime(dump_only=True)
    updated_at = ma.fields.DateTime(dump_only=True)


class SegmentCreateSchema(ma.Schema):
    name = Name(required=True)
    filters = ma.fields.Nested(FiltersSchema, load_default=dict)


class SegmentUpdateSchema(ma.Schema):
    name = Name()
    filters = ma.fields.Nested(FiltersSchema)


class SegmentQuerySchema(PageArgsSchema):
    pass


class PreviewClientSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    name = ma.fields.String(required=True)
    email = ma.fields.String(allow_none=True, required=True)
    status = ma.fields.String(required=True)


class SegmentPreviewSchema(ma.Schema):
    count = ma.fields.Integer(required=True, metadata={"description": "Clients matching now."})
    reachable = ma.fields.Integer(required=True, metadata={"description": "Of those, clients with an email address."})
    summary = ma.fields.String(required=True)
    clients = ma.fields.List(
        ma.fields.Nested(PreviewClientSchema),
        required=True,
        metadata={"description": "The first matching clients by name."},
    )


class SegmentCountSchema(ma.Schema):
    count = ma.fields.Integer(required=True)
    reachable = ma.fields.Integer(required=True)


class FiltersPreviewSchema(ma.Schema):
    filters = ma.fields.Nested(FiltersSchema, required=True)
