"""Can a key read invoices (with lines and payments) and payments through /api/v2, and only its studio's?"""

from __future__ import annotations

import pytest

from fitnesscrm.billing.invoices.lines import LineInput
from fitnesscrm.billing.invoices.payments import record_payment
from fitnesscrm.billing.invoices.service import create_invoice
from fitnesscrm.extensions import db
from tests.api_v2.conftest import statements_by_limit, walk
from tests.factories import principal_for


def _invoice(studio, *, unit_price: int = 10_000, finalise: bool = True, client=None):
    invoice = create_invoice(
        actor=principal_for(studio.owner), organization_id=studio.org.id, client_id=(client or studio.client).id,
        lines=[LineInput(description="Personal training", unit_price=unit_price, quantity=2)], finalise=finalise,
    )  # fmt: skip
    db.session.commit()
    return invoice


def _pay(studio, invoice, amount: int):
    payment = record_payment(
        actor=principal_for(studio.owner), organization_id=studio.org.id, invoice_id=invoice.id, amount=amount,
        method="cash",
    )  # fmt: skip
    db.session.commit()
    return payment


def test_invoice_shows_money_in_minor_units_and_expands_lines_and_payments(api_as, studio):
    invoice = _invoice(studio, unit_price=1_250)
    _pay(studio, invoice, 1_000)
    api = api_as("invoices:read")
    plain = api.get(f"/api/v2/invoices/{invoice.id}").get_json()
    assert plain["object"] == "invoice" and plain["status"] == "open" and plain["number"] == invoice.number
    assert (plain["total"], plain["amount_paid"], plain["amount_due"]) == (2_500, 1_000, 1_500)
    assert plain["currency"] == "USD" and "lines" not in plain and "payments" not in plain
    full = api.get(f"/api/v2/invoices/{invoice.id}?expand=lines&expand=payments").get_json()
    assert [(line["description"], line["quantity"], line["total"]) for line in full["lines"]] == [
        ("Personal training", 2, 2_500)
    ]
    assert [(p["object"], p["amount"], p["method"]) for p in full["payments"]] == [("payment", 1_000, "cash")]


def test_list_invoices_filters_and_expands_without_extra_queries(api_as, studio, count_statements):
    for _ in range(30):
        _pay(studio, _invoice(studio), 500)
    draft = _invoice(studio, finalise=False, client=studio.other_client)
    api = api_as("invoices:read")
    drafts = api.get("/api/v2/invoices?status=draft").get_json()["data"]
    assert [item["id"] for item in drafts] == [draft.id]
    mine = api.get(f"/api/v2/invoices?client_id={studio.other_client.id}").get_json()["data"]
    assert [item["id"] for item in mine] == [draft.id]
    ids = [item["id"] for item in walk(api, "/api/v2/invoices?expand=lines", limit=7)]
    assert len(ids) == 31 and ids == sorted(set(ids))
    first, second = statements_by_limit(api, "/api/v2/invoices?expand=lines&expand=payments", count_statements)
    assert first == second <= 6


def test_payments_list_filters_and_pages(api_as, studio, count_statements):
    invoices = [_invoice(studio) for _ in range(15)]
    for invoice in invoices:
        _pay(studio, invoice, 700)
        _pay(studio, invoice, 300)
    api = api_as("payments:read")
    of_first = api.get(f"/api/v2/payments?invoice_id={invoices[0].id}").get_json()["data"]
    assert [p["amount"] for p in of_first] == [700, 300]
    ids = [item["id"] for item in walk(api, "/api/v2/payments", limit=7)]
    assert len(ids) == 30 and ids == sorted(set(ids))
    assert api.get("/api/v2/payments?status=failed").get_json()["data"] == []
    first, second = statements_by_limit(api, "/api/v2/payments", count_statements)
    assert first == second <= 4


def test_another_studios_invoices_and_payments_are_404(api_as, studio, other_studio):
    theirs = _invoice(other_studio)
    payment = _pay(other_studio, theirs, 100)
    assert api_as("invoices:read").get(f"/api/v2/invoices/{theirs.id}").status_code == 404
    assert api_as("invoices:read").get("/api/v2/invoices").get_json()["data"] == []
    assert api_as("payments:read").get(f"/api/v2/payments/{payment.id}").status_code == 404
    assert api_as("payments:read").get(f"/api/v2/payments?invoice_id={theirs.id}").get_json()["data"] == []


@pytest.mark.parametrize(
    ("url", "scope"), [("/api/v2/invoices", "invoices:read"), ("/api/v2/payments", "payments:read")]
)
def test_billing_reads_need_their_scope(client, api_as, url, scope):
    assert client.get(url).status_code == 401
    assert api_as("clients:write").get(url).status_code == 403
    assert api_as(scope.replace("read", "write")).get(url).status_code == 200


def test_bad_billing_arguments_are_422(api_as):
    assert api_as("invoices:read").get("/api/v2/invoices?expand=client").status_code == 422
    assert api_as("invoices:read").get("/api/v2/invoices?status=owed").status_code == 422
    assert api_as("payments:read").get("/api/v2/payments?received_from=yesterday").status_code == 422
