"""An invoice or credit note as a PDF (fpdf2): the studio's letterhead, the client, the lines, tax and totals.

Amounts read as `billing.money.format_money` writes them, dates as the studio's calendar days
("2 December 2026"). Text is set in DejaVu Sans when the system has it (any script a name may
be written in); otherwise in the built-in Helvetica, which covers Western European text only,
and other characters print as "?".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import sqlalchemy as sa
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from fitnesscrm.billing.invoices import service
from fitnesscrm.billing.models import BillingSettings, Invoice
from fitnesscrm.billing.money import format_money
from fitnesscrm.billing.settings.service import get_settings
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
STATUS_WORDS = {"open": "Due", "paid": "Paid", "void": "Void", "uncollectible": "Written off", "draft": "Draft"}


def _font_file(name: str) -> Path | None:
    return next((folder / name for folder in FONT_DIRS if (folder / name).is_file()), None)


def long_date(day: date | None) -> str:
    """`2 December 2026`."""
    return f"{day.day} {day:%B %Y}" if day else ""


class _Document(FPDF):
    def __init__(self):
        super().__init__(format="A4")
        regular, bold = _font_file("DejaVuSans.ttf"), _font_file("DejaVuSans-Bold.ttf")
        self.unicode = bool(regular and bold)
        if self.unicode:
            self.add_font("Body", "", str(regular))
            self.add_font("Body", "B", str(bold))
            self.family = "Body"
        else:
            self.family = "Helvetica"
        self.set_auto_page_break(auto=True, margin=20)
        self.add_page()

    def text_of(self, text: str) -> str:
        return text if self.unicode else text.encode("cp1252", "replace").decode("cp1252")

    def write_line(self, text: str, *, size: float = 10, bold: bool = False, align: str = "L", width: float = 0):
        self.set_font(self.family, "B" if bold else "", size)
        self.cell(width, size * 0.55, self.text_of(text), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def render(
    *, invoice: Invoice, settings: BillingSettings, studio_name: str, credit_note_for: str | None = None
) -> bytes:
    """The PDF of a finalised invoice or credit note (its lines and client loaded)."""
    pdf = _Document()
    money = lambda amount: format_money(amount, invoice.currency)  # noqa: E731
    title = "Credit note" if invoice.kind == "credit_note" else "Invoice"

    pdf.write_line(settings.legal_name or studio_name, size=16, bold=True)
    for part in (settings.address or "").splitlines():
        pdf.write_line(part)
    if settings.tax_id:
        pdf.write_line(f"Tax number: {settings.tax_id}")
    pdf.ln(6)

    pdf.write_line(f"{title} {invoice.number or '(draft)'}", size=14, bold=True)
    pdf.write_line(f"Billed to: {invoice.client.full_name}")
    pdf.write_line(f"Issued: {long_date(invoice.issued_on)}")
    if invoice.kind == "invoice" and invoice.due_on:
        pdf.write_line(f"Due: {long_date(invoice.due_on)}")
    if credit_note_for:
        pdf.write_line(f"Credits invoice {credit_note_for}")
    if invoice.period_start and invoice.period_end:
        pdf.write_line(f"Period: {long_date(invoice.period_start)} to {long_date(invoice.period_end)}")
    if invoice.kind == "invoice":
        pdf.write_line(f"Status: {STATUS_WORDS.get(invoice.status, invoice.status)}")
    pdf.ln(4)

    pdf.set_font(pdf.family, "", 9)
    with pdf.table(col_widths=(80, 15, 30, 25, 30), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT")) as table:
        table.row(["Description", "Qty", "Unit price", "Tax", "Amount"])
        for line in invoice.lines:
            tax = f"{line.tax_name} {money(line.tax)}" if line.tax_name else ""
            description = line.description + (f" (less {money(line.discount)})" if line.discount else "")
            table.row([pdf.text_of(description), str(line.quantity), money(line.unit_price), pdf.text_of(tax),
                       money(line.total)])  # fmt: skip
    pdf.ln(4)

    rows = [("Subtotal", invoice.subtotal)]
    if invoice.discount_total:
        rows.append(("Discount", -invoice.discount_total))
    rows += [("Tax", invoice.tax_total), ("Total", invoice.total)]
    if invoice.kind == "invoice":
        if invoice.amount_credited:
            rows.append(("Credited", -invoice.amount_credited))
        if invoice.amount_paid:
            rows.append(("Paid", -invoice.amount_paid))
        if invoice.status in ("open", "paid"):
            rows.append(("Amount due", invoice.amount_due))
    for name, amount in rows:
        bold = name in ("Total", "Amount due")
        pdf.set_x(pdf.l_margin + 100)
        pdf.set_font(pdf.family, "B" if bold else "", 10)
        pdf.cell(50, 6, name)
        pdf.cell(30, 6, money(amount), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    if settings.invoice_footer:
        pdf.ln(8)
        pdf.set_font(pdf.family, "", 9)
        pdf.multi_cell(0, 5, pdf.text_of(settings.invoice_footer))
    return bytes(pdf.output())


def download(*, actor: Principal, invoice_id: int) -> tuple[str, bytes]:
    """The invoice as a PDF and its file name (staff; a client their own finalised ones)."""
    invoice = service.get(actor=actor, invoice_id=invoice_id)
    studio_name = db.session.scalar(sa.select(Organization.name).where(Organization.id == invoice.organization_id))
    body = render(
        invoice=invoice, settings=get_settings(invoice.organization_id), studio_name=studio_name,
        credit_note_for=invoice.credit_note_for_number,
    )  # fmt: skip
    return f"{invoice.number or f'draft-{invoice.id}'}.pdf", body
