"""Keeping memberships charged by Stripe in step with Stripe's invoices and subscriptions.

Stripe invoices each period and charges the client's default card; we keep an invoice of our own
for every Stripe invoice (`Invoice.stripe_invoice_id`) and record its payment through part A's
`record_payment`. Stripe bills a subscription's periods one after another, so a Stripe invoice we
have not seen bills the membership's next period that has no Stripe invoice and is not paid yet:
the current period's open invoice when the subscription started during it, else a new period, which
renews the membership (its credits granted, `MembershipRenewed`). Stripe's own period dates are not
used to place it (localstripe never advances them, and the studio's zone can move a date by a day).

Every change is made with the membership's row locked, so two events about it (or an event and a
retry) are applied one after the other, and from the object as Stripe holds it now (the caller
looks it up), so the order in which events arrive does not matter: a paid invoice is never moved
back, a cancelled membership never comes back to life.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from dateutil.relativedelta import relativedelta

from fitnesscrm.billing.events import MembershipChanged, MembershipRenewed
from fitnesscrm.billing.models import Invoice, Membership, Payment, Product
from fitnesscrm.billing.stripe import gateway
from fitnesscrm.billing.stripe.payments import failure_reason
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization

_STEPS = {"week": relativedelta(weeks=1), "month": relativedelta(months=1), "year": relativedelta(years=1)}
ENDED = ("canceled", "incomplete_expired")


def period_end(start: date, interval: str) -> date:
    return start + _STEPS[interval]


def studio_zone(organization_id: int) -> ZoneInfo:
    return ZoneInfo(db.session.get(Organization, organization_id).timezone)


def lock_membership(organization_id: int, **where: Any) -> Membership | None:
    stmt = sa.select(Membership).where(Membership.organization_id == organization_id).with_for_update()
    for column, value in where.items():
        stmt = stmt.where(getattr(Membership, column) == value)
    return db.session.execute(stmt).scalar_one_or_none()


def label(membership: Membership) -> str:
    client = db.session.get(Client, membership.client_id)
    product = db.session.get(Product, membership.product_id)
    return f"{product.name} for {client.first_name} {client.last_name}"


def period_invoice(membership: Membership, start: date) -> Invoice | None:
    return db.session.execute(
        sa.select(Invoice)
        .where(
            Invoice.membership_id == membership.id,
            Invoice.period_start == start,
            Invoice.kind == "invoice",
            Invoice.status != "void",
        )
        .order_by(Invoice.id)
        .limit(1)
    ).scalar_one_or_none()


def _day(value: date) -> str:
    return f"{value:%a} {value.day} {value:%b %Y}"


def stripe_id(value: str | dict[str, Any]) -> str:
    return value["id"] if isinstance(value, dict) else value


# Keeping in step


def sync_invoice(*, organization_id: int, stripe_invoice: dict[str, Any], failed: bool = False) -> Invoice | None:
    """Our invoice for a subscription's Stripe invoice, made or linked, paid when Stripe's is; None if not ours."""
    subscription_id = _subscription_of(stripe_invoice)
    if not subscription_id or stripe_invoice.get("status") == "draft":
        return None  # a draft asks nothing yet; Stripe finalises it (and tells us) before charging
    membership = lock_membership(organization_id, stripe_subscription_id=stripe_id(subscription_id))
    if membership is None:
        return None
    invoice = db.session.execute(
        sa.select(Invoice).where(
            Invoice.organization_id == organization_id, Invoice.stripe_invoice_id == stripe_invoice["id"]
        )
    ).scalar_one_or_none()
    if invoice is None:
        if stripe_invoice.get("status") == "void":
            return None
        invoice = _place(membership, stripe_invoice)
    from fitnesscrm.billing.invoices.payments import record_failed_payment, record_payment

    payment_intent = _payment_intent(organization_id, stripe_invoice)
    if stripe_invoice.get("status") == "paid" and invoice.status == "open" and invoice.amount_due > 0:
        record_payment(
            actor=None,
            organization_id=organization_id,
            invoice_id=invoice.id,
            amount=min(int(stripe_invoice.get("amount_paid") or 0) or invoice.amount_due, invoice.amount_due),
            method="stripe",
            reference=payment_intent["id"] if payment_intent else stripe_invoice["id"],
            received_at=_paid_at(stripe_invoice),
            stripe_payment_intent_id=payment_intent["id"] if payment_intent else None,
            stripe_charge_id=stripe_id(payment_intent["latest_charge"]) if payment_intent and payment_intent.get(
                "latest_charge") else None,
        )  # fmt: skip
    elif stripe_invoice.get("status") == "open" and invoice.status == "open" and payment_intent:
        attempt = f"{payment_intent['id']} attempt {stripe_invoice.get('attempt_count') or 1}"
        declined = payment_intent.get("last_payment_error") is not None
        if (failed or declined) and not _failure_recorded(invoice, attempt):
            record_failed_payment(
                actor=None,
                organization_id=organization_id,
                invoice_id=invoice.id,
                amount=invoice.amount_due,
                method="stripe",
                reason=failure_reason(payment_intent),
                reference=attempt,
            )
    return invoice


def _subscription_of(stripe_invoice: dict[str, Any]) -> str | None:
    """The invoice's subscription: `parent.subscription_details` since API 2025-03-31, `subscription` before."""
    details = (stripe_invoice.get("parent") or {}).get("subscription_details") or {}
    value = details.get("subscription") or stripe_invoice.get("subscription")
    return stripe_id(value) if value else None


def _payment_intent(organization_id: int, stripe_invoice: dict[str, Any]) -> dict[str, Any] | None:
    """The PaymentIntent that charged (or tried to charge) the invoice, where the invoice names it."""
    value = stripe_invoice.get("payment_intent")
    if not value:
        # Since API 2025-03-31 an invoice lists its payments instead (when they are expanded).
        payments = ((stripe_invoice.get("payments") or {}).get("data")) or []
        found = [(item.get("payment") or {}).get("payment_intent") for item in payments]
        value = next((intent for intent in reversed(found) if intent), None)
    if not value:
        return None
    if isinstance(value, dict):
        return value
    return gateway.retrieve_payment_intent(organization_id=organization_id, payment_intent_id=value)


def _paid_at(stripe_invoice: dict[str, Any]) -> datetime:
    moment = (stripe_invoice.get("status_transitions") or {}).get("paid_at") or stripe_invoice.get("created")
    return datetime.fromtimestamp(int(moment), UTC) if moment else datetime.now(UTC)


def _failure_recorded(invoice: Invoice, reference: str) -> bool:
    return db.session.execute(
        sa.select(
            sa.exists().where(
                Payment.invoice_id == invoice.id, Payment.status == "failed", Payment.reference == reference
            )
        )
    ).scalar()


def _place(membership: Membership, stripe_invoice: dict[str, Any]) -> Invoice:
    """Link a new Stripe invoice to the period it bills: the first period from the current one not yet billed."""
    start = membership.current_period_start
    while True:
        existing = period_invoice(membership, start)
        if existing is None:
            return _renew(membership, start, stripe_invoice)
        if existing.stripe_invoice_id is None and existing.status == "open":
            existing.stripe_invoice_id = stripe_invoice["id"]
            db.session.flush()
            return existing
        start = existing.period_end or period_end(start, membership.interval)


def _renew(membership: Membership, start: date, stripe_invoice: dict[str, Any]) -> Invoice:
    """Invoice a new period of the membership (linked to Stripe's invoice) and move the membership into it."""
    from fitnesscrm.billing.invoices.service import LineInput, create_invoice

    product = db.session.get(Product, membership.product_id)
    end = period_end(start, membership.interval)
    invoice = create_invoice(
        actor=None,
        organization_id=membership.organization_id,
        client_id=membership.client_id,
        lines=[
            LineInput(
                description=f"{product.name}, {_day(start)} to {_day(end - timedelta(days=1))}",
                unit_price=membership.price,
                product_id=product.id,
                tax_rate_id=product.tax_rate_id,
            )
        ],
        membership_id=membership.id,
        period_start=start,
        period_end=end,
        finalise=True,
    )
    invoice = db.session.execute(sa.select(Invoice).where(Invoice.id == invoice.id).with_for_update()).scalar_one()
    invoice.stripe_invoice_id = stripe_invoice["id"]
    membership = lock_membership(membership.organization_id, id=membership.id)
    if start > membership.current_period_start:
        before = f"{_day(membership.current_period_start)} to {_day(membership.current_period_end - timedelta(days=1))}"
        membership.current_period_start, membership.current_period_end = start, end
        if membership.sessions_per_period:
            _grant_period_credits(membership, product, invoice)
        events.record(
            MembershipRenewed(
                organization_id=membership.organization_id,
                actor=None,
                entity_id=membership.id,
                client_id=membership.client_id,
                label=label(membership),
                changes={"period": {"before": before, "after": f"{_day(start)} to {_day(end - timedelta(days=1))}"}},
            )
        )
    db.session.flush()
    return invoice


def _grant_period_credits(membership: Membership, product: Product, invoice: Invoice) -> None:
    from fitnesscrm.billing.credits.service import grant

    expires = datetime.combine(membership.current_period_end, time(), studio_zone(membership.organization_id))
    grant(
        actor=None,
        organization_id=membership.organization_id,
        client_id=membership.client_id,
        quantity=membership.sessions_per_period,
        session_kinds=list(product.session_kinds),
        expires_at=expires.astimezone(UTC),
        product_id=product.id,
        membership_id=membership.id,
        invoice_id=invoice.id,
    )


def sync_subscription(*, organization_id: int, subscription: dict[str, Any]) -> Membership | None:
    """Follow Stripe's subscription: past due, notice given (cancel at period end), cancelled. Never revived."""
    membership = lock_membership(organization_id, stripe_subscription_id=subscription["id"])
    if membership is None or membership.status in ("cancelled", "ended"):
        return membership
    before = {"status": membership.status, "ends_on": membership.ends_on}
    status = subscription.get("status")
    zone = studio_zone(organization_id)
    now = datetime.now(UTC)
    if status in ENDED:
        ended = subscription.get("ended_at") or subscription.get("canceled_at")
        membership.status = "cancelled"
        membership.ends_on = datetime.fromtimestamp(int(ended), UTC).astimezone(zone).date() if ended else now.date()
        membership.cancel_requested_at = membership.cancel_requested_at or now
    elif status == "past_due" and membership.status == "active":
        membership.status = "past_due"
        membership.past_due_since = membership.past_due_since or now
    elif subscription.get("cancel_at_period_end") and membership.ends_on is None:
        membership.ends_on = membership.current_period_end - timedelta(days=1)
        membership.cancel_requested_at = membership.cancel_requested_at or now
    after = {"status": membership.status, "ends_on": membership.ends_on}
    changes = {
        field: {"before": _readable(before[field]), "after": _readable(after[field])}
        for field in before
        if before[field] != after[field]
    }
    if changes:
        events.record(
            MembershipChanged(
                organization_id=organization_id,
                actor=None,
                entity_id=membership.id,
                client_id=membership.client_id,
                label=label(membership),
                changes=changes,
            )
        )
    db.session.flush()
    return membership


def _readable(value: Any) -> Any:
    if isinstance(value, date):
        return _day(value)
    return value.replace("_", " ") if isinstance(value, str) else value
