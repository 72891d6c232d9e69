"""Comparing our Stripe payments and refunds with Stripe's own for a range of days, as sentences.

Days are the studio's (its zone), both ends included. A payment of ours is matched to a Stripe
PaymentIntent by its id, a refund by the refund's id; amounts must agree. Each difference is one
sentence naming the client, the amount, the day and the invoice number, with Stripe's id at the end
so the owner can find it in Stripe's dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from fitnesscrm.billing.models import BillingSettings, Invoice, Payment, Refund
from fitnesscrm.billing.money import format_money
from fitnesscrm.billing.stripe import customers, gateway
from fitnesscrm.clients.models import Client
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization


@dataclass(frozen=True)
class Report:
    organization: str
    first_day: date
    last_day: date
    differences: list[str]

    def heading(self) -> str:
        span = f"{_day(self.first_day)} to {_day(self.last_day)}"
        if not self.differences:
            return f"{self.organization}: FitnessCRM and Stripe agree from {span}."
        count = len(self.differences)
        return f"{self.organization}: {count} difference{'' if count == 1 else 's'} with Stripe from {span}:"


def _day(value: date | datetime) -> str:
    return f"{value:%a} {value.day} {value:%b %Y}"


def organizations_with_stripe(organization_id: int | None = None) -> list[int]:
    stmt = sa.select(BillingSettings.organization_id).where(BillingSettings.stripe_secret_key_encrypted.is_not(None))
    if organization_id is not None:
        stmt = stmt.where(BillingSettings.organization_id == organization_id)
    return list(db.session.execute(stmt.order_by(BillingSettings.organization_id)).scalars())


def reconcile(*, organization_id: int, first_day: date, last_day: date) -> Report:
    """Every difference between our Stripe payments and refunds and Stripe's, for days in the studio's zone."""
    organization = db.session.get(Organization, organization_id)
    zone = ZoneInfo(organization.timezone)
    start = datetime.combine(first_day, time(), zone).astimezone(UTC)
    end = datetime.combine(last_day + timedelta(days=1), time(), zone).astimezone(UTC)
    names = _Names(organization_id)
    differences = _payments(organization_id, start, end, zone, names)
    differences += _refunds(organization_id, start, end, zone, names)
    return Report(organization=organization.name, first_day=first_day, last_day=last_day, differences=differences)


class _Names:
    """Client names and invoice numbers, looked up once each."""

    def __init__(self, organization_id: int):
        self.organization_id = organization_id
        self._clients: dict[int, str] = {}

    def client(self, client_id: int | None) -> str:
        if client_id is None:
            return "a customer FitnessCRM does not know"
        if client_id not in self._clients:
            client = db.session.get(Client, client_id)
            self._clients[client_id] = f"{client.first_name} {client.last_name}" if client else "a deleted client"
        return self._clients[client_id]

    def stripe_customer(self, customer_id: str | None) -> str:
        return self.client(customers.client_for(organization_id=self.organization_id, customer_id=customer_id))


def _payments(organization_id: int, start: datetime, end: datetime, zone: ZoneInfo, names: _Names) -> list[str]:
    theirs = {
        intent["id"]: intent
        for intent in gateway.list_payment_intents(organization_id=organization_id, created_from=start, created_to=end)
        if intent.get("status") == "succeeded"
    }
    ours = db.session.execute(
        sa.select(Payment, Invoice.number)
        .join(Invoice, Invoice.id == Payment.invoice_id)
        .where(
            Payment.organization_id == organization_id,
            Payment.method == "stripe",
            Payment.status == "succeeded",
            Payment.received_at >= start,
            Payment.received_at < end,
        )
        .order_by(Payment.received_at, Payment.id)
    ).all()
    differences = []
    for payment, number in ours:
        what = (
            f"FitnessCRM records {format_money(payment.amount, payment.currency)} "
            f"from {names.client(payment.client_id)}"
            f" on {_day(payment.received_at.astimezone(zone))} against {number or 'a draft invoice'}"
        )
        intent = theirs.pop(payment.stripe_payment_intent_id or "", None)
        if intent is None:
            intent = _look_up(organization_id, payment.stripe_payment_intent_id)
            if intent is None or intent.get("status") != "succeeded":
                state = "has no such payment" if intent is None else f"shows it as {_status(intent)}"
                reference = payment.stripe_payment_intent_id or "no Stripe id"
                differences.append(f"{what}, but Stripe {state} ({reference}).")
                continue
        received = int(intent.get("amount_received") or intent.get("amount") or 0)
        if received != payment.amount:
            differences.append(
                f"{what}, but Stripe received {format_money(received, payment.currency)} ({intent['id']})."
            )
    known = _known_intents(organization_id, list(theirs))
    for intent_id, intent in theirs.items():
        if intent_id in known:
            continue  # recorded on another day (the webhook came after midnight)
        amount = format_money(int(intent.get("amount_received") or intent["amount"]), intent["currency"].upper())
        when = _day(datetime.fromtimestamp(int(intent["created"]), UTC).astimezone(zone))
        differences.append(
            f"Stripe received {amount} from {names.stripe_customer(intent.get('customer'))} on {when}, "
            f"which FitnessCRM has not recorded ({intent_id})."
        )
    return differences


def _look_up(organization_id: int, payment_intent_id: str | None) -> dict[str, Any] | None:
    if not payment_intent_id:
        return None
    try:
        return gateway.retrieve_payment_intent(organization_id=organization_id, payment_intent_id=payment_intent_id)
    except gateway.StripeError as error:
        if error.code == "stripe_not_found":
            return None
        raise


def _status(intent: dict[str, Any]) -> str:
    return str(intent.get("status") or "unknown").replace("_", " ")


def _known_intents(organization_id: int, intent_ids: list[str]) -> set[str]:
    if not intent_ids:
        return set()
    return set(
        db.session.execute(
            sa.select(Payment.stripe_payment_intent_id).where(
                Payment.organization_id == organization_id, Payment.stripe_payment_intent_id.in_(intent_ids)
            )
        ).scalars()
    )


def _refunds(organization_id: int, start: datetime, end: datetime, zone: ZoneInfo, names: _Names) -> list[str]:
    theirs = {
        refund["id"]: refund
        for refund in gateway.list_refunds(organization_id=organization_id, created_from=start, created_to=end)
        if refund.get("status") in ("succeeded", "pending")
    }
    ours = db.session.execute(
        sa.select(Refund, Payment)
        .join(Payment, Payment.id == Refund.payment_id)
        .where(
            Refund.organization_id == organization_id,
            Payment.method == "stripe",
            Refund.refunded_at >= start,
            Refund.refunded_at < end,
        )
        .order_by(Refund.refunded_at, Refund.id)
    ).all()
    differences = []
    for refund, payment in ours:
        what = (
            f"FitnessCRM records a refund of {format_money(refund.amount, payment.currency)} to "
            f"{names.client(payment.client_id)} on {_day(refund.refunded_at.astimezone(zone))}"
        )
        theirs_refund = theirs.pop(refund.stripe_refund_id or "", None)
        if theirs_refund is None:
            differences.append(f"{what}, but Stripe has no such refund in these days ({refund.stripe_refund_id}).")
        elif int(theirs_refund["amount"]) != refund.amount:
            amount = format_money(int(theirs_refund["amount"]), payment.currency)
            differences.append(f"{what}, but Stripe refunded {amount} ({refund.stripe_refund_id}).")
    known = set(
        db.session.execute(
            sa.select(Refund.stripe_refund_id).where(
                Refund.organization_id == organization_id, Refund.stripe_refund_id.in_(list(theirs) or [""])
            )
        ).scalars()
    )
    for refund_id, refund in theirs.items():
        if refund_id in known:
            continue
        amount = format_money(int(refund["amount"]), str(refund.get("currency") or "usd").upper())
        when = _day(datetime.fromtimestamp(int(refund["created"]), UTC).astimezone(zone))
        intent = _look_up(organization_id, refund.get("payment_intent"))
        whom = names.stripe_customer(intent.get("customer")) if intent else "a payment FitnessCRM does not know"
        differences.append(
            f"Stripe refunded {amount} to {whom} on {when}, which FitnessCRM has not recorded ({refund_id})."
        )
    return differences
