"""Billing settings, grants, products and a watch on invoice creation, for the credits and memberships tests.

`fake_invoices` (named from when part A was built in parallel) now wraps the real `create_invoice`,
recording each call, so the guards that look for invoices (one fee per miss, one invoice per period)
run against real invoices.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from fitnesscrm.billing.credits import service as credits
from fitnesscrm.billing.models import BillingSettings, Product
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


@pytest.fixture
def fake_invoices(monkeypatch):
    """Part A's real `create_invoice`, watched: `calls` lists what each call asked for."""
    from fitnesscrm.billing.invoices import service as invoices

    calls: list[dict] = []
    real = invoices.create_invoice

    def create_invoice(**kwargs):
        calls.append({name: kwargs.get(name) for name in (
            "actor", "client_id", "membership_id", "period_start", "period_end", "discount_id")}
            | {"lines": list(kwargs["lines"])})  # fmt: skip
        return real(**kwargs)

    monkeypatch.setattr(invoices, "create_invoice", create_invoice)
    return calls
