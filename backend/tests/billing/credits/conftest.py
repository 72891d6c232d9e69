"""Billing settings, grants, products and a stand-in for part A's invoices, for the credits and memberships tests.

Part A (`billing.invoices.service`) is built in parallel; `fake_invoices` puts a module with the same
`LineInput` and `create_invoice` in its place, writing real `Invoice` rows so the guards that look
for them (one fee per miss, one invoice per period) are tested against the database.
"""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from fitnesscrm.billing import money
from fitnesscrm.billing.credits import service as credits
from fitnesscrm.billing.models import BillingSettings, Invoice, InvoiceLine, Product
from fitnesscrm.extensions import db

FAR = datetime(2031, 1, 1, tzinfo=UTC)
# A Monday in the future, so cancels and attendance marks are not refused for timing.
T = "2030-01-07T{}:00+00:00"


def set_policy(org_id: int, **fields) -> BillingSettings:
    """The studio's billing settings, written as part A's settings screen would."""
    row = db.session.get(BillingSettings, org_id) or BillingSettings(organization_id=org_id)
    for name, value in fields.items():
        setattr(row, name, value)
    db.session.add(row)
    db.session.commit()
    return row


def give(org_id: int, client_id: int, quantity: int = 1, *, kinds=(), expires_at=FAR, **extra):
    entry = credits.grant(
        actor=None, organization_id=org_id, client_id=client_id, quantity=quantity, session_kinds=list(kinds),
        expires_at=expires_at, **extra,
    )  # fmt: skip
    db.session.commit()
    return entry


def book(api, trainer_id, client_ids, start="10:00", end="11:00", day=T, **extra):
    payload = {"trainer_id": trainer_id, "starts_at": day.format(start), "ends_at": day.format(end)}
    return api.post("/api/sessions", json={**payload, "client_ids": list(client_ids), **extra})


def membership_product(org_id: int, **fields) -> Product:
    values = {
        "kind": "membership", "name": "Monthly membership", "price": 6000, "interval": "month",
        "sessions_per_period": 8, "session_kinds": ["personal"], **fields,
    }  # fmt: skip
    product = Product(organization_id=org_id, **values)
    db.session.add(product)
    db.session.commit()
    return product


@dataclass(frozen=True)
class LineInput:
    description: str
    unit_price: int
    quantity: int = 1
    product_id: int | None = None
    session_id: int | None = None
    tax_rate_id: int | None = None


@pytest.fixture
def fake_invoices(monkeypatch):
    """Part A's `create_invoice` stand-in; `calls` lists what each call asked for."""
    calls: list[dict] = []

    def create_invoice(*, actor, organization_id, client_id, lines, discount_id=None, due_on=None, notes=None,
                       membership_id=None, period_start=None, period_end=None, finalise=False):  # fmt: skip
        calls.append({"actor": actor, "client_id": client_id, "lines": list(lines), "membership_id": membership_id,
                      "period_start": period_start, "period_end": period_end, "discount_id": discount_id})  # fmt: skip
        invoice = Invoice(
            organization_id=organization_id, client_id=client_id, currency="USD", status="open",
            number=f"INV-TEST-{len(calls):06d}", membership_id=membership_id, period_start=period_start,
            period_end=period_end, discount_id=discount_id, issued_on=datetime.now(UTC).date(),
            due_on=datetime.now(UTC).date() + timedelta(days=14),
        )  # fmt: skip
        invoice.lines = [
            InvoiceLine(
                organization_id=organization_id,
                position=n,
                description=line.description,
                unit_price=line.unit_price,
                quantity=line.quantity,
                session_id=line.session_id,
                product_id=line.product_id,
                discount=0,
                tax_basis_points=0,
                tax_inclusive=False,
            )
            for n, line in enumerate(lines)
        ]
        totals = money.apply_totals(invoice.lines)
        invoice.subtotal, invoice.tax_total, invoice.total = totals.subtotal, totals.tax_total, totals.total
        db.session.add(invoice)
        db.session.flush()
        return invoice

    package = types.ModuleType("fitnesscrm.billing.invoices")
    module = types.ModuleType("fitnesscrm.billing.invoices.service")
    module.LineInput, module.create_invoice = LineInput, create_invoice
    package.service = module
    monkeypatch.setitem(sys.modules, "fitnesscrm.billing.invoices", package)
    monkeypatch.setitem(sys.modules, "fitnesscrm.billing.invoices.service", module)
    return calls
