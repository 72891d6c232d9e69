"""Are memberships charged by Stripe kept in step: started, renewed, failed and retried, cancelled, out of order?"""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from dateutil.relativedelta import relativedelta

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.billing.models import CreditEntry, Invoice, Membership, Payment, Product
from fitnesscrm.billing.stripe import subscriptions
from fitnesscrm.extensions import db
from tests.billing.stripe.stripe_data import deliver, invoices_of, save_card, today


def _subscribe(client_as, studio, membership):
    return client_as(studio.client_user).post(f"/api/billing/memberships/{membership.id}/stripe-subscription")


def _subscribed(client_as, studio, membership, stripe_api) -> Membership:
    save_card(client_as, studio, stripe_api)
    assert _subscribe(client_as, studio, membership).status_code == 204
    db.session.refresh(membership)
    return membership


def _renewal(stripe_api, membership) -> dict:
    """What Stripe does at the end of a period: invoice the subscription and charge the default card."""
    subscription = stripe_api.subscriptions.retrieve(membership.stripe_subscription_id)
    invoice = stripe_api.invoices.create(params={"customer": subscription.customer, "subscription": subscription.id})
    stripe_api.invoices.pay(invoice.id)
    return stripe_api.invoices.retrieve(invoice.id).to_dict()


def _payments(status: str = "succeeded") -> list[Payment]:
    return list(db.session.execute(sa.select(Payment).where(Payment.status == status).order_by(Payment.id)).scalars())


def test_a_membership_moves_to_stripe_and_its_open_first_period_is_charged(
    client_as, stripe_studio, membership, stripe_api
):
    membership = _subscribed(client_as, stripe_studio, membership, stripe_api)
    assert membership.collection == "stripe"
    subscription = stripe_api.subscriptions.retrieve(membership.stripe_subscription_id)
    assert (subscription.status, subscription.plan.amount, subscription.plan.interval) == ("active", 5000, "month")
    assert db.session.get(Product, membership.product_id).stripe_plan_id == subscription.plan.id
    [first] = invoices_of(membership)
    assert (first.status, first.stripe_invoice_id) == ("paid", subscription.latest_invoice)
    [payment] = _payments()
    assert (payment.amount, payment.method, payment.invoice_id) == (5000, "stripe", first.id)
    # Asking again changes nothing: the membership already has its subscription.
    assert _subscribe(client_as, stripe_studio, membership).status_code == 204
    assert len(stripe_api.subscriptions.list(params={"customer": subscription.customer}).data) == 1


def test_a_renewal_invoices_the_next_period_grants_its_credits_and_is_paid(
    client, client_as, stripe_studio, membership, stripe_api
):
    membership = _subscribed(client_as, stripe_studio, membership, stripe_api)
    first_end = membership.current_period_end
    renewal = _renewal(stripe_api, membership)
    assert renewal["status"] == "paid"
    deliver(client, stripe_studio, "invoice.payment_succeeded", renewal, "evt_test_renewal_paid")
    _first, second = invoices_of(membership)
    assert (second.period_start, second.period_end) == (first_end, first_end + relativedelta(months=1))
    assert (second.status, second.stripe_invoice_id, second.total) == ("paid", renewal["id"], 5000)
    db.session.refresh(membership)
    assert (membership.current_period_start, membership.status) == (first_end, "active")
    [credits] = db.session.execute(sa.select(CreditEntry).where(CreditEntry.kind == "grant")).scalars().all()
    assert (credits.quantity, credits.membership_id, credits.invoice_id) == (8, membership.id, second.id)
    assert len(_payments()) == 2
    renewed = (
        db.session.execute(
            sa.select(ActivityEntry).where(
                ActivityEntry.entity_type == "membership", ActivityEntry.entity_id == membership.id
            )
        )
        .scalars()
        .all()
    )
    assert any("period" in entry.changes for entry in renewed)


def test_a_paid_arriving_before_its_created_changes_nothing_backwards(
    client, client_as, stripe_studio, membership, stripe_api
):
    membership = _subscribed(client_as, stripe_studio, membership, stripe_api)
    renewal = _renewal(stripe_api, membership)
    every = [event.to_dict() for event in stripe_api.events.list(params={"limit": 100}).auto_paging_iter()]
    sent = [event for event in every if event["data"]["object"].get("id") == renewal["id"]]
    created = next(event for event in sent if event["type"] == "invoice.created")
    paid = next(event for event in sent if event["type"] == "invoice.payment_succeeded")
    assert created["data"]["object"]["status"] == "draft"
    # Stripe's own events, delivered the wrong way round.
    deliver(client, stripe_studio, paid["type"], paid["data"]["object"], paid["id"])
    deliver(client, stripe_studio, created["type"], created["data"]["object"], created["id"])
    _first, second = invoices_of(membership)
    assert (second.status, second.amount_due) == ("paid", 0)
    db.session.refresh(membership)
    assert membership.current_period_start == second.period_start
    assert len(_payments()) == 2
    assert len(db.session.execute(sa.select(CreditEntry)).scalars().all()) == 1


def test_a_failed_renewal_is_recorded_and_retry_invoice_charges_it_once_the_card_works(
    client, client_as, stripe_studio, membership, stripe_api
):
    membership = _subscribed(client_as, stripe_studio, membership, stripe_api)
    me = client_as(stripe_studio.client_user)
    cards = me.get(f"/api/clients/{stripe_studio.client.id}/cards").get_json()["items"]
    failing = save_card(client_as, stripe_studio, stripe_api, card="pm_card_chargeCustomerFail")
    assert me.post(f"/api/clients/{stripe_studio.client.id}/cards/{failing}/default").status_code == 200

    renewal = _renewal(stripe_api, membership)
    assert renewal["status"] == "open"
    deliver(client, stripe_studio, "invoice.payment_failed", renewal, "evt_test_renewal_failed")
    first, second = invoices_of(membership)
    assert (second.status, second.amount_due, second.stripe_invoice_id) == ("open", 5000, renewal["id"])
    [failure] = _payments("failed")
    assert (failure.invoice_id, failure.failure_message) == (second.id, "Your card was declined.")
    # The client cannot pay it a second way beside the subscription that keeps trying it.
    response = me.post(f"/api/billing/invoices/{second.id}/payment-intent", json={})
    assert (response.status_code, response.get_json()["error"]["code"]) == (409, "charged_by_subscription")
    # The same news twice records one failure.
    deliver(client, stripe_studio, "invoice.payment_failed", renewal, "evt_test_renewal_failed_again")
    assert len(_payments("failed")) == 1

    assert subscriptions.retry_invoice(second) is False  # still the declining card
    assert len(_payments("failed")) == 2
    assert me.post(f"/api/clients/{stripe_studio.client.id}/cards/{cards[0]['id']}/default").status_code == 200
    assert subscriptions.retry_invoice(second) is True
    db.session.refresh(second)
    assert (second.status, second.amount_due) == ("paid", 0)
    assert [payment.invoice_id for payment in _payments()] == [first.id, second.id]
    # Dunning trying an invoice Stripe has meanwhile been paid: it is paid, nothing more is charged.
    assert subscriptions.retry_invoice(second) is True
    assert len(_payments()) == 2


def test_cancelled_in_stripe_the_membership_is_cancelled_and_an_older_event_does_not_revive_it(
    client, client_as, stripe_studio, membership, stripe_api
):
    membership = _subscribed(client_as, stripe_studio, membership, stripe_api)
    active = stripe_api.subscriptions.retrieve(membership.stripe_subscription_id).to_dict()
    cancelled = stripe_api.subscriptions.cancel(membership.stripe_subscription_id).to_dict()
    deliver(client, stripe_studio, "customer.subscription.deleted", cancelled, "evt_test_sub_deleted")
    db.session.refresh(membership)
    assert (membership.status, membership.ends_on) == ("cancelled", today())
    deliver(client, stripe_studio, "customer.subscription.updated", active, "evt_test_sub_updated_late")
    db.session.refresh(membership)
    assert membership.status == "cancelled"


def test_notice_given_in_stripe_sets_the_last_day_of_the_period(
    client, client_as, stripe_studio, membership, stripe_api
):
    membership = _subscribed(client_as, stripe_studio, membership, stripe_api)
    updated = stripe_api.subscriptions.update(
        membership.stripe_subscription_id, params={"cancel_at_period_end": True}
    ).to_dict()
    deliver(client, stripe_studio, "customer.subscription.updated", updated, "evt_test_sub_notice")
    db.session.refresh(membership)
    assert (membership.status, membership.ends_on) == ("active", membership.current_period_end - timedelta(days=1))


def test_a_membership_whose_period_is_paid_starts_charging_at_the_next_period(
    client_as, stripe_studio, membership, stripe_api
):
    from fitnesscrm.billing.invoices.payments import record_payment

    [first] = invoices_of(membership)
    record_payment(actor=None, organization_id=stripe_studio.org.id, invoice_id=first.id, amount=5000, method="cash")
    membership = _subscribed(client_as, stripe_studio, membership, stripe_api)
    subscription = stripe_api.subscriptions.retrieve(membership.stripe_subscription_id)
    assert subscription.latest_invoice is None
    assert subscription.trial_end is not None
    assert [invoice.id for invoice in invoices_of(membership)] == [first.id]


def test_a_client_without_a_saved_card_is_told_to_save_one(client_as, stripe_studio, membership):
    response = _subscribe(client_as, stripe_studio, membership)
    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "no_card"
    db.session.refresh(membership)
    assert (membership.collection, membership.stripe_subscription_id) == ("manual", None)


def test_only_the_member_or_a_manager_may_move_a_membership_to_stripe(
    client_as, stripe_studio, membership, other_studio
):
    url = f"/api/billing/memberships/{membership.id}/stripe-subscription"
    assert client_as(stripe_studio.trainer_user).post(url).status_code == 403
    assert client_as(other_studio.owner).post(url).status_code == 404
    assert client_as(other_studio.client_user).post(url).status_code == 404
    assert db.session.get(Invoice, invoices_of(membership)[0].id).stripe_invoice_id is None


def test_a_new_price_gets_a_new_plan_and_the_old_subscription_keeps_its_own(
    client_as, stripe_studio, membership, stripe_api
):
    membership = _subscribed(client_as, stripe_studio, membership, stripe_api)
    product = db.session.get(Product, membership.product_id)
    old_plan = product.stripe_plan_id
    product.price = 6000
    newcomer = Membership(
        organization_id=stripe_studio.org.id, client_id=stripe_studio.client.id, product_id=product.id, price=6000,
        interval="month", started_on=membership.started_on, current_period_start=membership.current_period_start,
        current_period_end=membership.current_period_end, minimum_term_ends_on=membership.started_on,
    )  # fmt: skip
    db.session.add(newcomer)
    db.session.commit()
    assert _subscribe(client_as, stripe_studio, newcomer).status_code == 204
    db.session.refresh(product)
    assert product.stripe_plan_id != old_plan
    assert stripe_api.plans.retrieve(product.stripe_plan_id).amount == 6000
    assert stripe_api.subscriptions.retrieve(membership.stripe_subscription_id).plan.id == old_plan


def test_stripe_charges_a_period_with_its_tax_so_our_invoice_is_paid_in_full(
    client, client_as, stripe_studio, membership, stripe_api
):
    from fitnesscrm.billing.models import TaxRate

    rate = TaxRate(organization_id=stripe_studio.org.id, name="VAT", basis_points=2000, inclusive=False)
    db.session.add(rate)
    db.session.flush()
    db.session.get(Product, membership.product_id).tax_rate_id = rate.id
    db.session.commit()
    membership = _subscribed(client_as, stripe_studio, membership, stripe_api)
    assert stripe_api.subscriptions.retrieve(membership.stripe_subscription_id).plan.amount == 6000
    renewal = _renewal(stripe_api, membership)
    deliver(client, stripe_studio, "invoice.paid", renewal, "evt_test_taxed_renewal")
    second = invoices_of(membership)[-1]
    assert (second.total, second.tax_total, second.status, second.amount_due) == (6000, 1000, "paid", 0)
