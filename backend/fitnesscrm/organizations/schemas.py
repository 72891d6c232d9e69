from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core.fields import Country, String, Text, TimeZone


class OrganizationSchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    name = ma.fields.String()
    timezone = ma.fields.String()
    country = ma.fields.String(
        metadata={"description": "ISO 3166 code: phones without a country code are read in it and shown nationally."}
    )
    weight_unit = ma.fields.String(metadata={"enum": ["kg", "lb"], "description": "Members' weights by default."})
    length_unit = ma.fields.String(metadata={"enum": ["cm", "in"], "description": "Members' lengths by default."})
    created_at = ma.fields.DateTime(dump_only=True)


class OrganizationUpdateSchema(ma.Schema):
    name = Text(max_length=120)
    timezone = TimeZone()
    country = Country()
    weight_unit = String(validate=ma.validate.OneOf(["kg", "lb"]), metadata={"description": "The studio's default."})
    length_unit = String(validate=ma.validate.OneOf(["cm", "in"]), metadata={"description": "The studio's default."})
