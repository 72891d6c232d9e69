"""Push subscriptions and the public key as the API reads and writes them."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields


class PublicKeySchema(ma.Schema):
    public_key = ma.fields.String(
        required=True,
        metadata={"description": "The VAPID public key (base64url): PushManager.subscribe's applicationServerKey."},
    )


class SubscriptionKeysSchema(ma.Schema):
    p256dh = fields.String(required=True, validate=ma.validate.Length(min=1, max=100))
    auth = fields.String(required=True, validate=ma.validate.Length(min=1, max=50))


class SubscriptionCreateSchema(ma.Schema):
    """What PushSubscription.toJSON() gives in the browser (expirationTime is ignored)."""

    class Meta:
        unknown = ma.EXCLUDE

    endpoint = fields.Url(required=True, max_length=1000)
    keys = ma.fields.Nested(SubscriptionKeysSchema, required=True)


class SubscriptionDeleteSchema(ma.Schema):
    endpoint = fields.String(required=True, validate=ma.validate.Length(min=1, max=1000))


class SubscriptionSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    endpoint = ma.fields.String(required=True)
    created_at = ma.fields.AwareDateTime(required=True)
    updated_at = ma.fields.AwareDateTime(required=True)
