from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields


def _code() -> fields.String:
    return fields.String(
        required=True,
        load_only=True,
        validate=ma.validate.Length(min=6, max=32),
        metadata={"description": "A 6-digit code from the authenticator app, or a recovery code.", "example": "123456"},
    )


class SecondStepSchema(ma.Schema):
    step = ma.fields.String(
        required=True,
        metadata={
            "enum": ["code", "setup"],
            "description": "code: enter a code from the authenticator app (or a recovery code); setup: the studio "
            "requires two-factor sign-in, and this account must set it up before it is signed in.",
        },
    )
    token = ma.fields.String(required=True, metadata={"description": "Proof of the right password, for the next step."})
    expires_in = ma.fields.Integer(required=True, metadata={"description": "Seconds the token works."})
    message = ma.fields.String(required=True)


class SecondStepTokenSchema(ma.Schema):
    token = fields.String(required=True, validate=ma.validate.Length(min=20, max=500))


class SecondStepCodeSchema(SecondStepTokenSchema):
    code = _code()


class TwoFactorCodeSchema(ma.Schema):
    code = _code()


class TwoFactorConfirmSchema(ma.Schema):
    password = fields.String(required=True, load_only=True, validate=ma.validate.Length(min=1, max=128))
    code = _code()


class TwoFactorSetupSchema(ma.Schema):
    secret = ma.fields.String(
        required=True, metadata={"description": "The base32 secret, for typing into an app that cannot scan."}
    )
    otpauth_uri = ma.fields.String(required=True, metadata={"description": "The otpauth:// URI the QR code holds."})
    qr_svg = ma.fields.String(required=True, metadata={"description": "The QR code as SVG markup."})


class RecoveryCodesSchema(ma.Schema):
    recovery_codes = ma.fields.List(
        ma.fields.String(),
        required=True,
        metadata={"description": "Ten one-time codes, shown only in this response; each stands in for a code once."},
    )


class TwoFactorStatusSchema(ma.Schema):
    enabled = ma.fields.Boolean(required=True)
    enabled_at = ma.fields.DateTime(allow_none=True)
    recovery_codes_left = ma.fields.Integer(required=True)
    required = ma.fields.Boolean(
        required=True, metadata={"description": "Whether the studio requires two-factor sign-in of this account."}
    )


class TwoFactorRequirementSchema(ma.Schema):
    required_for_staff = ma.fields.Boolean(required=True)
    staff_count = ma.fields.Integer(required=True)
    staff_without_two_factor = ma.fields.List(
        ma.fields.String(), required=True, metadata={"description": "Names of active staff who have not set it up."}
    )


class TwoFactorRequirementUpdateSchema(ma.Schema):
    required_for_staff = ma.fields.Boolean(required=True)
