"""Are Stripe's webhooks verified as Stripe signs them, stored once, answered at once and processed in a job?"""

from __future__ import annotations

import json
import time

import sqlalchemy as sa

from fitnesscrm.billing.models import StripeEvent
from fitnesscrm.core.crypto import encrypt
from fitnesscrm.extensions import db
from tests.billing.stripe.localstripe import event_body, sign
from tests.billing.stripe.stripe_data import configure_stripe

TASK = "billing.stripe.process-event"


def _url(studio) -> str:
    return f"/api/billing/stripe/webhooks/{studio.org.id}"


def _post(client, studio, body: bytes, signature: str | None):
    headers = {"Content-Type": "application/json"}
    if signature is not None:
        headers["Stripe-Signature"] = signature
    return client.post(_url(studio), data=body, headers=headers)


def _stored() -> list[StripeEvent]:
    return list(db.session.execute(sa.select(StripeEvent).order_by(StripeEvent.received_at)).scalars())


def _jobs() -> list[str]:
    rows = db.session.execute(
        sa.text("SELECT args->>'event_id' FROM procrastinate_jobs WHERE task_name = :task ORDER BY id"),
        {"task": TASK},
    )
    return [row[0] for row in rows]


def _customer_event(stripe_api, event_id: str = "evt_test_customer_created") -> bytes:
    customer = stripe_api.customers.create(params={"name": "Ann Lee"})
    return event_body("customer.created", customer.to_dict(), event_id=event_id)


def test_a_signed_event_is_stored_once_and_its_processing_deferred(client, stripe_studio, stripe_api):
    body = _customer_event(stripe_api)
    response = _post(client, stripe_studio, body, sign(body))
    assert response.status_code == 200
    assert response.get_json() == {"duplicate": False}
    [event] = _stored()
    assert (event.id, event.type, event.organization_id, event.processed_at) == (
        "evt_test_customer_created",
        "customer.created",
        stripe_studio.org.id,
        None,
    )
    assert event.payload == json.loads(body)
    assert _jobs() == ["evt_test_customer_created"]


def test_the_same_event_twice_answers_200_and_changes_nothing(client, stripe_studio, stripe_api):
    body = _customer_event(stripe_api)
    assert _post(client, stripe_studio, body, sign(body)).status_code == 200
    [first] = _stored()
    received = first.received_at
    again = _post(client, stripe_studio, body, sign(body))
    assert again.status_code == 200
    assert again.get_json() == {"duplicate": True}
    [event] = _stored()
    assert event.received_at == received
    assert _jobs() == ["evt_test_customer_created"]


def test_a_wrong_signature_is_refused_and_nothing_stored(client, stripe_studio, stripe_api):
    body = _customer_event(stripe_api)
    for signature in (
        None,
        "",
        sign(body, secret="whsec_someone_elses_secret"),
        sign(body.replace(b"Ann Lee", b"Bob Lee")),  # signed for another body
        "t=1,v1=deadbeef",
        "nonsense",
    ):
        response = _post(client, stripe_studio, body, signature)
        assert response.status_code == 400, signature
        assert response.get_json()["error"]["code"] == "bad_signature"
    assert (_stored(), _jobs()) == ([], [])


def test_an_expired_timestamp_is_refused_even_when_correctly_signed(client, stripe_studio, stripe_api):
    body = _customer_event(stripe_api)
    # Stripe's library allows 300 seconds between the signature's time and now.
    stale = sign(body, timestamp=int(time.time()) - 301)
    response = _post(client, stripe_studio, body, stale)
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "bad_signature"
    assert _stored() == []
    assert _post(client, stripe_studio, body, sign(body, timestamp=int(time.time()) - 200)).status_code == 200


def test_another_studios_secret_does_not_sign_for_this_studio(client, stripe_studio, other_studio, stripe_api):
    settings = configure_stripe(other_studio.org.id)
    settings.stripe_webhook_secret_encrypted = encrypt("whsec_other_studio")
    db.session.commit()
    body = _customer_event(stripe_api)
    response = _post(client, other_studio, body, sign(body))
    assert response.status_code == 400
    assert _stored() == []


def test_a_studio_without_a_webhook_secret_verifies_nothing(client, studio, stripe_api):
    body = _customer_event(stripe_api)
    response = _post(client, studio, body, sign(body))
    assert response.status_code == 400
    assert "no Stripe webhook secret" in response.get_json()["error"]["message"]
    assert _stored() == []


def test_a_signed_body_that_is_not_an_event_is_refused(client, stripe_studio):
    body = json.dumps({"hello": "world"}).encode()
    response = _post(client, stripe_studio, body, sign(body))
    assert response.status_code == 400
    assert _stored() == []


def test_processing_an_event_marks_it_processed_and_running_it_again_changes_nothing(client, stripe_studio, stripe_api):
    from fitnesscrm.billing.stripe import webhooks

    body = _customer_event(stripe_api)
    _post(client, stripe_studio, body, sign(body))
    webhooks.process(event_id="evt_test_customer_created")
    [event] = _stored()
    processed = event.processed_at
    assert processed is not None and event.error is None
    webhooks.process(event_id="evt_test_customer_created")
    db.session.refresh(event)
    assert event.processed_at == processed
