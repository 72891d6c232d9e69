"""Can a client (or the desk) save a card through a SetupIntent, list it, choose the default and remove it?"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
import stripe

from fitnesscrm.billing.models import SavedCard, StripeCustomer
from fitnesscrm.extensions import db
from tests.billing.stripe.localstripe import PUBLISHABLE_KEY, event_body, sign


def _setup(api_client, client_id: int) -> dict:
    response = api_client.post(f"/api/clients/{client_id}/cards/setup-intent")
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def _confirm(stripe_api, setup_intent_id: str, card: str = "pm_card_visa") -> str:
    """What Stripe.js does in the browser: confirm the SetupIntent with the card entered."""
    return stripe_api.setup_intents.confirm(setup_intent_id, params={"payment_method": card}).payment_method


def _saved_card(api_client, stripe_api, client_id: int) -> dict:
    setup = _setup(api_client, client_id)
    _confirm(stripe_api, setup["setup_intent_id"])
    response = _save(api_client, client_id, setup["setup_intent_id"])
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def _save(api_client, client_id: int, setup_intent_id: str):
    return api_client.post(f"/api/clients/{client_id}/cards", json={"setup_intent_id": setup_intent_id})


def _cards() -> list[SavedCard]:
    return list(db.session.execute(sa.select(SavedCard).order_by(SavedCard.id)).scalars())


def test_a_client_saves_a_card_and_it_becomes_the_default(client_as, stripe_studio, stripe_api):
    me = client_as(stripe_studio.client_user)
    setup = _setup(me, stripe_studio.client.id)
    assert setup["publishable_key"] == PUBLISHABLE_KEY
    assert setup["client_secret"].startswith(setup["setup_intent_id"])
    customer = db.session.execute(sa.select(StripeCustomer)).scalar_one()
    assert customer.client_id == stripe_studio.client.id
    assert stripe_api.customers.retrieve(customer.stripe_customer_id).metadata["client_id"] == str(
        stripe_studio.client.id
    )
    method = _confirm(stripe_api, setup["setup_intent_id"])
    response = _save(me, stripe_studio.client.id, setup["setup_intent_id"])
    assert response.status_code == 201
    card = response.get_json()
    summary = (card["label"], card["last4"], card["expires"], card["is_default"])
    assert summary == ("Visa ending 4242", "4242", "12/30", True)
    stripe_customer = stripe_api.customers.retrieve(customer.stripe_customer_id)
    assert stripe_customer.invoice_settings.default_payment_method == method
    # Saving the same SetupIntent again (a double click, or after the webhook) keeps one card.
    again = _save(me, stripe_studio.client.id, setup["setup_intent_id"])
    assert again.status_code == 201 and again.get_json()["id"] == card["id"]
    assert len(_cards()) == 1


def test_the_webhook_records_the_card_when_the_browser_never_comes_back(client, client_as, stripe_studio, stripe_api):
    from fitnesscrm.billing.stripe import webhooks

    setup = _setup(client_as(stripe_studio.owner), stripe_studio.client.id)
    _confirm(stripe_api, setup["setup_intent_id"])
    intent = stripe_api.setup_intents.retrieve(setup["setup_intent_id"]).to_dict()
    body = event_body("setup_intent.succeeded", intent, event_id="evt_test_setup")
    url = f"/api/billing/stripe/webhooks/{stripe_studio.org.id}"
    assert client.post(url, data=body, headers={"Stripe-Signature": sign(body)}).status_code == 200
    assert _cards() == []  # nothing is done in the request itself
    webhooks.process(event_id="evt_test_setup")
    [card] = _cards()
    assert (card.client_id, card.brand, card.last4, card.is_default) == (stripe_studio.client.id, "visa", "4242", True)


def test_an_unconfirmed_setup_saves_nothing(client_as, stripe_studio):
    me = client_as(stripe_studio.client_user)
    setup = _setup(me, stripe_studio.client.id)
    response = _save(me, stripe_studio.client.id, setup["setup_intent_id"])
    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "setup_incomplete"
    assert _cards() == []


def test_a_declined_card_is_never_saved(client_as, stripe_studio, stripe_api):
    me = client_as(stripe_studio.client_user)
    setup = _setup(me, stripe_studio.client.id)
    with pytest.raises(stripe.CardError):
        _confirm(stripe_api, setup["setup_intent_id"], card="pm_card_visa_chargeDeclined")
    response = _save(me, stripe_studio.client.id, setup["setup_intent_id"])
    assert response.status_code == 409
    assert _cards() == []


def test_another_clients_setup_intent_cannot_be_saved_here(client_as, stripe_studio, stripe_api):
    owner = client_as(stripe_studio.owner)
    theirs = _setup(owner, stripe_studio.other_client.id)
    _confirm(stripe_api, theirs["setup_intent_id"])
    _setup(owner, stripe_studio.client.id)
    response = owner.post(
        f"/api/clients/{stripe_studio.client.id}/cards", json={"setup_intent_id": theirs["setup_intent_id"]}
    )
    assert response.status_code == 404
    assert _cards() == []


def test_a_second_card_can_become_the_default_and_removing_the_default_promotes_the_other(
    client_as, stripe_studio, stripe_api
):
    me = client_as(stripe_studio.client_user)
    first = _saved_card(me, stripe_api, stripe_studio.client.id)
    second = _saved_card(me, stripe_api, stripe_studio.client.id)
    assert (first["is_default"], second["is_default"]) == (True, False)
    response = me.post(f"/api/clients/{stripe_studio.client.id}/cards/{second['id']}/default")
    assert response.status_code == 200 and response.get_json()["is_default"] is True
    listed = me.get(f"/api/clients/{stripe_studio.client.id}/cards").get_json()["items"]
    assert [(card["id"], card["is_default"]) for card in listed] == [(second["id"], True), (first["id"], False)]
    second_method = db.session.get(SavedCard, second["id"]).stripe_payment_method_id
    assert me.delete(f"/api/clients/{stripe_studio.client.id}/cards/{second['id']}").status_code == 204
    [left] = _cards()
    assert (left.id, left.is_default) == (first["id"], True)
    assert stripe_api.payment_methods.retrieve(second_method).customer is None
    customer_id = db.session.execute(sa.select(StripeCustomer.stripe_customer_id)).scalar_one()
    assert stripe_api.customers.retrieve(customer_id).invoice_settings.default_payment_method == (
        left.stripe_payment_method_id
    )


def test_a_trainer_reads_cards_of_clients_they_coach_but_cannot_add_one(client_as, stripe_studio, stripe_api):
    _saved_card(client_as(stripe_studio.client_user), stripe_api, stripe_studio.client.id)
    trainer = client_as(stripe_studio.trainer_user)
    assert len(trainer.get(f"/api/clients/{stripe_studio.client.id}/cards").get_json()["items"]) == 1
    assert trainer.post(f"/api/clients/{stripe_studio.client.id}/cards/setup-intent").status_code == 403
    assert trainer.get(f"/api/clients/{stripe_studio.other_client.id}/cards").status_code == 404


def test_a_client_cannot_touch_another_clients_cards(client_as, stripe_studio, stripe_api):
    card = _saved_card(client_as(stripe_studio.owner), stripe_api, stripe_studio.other_client.id)
    me = client_as(stripe_studio.client_user)
    assert me.post(f"/api/clients/{stripe_studio.other_client.id}/cards/setup-intent").status_code == 404
    assert me.delete(f"/api/clients/{stripe_studio.other_client.id}/cards/{card['id']}").status_code == 404
    assert me.delete(f"/api/clients/{stripe_studio.client.id}/cards/{card['id']}").status_code == 404
    assert len(_cards()) == 1


def test_a_studio_without_stripe_keys_is_told_so(client_as, studio):
    response = client_as(studio.owner).post(f"/api/clients/{studio.client.id}/cards/setup-intent")
    assert response.status_code == 409
    assert response.get_json()["error"] == {
        "code": "stripe_not_configured",
        "message": "The studio has not connected a Stripe account yet (Billing settings, Stripe keys).",
        "request_id": response.headers["X-Request-ID"],
    }


def test_listing_cards_costs_the_same_statements_for_one_card_or_many(
    client_as, stripe_studio, stripe_api, count_statements
):
    me = client_as(stripe_studio.client_user)
    url = f"/api/clients/{stripe_studio.client.id}/cards"
    _saved_card(me, stripe_api, stripe_studio.client.id)
    with count_statements() as one:
        assert len(me.get(url).get_json()["items"]) == 1
    _saved_card(me, stripe_api, stripe_studio.client.id)
    _saved_card(me, stripe_api, stripe_studio.client.id)
    with count_statements() as three:
        assert len(me.get(url).get_json()["items"]) == 3
    assert one.count == three.count <= 4
