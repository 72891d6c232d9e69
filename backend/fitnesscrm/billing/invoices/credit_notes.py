"""Credit notes: how a finalised invoice is corrected, in full or by amounts per line.

A credit note is an invoice of kind `credit_note` with negative lines and totals, numbered in
its own sequence (CN-2026-000007), that names the invoice it corrects. It is issued settled
(status `paid`: nothing is owed on it) and raises the invoice's `amount_credited`, which lowers
what the invoice still asks for; an open invoice credited down to nothing is paid. Money already
received is given back by a refund of the payment, not by the credit note.
"""

from __future__ import annotations

from typing import Any

from fitnesscrm.billing import money
from fitnesscrm.billing.events import CreditNoteIssued, InvoiceChanged
from fitnesscrm.billing.invoices import numbering
from fitnesscrm.billing.invoices.state import (
    changes_between,
    locked,
    record,
    settle_if_nothing_due,
    studio_today,
    summary,
    write_totals,
)
from fitnesscrm.billing.models import Invoice, InvoiceLine
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.errors import Conflict, ValidationError
from fitnesscrm.extensions import db


def net_for_total(total: int, basis_points: int, inclusive: bool) -> int:
    """The price before tax whose line total (tax included or added) is `total`, or the nearest below it."""
    if inclusive or basis_points == 0:
        return total
    guess = money.divide(total * 10_000, 10_000 + basis_points)
    fitting = [
        net
        for net in (guess + 1, guess, guess - 1, guess - 2)
        if net >= 0 and money.line_totals(quantity=1, unit_price=net, tax_basis_points=basis_points).total <= total
    ]
    return max(fitting, default=0)


def _credit_line(organization_id: int, position: int, line: InvoiceLine, amount: int | None) -> InvoiceLine:
    """A negative copy of `line`, whole (amount None) or for `amount` of its total, tax as on the original."""
    credit = InvoiceLine(
        organization_id=organization_id, position=position, description=f"Credit: {line.description}"[:300],
        product_id=line.product_id, session_id=line.session_id, tax_name=line.tax_name,
        tax_basis_points=line.tax_basis_points, tax_inclusive=line.tax_inclusive,
    )  # fmt: skip
    if amount is None:
        credit.quantity, credit.unit_price, credit.discount = line.quantity, -line.unit_price, -line.discount
    else:
        credit.quantity, credit.discount = 1, 0
        credit.unit_price = -net_for_total(amount, line.tax_basis_points, line.tax_inclusive)
    return credit


def issue_credit_note(
    *, actor: Principal, invoice_id: int, reason: str, lines: list[dict[str, Any]] | None = None
) -> Invoice:
    """Credit a finalised invoice (owner, admin): wholly, or `lines` [{line_id, amount}] of their totals; commits."""
    actor.require(Role.OWNER, Role.ADMIN)
    invoice = locked(organization_id=actor.organization_id, invoice_id=invoice_id)
    if invoice.kind != "invoice" or invoice.status not in ("open", "paid", "uncollectible"):
        raise Conflict("Only a finalised invoice that is not void can be credited.", code="not_creditable")
    creditable = invoice.total - invoice.amount_credited
    fmt = lambda amount: money.format_money(amount, invoice.currency)  # noqa: E731
    if creditable <= 0:
        raise Conflict(f"{invoice.number} is already credited in full.", code="fully_credited")
    by_id = {line.id: line for line in invoice.lines}
    if lines is None:
        if invoice.amount_credited:
            raise ValidationError(
                f"{fmt(invoice.amount_credited)} of {invoice.number} is already credited: give the amounts per line.",
                fields={"lines": ["Required once part of the invoice is credited."]},
            )
        credits = [_credit_line(invoice.organization_id, i, line, None) for i, line in enumerate(invoice.lines)]
    else:
        if len({item["line_id"] for item in lines}) != len(lines):
            raise ValidationError("Each line once.", fields={"lines": ["A line appears twice."]})
        credits = []
        for position, item in enumerate(lines):
            line = by_id.get(item["line_id"])
            if line is None:
                problem = {"lines": {str(position): ["No such line."]}}
                raise ValidationError("No such line on this invoice.", fields=problem)
            if not 0 < item["amount"] <= line.total:
                raise ValidationError(
                    f"At most {fmt(line.total)} of “{line.description}” can be credited.",
                    fields={"lines": {str(position): [f"Between 1 and {line.total}."]}},
                )
            credits.append(_credit_line(invoice.organization_id, position, line, item["amount"]))
    today = studio_today(invoice.organization_id)
    note = Invoice(
        organization_id=invoice.organization_id, client_id=invoice.client_id, kind="credit_note", status="paid",
        currency=invoice.currency, issued_on=today, credit_note_for_id=invoice.id, membership_id=invoice.membership_id,
        notes=reason.strip(), created_by_id=actor.user_id, amount_paid=0, amount_credited=0,
    )  # fmt: skip
    note.client = invoice.client
    note.lines = credits
    write_totals(note, credits)
    if -note.total > creditable:
        raise ValidationError(
            f"Only {fmt(creditable)} of {invoice.number} is left to credit.", fields={"lines": ["Too much."]}
        )
    if note.total == 0:
        raise ValidationError("The credit note would be for nothing.", fields={"lines": ["Amounts too small."]})
    note.number = numbering.allocate(organization_id=invoice.organization_id, kind="credit_note", issued_on=today)
    db.session.add(note)
    db.session.flush()
    before = summary(invoice)
    invoice.amount_credited += -note.total
    record(CreditNoteIssued, actor, note, {
        "total": {"before": None, "after": fmt(note.total)},
        "credits": {"before": None, "after": invoice.number},
        "reason": {"before": None, "after": note.notes},
    })  # fmt: skip
    record(InvoiceChanged, actor, invoice, changes_between(before, summary(invoice)))
    settle_if_nothing_due(actor, invoice)
    db.session.commit()
    return note
