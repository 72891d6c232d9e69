"""Memberships charged by Stripe: a subscription on a Plan per product, started, retried and stopped.

How Stripe's invoices and subscription changes come back into our records is `renewals.py`.
"""

from __future__ import annotations

from datetime import UTC, datetime, time

import sqlalchemy as sa

from fitnesscrm.billing import money
from fitnesscrm.billing.events import MembershipChanged
from fitnesscrm.billing.models import Invoice, Membership, Product, TaxRate
from fitnesscrm.billing.stripe import cards, customers, gateway
from fitnesscrm.billing.stripe.renewals import (
    ENDED,
    label,
    lock_membership,
    period_end,
    period_invoice,
    stripe_id,
    studio_zone,
    sync_invoice,
)
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.errors import Conflict, NotFound
from fitnesscrm.extensions import db

UNAVAILABLE = ("stripe_unreachable", "stripe_rate_limited", "stripe_not_configured")


# Starting


def _plan_amount(product: Product) -> int:
    """What one period costs the client, tax included: what Stripe must charge for our invoice to be paid."""
    rate = db.session.get(TaxRate, product.tax_rate_id) if product.tax_rate_id else None
    return money.line_totals(
        quantity=1,
        unit_price=product.price,
        tax_basis_points=rate.basis_points if rate else 0,
        tax_inclusive=rate.inclusive if rate else False,
    ).total


def _ensure_plan(product: Product, currency: str) -> str:
    """The product's Plan at its price now; a new price makes a new Plan (running subscriptions keep theirs)."""
    product = db.session.execute(sa.select(Product).where(Product.id == product.id).with_for_update()).scalar_one()
    wanted = (_plan_amount(product), currency.lower(), product.interval)
    if product.stripe_plan_id:
        plan = gateway.retrieve_plan(organization_id=product.organization_id, plan_id=product.stripe_plan_id)
        if (plan.get("amount"), plan.get("currency"), plan.get("interval")) != wanted:
            product.stripe_plan_id = None
    if not product.stripe_plan_id:
        product.stripe_plan_id = gateway.create_plan(
            organization_id=product.organization_id,
            name=product.name,
            amount=_plan_amount(product),
            currency=currency,
            interval=product.interval,
            metadata={"organization_id": str(product.organization_id), "product_id": str(product.id)},
        )
    return product.stripe_plan_id


def subscribe(*, actor: Principal | None, organization_id: int, membership_id: int) -> Membership:
    """Move a membership to collection by Stripe: its client's default card is charged every period from now on."""
    if actor is not None:
        actor.require(Role.OWNER, Role.ADMIN, Role.CLIENT)
    membership = lock_membership(organization_id, id=membership_id)
    someone_elses = membership is not None and actor is not None and actor.role == Role.CLIENT
    someone_elses = someone_elses and membership.client_id != actor.client_id
    if membership is None or someone_elses:
        raise NotFound("No such membership.")
    if membership.stripe_subscription_id:
        return membership
    if membership.status not in ("active", "past_due") or membership.ends_on is not None:
        raise Conflict("Only a running membership can be charged through Stripe.", code="membership_not_running")
    product = db.session.get(Product, membership.product_id)
    if membership.discount_id is not None or membership.price != product.price:
        raise Conflict(
            "This membership has a discount or an older price; Stripe charges the product's price, so it stays "
            "invoiced by hand.",
            code="price_differs",
        )
    client = db.session.get(Client, membership.client_id)
    if cards.default_card(client_id=client.id) is None:
        raise Conflict(
            f"{client.first_name} {client.last_name} has no saved card to charge; save one first.", code="no_card"
        )
    from fitnesscrm.billing.settings.service import get_settings

    currency = get_settings(organization_id).currency
    current = period_invoice(membership, membership.current_period_start)
    # The current period, when it is still owed, is what Stripe charges first; otherwise Stripe starts at the next.
    charge_now = current is not None and current.status == "open" and current.stripe_invoice_id is None
    trial_end = None
    if not charge_now:
        midnight = datetime.combine(membership.current_period_end, time(), studio_zone(organization_id))
        trial_end = int(midnight.astimezone(UTC).timestamp())
    subscription = gateway.create_subscription(
        organization_id=organization_id,
        customer_id=customers.ensure(client=client),
        plan_id=_ensure_plan(product, currency),
        metadata={"organization_id": str(organization_id), "membership_id": str(membership.id)},
        trial_end=trial_end,
        idempotency_key=f"membership-{membership.id}-subscription",
    )
    membership.stripe_subscription_id = subscription["id"]
    before, membership.collection = membership.collection, "stripe"
    events.record(
        MembershipChanged(
            organization_id=organization_id,
            actor=actor,
            entity_id=membership.id,
            client_id=membership.client_id,
            label=label(membership),
            changes={"collection": {"before": _collection(before), "after": _collection("stripe")}},
        )
    )
    db.session.commit()
    if subscription.get("latest_invoice"):
        sync_invoice(
            organization_id=organization_id,
            stripe_invoice=gateway.retrieve_invoice(
                organization_id=organization_id, invoice_id=stripe_id(subscription["latest_invoice"])
            ),
        )
        db.session.commit()
    return membership


def _collection(value: str) -> str:
    return "charged to the saved card through Stripe" if value == "stripe" else "invoiced to be paid by hand"


# For dunning (part B) and cancelling


def retry_invoice(invoice: Invoice) -> bool:
    """Charge a Stripe-collected membership invoice again now; whether it is paid. A decline is recorded as failed."""
    if not invoice.stripe_invoice_id:
        raise Conflict("This invoice is not collected through Stripe.", code="not_stripe")
    organization_id = invoice.organization_id
    try:
        gateway.pay_invoice(organization_id=organization_id, invoice_id=invoice.stripe_invoice_id)
    except gateway.StripeError as error:
        # A decline (Stripe answers it with an error, localstripe with the open invoice) or an invoice paid
        # meanwhile is read back below; Stripe out of reach or the keys refused are the caller's to retry.
        if error.code in UNAVAILABLE:
            raise
    current = gateway.retrieve_invoice(organization_id=organization_id, invoice_id=invoice.stripe_invoice_id)
    sync_invoice(organization_id=organization_id, stripe_invoice=current, failed=current.get("status") != "paid")
    return current.get("status") == "paid"


def stop_charging(*, organization_id: int, membership_id: int) -> None:
    """Make Stripe stop where the membership stops: now when it has ended, else after the period of its last day."""
    membership = db.session.get(Membership, membership_id)
    if membership is None or not membership.stripe_subscription_id:
        return
    subscription = gateway.retrieve_subscription(
        organization_id=organization_id, subscription_id=membership.stripe_subscription_id
    )
    if subscription.get("status") in ENDED:
        return
    zone = studio_zone(organization_id)
    today = datetime.now(zone).date()
    ended = membership.status in ("cancelled", "ended") and (membership.ends_on is None or membership.ends_on < today)
    if ended:
        gateway.cancel_subscription(organization_id=organization_id, subscription_id=membership.stripe_subscription_id)
        return
    if membership.ends_on is None:
        return
    # Stripe stops at the end of the period holding the last day, so no period is charged in part.
    boundary = membership.current_period_end
    while boundary <= membership.ends_on:
        boundary = period_end(boundary, membership.interval)
    if boundary == membership.current_period_end and subscription.get("cancel_at_period_end"):
        return  # notice given in Stripe itself
    cancel_at = int(datetime.combine(boundary, time(), zone).astimezone(UTC).timestamp())
    if subscription.get("cancel_at") != cancel_at:
        gateway.cancel_subscription_at(
            organization_id=organization_id, subscription_id=membership.stripe_subscription_id, cancel_at=cancel_at
        )
