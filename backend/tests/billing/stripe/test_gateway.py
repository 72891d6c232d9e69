"""Does the adapter give refunds to part A, and turn every Stripe failure into a sentence people can act on?"""

from __future__ import annotations

import pytest

from fitnesscrm.billing.stripe import gateway
from tests.billing.stripe.stripe_data import configure_stripe


def _paid_intent(stripe_api, amount: int = 4500) -> str:
    customer = stripe_api.customers.create(params={"name": "Ann Lee"})
    return stripe_api.payment_intents.create(
        params={
            "amount": amount,
            "currency": "usd",
            "customer": customer.id,
            "payment_method": "pm_card_visa",
            "confirm": True,
            "off_session": True,
        }
    ).id


def test_a_refund_gives_back_part_of_a_payment_and_answers_its_id(stripe_studio, stripe_api):
    intent = _paid_intent(stripe_api)
    refund_id = gateway.refund(
        organization_id=stripe_studio.org.id, payment_intent_id=intent, amount=1500, reason="Session cancelled by us"
    )
    refund = stripe_api.refunds.retrieve(refund_id)
    assert (refund.amount, refund.payment_intent, refund.status) == (1500, intent, "succeeded")
    assert refund.metadata["reason"] == "Session cancelled by us"
    second = gateway.refund(organization_id=stripe_studio.org.id, payment_intent_id=intent, amount=3000, reason="Rest")
    assert second != refund_id


def test_refunding_a_payment_stripe_does_not_know_is_a_stripe_error_sentence(stripe_studio):
    with pytest.raises(gateway.StripeError) as raised:
        gateway.refund(organization_id=stripe_studio.org.id, payment_intent_id="pi_unknown", amount=100, reason="x")
    assert raised.value.message == "Stripe does not know this payment or card any more."


def test_a_studio_without_keys_is_told_to_connect_stripe(studio):
    with pytest.raises(gateway.StripeNotConfigured) as raised:
        gateway.refund(organization_id=studio.org.id, payment_intent_id="pi_x", amount=100, reason="x")
    assert raised.value.status == 409


def test_a_key_stripe_refuses_is_named_as_the_problem(studio):
    configure_stripe(studio.org.id, secret_key="rk_not_a_secret_key")
    with pytest.raises(gateway.StripeNotConfigured) as raised:
        gateway.create_customer(organization_id=studio.org.id, name="Ann Lee", email=None, metadata={})
    assert raised.value.message == "Stripe refused the studio's secret key; check it in Billing settings."


def test_stripe_out_of_reach_is_a_502_sentence(app, stripe_studio, monkeypatch):
    monkeypatch.setitem(app.config, "STRIPE_API_BASE", "http://127.0.0.1:9")
    monkeypatch.setitem(app.config, "STRIPE_TIMEOUT_SECONDS", 1)
    with pytest.raises(gateway.StripeError) as raised:
        gateway.create_customer(organization_id=stripe_studio.org.id, name="Ann Lee", email=None, metadata={})
    assert (raised.value.status, raised.value.code) == (502, "stripe_unreachable")
    assert raised.value.message == "Stripe could not be reached; try again in a moment."
