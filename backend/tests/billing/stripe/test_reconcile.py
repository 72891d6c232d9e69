"""Does `flask billing reconcile` find every difference between our Stripe payments and refunds and Stripe's?"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
import requests
import sqlalchemy as sa

from fitnesscrm.billing.models import Payment, Refund
from fitnesscrm.billing.stripe import gateway
from fitnesscrm.extensions import db
from tests.billing.stripe.localstripe import SECRET_KEY
from tests.billing.stripe.stripe_data import invoice_for, save_card


@pytest.fixture
def empty_stripe(localstripe):
    """localstripe keeps one account for every test; reconciling reads all of it, so it starts empty here."""
    requests.delete(f"{localstripe}/_config/data", auth=(SECRET_KEY, ""), timeout=10).raise_for_status()


def _reconcile(app, studio):
    day = datetime.now(UTC).astimezone(ZoneInfo(studio.org.timezone)).strftime("%Y-%m-%d")
    args = ["billing", "reconcile", "--from", day, "--to", day, "--organization", str(studio.org.id)]
    return app.test_cli_runner().invoke(args=args)


def _paid_by_card(client_as, studio, stripe_api, amount: int = 4500) -> Payment:
    card_id = save_card(client_as, studio, stripe_api)
    invoice = invoice_for(studio, amount=amount)
    response = client_as(studio.client_user).post(
        f"/api/billing/invoices/{invoice.id}/payment-intent", json={"card_id": card_id}
    )
    assert response.get_json()["status"] == "succeeded"
    return db.session.execute(sa.select(Payment).where(Payment.invoice_id == invoice.id)).scalar_one()


def test_records_that_agree_exit_0(app, client_as, empty_stripe, stripe_studio, stripe_api):
    payment = _paid_by_card(client_as, stripe_studio, stripe_api)
    refund_id = gateway.refund(
        organization_id=stripe_studio.org.id, payment_intent_id=payment.stripe_payment_intent_id, amount=500, reason="x"
    )
    db.session.add(
        Refund(
            organization_id=stripe_studio.org.id,
            payment_id=payment.id,
            amount=500,
            reason="x",
            stripe_refund_id=refund_id,
        )
    )
    db.session.commit()
    result = _reconcile(app, stripe_studio)
    assert result.exit_code == 0, result.output
    assert f"{stripe_studio.org.name}: FitnessCRM and Stripe agree from" in result.output


def test_every_kind_of_difference_is_a_sentence_and_exit_1(app, client_as, empty_stripe, stripe_studio, stripe_api):
    payment = _paid_by_card(client_as, stripe_studio, stripe_api)
    name = f"{stripe_studio.client.first_name} {stripe_studio.client.last_name}"
    # Stripe took money FitnessCRM never heard of (a webhook lost for good).
    customer = db.session.execute(sa.text("SELECT stripe_customer_id FROM stripe_customers")).scalar()
    stray = stripe_api.payment_intents.create(
        params={"amount": 1200, "currency": "usd", "customer": customer, "payment_method": "pm_card_visa",
                "confirm": True, "off_session": True}
    )  # fmt: skip
    # A refund made in Stripe's dashboard, and one of ours whose amount Stripe disagrees with.
    gateway.refund(organization_id=stripe_studio.org.id, payment_intent_id=stray.id, amount=200, reason="dashboard")
    ours = gateway.refund(
        organization_id=stripe_studio.org.id, payment_intent_id=payment.stripe_payment_intent_id, amount=700, reason="x"
    )
    db.session.add(
        Refund(
            organization_id=stripe_studio.org.id, payment_id=payment.id, amount=500, reason="x", stripe_refund_id=ours
        )
    )
    # A payment FitnessCRM records as made through Stripe that Stripe has no trace of.
    other = invoice_for(stripe_studio, amount=3000)
    db.session.add(
        Payment(organization_id=stripe_studio.org.id, invoice_id=other.id, client_id=stripe_studio.client.id,
                amount=3000, currency="USD", method="stripe", received_at=datetime.now(UTC),
                stripe_payment_intent_id="pi_never_in_stripe")
    )  # fmt: skip
    db.session.commit()
    result = _reconcile(app, stripe_studio)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{stripe_studio.org.name}: 4 differences with Stripe from")
    output = result.output
    assert f"FitnessCRM records $30.00 from {name} on" in output
    assert f"against {other.number}, but Stripe has no such payment (pi_never_in_stripe)." in output
    assert (
        f"Stripe received $12.00 from {name} on" in output
        and f"which FitnessCRM has not recorded ({stray.id})" in output
    )
    assert (
        f"FitnessCRM records a refund of $5.00 to {name} on" in output
        and f"but Stripe refunded $7.00 ({ours})." in output
    )
    assert f"Stripe refunded $2.00 to {name} on" in output
    assert "pi_never_in_stripe" in output and "{" not in output


def test_a_studio_without_stripe_is_said_so(app, studio):
    args = ["billing", "reconcile", "--from", "2026-12-01", "--to", "2026-12-31", "--organization", str(studio.org.id)]
    result = app.test_cli_runner().invoke(args=args)
    assert result.exit_code == 1
    assert "This studio has not connected a Stripe account." in result.output


def test_a_range_that_ends_before_it_starts_is_refused(app):
    result = app.test_cli_runner().invoke(args=["billing", "reconcile", "--from", "2026-12-31", "--to", "2026-12-01"])
    assert result.exit_code == 2
    assert "--to is before --from" in result.output
