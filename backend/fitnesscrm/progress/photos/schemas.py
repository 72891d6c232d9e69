"""What the photo endpoints read and answer: a pose and day in, signed links to the pictures out."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.core.pagination import PageArgsSchema
from fitnesscrm.progress.models import POSES


def _out(field: type[ma.fields.Field], description: str, **kwargs) -> ma.fields.Field:
    return field(dump_only=True, metadata={"description": description}, **kwargs)


class ProgressPhotoSchema(ma.Schema):
    id = _out(ma.fields.Integer, "The photo.")
    pose = _out(ma.fields.String, "front, side or back.", validate=ma.validate.OneOf(POSES))
    taken_on = _out(ma.fields.Date, "The day it shows (the client's calendar).")
    url = _out(ma.fields.String, "A signed link to the picture, valid for a few minutes.")
    thumbnail_url = _out(ma.fields.String, "A signed link to a small version, valid for a few minutes.")
    width = _out(ma.fields.Integer, "Pixels across.", allow_none=True)
    height = _out(ma.fields.Integer, "Pixels down.", allow_none=True)
    uploaded_by_name = _out(ma.fields.String, "Who uploaded it.", allow_none=True)
    created_at = _out(ma.fields.DateTime, "When it was uploaded.")


class PhotoDaySchema(ma.Schema):
    taken_on = _out(ma.fields.Date, "The day.")
    photos = _out(
        ma.fields.List, "That day's photos, front, side, back.", cls_or_instance=ma.fields.Nested(ProgressPhotoSchema)
    )


class PhotoComparisonSchema(ma.Schema):
    before = _out(ma.fields.Nested, "The earlier day.", nested=PhotoDaySchema)
    after = _out(ma.fields.Nested, "The later day.", nested=PhotoDaySchema)


class PhotoUploadQuerySchema(fields.QuerySchema):
    # In the query string, so that the route checks them (and who may upload) before reading the file.
    pose = fields.String(required=True, validate=ma.validate.OneOf(POSES))
    taken_on = fields.Date(required=True, metadata={"description": "The day the photo shows; not in the future."})


class PhotoQuerySchema(PageArgsSchema):
    pass


class PhotoCompareQuerySchema(fields.QuerySchema):
    before = fields.Date(required=True, metadata={"description": "The earlier day."})
    after = fields.Date(required=True, metadata={"description": "The later day."})
