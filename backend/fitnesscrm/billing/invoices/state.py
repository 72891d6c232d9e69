"""An invoice's state shared by invoices, credit notes and payments: the studio's day, locking, events, settling."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from fitnesscrm.billing import money
from fitnesscrm.billing.events import InvoicePaid
from fitnesscrm.billing.models import Invoice, InvoiceLine
from fitnesscrm.core import events
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.errors import NotFound
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization


def studio_zone(organization_id: int) -> ZoneInfo:
    """The studio's time zone: dates on invoices are its calendar days."""
    return ZoneInfo(db.session.scalar(sa.select(Organization.timezone).where(Organization.id == organization_id)))


def studio_today(organization_id: int) -> date:
    """Today's date where the studio is: invoices are issued and fall due on the studio's calendar."""
    return datetime.now(studio_zone(organization_id)).date()


def locked(*, organization_id: int, invoice_id: int) -> Invoice:
    """The studio's invoice with its row locked for the rest of the transaction, with client and lines."""
    invoice = db.session.scalars(
        sa.select(Invoice)
        .where(Invoice.organization_id == organization_id, Invoice.id == invoice_id)
        .options(joinedload(Invoice.client), selectinload(Invoice.lines))
        .with_for_update(of=Invoice)
        .execution_options(populate_existing=True)
    ).one_or_none()
    if invoice is None:
        raise NotFound("No such invoice.")
    return invoice


def label(invoice: Invoice, client_name: str) -> str:
    """How the activity log names an invoice: "INV-2026-000123 for Jane Doe", "Draft invoice for Jane Doe"."""
    noun = "credit note" if invoice.kind == "credit_note" else "invoice"
    return f"{invoice.number} for {client_name}" if invoice.number else f"Draft {noun} for {client_name}"


def summary(invoice: Invoice) -> dict[str, Any]:
    """What the activity log shows of an invoice's state: amounts as they read, never minor units."""
    fmt = lambda amount: money.format_money(amount, invoice.currency)  # noqa: E731
    return {
        "status": invoice.status,
        "number": invoice.number,
        "total": fmt(invoice.total),
        "amount_paid": fmt(invoice.amount_paid),
        "amount_credited": fmt(invoice.amount_credited),
        "due_on": invoice.due_on.isoformat() if invoice.due_on else None,
    }


def write_totals(invoice: Invoice, lines: list[InvoiceLine]) -> None:
    """Each line's totals and the invoice's, by `money.apply_totals` (the one place they are summed)."""
    totals = money.apply_totals(lines)
    invoice.subtotal, invoice.discount_total = totals.subtotal, totals.discount_total
    invoice.tax_total, invoice.total = totals.tax_total, totals.total


def record(event_type, actor: Principal | None, invoice: Invoice, changes: dict[str, Any]) -> None:
    """Record an invoice event in the invoice's studio, by `actor` or (None) by the system."""
    events.record(
        event_type(
            organization_id=invoice.organization_id, actor=actor, entity_id=invoice.id,
            label=label(invoice, invoice.client.full_name), changes=changes, client_id=invoice.client_id,
        )
    )  # fmt: skip


def changes_between(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """`{field: {"before", "after"}}` for what differs between two summaries."""
    return {
        key: {"before": before.get(key), "after": value} for key, value in after.items() if before.get(key) != value
    }


def outstanding(invoice: Invoice) -> int:
    """What is still to pay on a finalised invoice, written off or not (`amount_due` counts a write-off as 0)."""
    if invoice.kind != "invoice" or invoice.status not in ("open", "uncollectible"):
        return 0
    return max(0, invoice.total - invoice.amount_credited - invoice.amount_paid)


def settle_if_nothing_due(actor: Principal | None, invoice: Invoice) -> None:
    """An open (or written-off) invoice with nothing left due is paid (event `InvoicePaid`)."""
    if invoice.status in ("open", "uncollectible") and invoice.kind == "invoice" and outstanding(invoice) == 0:
        before = summary(invoice)
        invoice.status = "paid"
        invoice.paid_at = datetime.now(UTC)
        record(InvoicePaid, actor, invoice, changes_between(before, summary(invoice)))
