"""Can a client pay an open invoice through Stripe, in the browser or with a saved card, recorded exactly once?"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
import stripe

from fitnesscrm.billing.models import Invoice, Payment
from fitnesscrm.billing.stripe import webhooks
from fitnesscrm.extensions import db
from tests.billing.stripe.localstripe import PUBLISHABLE_KEY, event_body, sign
from tests.billing.stripe.stripe_data import invoice_for


def _start(api_client, invoice_id: int, **body):
    return api_client.post(f"/api/billing/invoices/{invoice_id}/payment-intent", json=body)


def _browser_pays(stripe_api, payment_intent_id: str, card: str = "pm_card_visa") -> dict:
    """What Stripe's Payment Element does: attach the card entered to the PaymentIntent and confirm it."""
    stripe_api.payment_intents.update(payment_intent_id, params={"payment_method": card})
    return stripe_api.payment_intents.confirm(payment_intent_id).to_dict()


def _deliver(client, studio, event_type: str, obj: dict, event_id: str) -> None:
    body = event_body(event_type, obj, event_id=event_id)
    url = f"/api/billing/stripe/webhooks/{studio.org.id}"
    assert client.post(url, data=body, headers={"Stripe-Signature": sign(body)}).status_code == 200
    webhooks.process(event_id=event_id)


def _payments() -> list[Payment]:
    return list(db.session.execute(sa.select(Payment).order_by(Payment.id)).scalars())


def _save_card(client_as, studio, stripe_api, card: str = "pm_card_visa") -> int:
    me = client_as(studio.client_user)
    setup = me.post(f"/api/clients/{studio.client.id}/cards/setup-intent").get_json()
    stripe_api.setup_intents.confirm(setup["setup_intent_id"], params={"payment_method": card})
    response = me.post(f"/api/clients/{studio.client.id}/cards", json={"setup_intent_id": setup["setup_intent_id"]})
    return response.get_json()["id"]


def test_a_client_pays_an_open_invoice_in_the_browser_and_the_webhook_records_it_once(
    client, client_as, stripe_studio, open_invoice, stripe_api
):
    me = client_as(stripe_studio.client_user)
    response = _start(me, open_invoice.id)
    assert response.status_code == 201, response.get_json()
    intent = response.get_json()
    assert (intent["amount"], intent["amount_display"], intent["currency"], intent["publishable_key"]) == (
        4500,
        "$45.00",
        "USD",
        PUBLISHABLE_KEY,
    )
    # Asking again (the page reloaded) hands out the same PaymentIntent rather than a second one.
    assert _start(me, open_invoice.id).get_json()["payment_intent_id"] == intent["payment_intent_id"]
    in_stripe = stripe_api.payment_intents.retrieve(intent["payment_intent_id"])
    assert (in_stripe.amount, in_stripe.currency) == (4500, "usd")
    assert in_stripe.metadata["invoice_id"] == str(open_invoice.id)

    paid = _browser_pays(stripe_api, intent["payment_intent_id"])
    assert paid["status"] == "succeeded"
    assert _payments() == []  # nothing until Stripe says so
    _deliver(client, stripe_studio, "payment_intent.succeeded", paid, "evt_test_pi_succeeded")
    [payment] = _payments()
    assert (payment.amount, payment.method, payment.status, payment.stripe_payment_intent_id) == (
        4500,
        "stripe",
        "succeeded",
        intent["payment_intent_id"],
    )
    assert payment.stripe_charge_id == paid["latest_charge"]["id"]
    db.session.refresh(open_invoice)
    assert (open_invoice.status, open_invoice.amount_due) == ("paid", 0)
    # Stripe sending the news again under another event id records nothing more.
    _deliver(client, stripe_studio, "payment_intent.succeeded", paid, "evt_test_pi_succeeded_again")
    assert len(_payments()) == 1
    assert _start(me, open_invoice.id).status_code == 409


def test_a_saved_card_pays_at_once_and_the_later_webhook_changes_nothing(
    client, client_as, stripe_studio, open_invoice, stripe_api
):
    card_id = _save_card(client_as, stripe_studio, stripe_api)
    response = _start(client_as(stripe_studio.client_user), open_invoice.id, card_id=card_id)
    assert response.status_code == 201, response.get_json()
    assert (response.get_json()["status"], response.get_json()["amount"]) == ("succeeded", 0)
    [payment] = _payments()
    assert payment.amount == 4500
    assert db.session.get(Invoice, open_invoice.id).status == "paid"
    paid = stripe_api.payment_intents.retrieve(payment.stripe_payment_intent_id).to_dict()
    _deliver(client, stripe_studio, "payment_intent.succeeded", paid, "evt_test_saved_card_paid")
    assert len(_payments()) == 1


def test_a_declined_saved_card_is_a_402_sentence_and_the_invoice_stays_open(
    client_as, stripe_studio, open_invoice, stripe_api
):
    card_id = _save_card(client_as, stripe_studio, stripe_api, card="pm_card_chargeCustomerFail")
    response = _start(client_as(stripe_studio.owner), open_invoice.id, card_id=card_id)
    assert response.status_code == 402
    assert response.get_json()["error"] == {
        "code": "card_declined",
        "message": "Your card was declined.",
        "request_id": response.headers["X-Request-ID"],
    }
    assert [payment for payment in _payments() if payment.status == "succeeded"] == []
    invoice = db.session.get(Invoice, open_invoice.id)
    assert (invoice.status, invoice.amount_due) == ("open", 4500)


def test_the_failed_payment_webhook_records_a_failed_attempt(
    client, client_as, stripe_studio, open_invoice, stripe_api
):
    intent = _start(client_as(stripe_studio.client_user), open_invoice.id).get_json()
    with pytest.raises(stripe.CardError):  # the browser is told at once, as Stripe does
        _browser_pays(stripe_api, intent["payment_intent_id"], card="pm_card_chargeCustomerFail")
    failed = stripe_api.payment_intents.retrieve(intent["payment_intent_id"]).to_dict()
    assert failed["status"] == "requires_payment_method"
    _deliver(client, stripe_studio, "payment_intent.payment_failed", failed, "evt_test_pi_failed")
    [payment] = _payments()
    assert (payment.status, payment.amount, payment.failure_message) == ("failed", 4500, "Your card was declined.")
    assert db.session.get(Invoice, open_invoice.id).status == "open"


def test_only_the_client_who_owes_it_or_a_manager_may_pay_an_invoice(client_as, stripe_studio, other_studio):
    theirs = invoice_for(stripe_studio, client=stripe_studio.other_client)
    assert _start(client_as(stripe_studio.client_user), theirs.id).status_code == 404
    assert _start(client_as(stripe_studio.trainer_user), theirs.id).status_code == 403
    assert _start(client_as(other_studio.owner), theirs.id).status_code == 404
    assert _start(client_as(stripe_studio.admin), theirs.id).status_code == 201
    assert _start(client_as(stripe_studio.client_user), theirs.id, card_id="x").status_code == 422


def test_a_draft_is_not_payable_and_a_paid_invoice_has_nothing_due(client_as, stripe_studio):
    from fitnesscrm.billing.invoices.service import LineInput, create_invoice

    draft = create_invoice(
        actor=None,
        organization_id=stripe_studio.org.id,
        client_id=stripe_studio.client.id,
        lines=[LineInput(description="Water bottle", unit_price=1200)],
    )
    db.session.commit()
    assert _start(client_as(stripe_studio.client_user), draft.id).status_code == 404
    response = _start(client_as(stripe_studio.owner), draft.id)
    assert response.status_code == 409
    assert response.get_json()["error"]["message"] == "This invoice has nothing left to pay."


def test_money_for_an_invoice_voided_meanwhile_is_not_recorded_and_the_reason_is_kept(
    client, client_as, stripe_studio, open_invoice, stripe_api
):
    from fitnesscrm.billing.models import StripeEvent

    intent = _start(client_as(stripe_studio.client_user), open_invoice.id).get_json()
    paid = _browser_pays(stripe_api, intent["payment_intent_id"])
    open_invoice.status = "void"
    db.session.commit()
    _deliver(client, stripe_studio, "payment_intent.succeeded", paid, "evt_test_paid_after_void")
    assert _payments() == []
    event = db.session.get(StripeEvent, "evt_test_paid_after_void")
    assert event.processed_at is not None
    assert event.error  # a sentence from part A's refusal; `flask billing reconcile` lists the payment too
