from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core.fields import Text, TimeZone


class OrganizationSchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    name = ma.fields.String()
    timezone = ma.fields.String()
    created_at = ma.fields.DateTime(dump_only=True)


class OrganizationUpdateSchema(ma.Schema):
    name = Text(max_length=120)
    timezone = TimeZone()
