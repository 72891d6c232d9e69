from __future__ import annotations

import marshmallow as ma


class KindUsageSchema(ma.Schema):
    kind = ma.fields.String(metadata={"description": "photo, document, check_in_photo or attachment"})
    label = ma.fields.String(metadata={"example": "Photos"})
    files = ma.fields.Integer()
    used_bytes = ma.fields.Integer()


class StorageUsageSchema(ma.Schema):
    used_bytes = ma.fields.Integer(metadata={"description": "Live files and their thumbnails, in bytes."})
    quota_bytes = ma.fields.Integer(metadata={"description": "The most the studio may keep, in bytes."})
    summary = ma.fields.String(metadata={"example": "1.2 GB of 5 GB used"})
    by_kind = ma.fields.List(ma.fields.Nested(KindUsageSchema))
