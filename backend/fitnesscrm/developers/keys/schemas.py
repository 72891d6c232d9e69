"""API keys and the studio's API settings as the SPA's /api reads and writes them (never the key, after creation)."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.core.pagination import PageArgsSchema
from fitnesscrm.developers.keys.scopes import SCOPES

KEY_STATUSES = ("active", "expired", "revoked")


class ScopeSchema(ma.Schema):
    scope = ma.fields.String(required=True, metadata={"example": "clients:read"})
    label = ma.fields.String(required=True, metadata={"example": "Clients: read"})


class _ScopesWithLabels(ma.fields.List):
    """A key's scope codes, each with what the key screen calls it."""

    def __init__(self, **kwargs):
        super().__init__(ma.fields.Nested(ScopeSchema), **kwargs)

    def _serialize(self, value, attr, obj, **kwargs):
        items = [{"scope": scope, "label": SCOPES.get(scope, scope)} for scope in value or []]
        return super()._serialize(items, attr, obj, **kwargs)


class ApiKeySchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    name = ma.fields.String(required=True)
    prefix = ma.fields.String(
        required=True, metadata={"description": "The key's visible start (`fcrm_ab12cd34`), to recognise it by."}
    )
    scopes = _ScopesWithLabels(required=True)
    status = ma.fields.String(required=True, metadata={"description": " | ".join(KEY_STATUSES)})
    created_at = ma.fields.DateTime(required=True)
    created_by_name = ma.fields.String(
        allow_none=True, required=True, metadata={"description": "Who made the key (it acts as them)."}
    )
    expires_at = ma.fields.DateTime(allow_none=True, required=True)
    revoked_at = ma.fields.DateTime(allow_none=True, required=True)
    last_used_at = ma.fields.DateTime(allow_none=True, required=True)
    last_used_ip = ma.fields.String(allow_none=True, required=True)


class ApiKeyCreatedSchema(ApiKeySchema):
    key = ma.fields.String(
        required=True,
        metadata={
            "description": "The key itself. Shown this once: only its hash is kept, so it cannot be shown again."
        },
    )


class ApiKeyCreateSchema(ma.Schema):
    name = fields.Name(required=True, metadata={"description": "What the key is for, e.g. “Zapier”."})
    scopes = fields.List(
        fields.String(validate=ma.validate.OneOf(list(SCOPES))),
        # None is refused by the service, in a sentence: "Choose at least one scope."
        max_items=len(SCOPES),
        required=True,
    )
    expires_at = fields.DateTime(
        allow_none=True, load_default=None, metadata={"description": "When the key stops working; none: never."}
    )


class ApiKeyListArgsSchema(PageArgsSchema):
    include_revoked = ma.fields.Boolean(load_default=False, metadata={"description": "Also list revoked keys."})


class ScopeResourceSchema(ma.Schema):
    resource = ma.fields.String(required=True, metadata={"example": "clients"})
    label = ma.fields.String(required=True, metadata={"example": "Clients"})
    scopes = ma.fields.List(ma.fields.Nested(ScopeSchema), required=True)


class ScopeCatalogueSchema(ma.Schema):
    resources = ma.fields.List(ma.fields.Nested(ScopeResourceSchema), required=True)


class ApiSettingsSchema(ma.Schema):
    rate_limit_per_minute = ma.fields.Integer(
        allow_none=True,
        required=True,
        metadata={"description": "Calls per minute each of the studio's keys may make; null: the server's default."},
    )
    default_rate_limit = ma.fields.String(
        required=True, metadata={"description": "The server's limit, as people read it: “120 calls per minute”."}
    )


class ApiSettingsUpdateSchema(ma.Schema):
    rate_limit_per_minute = fields.Integer(required=True, allow_none=True, minimum=1, maximum=100_000)
