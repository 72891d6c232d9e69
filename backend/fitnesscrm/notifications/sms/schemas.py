"""The studio's texting settings, monthly usage, and Twilio's webhook forms as the API reads and writes them."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.core import fields


class SmsSettingsSchema(ma.Schema):
    phone_number = ma.fields.String(allow_none=True, metadata={"description": "The studio's number, E.164."})
    phone_number_display = ma.fields.String(
        allow_none=True, metadata={"description": "The number as the studio's country writes it."}
    )
    configured = ma.fields.Boolean(
        required=True, metadata={"description": "Whether this server has a Twilio account to text with."}
    )
    inbound_url = ma.fields.String(
        required=True, metadata={"description": "Where Twilio should send the number's incoming texts."}
    )
    status_url = ma.fields.String(required=True, metadata={"description": "Where Twilio reports delivery."})


class SmsSettingsUpdateSchema(ma.Schema):
    phone_number = fields.Phone(
        required=True,
        allow_none=True,
        metadata={"description": "A Twilio number of this server's account; null clears it."},
    )


class UsageArgsSchema(fields.QuerySchema):
    months = fields.Integer(load_default=6, minimum=1, maximum=24)


class UsageMonthSchema(ma.Schema):
    month = ma.fields.String(required=True, metadata={"example": "2026-12"})
    label = ma.fields.String(required=True, metadata={"example": "December 2026"})
    sent = ma.fields.Integer(required=True, metadata={"description": "Texts Twilio accepted."})
    delivered = ma.fields.Integer(required=True)
    failed = ma.fields.Integer(required=True, metadata={"description": "Failed or undelivered."})
    received = ma.fields.Integer(required=True)


class UsageSchema(ma.Schema):
    months = ma.fields.List(ma.fields.Nested(UsageMonthSchema), required=True)


class _TwilioForm(ma.Schema):
    """Twilio posts many more parameters than these; the signature covers them all, the app reads these."""

    class Meta:
        unknown = ma.EXCLUDE

    message_sid = fields.String(data_key="MessageSid", load_default="", validate=ma.validate.Length(max=64))


class InboundTextSchema(_TwilioForm):
    from_number = fields.String(data_key="From", load_default="", validate=ma.validate.Length(max=64))
    to_number = fields.String(data_key="To", load_default="", validate=ma.validate.Length(max=64))
    body = fields.String(data_key="Body", load_default="", validate=ma.validate.Length(max=1600))


class StatusCallbackSchema(_TwilioForm):
    message_status = fields.String(data_key="MessageStatus", load_default="", validate=ma.validate.Length(max=32))
    error_code = fields.String(data_key="ErrorCode", load_default="", validate=ma.validate.Length(max=16))
