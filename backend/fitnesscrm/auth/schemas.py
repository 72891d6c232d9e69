from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields
from fitnesscrm.core.fields import Country, Email, Name, Text, TimeZone

PASSWORD = {"load_only": True, "validate": ma.validate.Length(min=10, max=128)}


class SignUpSchema(ma.Schema):
    organization_name = Text(required=True, max_length=120)
    timezone = TimeZone(load_default="UTC")
    country = Country(
        metadata={"description": "ISO 3166 code for reading phone numbers; by default the time zone's country."}
    )
    email = Email(required=True)
    password = fields.String(required=True, **PASSWORD)
    first_name = Name(required=True)
    last_name = Name(required=True)


class LoginSchema(ma.Schema):
    email = Email(required=True, metadata={"example": "owner@example.com"})
    password = fields.String(required=True, load_only=True, validate=ma.validate.Length(min=1, max=128))


class TokenPairSchema(ma.Schema):
    access_token = ma.fields.String(required=True)
    refresh_token = ma.fields.String(required=True)
    token_type = ma.fields.String(required=True)
    expires_in = ma.fields.Integer(required=True, metadata={"description": "Seconds until the access token expires."})


class RefreshedTokensSchema(ma.Schema):
    access_token = ma.fields.String(required=True)
    refresh_token = ma.fields.String(
        metadata={
            "description": "The refresh token that replaces the one just used (Bearer callers; browsers get a "
            "cookie). The old one works no more: presenting it again signs this session out everywhere."
        }
    )
    expires_in = ma.fields.Integer(required=True)


class OrganizationSummarySchema(ma.Schema):
    id = ma.fields.Integer()
    name = ma.fields.String()
    timezone = ma.fields.String()
    country = ma.fields.String(metadata={"description": "ISO 3166 code; its phone numbers are shown nationally."})


class MeSchema(ma.Schema):
    id = ma.fields.Integer()
    email = ma.fields.String()
    first_name = ma.fields.String()
    last_name = ma.fields.String()
    full_name = ma.fields.String()
    role = ma.fields.String()
    organization = ma.fields.Nested(OrganizationSummarySchema)
    trainer_id = ma.fields.Integer(allow_none=True)
    client_id = ma.fields.Integer(allow_none=True)
    timezone = ma.fields.String(
        metadata={"description": "IANA zone to show and edit times in: the account's own, else the organization's."}
    )
    timezone_is_own = ma.fields.Boolean(
        metadata={"description": "False when the account follows the organization's time zone."}
    )
    weight_unit = ma.fields.String(metadata={"enum": ["kg", "lb"], "description": "The unit weights are shown in."})
    length_unit = ma.fields.String(metadata={"enum": ["cm", "in"], "description": "The unit lengths are shown in."})
    own_weight_unit = ma.fields.String(
        allow_none=True, metadata={"description": "The account's own choice; null follows the organization's."}
    )
    own_length_unit = ma.fields.String(
        allow_none=True, metadata={"description": "The account's own choice; null follows the organization's."}
    )


class MeUpdateSchema(ma.Schema):
    first_name = Name()
    last_name = Name()
    timezone = TimeZone(
        allow_none=True, metadata={"description": "An IANA zone, or null to follow the organization's."}
    )
    weight_unit = fields.String(
        allow_none=True,
        validate=ma.validate.OneOf(["kg", "lb"]),
        metadata={"description": "kg or lb, or null to follow the organization's."},
    )
    length_unit = fields.String(
        allow_none=True,
        validate=ma.validate.OneOf(["cm", "in"]),
        metadata={"description": "cm or in, or null to follow the organization's."},
    )


class PasswordChangeSchema(ma.Schema):
    current_password = fields.String(required=True, load_only=True, validate=ma.validate.Length(max=128))
    new_password = fields.String(required=True, **PASSWORD)


class InvitationCreateSchema(ma.Schema):
    email = Email(required=True)
    role = fields.String(required=True, validate=ma.validate.OneOf(["admin", "trainer", "client"]))
    trainer_id = fields.id_field(allow_none=True)
    client_id = fields.id_field(allow_none=True)


class InvitationSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    email = ma.fields.String(required=True)
    role = ma.fields.String(required=True)
    trainer_id = ma.fields.Integer(allow_none=True)
    client_id = ma.fields.Integer(allow_none=True)
    profile_name = ma.fields.String(
        allow_none=True,
        metadata={"description": "Name of the trainer or client profile the account will be linked to."},
    )
    invited_by_name = ma.fields.String(
        allow_none=True, metadata={"description": "Who sent it (last, for a resent one)."}
    )
    expires_at = ma.fields.DateTime(required=True)
    created_at = ma.fields.DateTime(required=True)


class IssuedInvitationSchema(InvitationSchema):
    accept_url = ma.fields.String(
        metadata={"description": "The one-time link; shown only in this response and in the email."}
    )
    email_sent = ma.fields.Boolean()


class InvitationTokenSchema(ma.Schema):
    token = fields.String(required=True, validate=ma.validate.Length(min=20, max=100))


class InvitationPreviewSchema(ma.Schema):
    email = ma.fields.String()
    role = ma.fields.String()
    organization_name = ma.fields.String()
    expires_at = ma.fields.DateTime()


class InvitationAcceptSchema(InvitationTokenSchema):
    password = fields.String(required=True, **PASSWORD)
    first_name = Name(required=True)
    last_name = Name(required=True)


class EmailSchema(ma.Schema):
    email = Email(required=True)


class LinkRequestedSchema(ma.Schema):
    message = ma.fields.String(required=True)


class LinkTokenSchema(ma.Schema):
    token = fields.String(required=True, validate=ma.validate.Length(min=20, max=100))


class LinkPreviewSchema(ma.Schema):
    email = ma.fields.String(required=True)
    expires_at = ma.fields.DateTime(required=True)


class PasswordResetSchema(LinkTokenSchema):
    password = fields.String(required=True, **PASSWORD)


class UnlockedSchema(ma.Schema):
    email = ma.fields.String(required=True, metadata={"description": "The account this browser may now sign in to."})


class SignInSessionSchema(ma.Schema):
    id = ma.fields.String(required=True)
    device = ma.fields.String(
        required=True, metadata={"description": "The browser or app it signed in from, e.g. Chrome on macOS."}
    )
    user_agent = ma.fields.String(allow_none=True)
    ip_address = ma.fields.String(allow_none=True, metadata={"description": "The address it signed in from."})
    created_at = ma.fields.DateTime(required=True, metadata={"description": "When it signed in."})
    last_used_at = ma.fields.DateTime(
        required=True, metadata={"description": "When it last renewed its access (every few minutes while in use)."}
    )
    current = ma.fields.Boolean(required=True, metadata={"description": "True for the session making this request."})


class SignInSessionsEndedSchema(ma.Schema):
    ended = ma.fields.Integer(required=True, metadata={"description": "How many sessions were signed out."})
