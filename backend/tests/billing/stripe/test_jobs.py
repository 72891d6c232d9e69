"""Do the Stripe jobs behave: a started Stripe membership gets its subscription, Stripe out of reach is retried?"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from dateutil.relativedelta import relativedelta

from fitnesscrm.billing.events import MembershipChanged, MembershipStarted
from fitnesscrm.billing.models import Membership, StripeEvent
from fitnesscrm.billing.stripe import events as stripe_events
from fitnesscrm.billing.stripe import gateway, webhooks
from fitnesscrm.core import events
from fitnesscrm.core.jobs.app import TaskContext
from fitnesscrm.extensions import db
from tests.billing.stripe.localstripe import event_body, sign
from tests.billing.stripe.stripe_data import save_card


def _jobs(task: str) -> list[dict]:
    rows = db.session.execute(
        sa.text("SELECT args FROM procrastinate_jobs WHERE task_name = :task ORDER BY id"), {"task": task}
    )
    return [row[0] for row in rows]


def _started(studio, membership) -> None:
    events.record(
        MembershipStarted(
            organization_id=studio.org.id,
            actor=None,
            entity_id=membership.id,
            client_id=membership.client_id,
            label="Monthly unlimited",
        )
    )
    db.session.commit()


@pytest.fixture
def in_worker(app, monkeypatch):
    """Run a task's function here, as the worker would (its own app context, the test's transaction)."""
    monkeypatch.setattr(TaskContext, "app", app)


def test_a_membership_started_for_stripe_gets_its_subscription_in_a_job(
    client_as, stripe_studio, membership, stripe_api, in_worker
):
    save_card(client_as, stripe_studio, stripe_api)
    membership.collection = "stripe"
    db.session.commit()
    _started(stripe_studio, membership)
    assert _jobs("billing.stripe.subscribe-membership") == [
        {"organization_id": stripe_studio.org.id, "membership_id": membership.id}
    ]
    stripe_events.subscribe_membership.func(organization_id=stripe_studio.org.id, membership_id=membership.id)
    db.session.refresh(membership)
    assert membership.stripe_subscription_id is not None
    assert stripe_api.subscriptions.retrieve(membership.stripe_subscription_id).status == "active"


def test_a_membership_invoiced_by_hand_defers_nothing(stripe_studio, membership):
    _started(stripe_studio, membership)
    assert _jobs("billing.stripe.subscribe-membership") == []


def test_without_a_card_the_membership_falls_back_to_invoices_paid_by_hand(stripe_studio, membership, in_worker):
    membership.collection = "stripe"
    db.session.commit()
    stripe_events.subscribe_membership.func(organization_id=stripe_studio.org.id, membership_id=membership.id)
    db.session.refresh(membership)
    assert (membership.collection, membership.stripe_subscription_id) == ("manual", None)


def test_stripe_out_of_reach_keeps_the_event_for_a_retry(client, app, stripe_studio, stripe_api, monkeypatch):
    customer = stripe_api.customers.create(params={"name": "Ann Lee"})
    intent = stripe_api.setup_intents.create(params={"customer": customer.id})
    body = event_body("setup_intent.succeeded", intent.to_dict(), event_id="evt_test_unreachable")
    url = f"/api/billing/stripe/webhooks/{stripe_studio.org.id}"
    assert client.post(url, data=body, headers={"Stripe-Signature": sign(body)}).status_code == 200
    monkeypatch.setitem(app.config, "STRIPE_API_BASE", "http://127.0.0.1:9")
    monkeypatch.setitem(app.config, "STRIPE_TIMEOUT_SECONDS", 1)
    with pytest.raises(gateway.StripeError):
        webhooks.process(event_id="evt_test_unreachable")
    event = db.session.get(StripeEvent, "evt_test_unreachable")
    assert (event.processed_at, event.error) == (None, "Stripe could not be reached; try again in a moment.")
    assert gateway.StripeError in webhooks.RETRY.retry_exceptions


def test_an_event_about_something_not_ours_is_processed_and_changes_nothing(client, stripe_studio, stripe_api):
    card = {"number": "4242424242424242", "exp_month": 12, "exp_year": 2030, "cvc": "123"}
    method = stripe_api.payment_methods.create(params={"type": "card", "card": card})
    customer = stripe_api.customers.create(
        params={"name": "Somebody Else", "payment_method": method.id,
                "invoice_settings": {"default_payment_method": method.id}}
    )  # fmt: skip
    plan = stripe_api.plans.create(
        params={"amount": 900, "currency": "usd", "interval": "month", "product": {"name": "X"}}
    )
    subscription = stripe_api.subscriptions.create(params={"customer": customer.id, "items": [{"plan": plan.id}]})
    invoice = stripe_api.invoices.retrieve(subscription.latest_invoice).to_dict()
    for kind, obj in (("invoice.paid", invoice), ("customer.subscription.updated", subscription.to_dict())):
        body = event_body(kind, obj, event_id=f"evt_test_foreign_{kind}")
        url = f"/api/billing/stripe/webhooks/{stripe_studio.org.id}"
        assert client.post(url, data=body, headers={"Stripe-Signature": sign(body)}).status_code == 200
        webhooks.process(event_id=f"evt_test_foreign_{kind}")
        event = db.session.get(StripeEvent, f"evt_test_foreign_{kind}")
        assert event.processed_at is not None and event.error is None


def _changed(studio, membership) -> None:
    """What part B records when a membership is cancelled or notice is given."""
    events.record(
        MembershipChanged(
            organization_id=studio.org.id,
            actor=None,
            entity_id=membership.id,
            client_id=membership.client_id,
            label="Monthly unlimited",
            changes={"ends_on": {"before": None, "after": "later"}},
        )
    )
    db.session.commit()


def _charged_by_stripe(client_as, studio, membership, stripe_api) -> Membership:
    save_card(client_as, studio, stripe_api)
    assert (
        client_as(studio.owner).post(f"/api/billing/memberships/{membership.id}/stripe-subscription").status_code == 204
    )
    db.session.refresh(membership)
    return membership


def test_notice_reaching_into_the_next_period_stops_stripe_after_that_period(
    client_as, stripe_studio, membership, stripe_api, in_worker
):
    membership = _charged_by_stripe(client_as, stripe_studio, membership, stripe_api)
    membership.ends_on = membership.current_period_end + timedelta(days=10)
    _changed(stripe_studio, membership)
    assert _jobs("billing.stripe.stop-charging-membership") == [
        {"organization_id": stripe_studio.org.id, "membership_id": membership.id}
    ]
    stripe_events.stop_charging_membership.func(organization_id=stripe_studio.org.id, membership_id=membership.id)
    boundary = membership.current_period_end + relativedelta(months=1)
    midnight = datetime.combine(boundary, time(), ZoneInfo(stripe_studio.org.timezone))
    subscription = stripe_api.subscriptions.retrieve(membership.stripe_subscription_id)
    assert (subscription.status, subscription.cancel_at) == ("active", int(midnight.timestamp()))


def test_a_membership_that_has_ended_is_cancelled_in_stripe_at_once(
    client_as, stripe_studio, membership, stripe_api, in_worker
):
    membership = _charged_by_stripe(client_as, stripe_studio, membership, stripe_api)
    membership.status, membership.ends_on = "cancelled", membership.current_period_start - timedelta(days=1)
    _changed(stripe_studio, membership)
    stripe_events.stop_charging_membership.func(organization_id=stripe_studio.org.id, membership_id=membership.id)
    assert stripe_api.subscriptions.retrieve(membership.stripe_subscription_id).status == "canceled"
    # Run again (a retry, or the change Stripe's own event causes): nothing more is asked of Stripe.
    stripe_events.stop_charging_membership.func(organization_id=stripe_studio.org.id, membership_id=membership.id)


def test_a_change_to_a_membership_invoiced_by_hand_asks_nothing_of_stripe(stripe_studio, membership):
    membership.ends_on = membership.current_period_end
    _changed(stripe_studio, membership)
    assert _jobs("billing.stripe.stop-charging-membership") == []
