"""Billing test helpers: a catalogue for the `studio` fixture and principals to call services as."""

from __future__ import annotations

import pytest

from fitnesscrm.billing.models import Discount, Product, TaxRate
from fitnesscrm.extensions import db
from tests.factories import principal_for


@pytest.fixture
def owner(studio):
    return principal_for(studio.owner)


@pytest.fixture
def catalogue(studio):
    """A 20% VAT (inclusive) and 10% sales tax (exclusive), a 10-pack, a membership, a drop-in, an item, discounts."""
    org = studio.org.id
    vat = TaxRate(organization_id=org, name="VAT", basis_points=2000, inclusive=True)
    sales_tax = TaxRate(organization_id=org, name="Sales tax", basis_points=1000, inclusive=False)
    db.session.add_all([vat, sales_tax])
    db.session.flush()
    pack = Product(organization_id=org, kind="pack", name="10-session pack", price=50_000, session_count=10,
                   valid_days=90, session_kinds=["personal"], tax_rate_id=sales_tax.id)  # fmt: skip
    membership = Product(organization_id=org, kind="membership", name="Monthly", price=12_000, interval="month",
                         sessions_per_period=8)  # fmt: skip
    drop_in = Product(organization_id=org, kind="drop_in", name="Drop-in", price=2_500, session_kinds=["group"])
    bottle = Product(organization_id=org, kind="item", name="Water bottle", price=1_200, tax_rate_id=vat.id)
    ten_percent = Discount(organization_id=org, name="Ten off", basis_points=1000)
    five_dollars = Discount(organization_id=org, name="Five dollars", amount=500)
    db.session.add_all([pack, membership, drop_in, bottle, ten_percent, five_dollars])
    db.session.commit()
    from types import SimpleNamespace

    return SimpleNamespace(vat=vat, sales_tax=sales_tax, pack=pack, membership=membership, drop_in=drop_in,
                           bottle=bottle, ten_percent=ten_percent, five_dollars=five_dollars)  # fmt: skip
