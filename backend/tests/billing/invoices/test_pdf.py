"""Does an invoice's PDF carry the letterhead, the client's name, the lines, tax and totals as people read them?"""

from __future__ import annotations

from datetime import date

import pytest

from fitnesscrm.billing.invoices import pdf
from fitnesscrm.billing.invoices.service import LineInput, create_invoice, get
from fitnesscrm.billing.settings.service import get_settings
from fitnesscrm.extensions import db


@pytest.fixture
def plain_pdf(monkeypatch):
    """PDFs in Helvetica without compression, so that their text can be searched as bytes."""
    monkeypatch.setattr(pdf, "_font_file", lambda _name: None)
    original = pdf._Document.__init__

    def uncompressed(self):
        original(self)
        self.set_compression(False)

    monkeypatch.setattr(pdf._Document, "__init__", uncompressed)


def test_pdf_has_letterhead_client_lines_and_totals(studio, owner, catalogue, plain_pdf):
    settings = get_settings(studio.org.id)
    settings.legal_name, settings.address, settings.tax_id = "Iron & Oak Ltd", "1 Gym Road\nLeeds", "GB123"
    settings.invoice_footer = "Thank you for training with us."
    invoice = create_invoice(
        actor=owner, organization_id=studio.org.id, client_id=studio.client.id, finalise=True,
        lines=[LineInput(description="10-session pack", unit_price=50_000, product_id=catalogue.pack.id)],
    )  # fmt: skip
    db.session.commit()
    invoice = get(actor=owner, invoice_id=invoice.id)
    body = pdf.render(invoice=invoice, settings=settings, studio_name="Iron & Oak Fitness")
    for text in ("Iron & Oak Ltd", "Leeds", "Tax number: GB123", invoice.number, studio.client.full_name,
                 "10-session pack", "Sales tax $50.00", "$550.00", "Amount due", pdf.long_date(invoice.issued_on),
                 "Thank you for training with us."):  # fmt: skip
        assert text.encode("cp1252") in body, text


def test_pdf_falls_back_to_the_studio_name_and_replaces_what_helvetica_cannot_print(studio, owner, plain_pdf):
    studio.client.first_name = "Łukasz"
    invoice = create_invoice(actor=owner, organization_id=studio.org.id, client_id=studio.client.id, finalise=True,
                             lines=[LineInput(description="Session", unit_price=100)])  # fmt: skip
    db.session.commit()
    invoice = get(actor=owner, invoice_id=invoice.id)
    body = pdf.render(invoice=invoice, settings=get_settings(studio.org.id), studio_name="Iron & Oak Fitness")
    assert b"Iron & Oak Fitness" in body
    assert b"?ukasz" in body


def test_long_date_reads_as_people_write_it():
    assert pdf.long_date(date(2026, 12, 2)) == "2 December 2026"
