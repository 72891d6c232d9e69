"""Saved cards, SetupIntents and PaymentIntents as the API reads and writes them."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.billing import money
from fitnesscrm.core import fields

_BRANDS = {"amex": "American Express", "mastercard": "Mastercard", "visa": "Visa", "discover": "Discover"}


class SavedCardSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    brand = ma.fields.String(required=True, metadata={"example": "visa"})
    label = ma.fields.Function(
        lambda card: f"{_BRANDS.get(card.brand, card.brand.title())} ending {card.last4}",
        required=True,
        metadata={"type": "string", "example": "Visa ending 4242"},
    )
    last4 = ma.fields.String(required=True)
    exp_month = ma.fields.Integer(required=True)
    exp_year = ma.fields.Integer(required=True)
    expires = ma.fields.Function(
        lambda card: f"{card.exp_month:02d}/{card.exp_year % 100:02d}",
        required=True,
        metadata={"type": "string", "example": "12/30"},
    )
    is_default = ma.fields.Boolean(required=True)


class SavedCardListSchema(ma.Schema):
    items = ma.fields.List(ma.fields.Nested(SavedCardSchema), required=True)


class SetupIntentSchema(ma.Schema):
    setup_intent_id = ma.fields.String(required=True)
    client_secret = ma.fields.String(required=True, metadata={"description": "For Stripe.js's confirmSetup."})
    publishable_key = ma.fields.String(allow_none=True, required=True)
    stripe_js_url = ma.fields.String(
        required=True, metadata={"description": "The Stripe.js to load for card entry (a stand-in in tests)."}
    )


class SaveCardSchema(ma.Schema):
    setup_intent_id = fields.String(
        required=True, validate=[ma.validate.Length(min=6, max=100), ma.validate.Regexp(r"^seti_[A-Za-z0-9_]+$")]
    )


class PaymentIntentCreateSchema(ma.Schema):
    card_id = fields.id_field(
        load_default=None,
        allow_none=True,
        metadata={"description": "A saved card to charge now; none: pay in the browser."},
    )


class PaymentIntentSchema(ma.Schema):
    payment_intent_id = ma.fields.String(required=True)
    client_secret = ma.fields.String(required=True, metadata={"description": "For Stripe's Payment Element."})
    status = ma.fields.String(required=True, metadata={"example": "requires_payment_method"})
    amount = ma.fields.Integer(required=True, metadata={"description": "Minor units still to pay through it."})
    amount_display = ma.fields.Function(
        lambda intent: money.format_money(intent["amount"], intent["currency"]),
        required=True,
        metadata={"type": "string", "example": "$12.50"},
    )
    currency = ma.fields.String(required=True)
    publishable_key = ma.fields.String(allow_none=True, required=True)
    stripe_js_url = ma.fields.String(
        required=True, metadata={"description": "The Stripe.js to load for card entry (a stand-in in tests)."}
    )


class WebhookReceivedSchema(ma.Schema):
    duplicate = ma.fields.Boolean(required=True, metadata={"description": "The event had been received before."})
