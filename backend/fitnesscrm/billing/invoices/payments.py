"""Payments and refunds: money received against an invoice, by hand or through Stripe, and given back.

A payment locks its invoice's row first, so two payments (a cash payment at the desk and a card
payment arriving by webhook) never both fit into what was due. Stripe payments are idempotent on
their PaymentIntent: the same one recorded twice is one payment. A Stripe refund is made at
Stripe first; if Stripe refuses, nothing is written here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from fitnesscrm.billing import money, payment_methods
from fitnesscrm.billing.events import PaymentFailed, PaymentRecorded, PaymentRefunded
from fitnesscrm.billing.invoices.state import locked, outstanding, settle_if_nothing_due, studio_zone
from fitnesscrm.billing.models import PAYMENT_METHODS, Invoice, Payment, Refund
from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal, Role, scoped
from fitnesscrm.errors import Conflict, NotFound, ValidationError
from fitnesscrm.extensions import db


def _check_amount(amount: Any) -> None:
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise ValidationError(
            "The amount must be a positive whole number of minor units.", fields={"amount": ["Must be above 0."]}
        )


def _check_method(method: str) -> None:
    if method not in PAYMENT_METHODS:
        raise ValidationError("Unknown payment method.", fields={"method": [f"One of {', '.join(PAYMENT_METHODS)}."]})


def _payment_label(payment: Payment, invoice: Invoice) -> str:
    """ "$12.50 by cash for INV-2026-000123 (Jane Doe)"."""
    amount = money.format_money(payment.amount, payment.currency)
    how = payment_methods.how_paid(payment.method)
    return f"{amount}{f' {how}' if how else ''} for {invoice.number} ({invoice.client.full_name})"


def _record(event_type, actor: Principal | None, payment: Payment, invoice: Invoice, changes, **extra) -> None:
    events.record(
        event_type(
            organization_id=payment.organization_id, actor=actor, entity_id=payment.id,
            label=_payment_label(payment, invoice), changes=changes, client_id=payment.client_id,
            invoice_id=invoice.id, amount=payment.amount, currency=payment.currency, **extra,
        )
    )  # fmt: skip


def _by_intent(organization_id: int, payment_intent_id: str | None) -> Payment | None:
    if not payment_intent_id:
        return None
    return db.session.scalars(
        sa.select(Payment)
        .where(Payment.organization_id == organization_id, Payment.stripe_payment_intent_id == payment_intent_id)
        .execution_options(populate_existing=True)
    ).one_or_none()


def record_payment(
    *,
    actor: Principal | None,
    organization_id: int,
    invoice_id: int,
    amount: int,
    method: str,
    reference: str | None = None,
    received_at: datetime | None = None,
    stripe_payment_intent_id: str | None = None,
    stripe_charge_id: str | None = None,
    currency: str | None = None,
) -> Payment:
    """Record money received against an open (or written-off) invoice, and commit; paid when nothing is left due.

    The same `stripe_payment_intent_id` twice answers the first payment and writes nothing. A
    payment on a draft or void invoice, or larger than what is due, is a 409 with nothing written;
    a `currency` other than the invoice's is a 422.
    """
    _check_amount(amount)
    _check_method(method)
    invoice = locked(organization_id=organization_id, invoice_id=invoice_id)
    # Looked up after the invoice's lock: a concurrent delivery of the same PaymentIntent has committed by now.
    existing = _by_intent(organization_id, stripe_payment_intent_id)
    if existing is not None and existing.status == "succeeded":
        return existing
    if currency is not None and currency.upper() != invoice.currency:
        raise ValidationError(
            f"{invoice.number} is in {invoice.currency}, not {currency.upper()}.",
            fields={"currency": [f"Must be {invoice.currency}."]},
        )
    if invoice.kind != "invoice" or invoice.status not in ("open", "uncollectible"):
        state = "a draft" if invoice.status == "draft" else f"{invoice.status}"
        raise Conflict(f"{invoice.number or 'This invoice'} is {state} and takes no payments.", code="not_payable")
    due = outstanding(invoice)
    if amount > due:
        raise Conflict(
            f"{money.format_money(amount, invoice.currency)} is more than the "
            f"{money.format_money(due, invoice.currency)} due on {invoice.number}.",
            code="overpayment",
        )
    payment = existing or Payment(organization_id=organization_id, invoice_id=invoice.id, client_id=invoice.client_id)
    payment.amount, payment.currency, payment.method, payment.status = amount, invoice.currency, method, "succeeded"
    payment.reference, payment.failure_message = reference, None
    payment.received_at = received_at or datetime.now(UTC)
    payment.stripe_payment_intent_id, payment.stripe_charge_id = stripe_payment_intent_id, stripe_charge_id
    payment.created_by_id = actor.user_id if actor else None
    db.session.add(payment)
    invoice.amount_paid += amount
    if stripe_payment_intent_id and invoice.stripe_payment_intent_id is None:
        invoice.stripe_payment_intent_id = stripe_payment_intent_id
    db.session.flush()
    _record(
        PaymentRecorded, actor, payment, invoice,
        {"amount": {"before": None, "after": money.format_money(amount, invoice.currency)},
         "method": {"before": None, "after": payment_methods.name(method)},
         **({"reference": {"before": None, "after": reference}} if reference else {})},
    )  # fmt: skip
    settle_if_nothing_due(actor, invoice)
    db.session.commit()
    return payment


def record_failed_payment(
    *,
    actor: Principal | None,
    organization_id: int,
    invoice_id: int,
    amount: int,
    reason: str,
    method: str = "stripe",
    reference: str | None = None,
    stripe_payment_intent_id: str | None = None,
    stripe_charge_id: str | None = None,
    received_at: datetime | None = None,
) -> Payment:
    """Keep a failed attempt to pay an invoice (event `PaymentFailed`, which dunning follows), and commit.

    A PaymentIntent that already succeeded stays succeeded: a late failure changes nothing.
    The same PaymentIntent failing again updates its row and records the failure again.
    """
    _check_amount(amount)
    _check_method(method)
    invoice = locked(organization_id=organization_id, invoice_id=invoice_id)
    existing = _by_intent(organization_id, stripe_payment_intent_id)
    if existing is not None and existing.status == "succeeded":
        return existing
    payment = existing or Payment(organization_id=organization_id, invoice_id=invoice.id, client_id=invoice.client_id)
    payment.amount, payment.currency, payment.method, payment.status = amount, invoice.currency, method, "failed"
    payment.failure_message = (reason or "The payment failed.")[:500]
    payment.reference = reference
    payment.received_at = received_at or datetime.now(UTC)
    payment.stripe_payment_intent_id, payment.stripe_charge_id = stripe_payment_intent_id, stripe_charge_id
    db.session.add(payment)
    db.session.flush()
    _record(
        PaymentFailed, actor, payment, invoice,
        {"status": {"before": None, "after": "failed"}, "reason": {"before": None, "after": payment.failure_message}},
        reason=payment.failure_message,
    )  # fmt: skip
    db.session.commit()
    return payment


def refund(*, actor: Principal, payment_id: int, amount: int, reason: str) -> Refund:
    """Give back part or all of a payment (owner, admin), at Stripe first for a Stripe payment; commits.

    Never more than what is left of the payment; if Stripe refuses, nothing is written.
    """
    actor.require(Role.OWNER, Role.ADMIN)
    _check_amount(amount)
    if not (reason or "").strip():
        raise ValidationError("Say why the money is given back.", fields={"reason": ["Required."]})
    payment = db.session.scalars(
        scoped(Payment, actor)
        .where(Payment.id == payment_id)
        .options(joinedload(Payment.invoice).joinedload(Invoice.client))
        .with_for_update(of=Payment)
        .execution_options(populate_existing=True)
    ).one_or_none()
    if payment is None:
        raise NotFound("No such payment.")
    if payment.status != "succeeded":
        raise Conflict("Only a payment that succeeded can be refunded.", code="not_refundable")
    left = payment.amount - payment.amount_refunded
    if amount > left:
        raise ValidationError(
            f"At most {money.format_money(left, payment.currency)} of this payment is left to refund.",
            fields={"amount": [f"At most {left}."]},
        )
    stripe_refund_id = None
    if payment.method == "stripe" and payment.stripe_payment_intent_id:
        from fitnesscrm.billing.stripe import gateway  # part C's adapter, the only code that speaks to Stripe

        try:
            stripe_refund_id = gateway.refund(
                organization_id=payment.organization_id, payment_intent_id=payment.stripe_payment_intent_id,
                amount=amount, reason=reason,
            )  # fmt: skip
        except gateway.StripeError as error:
            raise Conflict(str(error) or "Stripe refused the refund.", code="stripe_refund_failed") from error
    row = Refund(
        organization_id=payment.organization_id, payment_id=payment.id, amount=amount, reason=reason.strip(),
        stripe_refund_id=stripe_refund_id, created_by_id=actor.user_id,
    )  # fmt: skip
    db.session.add(row)
    before = money.format_money(payment.amount_refunded, payment.currency)
    payment.amount_refunded += amount
    db.session.flush()
    _record(
        PaymentRefunded, actor, payment, payment.invoice,
        {"amount_refunded": {"before": before, "after": money.format_money(payment.amount_refunded, payment.currency)},
         "reason": {"before": None, "after": row.reason}},
        reason=row.reason,
    )  # fmt: skip
    db.session.commit()
    return row


def visible(actor: Principal) -> sa.Select:
    """`select(Payment)` limited to what `actor` may read: managers all, trainers their clients', clients their own."""
    stmt = scoped(Payment, actor)
    if actor.role == Role.TRAINER:
        stmt = stmt.where(Payment.client_id.in_(clients.visible(actor).with_only_columns(Client.id)))
    elif actor.role == Role.CLIENT:
        stmt = stmt.where(Payment.client_id == actor.client_id)
    return stmt


def get_all(
    *,
    actor: Principal,
    page: int = 1,
    per_page: int = 25,
    client_id: int | None = None,
    invoice_id: int | None = None,
    method: str | None = None,
    status: str | None = None,
    received_from: date | None = None,
    received_to: date | None = None,
) -> Page:
    """One page of payments, the latest first, with client and invoice number: two statements."""
    stmt = visible(actor)
    if client_id is not None:
        stmt = stmt.where(Payment.client_id == client_id)
    if invoice_id is not None:
        stmt = stmt.where(Payment.invoice_id == invoice_id)
    if method:
        stmt = stmt.where(Payment.method == method)
    if status:
        stmt = stmt.where(Payment.status == status)
    if received_from is not None or received_to is not None:
        zone = studio_zone(actor.organization_id)
        if received_from is not None:
            stmt = stmt.where(Payment.received_at >= datetime.combine(received_from, datetime.min.time(), zone))
        if received_to is not None:
            stmt = stmt.where(
                Payment.received_at < datetime.combine(received_to + timedelta(days=1), datetime.min.time(), zone)
            )
    stmt = stmt.options(joinedload(Payment.client), joinedload(Payment.invoice)).order_by(
        Payment.received_at.desc(), Payment.id.desc()
    )
    return paginate(stmt, page=page, per_page=per_page)


def record_by_staff(*, actor: Principal, invoice_id: int, **fields: Any) -> Payment:
    """A payment taken at the desk or by bank transfer, recorded by an owner or admin."""
    actor.require(Role.OWNER, Role.ADMIN)
    if not db.session.scalar(scoped(Invoice, actor).where(Invoice.id == invoice_id).with_only_columns(Invoice.id)):
        raise NotFound("No such invoice.")
    payment = record_payment(actor=actor, organization_id=actor.organization_id, invoice_id=invoice_id, **fields)
    return get_payment(actor=actor, payment_id=payment.id)


def get_payment(*, actor: Principal, payment_id: int) -> Payment:
    """One payment the caller may read, with its client and invoice, or NotFound."""
    payment = db.session.scalars(
        visible(actor).where(Payment.id == payment_id).options(joinedload(Payment.client), joinedload(Payment.invoice))
    ).one_or_none()
    if payment is None:
        raise NotFound("No such payment.")
    return payment
