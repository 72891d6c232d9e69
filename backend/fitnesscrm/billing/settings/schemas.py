from __future__ import annotations

from itertools import pairwise

import marshmallow as ma

from fitnesscrm.billing import money
from fitnesscrm.billing.models import CREDIT_POLICIES, PENALTIES
from fitnesscrm.core import fields
from fitnesscrm.core.fields import Text

# Fees and prices in minor units: at most 10 million (100,000.00 in a two-decimal currency).
MAX_AMOUNT = 10_000_000


def amount_field(**kwargs) -> fields.Integer:
    """An amount of money in minor units of the studio's currency (cents): a whole number, never a float."""
    metadata = {"description": "Minor units of the studio's currency (1250 is $12.50).", **kwargs.pop("metadata", {})}
    return fields.Integer(minimum=0, maximum=MAX_AMOUNT, metadata=metadata, **kwargs)


class Currency(fields.String):
    """An ISO 4217 code such as USD or EUR, read in capitals."""

    def _deserialize(self, value, attr, data, **kwargs):
        code = super()._deserialize(value, attr, data, **kwargs).strip().upper()
        if len(code) != 3 or not code.isascii() or not code.isalpha():
            raise ma.ValidationError("An ISO 4217 currency code, e.g. USD or EUR.")
        return code


class Secret(fields.String):
    """A Stripe key starting with one of `prefixes`; null or blank clears it."""

    def __init__(self, *prefixes: str, **kwargs):
        self.prefixes = prefixes
        super().__init__(allow_none=True, load_only=True, validate=ma.validate.Length(max=250), **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs).strip()
        if not text:
            return None
        if not text.startswith(self.prefixes) or any(c.isspace() for c in text):
            raise ma.ValidationError(f"A Stripe key starting with {' or '.join(self.prefixes)}.")
        return text


class BillingSettingsSchema(ma.Schema):
    currency = ma.fields.String(metadata={"example": "USD"})
    currency_exponent = ma.fields.Function(
        lambda settings: money.exponent(settings.currency),
        metadata={"description": "Decimal places of the currency's minor unit (2 for USD, 0 for JPY)."},
    )
    currency_locked = ma.fields.Boolean(
        metadata={"description": "True once an invoice is issued: the currency can no longer change."}
    )
    credit_policy = ma.fields.String()
    late_cancel_hours = ma.fields.Integer()
    late_cancel_penalty = ma.fields.String()
    late_cancel_fee = ma.fields.Integer()
    no_show_penalty = ma.fields.String()
    no_show_fee = ma.fields.Integer()
    invoice_due_days = ma.fields.Integer()
    retry_days = ma.fields.List(ma.fields.Integer())
    grace_days = ma.fields.Integer()
    legal_name = ma.fields.String(allow_none=True)
    address = ma.fields.String(allow_none=True)
    tax_id = ma.fields.String(allow_none=True)
    invoice_footer = ma.fields.String(allow_none=True)
    stripe_publishable_key = ma.fields.String(allow_none=True)
    stripe_configured = ma.fields.Function(
        lambda settings: settings.stripe_secret_key_encrypted is not None,
        metadata={"description": "Whether a Stripe secret key is stored (it is never returned)."},
    )
    stripe_webhook_configured = ma.fields.Function(
        lambda settings: settings.stripe_webhook_secret_encrypted is not None,
        metadata={"description": "Whether a Stripe webhook signing secret is stored (it is never returned)."},
    )


class BillingSettingsUpdateSchema(ma.Schema):
    currency = Currency()
    credit_policy = fields.String(validate=ma.validate.OneOf(CREDIT_POLICIES))
    late_cancel_hours = fields.Integer(minimum=0, maximum=336)
    late_cancel_penalty = fields.String(validate=ma.validate.OneOf(PENALTIES))
    late_cancel_fee = amount_field()
    no_show_penalty = fields.String(validate=ma.validate.OneOf(PENALTIES))
    no_show_fee = amount_field()
    invoice_due_days = fields.Integer(minimum=0, maximum=365)
    retry_days = fields.List(fields.Integer(minimum=1, maximum=60), max_items=10)
    grace_days = fields.Integer(minimum=0, maximum=60)
    legal_name = Text(max_length=200, allow_none=True)
    address = Text(max_length=500, allow_none=True)
    tax_id = Text(max_length=50, allow_none=True)
    invoice_footer = Text(max_length=1000, allow_none=True)
    stripe_publishable_key = Text(max_length=200, allow_none=True, validate=[ma.validate.Regexp(r"^pk_\S+$")])
    stripe_secret_key = Secret("sk_", "rk_", metadata={"description": "Write-only; stored encrypted."})
    stripe_webhook_secret = Secret("whsec_", metadata={"description": "Write-only; stored encrypted."})

    @ma.validates("retry_days")
    def _ascending(self, value, **_kwargs):
        if any(later <= earlier for earlier, later in pairwise(value)):
            raise ma.ValidationError("Days in increasing order, e.g. [1, 3, 7].")
