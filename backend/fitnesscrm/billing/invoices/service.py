"""Invoices and credit notes: drafts, finalising with a gap-free number, voiding, write-offs, credit notes.

`create_invoice` is the one way any part of billing makes an invoice (a sale, a membership
period, a late-cancel fee): it copies each line's tax rate onto the line, spreads an invoice-wide
discount over the lines before tax (`money.spread`), lets `money.apply_totals` write every total,
and, asked to finalise, numbers it. It flushes and leaves the commit to its caller, so that an
invoice made as part of something larger commits or rolls back with it. A finalised invoice is
never edited: it is voided (while nothing is paid) or corrected by a credit note.

Payments and refunds live in `payments.py`; `record_payment`, `record_failed_payment` and `refund`
are importable from here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from fitnesscrm.billing.catalogue.service import usable_discount
from fitnesscrm.billing.events import InvoiceChanged, InvoiceCreated, InvoiceDeleted, InvoiceFinalised, InvoiceVoided
from fitnesscrm.billing.invoices import numbering
from fitnesscrm.billing.invoices.lines import LineInput, build_lines, spread_discount
from fitnesscrm.billing.invoices.state import (
    changes_between,
    locked,
    record,
    settle_if_nothing_due,
    studio_today,
    summary,
    write_totals,
)
from fitnesscrm.billing.models import Invoice, Membership
from fitnesscrm.billing.settings.service import get_settings
from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal, Role, scoped
from fitnesscrm.errors import Conflict, NotFound, ValidationError
from fitnesscrm.extensions import db

# --- reading ----------------------------------------------------------------------------------------------------


def visible(actor: Principal) -> sa.Select:
    """`select(Invoice)` limited to what `actor` may read: managers all, trainers their clients', clients their own.

    Clients never see drafts: a draft is the studio's work in progress, not something owed.
    """
    stmt = scoped(Invoice, actor)
    if actor.role == Role.TRAINER:
        stmt = stmt.where(Invoice.client_id.in_(clients.visible(actor).with_only_columns(Client.id)))
    elif actor.role == Role.CLIENT:
        stmt = stmt.where(Invoice.client_id == actor.client_id, Invoice.status != "draft")
    return stmt


def _amount_due_sql():
    return Invoice.total - Invoice.amount_credited - Invoice.amount_paid


def get_all(
    *,
    actor: Principal,
    page: int = 1,
    per_page: int = 25,
    status: list[str] | None = None,
    kind: str | None = None,
    client_id: int | None = None,
    membership_id: int | None = None,
    issued_from: date | None = None,
    issued_to: date | None = None,
    overdue: bool | None = None,
    number: str | None = None,
) -> Page:
    """One page of invoices, drafts and the newest first, with their clients: two statements."""
    stmt = visible(actor)
    if status:
        stmt = stmt.where(Invoice.status.in_(status))
    if kind:
        stmt = stmt.where(Invoice.kind == kind)
    if client_id is not None:
        stmt = stmt.where(Invoice.client_id == client_id)
    if membership_id is not None:
        stmt = stmt.where(Invoice.membership_id == membership_id)
    if issued_from is not None:
        stmt = stmt.where(Invoice.issued_on >= issued_from)
    if issued_to is not None:
        stmt = stmt.where(Invoice.issued_on <= issued_to)
    if overdue:
        stmt = _overdue(stmt, studio_today(actor.organization_id))
    if number:
        stmt = stmt.where(Invoice.number.ilike(f"%{number.replace('%', '').replace('_', '')}%"))
    stmt = stmt.options(joinedload(Invoice.client)).order_by(Invoice.issued_on.desc().nulls_first(), Invoice.id.desc())
    return paginate(stmt, page=page, per_page=per_page)


def _overdue(stmt: sa.Select, today: date) -> sa.Select:
    return stmt.where(
        Invoice.status == "open", Invoice.kind == "invoice", Invoice.due_on < today, _amount_due_sql() > 0
    )


def overdue(*, actor: Principal, page: int = 1, per_page: int = 25, client_id: int | None = None) -> Page:
    """Open invoices past their due date, the longest overdue first, each with its age in days (staff)."""
    actor.require(Role.OWNER, Role.ADMIN, Role.TRAINER)
    today = studio_today(actor.organization_id)
    stmt = _overdue(visible(actor), today)
    if client_id is not None:
        stmt = stmt.where(Invoice.client_id == client_id)
    stmt = stmt.options(joinedload(Invoice.client)).order_by(Invoice.due_on, Invoice.id)
    result = paginate(stmt, page=page, per_page=per_page)
    for invoice in result.items:
        invoice.age_days = (today - invoice.due_on).days
    return result


def get(*, actor: Principal, invoice_id: int) -> Invoice:
    """One invoice the caller may read, with its client and lines, or NotFound."""
    invoice = db.session.scalars(
        visible(actor).where(Invoice.id == invoice_id).options(joinedload(Invoice.client), selectinload(Invoice.lines))
    ).one_or_none()
    if invoice is None:
        raise NotFound("No such invoice.")
    invoice.credit_note_for_number = (
        db.session.scalar(sa.select(Invoice.number).where(Invoice.id == invoice.credit_note_for_id))
        if invoice.credit_note_for_id
        else None
    )
    return invoice


def _for_change(actor: Principal, invoice_id: int) -> Invoice:
    """An invoice an owner or admin changes, locked."""
    actor.require(Role.OWNER, Role.ADMIN)
    return locked(organization_id=actor.organization_id, invoice_id=invoice_id)


# --- writing ----------------------------------------------------------------------------------------------------


def _guard_period(organization_id: int, membership_id: int, period_start: date | None) -> None:
    """A membership period is invoiced once: the lock serialises two renewals of one membership."""
    db.session.execute(sa.select(sa.func.pg_advisory_xact_lock(sa.func.hashtext("invoice-period"), membership_id)))
    if period_start is None:
        return
    taken = db.session.scalar(
        sa.select(Invoice.id).where(
            Invoice.organization_id == organization_id, Invoice.membership_id == membership_id,
            Invoice.period_start == period_start, Invoice.status != "void", Invoice.kind == "invoice",
        )
    )  # fmt: skip
    if taken is not None:
        raise Conflict("This membership period is already invoiced.", code="period_invoiced")


def create_invoice(
    *,
    actor: Principal | None,
    organization_id: int,
    client_id: int,
    lines: Sequence[LineInput],
    discount_id: int | None = None,
    due_on: date | None = None,
    notes: str | None = None,
    membership_id: int | None = None,
    period_start: date | None = None,
    period_end: date | None = None,
    finalise: bool = False,
) -> Invoice:
    """Make an invoice (a draft, or finalised and numbered) for a client of the studio; flushes, never commits.

    Rules hold whoever calls (a route, a sale, a membership renewal, a late-cancel fee); who may
    call is the caller's business. A validation error names the line or field at fault.
    """
    client = db.session.scalars(
        sa.select(Client).where(Client.organization_id == organization_id, Client.id == client_id)
    ).one_or_none()
    if client is None:
        raise ValidationError("No such client.", fields={"client_id": ["No such client."]})
    if membership_id is not None:
        exists = db.session.scalar(
            sa.select(Membership.id).where(
                Membership.organization_id == organization_id, Membership.id == membership_id
            )
        )
        if exists is None:
            raise ValidationError("No such membership.", fields={"membership_id": ["No such membership."]})
        _guard_period(organization_id, membership_id, period_start)
    discount = usable_discount(organization_id=organization_id, discount_id=discount_id)
    settings = get_settings(organization_id)
    invoice = Invoice(
        organization_id=organization_id, client_id=client.id, kind="invoice", status="draft",
        currency=settings.currency, due_on=due_on, notes=notes, membership_id=membership_id,
        discount_id=discount.id if discount else None, period_start=period_start, period_end=period_end,
        created_by_id=actor.user_id if actor else None, amount_paid=0, amount_credited=0,
    )  # fmt: skip
    invoice.client = client
    built = build_lines(organization_id, lines, discount)
    invoice.lines = built
    write_totals(invoice, built)
    db.session.add(invoice)
    db.session.flush()
    changes = {key: {"before": None, "after": value} for key, value in summary(invoice).items() if value}
    changes["lines"] = {"before": None, "after": [line.description for line in built]}
    record(InvoiceCreated, actor, invoice, changes)
    if finalise:
        _finalise(actor, invoice)
    return invoice


def _finalise(actor: Principal | None, invoice: Invoice) -> None:
    """Number the draft, date it in the studio's zone and make it owed; a zero total is paid at once."""
    before = summary(invoice)
    today = studio_today(invoice.organization_id)
    invoice.issued_on = today
    if invoice.due_on is None:
        invoice.due_on = today + timedelta(days=get_settings(invoice.organization_id).invoice_due_days)
    if invoice.due_on < today:
        raise ValidationError("The due date is before the issue date.", fields={"due_on": ["Not before today."]})
    invoice.number = numbering.allocate(organization_id=invoice.organization_id, kind=invoice.kind, issued_on=today)
    invoice.status = "open"
    db.session.flush()
    record(InvoiceFinalised, actor, invoice, changes_between(before, summary(invoice)))
    settle_if_nothing_due(actor, invoice)


def create(*, actor: Principal, lines: Sequence[dict[str, Any]], **fields: Any) -> Invoice:
    """An invoice made by hand (owner, admin): a draft, or finalised at once."""
    actor.require(Role.OWNER, Role.ADMIN)
    invoice = create_invoice(
        actor=actor, organization_id=actor.organization_id, lines=[LineInput(**line) for line in lines], **fields
    )
    db.session.commit()
    return get(actor=actor, invoice_id=invoice.id)


def update(*, actor: Principal, invoice_id: int, **fields: Any) -> Invoice:
    """Edit a draft: its lines (replaced as a whole), discount, due date or notes (owner, admin)."""
    invoice = _for_change(actor, invoice_id)
    if invoice.status != "draft":
        raise Conflict("A finalised invoice is never edited: void it or issue a credit note.", code="not_draft")
    before = summary(invoice)
    if "notes" in fields:
        invoice.notes = fields["notes"]
    if "due_on" in fields:
        invoice.due_on = fields["due_on"]
    if "discount_id" in fields:
        invoice.discount_id = fields["discount_id"]
    discount = usable_discount(organization_id=invoice.organization_id, discount_id=invoice.discount_id)
    if "lines" in fields:
        invoice.lines = []
        db.session.flush()
        invoice.lines = build_lines(invoice.organization_id, [LineInput(**line) for line in fields["lines"]], discount)
    elif "discount_id" in fields:
        spread_discount(invoice.lines, discount)
    write_totals(invoice, invoice.lines)
    db.session.flush()
    changes = changes_between(before, summary(invoice))
    if "lines" in fields:
        changes["lines"] = {"before": None, "after": [line.description for line in invoice.lines]}
    if changes:
        record(InvoiceChanged, actor, invoice, changes)
    db.session.commit()
    return get(actor=actor, invoice_id=invoice.id)


def delete(*, actor: Principal, invoice_id: int) -> None:
    """Delete a draft (owner, admin); a finalised invoice is voided instead."""
    invoice = _for_change(actor, invoice_id)
    if invoice.status != "draft":
        raise Conflict("Only a draft can be deleted: void a finalised invoice instead.", code="not_draft")
    record(InvoiceDeleted, actor, invoice, {"total": {"before": summary(invoice)["total"], "after": None}})
    db.session.delete(invoice)
    db.session.commit()


def finalise(*, actor: Principal, invoice_id: int) -> Invoice:
    """Finalise a draft: it takes the next number and is owed from today (owner, admin)."""
    invoice = _for_change(actor, invoice_id)
    if invoice.status != "draft":
        raise Conflict(f"{invoice.number} is already finalised.", code="not_draft")
    _finalise(actor, invoice)
    db.session.commit()
    return get(actor=actor, invoice_id=invoice.id)


def void(*, actor: Principal, invoice_id: int) -> Invoice:
    """Void an open or uncollectible invoice nothing was paid on (owner, admin): it is no longer owed."""
    invoice = _for_change(actor, invoice_id)
    if invoice.status == "draft":
        raise Conflict("A draft is deleted, not voided.", code="not_finalised")
    if invoice.status not in ("open", "uncollectible") or invoice.kind != "invoice":
        raise Conflict(f"{invoice.number} is {invoice.status} and cannot be voided.", code="cannot_void")
    if invoice.amount_paid > 0:
        raise Conflict(
            f"{invoice.number} has payments: refund them or issue a credit note instead of voiding it.",
            code="has_payments",
        )
    before = summary(invoice)
    invoice.status = "void"
    invoice.voided_at = datetime.now(UTC)
    record(InvoiceVoided, actor, invoice, changes_between(before, summary(invoice)))
    db.session.commit()
    return get(actor=actor, invoice_id=invoice.id)


def mark_uncollectible(*, actor: Principal, invoice_id: int) -> Invoice:
    """Write off an open invoice as uncollectible (owner, admin); a later payment still settles it."""
    invoice = _for_change(actor, invoice_id)
    if invoice.status != "open" or invoice.kind != "invoice":
        raise Conflict("Only an open invoice can be written off.", code="not_open")
    before = summary(invoice)
    invoice.status = "uncollectible"
    record(InvoiceChanged, actor, invoice, changes_between(before, summary(invoice)))
    db.session.commit()
    return get(actor=actor, invoice_id=invoice.id)


# Part of the contract other billing parts call through this module.
from fitnesscrm.billing.invoices.payments import record_failed_payment, record_payment, refund  # noqa: E402, F401
