"""Are invoices totalled, numbered without gaps, finalised once, voided and credited as the rules say?"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.billing import money
from fitnesscrm.billing.invoices import numbering
from fitnesscrm.billing.invoices.service import LineInput, create_invoice, get
from fitnesscrm.billing.models import Invoice, InvoiceCounter
from fitnesscrm.errors import Conflict, ValidationError
from fitnesscrm.extensions import db


def _invoice(studio, owner, lines=None, **kwargs) -> Invoice:
    invoice = create_invoice(
        actor=owner, organization_id=studio.org.id, client_id=studio.client.id,
        lines=lines or [LineInput(description="Personal training", unit_price=5000, quantity=2)], **kwargs,
    )  # fmt: skip
    db.session.commit()
    return get(actor=owner, invoice_id=invoice.id)


def test_create_invoice_copies_tax_and_totals_every_line(studio, owner, catalogue):
    invoice = _invoice(
        studio, owner,
        [LineInput(description="Pack", unit_price=10_000, product_id=catalogue.pack.id),
         LineInput(description="Bottle", unit_price=1_200, tax_rate_id=catalogue.vat.id)],
    )  # fmt: skip
    pack_line, bottle_line = invoice.lines
    # The pack's own rate (10% on top) is taken from the product; VAT 20% is inside the bottle's price.
    assert (pack_line.tax_name, pack_line.tax, pack_line.total) == ("Sales tax", 1_000, 11_000)
    assert (bottle_line.tax_name, bottle_line.tax, bottle_line.total) == ("VAT", 200, 1_200)
    assert (invoice.subtotal, invoice.tax_total, invoice.total) == (11_200, 1_200, 12_200)
    assert invoice.status == "draft" and invoice.number is None


def test_discount_is_spread_over_lines_before_tax(studio, owner, catalogue):
    invoice = _invoice(
        studio, owner,
        [LineInput(description="A", unit_price=333, tax_rate_id=catalogue.sales_tax.id),
         LineInput(description="B", unit_price=667, tax_rate_id=catalogue.sales_tax.id)],
        discount_id=catalogue.ten_percent.id,
    )  # fmt: skip
    assert [line.discount for line in invoice.lines] == money.spread(100, [333, 667])
    assert sum(line.discount for line in invoice.lines) == invoice.discount_total == 100
    assert invoice.total == sum(line.total for line in invoice.lines)
    taxes = [money.divide((line.unit_price - line.discount) * 1000, 10_000) for line in invoice.lines]
    assert invoice.tax_total == sum(taxes)


def test_create_invoice_refuses_negative_price_and_writes_nothing(studio, owner):
    with pytest.raises(ValidationError):
        create_invoice(actor=owner, organization_id=studio.org.id, client_id=studio.client.id,
                       lines=[LineInput(description="Refund", unit_price=-500)])  # fmt: skip
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Invoice)) == 0


def test_create_invoice_refuses_another_studios_client(studio, other_studio, owner):
    with pytest.raises(ValidationError):
        create_invoice(actor=owner, organization_id=studio.org.id, client_id=other_studio.client.id,
                       lines=[LineInput(description="X", unit_price=500)])  # fmt: skip


def test_finalise_numbers_in_sequence_per_kind_and_year(studio, owner):
    first = _invoice(studio, owner, finalise=True)
    second = _invoice(studio, owner, finalise=True)
    year = first.issued_on.year
    assert (first.number, second.number) == (f"INV-{year}-000001", f"INV-{year}-000002")
    assert first.due_on == first.issued_on + timedelta(days=14)
    assert first.status == "open"


def test_numbering_is_per_studio(studio, other_studio, owner):
    from tests.factories import principal_for

    _invoice(studio, owner, finalise=True)
    theirs = create_invoice(
        actor=principal_for(other_studio.owner), organization_id=other_studio.org.id,
        client_id=other_studio.client.id, lines=[LineInput(description="X", unit_price=100)], finalise=True,
    )  # fmt: skip
    assert theirs.number.endswith("-000001")


def test_a_rolled_back_invoice_gives_its_number_back(studio, owner):
    invoice = create_invoice(actor=owner, organization_id=studio.org.id, client_id=studio.client.id,
                             lines=[LineInput(description="X", unit_price=100)], finalise=True)  # fmt: skip
    taken = invoice.number
    db.session.rollback()
    assert _invoice(studio, owner, finalise=True).number == taken


def test_allocate_keeps_credit_notes_in_their_own_sequence(studio):
    day = date(2026, 3, 1)
    assert numbering.allocate(organization_id=studio.org.id, kind="invoice", issued_on=day) == "INV-2026-000001"
    assert numbering.allocate(organization_id=studio.org.id, kind="credit_note", issued_on=day) == "CN-2026-000001"
    assert numbering.allocate(organization_id=studio.org.id, kind="invoice", issued_on=day) == "INV-2026-000002"
    assert numbering.allocate(organization_id=studio.org.id, kind="invoice", issued_on=date(2027, 1, 1)) == (
        "INV-2027-000001"
    )
    assert db.session.scalar(sa.select(sa.func.count()).select_from(InvoiceCounter)) == 3


def test_a_zero_invoice_is_paid_when_finalised(studio, owner):
    invoice = _invoice(studio, owner, [LineInput(description="Free trial", unit_price=0)], finalise=True)
    assert invoice.status == "paid" and invoice.paid_at is not None


def test_membership_period_is_invoiced_once(studio, owner, catalogue):
    from fitnesscrm.billing.models import Membership

    membership = Membership(
        organization_id=studio.org.id, client_id=studio.client.id, product_id=catalogue.membership.id, price=12_000,
        interval="month", started_on=date(2026, 1, 1), current_period_start=date(2026, 1, 1),
        current_period_end=date(2026, 2, 1), minimum_term_ends_on=date(2026, 1, 1),
    )  # fmt: skip
    db.session.add(membership)
    db.session.commit()
    period = {"membership_id": membership.id, "period_start": date(2026, 1, 1), "period_end": date(2026, 2, 1)}
    _invoice(studio, owner, **period, finalise=True)
    with pytest.raises(Conflict):
        _invoice(studio, owner, **period)


def test_create_route_draft_then_edit_then_finalise(studio, client_as, catalogue):
    api = client_as(studio.owner)
    body = {"client_id": studio.client.id, "lines": [{"description": "PT", "unit_price": 6000}]}
    draft = api.post("/api/billing/invoices", json=body).get_json()
    assert draft["status"] == "draft" and draft["client_name"] == studio.client.full_name
    edited = api.patch(
        f"/api/billing/invoices/{draft['id']}",
        json={"lines": [{"description": "PT", "unit_price": 6000, "quantity": 3}], "notes": "Paid late last time"},
    ).get_json()
    assert edited["total"] == 18_000 and len(edited["lines"]) == 1
    final = api.post(f"/api/billing/invoices/{draft['id']}/finalise").get_json()
    assert final["status"] == "open" and final["number"].startswith("INV-")
    again = api.patch(f"/api/billing/invoices/{draft['id']}", json={"notes": "x"})
    assert again.status_code == 409
    assert api.delete(f"/api/billing/invoices/{draft['id']}").status_code == 409


def test_delete_draft(studio, client_as, owner):
    invoice = _invoice(studio, owner)
    assert client_as(studio.owner).delete(f"/api/billing/invoices/{invoice.id}").status_code == 204
    assert db.session.get(Invoice, invoice.id) is None


def test_void_open_invoice_and_not_one_with_payments(studio, client_as, owner):
    api = client_as(studio.owner)
    unpaid = _invoice(studio, owner, finalise=True)
    assert api.post(f"/api/billing/invoices/{unpaid.id}/void").get_json()["status"] == "void"
    paid = _invoice(studio, owner, finalise=True)
    api.post(f"/api/billing/invoices/{paid.id}/payments", json={"amount": 1000, "method": "cash"})
    response = api.post(f"/api/billing/invoices/{paid.id}/void")
    assert response.status_code == 409 and response.get_json()["error"]["code"] == "has_payments"


def test_write_off_then_payment_settles(studio, client_as, owner):
    api = client_as(studio.owner)
    invoice = _invoice(studio, owner, finalise=True)
    assert api.post(f"/api/billing/invoices/{invoice.id}/uncollectible").get_json()["status"] == "uncollectible"
    paid = api.post(f"/api/billing/invoices/{invoice.id}/payments", json={"amount": 10_000, "method": "cash"})
    assert paid.status_code == 201
    assert api.get(f"/api/billing/invoices/{invoice.id}").get_json()["status"] == "paid"


def test_full_credit_note_mirrors_the_invoice(studio, client_as, owner, catalogue):
    invoice = _invoice(studio, owner, [LineInput(description="Pack", unit_price=10_000, product_id=catalogue.pack.id)],
                       finalise=True)  # fmt: skip
    api = client_as(studio.owner)
    note = api.post(f"/api/billing/invoices/{invoice.id}/credit-notes", json={"reason": "Sold by mistake"}).get_json()
    assert note["kind"] == "credit_note" and note["number"].startswith("CN-")
    assert (note["total"], note["tax_total"]) == (-11_000, -1_000)
    assert note["credit_note_for_number"] == invoice.number
    original = api.get(f"/api/billing/invoices/{invoice.id}").get_json()
    assert (original["amount_credited"], original["amount_due"], original["status"]) == (11_000, 0, "paid")
    again = api.post(f"/api/billing/invoices/{invoice.id}/credit-notes", json={"reason": "Twice"})
    assert again.status_code == 409


def test_partial_credit_note_by_line_amount(studio, client_as, owner, catalogue):
    invoice = _invoice(studio, owner, [LineInput(description="Pack", unit_price=10_000, product_id=catalogue.pack.id)],
                       finalise=True)  # fmt: skip
    api = client_as(studio.owner)
    line_id = invoice.lines[0].id
    note = api.post(
        f"/api/billing/invoices/{invoice.id}/credit-notes",
        json={"reason": "One session not given", "lines": [{"line_id": line_id, "amount": 1_100}]},
    ).get_json()
    assert note["total"] == -1_100 and note["tax_total"] == -100
    original = api.get(f"/api/billing/invoices/{invoice.id}").get_json()
    assert (original["amount_credited"], original["amount_due"], original["status"]) == (1_100, 9_900, "open")
    too_much = api.post(
        f"/api/billing/invoices/{invoice.id}/credit-notes",
        json={"reason": "More", "lines": [{"line_id": line_id, "amount": 11_000}]},
    )
    assert too_much.status_code == 422
    assert db.session.scalar(sa.select(sa.func.count()).where(Invoice.kind == "credit_note")) == 1


def test_overdue_lists_age_in_days(studio, client_as, owner):
    invoice = _invoice(studio, owner, finalise=True)
    invoice.due_on = invoice.issued_on - timedelta(days=40)
    _invoice(studio, owner, finalise=True)  # not due yet
    db.session.commit()
    body = client_as(studio.trainer_user).get("/api/billing/invoices/overdue").get_json()
    assert [(item["number"], item["age_days"]) for item in body["items"]] == [(invoice.number, 40)]


def test_client_sees_own_finalised_invoices_without_staff_notes(studio, client_as, owner):
    draft = _invoice(studio, owner, notes="Chase politely")
    final = _invoice(studio, owner, notes="Chase politely", finalise=True)
    other = create_invoice(actor=owner, organization_id=studio.org.id, client_id=studio.other_client.id,
                           lines=[LineInput(description="X", unit_price=100)], finalise=True)  # fmt: skip
    db.session.commit()
    api = client_as(studio.client_user)
    assert [item["id"] for item in api.get("/api/billing/invoices").get_json()["items"]] == [final.id]
    assert api.get(f"/api/billing/invoices/{final.id}").get_json()["notes"] is None
    assert api.get(f"/api/billing/invoices/{draft.id}").status_code == 404
    assert api.get(f"/api/billing/invoices/{other.id}").status_code == 404
    assert client_as(studio.owner).get(f"/api/billing/invoices/{final.id}").get_json()["notes"] == "Chase politely"


def test_trainer_reads_only_their_clients_invoices(studio, client_as, owner):
    mine = _invoice(studio, owner, finalise=True)
    create_invoice(actor=owner, organization_id=studio.org.id, client_id=studio.other_client.id,
                   lines=[LineInput(description="X", unit_price=100)], finalise=True)  # fmt: skip
    db.session.commit()
    body = client_as(studio.trainer_user).get("/api/billing/invoices").get_json()
    assert [item["id"] for item in body["items"]] == [mine.id]
    assert client_as(studio.trainer_user).post(f"/api/billing/invoices/{mine.id}/void").status_code == 403


def test_invoice_list_is_a_constant_number_of_statements(studio, client_as, owner, count_statements):
    api = client_as(studio.owner)
    _invoice(studio, owner, finalise=True)
    api.get("/api/billing/invoices")
    with count_statements() as one:
        api.get("/api/billing/invoices")
    for _ in range(5):
        _invoice(studio, owner, finalise=True)
    with count_statements() as six:
        assert len(api.get("/api/billing/invoices").get_json()["items"]) == 6
    assert one.count == six.count <= 4


def test_invoice_list_filters(studio, client_as, owner):
    draft = _invoice(studio, owner)
    final = _invoice(studio, owner, finalise=True)
    api = client_as(studio.owner)
    assert [i["id"] for i in api.get("/api/billing/invoices?status=draft").get_json()["items"]] == [draft.id]
    assert [i["id"] for i in api.get(f"/api/billing/invoices?number={final.number[-6:]}").get_json()["items"]] == [
        final.id
    ]


def test_finalising_records_activity_with_amounts_as_they_read(studio, owner):
    invoice = _invoice(studio, owner, finalise=True)
    entries = db.session.scalars(
        sa.select(ActivityEntry).where(ActivityEntry.entity_type == "invoice", ActivityEntry.entity_id == invoice.id)
    ).all()
    assert len(entries) == 2
    assert any(entry.changes.get("total", {}).get("after") == "$100.00" for entry in entries)
    assert all(str(invoice.id) not in entry.entity_label for entry in entries)


def test_pdf_downloads_for_staff_and_the_client(studio, client_as, owner):
    invoice = _invoice(studio, owner, finalise=True)
    for user in (studio.owner, studio.client_user):
        response = client_as(user).get(f"/api/billing/invoices/{invoice.id}/pdf")
        assert response.status_code == 200
        assert response.data.startswith(b"%PDF")
        assert invoice.number in response.headers["Content-Disposition"]
    draft = _invoice(studio, owner)
    assert client_as(studio.client_user).get(f"/api/billing/invoices/{draft.id}/pdf").status_code == 404


def test_changing_a_drafts_discount_keeps_its_lines_taxes(studio, client_as, owner, catalogue):
    draft = _invoice(studio, owner, [LineInput(description="PT", unit_price=10_000, tax_rate_id=catalogue.vat.id)])
    api = client_as(studio.owner)
    body = api.patch(f"/api/billing/invoices/{draft.id}", json={"discount_id": catalogue.ten_percent.id}).get_json()
    assert body["lines"][0]["tax_name"] == "VAT" and body["lines"][0]["discount"] == 1_000
    assert (body["total"], body["tax_total"]) == (9_000, 1_500)
    cleared = api.patch(f"/api/billing/invoices/{draft.id}", json={"discount_id": None}).get_json()
    assert (cleared["discount_total"], cleared["total"]) == (0, 10_000)


def test_lines_may_not_name_another_studios_product_tax_rate_or_discount(studio, other_studio, client_as):
    from fitnesscrm.billing.models import Discount, Product, TaxRate

    org = other_studio.org.id
    rate, discount = (
        TaxRate(organization_id=org, name="VAT", basis_points=2000),
        Discount(organization_id=org, name="D", amount=5),
    )
    product = Product(organization_id=org, kind="item", name="Theirs", price=100)
    db.session.add_all([rate, discount, product])
    db.session.commit()
    api = client_as(studio.owner)
    line = {"description": "PT", "unit_price": 100}
    for body in ({"lines": [{**line, "product_id": product.id}]}, {"lines": [{**line, "tax_rate_id": rate.id}]},
                 {"lines": [line], "discount_id": discount.id}):  # fmt: skip
        response = api.post("/api/billing/invoices", json={"client_id": studio.client.id, **body})
        assert response.status_code == 422, body
    assert db.session.scalar(sa.select(sa.func.count()).where(Invoice.organization_id == studio.org.id)) == 0


def test_an_invoice_too_large_for_its_columns_is_a_422(studio, client_as):
    line = {"description": "Gym", "unit_price": 10_000_000, "quantity": 10_000}
    response = client_as(studio.owner).post(
        "/api/billing/invoices", json={"client_id": studio.client.id, "lines": [line]}
    )
    assert response.status_code == 422
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Invoice)) == 0
