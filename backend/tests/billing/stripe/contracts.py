"""Stand-ins for the functions parts A and B provide, used only while those packages are absent.

The Stripe part calls `billing.settings.service` (the studio's keys), `billing.invoices.service`
(`create_invoice`, `LineInput`), `billing.invoices.payments` (`record_payment`,
`record_failed_payment`) and `billing.credits.service.grant`, each written in parallel on its own
branch. `install()` puts a minimal module in `sys.modules` for each one that cannot be imported,
following the contract in the brief (idempotent on the PaymentIntent, refusing more than is due,
events recorded). Once the real packages are merged, nothing here is used and the same tests run
against them.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

import sqlalchemy as sa

SHIMMED: list[str] = []


def _missing(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is None
    except ModuleNotFoundError:
        return True


def _module(name: str, **attributes) -> None:
    parent_name, _, child = name.rpartition(".")
    if parent_name not in sys.modules:
        sys.modules[parent_name] = types.ModuleType(parent_name)
        sys.modules[parent_name].__path__ = []
    module = types.ModuleType(name)
    module.__dict__.update(attributes)
    sys.modules[name] = module
    setattr(sys.modules[parent_name], child, module)
    SHIMMED.append(name)


# billing.settings.service


def get_settings(organization_id: int):
    from fitnesscrm.billing.models import BillingSettings
    from fitnesscrm.extensions import db

    settings = db.session.get(BillingSettings, organization_id)
    if settings is None:
        settings = BillingSettings(organization_id=organization_id)
        db.session.add(settings)
        db.session.flush()
    return settings


def stripe_secret_key(organization_id: int) -> str | None:
    from fitnesscrm.core.crypto import decrypt

    token = get_settings(organization_id).stripe_secret_key_encrypted
    return decrypt(token) if token else None


def stripe_webhook_secret(organization_id: int) -> str | None:
    from fitnesscrm.core.crypto import decrypt

    token = get_settings(organization_id).stripe_webhook_secret_encrypted
    return decrypt(token) if token else None


# billing.invoices.service


@dataclass(frozen=True)
class LineInput:
    description: str
    unit_price: int
    quantity: int = 1
    product_id: int | None = None
    session_id: int | None = None
    tax_rate_id: int | None = None


def create_invoice(
    *,
    actor,
    organization_id: int,
    client_id: int,
    lines: Sequence[LineInput],
    discount_id=None,
    due_on: date | None = None,
    notes: str | None = None,
    membership_id: int | None = None,
    period_start: date | None = None,
    period_end: date | None = None,
    finalise: bool = False,
):
    from fitnesscrm.billing import money
    from fitnesscrm.billing.models import Invoice, InvoiceLine, TaxRate
    from fitnesscrm.extensions import db

    invoice = Invoice(
        organization_id=organization_id,
        client_id=client_id,
        currency=get_settings(organization_id).currency,
        membership_id=membership_id,
        period_start=period_start,
        period_end=period_end,
        due_on=due_on,
        notes=notes,
    )
    rows = []
    for position, line in enumerate(lines):
        rate = db.session.get(TaxRate, line.tax_rate_id) if line.tax_rate_id else None
        rows.append(
            InvoiceLine(
                organization_id=organization_id,
                position=position,
                description=line.description,
                quantity=line.quantity,
                unit_price=line.unit_price,
                discount=0,
                product_id=line.product_id,
                tax_name=rate.name if rate else None,
                tax_basis_points=rate.basis_points if rate else 0,
                tax_inclusive=rate.inclusive if rate else False,
            )
        )
    totals = money.apply_totals(rows)
    invoice.subtotal, invoice.discount_total = totals.subtotal, totals.discount_total
    invoice.tax_total, invoice.total = totals.tax_total, totals.total
    invoice.lines = rows
    if finalise:
        year = datetime.now(UTC).year
        count = db.session.execute(
            sa.select(sa.func.count()).select_from(Invoice).where(Invoice.organization_id == organization_id)
        ).scalar()
        invoice.number, invoice.status, invoice.issued_on = f"INV-{year}-{count + 1:06d}", "open", date.today()
    invoice.amount_paid = invoice.amount_credited = 0
    db.session.add(invoice)
    db.session.commit()
    return invoice


# billing.invoices.payments


def record_payment(
    *,
    actor,
    organization_id: int,
    invoice_id: int,
    amount: int,
    method: str,
    reference: str | None = None,
    received_at: datetime | None = None,
    stripe_payment_intent_id: str | None = None,
    stripe_charge_id: str | None = None,
):
    from fitnesscrm.billing.events import InvoicePaid, PaymentRecorded
    from fitnesscrm.billing.models import Invoice, Payment
    from fitnesscrm.core import events
    from fitnesscrm.errors import Conflict
    from fitnesscrm.extensions import db

    if stripe_payment_intent_id:
        existing = db.session.execute(
            sa.select(Payment).where(Payment.stripe_payment_intent_id == stripe_payment_intent_id)
        ).scalar_one_or_none()
        if existing is not None:
            return existing
    invoice = db.session.execute(
        sa.select(Invoice).where(Invoice.id == invoice_id, Invoice.organization_id == organization_id).with_for_update()
    ).scalar_one()
    if invoice.status != "open" or amount > invoice.amount_due:
        raise Conflict("This payment is more than the invoice asks for.", code="overpayment")
    payment = Payment(
        organization_id=organization_id,
        invoice_id=invoice.id,
        client_id=invoice.client_id,
        amount=amount,
        currency=invoice.currency,
        method=method,
        reference=reference,
        received_at=received_at or datetime.now(UTC),
        stripe_payment_intent_id=stripe_payment_intent_id,
        stripe_charge_id=stripe_charge_id,
    )
    db.session.add(payment)
    invoice.amount_paid += amount
    db.session.flush()
    common = {"organization_id": organization_id, "actor": actor, "client_id": invoice.client_id}
    events.record(
        PaymentRecorded(
            **common, entity_id=payment.id, label=invoice.number, invoice_id=invoice.id, amount=amount,
            currency=invoice.currency,
        )
    )  # fmt: skip
    if invoice.amount_due == 0:
        invoice.status, invoice.paid_at = "paid", datetime.now(UTC)
        events.record(InvoicePaid(**common, entity_id=invoice.id, label=invoice.number))
    db.session.commit()
    return payment


def record_failed_payment(
    *,
    actor,
    organization_id: int,
    invoice_id: int,
    amount: int,
    method: str,
    reason: str,
    reference: str | None = None,
    stripe_payment_intent_id: str | None = None,
):
    from fitnesscrm.billing.events import PaymentFailed
    from fitnesscrm.billing.models import Invoice, Payment
    from fitnesscrm.core import events
    from fitnesscrm.extensions import db

    invoice = db.session.get(Invoice, invoice_id)
    payment = Payment(
        organization_id=organization_id,
        invoice_id=invoice.id,
        client_id=invoice.client_id,
        amount=amount,
        currency=invoice.currency,
        method=method,
        status="failed",
        reference=reference,
        received_at=datetime.now(UTC),
        failure_message=reason,
        stripe_payment_intent_id=stripe_payment_intent_id,
    )
    db.session.add(payment)
    db.session.flush()
    events.record(
        PaymentFailed(
            organization_id=organization_id, actor=actor, client_id=invoice.client_id, entity_id=payment.id,
            label=invoice.number, invoice_id=invoice.id, amount=amount, currency=invoice.currency, reason=reason,
        )
    )  # fmt: skip
    db.session.commit()
    return payment


# billing.credits.service


def grant(
    *,
    actor,
    organization_id: int,
    client_id: int,
    quantity: int,
    session_kinds: list[str],
    expires_at: datetime,
    product_id: int | None = None,
    membership_id: int | None = None,
    invoice_id: int | None = None,
    note: str | None = None,
):
    from fitnesscrm.billing.models import CreditEntry
    from fitnesscrm.extensions import db

    entry = CreditEntry(
        organization_id=organization_id, client_id=client_id, kind="grant", quantity=quantity,
        session_kinds=session_kinds, expires_at=expires_at, product_id=product_id, membership_id=membership_id,
        invoice_id=invoice_id, note=note,
    )  # fmt: skip
    db.session.add(entry)
    db.session.flush()
    return entry


def install() -> None:
    """Put a stand-in module in place of each contract module that does not exist on this branch."""
    if _missing("fitnesscrm.billing.settings.service"):
        _module(
            "fitnesscrm.billing.settings.service",
            get_settings=get_settings,
            stripe_secret_key=stripe_secret_key,
            stripe_webhook_secret=stripe_webhook_secret,
        )
    if _missing("fitnesscrm.billing.invoices.service"):
        _module("fitnesscrm.billing.invoices.service", LineInput=LineInput, create_invoice=create_invoice)
    if _missing("fitnesscrm.billing.invoices.payments"):
        _module(
            "fitnesscrm.billing.invoices.payments",
            record_payment=record_payment,
            record_failed_payment=record_failed_payment,
        )
    if _missing("fitnesscrm.billing.credits.service"):
        _module("fitnesscrm.billing.credits.service", grant=grant)
