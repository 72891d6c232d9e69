"""Paying one invoice through a PaymentIntent: in the browser with Stripe's Payment Element, or a saved card.

The payment is recorded by `billing.invoices.payments.record_payment` when Stripe says the
PaymentIntent succeeded (the webhook, or at once when a saved card is charged); that function is
idempotent on the PaymentIntent's id, so both paths together record it once.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from flask import current_app

from fitnesscrm.billing.models import Invoice, SavedCard
from fitnesscrm.billing.stripe import cards, customers, gateway
from fitnesscrm.clients.models import Client
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.errors import Conflict, NotFound
from fitnesscrm.extensions import db

# Who may pay an invoice online: the client who owes it, and the studio's managers (on the client's card).
PAYERS = (Role.OWNER, Role.ADMIN, Role.CLIENT)
# A PaymentIntent still waiting for the browser can be handed out again instead of making another.
REUSABLE = ("requires_payment_method", "requires_confirmation", "requires_action")


def _invoice(actor: Principal, invoice_id: int) -> Invoice:
    actor.require(*PAYERS)
    stmt = (
        sa.select(Invoice)
        .where(Invoice.id == invoice_id, Invoice.organization_id == actor.organization_id)
        .with_for_update()
    )
    if actor.role == Role.CLIENT:
        stmt = stmt.where(Invoice.client_id == actor.client_id, Invoice.status != "draft")
    invoice = db.session.execute(stmt).scalar_one_or_none()
    if invoice is None:
        raise NotFound("No such invoice.")
    return invoice


def start(*, actor: Principal, invoice_id: int, card_id: int | None = None) -> dict[str, Any]:
    """A PaymentIntent for what the invoice still asks for; with `card_id`, that saved card is charged now."""
    invoice = _invoice(actor, invoice_id)
    if invoice.kind != "invoice" or invoice.status != "open" or invoice.amount_due <= 0:
        raise Conflict("This invoice has nothing left to pay.", code="nothing_due")
    if invoice.stripe_invoice_id:
        # A second charge beside the one Stripe keeps trying would take the money twice.
        raise Conflict(
            "This invoice is charged by the membership's Stripe subscription; make the card to use the default "
            "and it is tried again.",
            code="charged_by_subscription",
        )
    client = db.session.get(Client, invoice.client_id)
    customer_id = customers.ensure(client=client)
    card = _saved_card(client, card_id) if card_id is not None else None
    reused = None if card else _reusable_intent(invoice)
    if reused:
        intent = reused
    else:
        intent = gateway.create_payment_intent(
            organization_id=invoice.organization_id,
            amount=invoice.amount_due,
            currency=invoice.currency,
            customer_id=customer_id,
            metadata={"organization_id": str(invoice.organization_id), "invoice_id": str(invoice.id)},
            payment_method_id=card.stripe_payment_method_id if card else None,
        )
        invoice.stripe_payment_intent_id = intent.id
    db.session.commit()
    if card and intent.status == "succeeded":
        sync_payment_intent(
            organization_id=invoice.organization_id,
            payment_intent=gateway.retrieve_payment_intent(
                organization_id=invoice.organization_id, payment_intent_id=intent.id
            ),
        )
    return {
        "payment_intent_id": intent.id,
        "client_secret": intent.client_secret,
        "status": intent.status,
        "amount": invoice.amount_due if not (card and intent.status == "succeeded") else 0,
        "currency": invoice.currency,
        "publishable_key": cards.publishable_key(invoice.organization_id),
        "stripe_js_url": current_app.config["STRIPE_JS_URL"],
    }


def _saved_card(client: Client, card_id: int) -> SavedCard:
    card = db.session.execute(
        sa.select(SavedCard).where(SavedCard.id == card_id, SavedCard.client_id == client.id)
    ).scalar_one_or_none()
    if card is None:
        raise NotFound("No such card.")
    return card


def _reusable_intent(invoice: Invoice) -> gateway.Intent | None:
    if not invoice.stripe_payment_intent_id:
        return None
    current = gateway.retrieve_payment_intent(
        organization_id=invoice.organization_id, payment_intent_id=invoice.stripe_payment_intent_id
    )
    if current.get("status") in REUSABLE and current.get("amount") == invoice.amount_due:
        return gateway.Intent(id=current["id"], client_secret=current["client_secret"], status=current["status"])
    return None


def _invoice_for(organization_id: int, payment_intent: dict[str, Any]) -> Invoice | None:
    metadata = payment_intent.get("metadata") or {}
    conditions = [Invoice.stripe_payment_intent_id == payment_intent["id"]]
    if str(metadata.get("invoice_id", "")).isdigit():
        conditions.append(Invoice.id == int(metadata["invoice_id"]))
    return db.session.execute(
        sa.select(Invoice).where(Invoice.organization_id == organization_id, sa.or_(*conditions)).limit(1)
    ).scalar_one_or_none()


def _charge_id(payment_intent: dict[str, Any]) -> str | None:
    charge = payment_intent.get("latest_charge")
    return charge.get("id") if isinstance(charge, dict) else charge


def failure_reason(payment_intent: dict[str, Any]) -> str:
    error = payment_intent.get("last_payment_error") or {}
    message = (error.get("message") or "").strip().rstrip(".")
    return f"{message}." if message else "The card payment did not go through."


def sync_payment_intent(*, organization_id: int, payment_intent: dict[str, Any]) -> None:
    """Bring our records in step with a PaymentIntent for one of our invoices (subscription ones are the invoice's)."""
    if payment_intent.get("invoice"):
        return  # a subscription invoice's charge: billing.stripe.subscriptions follows the invoice itself
    invoice = _invoice_for(organization_id, payment_intent)
    if invoice is None:
        return
    from fitnesscrm.billing.invoices.payments import record_failed_payment, record_payment

    status = payment_intent.get("status")
    if status == "succeeded":
        record_payment(
            actor=None,
            organization_id=organization_id,
            invoice_id=invoice.id,
            amount=int(payment_intent.get("amount_received") or payment_intent["amount"]),
            method="stripe",
            reference=payment_intent["id"],
            received_at=_when(payment_intent),
            stripe_payment_intent_id=payment_intent["id"],
            stripe_charge_id=_charge_id(payment_intent),
        )
    elif status == "requires_payment_method" and payment_intent.get("last_payment_error"):
        record_failed_payment(
            actor=None,
            organization_id=organization_id,
            invoice_id=invoice.id,
            amount=int(payment_intent["amount"]),
            method="stripe",
            reason=failure_reason(payment_intent),
            reference=payment_intent["id"],
            stripe_payment_intent_id=payment_intent["id"],
        )


def _when(stripe_object: dict[str, Any]) -> datetime:
    created = stripe_object.get("created")
    return datetime.fromtimestamp(int(created), UTC) if created else datetime.now(UTC)
