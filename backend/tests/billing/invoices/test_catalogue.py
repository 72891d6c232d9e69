"""Can managers keep the catalogue, staff read it, clients see only what they may buy, and is sold stuff archived?"""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.billing.invoices.service import LineInput, create_invoice
from fitnesscrm.billing.models import Discount, Product, TaxRate
from fitnesscrm.extensions import db

PACK = {"kind": "pack", "name": "5-pack", "price": 25_000, "session_count": 5, "valid_days": 60}


def test_create_product_writes_it_and_an_activity_entry_with_the_price_as_it_reads(studio, client_as):
    response = client_as(studio.owner).post("/api/billing/products", json=PACK)
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert (body["name"], body["price"], body["session_count"]) == ("5-pack", 25_000, 5)
    entry = db.session.scalars(
        sa.select(ActivityEntry).where(ActivityEntry.entity_type == "product", ActivityEntry.entity_id == body["id"])
    ).one()
    assert entry.changes["price"]["after"] == "$250.00"


def test_create_pack_without_sessions_is_refused_per_field(studio, client_as):
    response = client_as(studio.owner).post("/api/billing/products", json={**PACK, "session_count": None})
    assert response.status_code == 422
    assert "session_count" in response.get_json()["error"]["fields"]
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Product)) == 0


def test_create_product_refuses_negative_price(studio, client_as):
    response = client_as(studio.owner).post("/api/billing/products", json={**PACK, "price": -1})
    assert response.status_code == 422


def test_create_product_refuses_another_studios_tax_rate(studio, other_studio, client_as):
    rate = TaxRate(organization_id=other_studio.org.id, name="VAT", basis_points=2000)
    db.session.add(rate)
    db.session.commit()
    response = client_as(studio.owner).post("/api/billing/products", json={**PACK, "tax_rate_id": rate.id})
    assert response.status_code == 422
    assert "tax_rate_id" in response.get_json()["error"]["fields"]


def test_trainer_may_not_create_products(studio, client_as):
    assert client_as(studio.trainer_user).post("/api/billing/products", json=PACK).status_code == 403


def test_client_lists_only_active_products(studio, client_as, catalogue):
    catalogue.bottle.archived_at = sa.func.now()
    db.session.commit()
    body = client_as(studio.client_user).get("/api/billing/products?status=all").get_json()
    names = [item["name"] for item in body["items"]]
    assert "Water bottle" not in names and "10-session pack" in names
    assert body["meta"]["total"] == 3


def test_list_products_filters_by_kind_and_name(studio, client_as, catalogue):
    api = client_as(studio.trainer_user)
    assert [p["name"] for p in api.get("/api/billing/products?kind=pack").get_json()["items"]] == ["10-session pack"]
    assert [p["name"] for p in api.get("/api/billing/products?q=bott").get_json()["items"]] == ["Water bottle"]


def test_list_products_is_two_statements_whatever_the_page(studio, client_as, catalogue, count_statements):
    api = client_as(studio.owner)
    api.get("/api/billing/products")
    with count_statements() as counter:
        body = api.get("/api/billing/products").get_json()
    assert len(body["items"]) == 4
    # user lookup for the token + count + page (tax rates joined)
    assert counter.count <= 4


def test_list_products_hides_other_studios(studio, other_studio, client_as, catalogue):
    assert client_as(other_studio.owner).get("/api/billing/products").get_json()["meta"]["total"] == 0
    assert client_as(other_studio.owner).get(f"/api/billing/products/{catalogue.pack.id}").status_code == 404


def test_delete_unsold_product_deletes_it(studio, client_as, catalogue):
    assert client_as(studio.owner).delete(f"/api/billing/products/{catalogue.bottle.id}").status_code == 204
    assert db.session.get(Product, catalogue.bottle.id) is None


def test_delete_sold_product_archives_it(studio, client_as, catalogue, owner):
    create_invoice(
        actor=owner, organization_id=studio.org.id, client_id=studio.client.id,
        lines=[LineInput(description="Bottle", unit_price=1200, product_id=catalogue.bottle.id)],
    )  # fmt: skip
    db.session.commit()
    assert client_as(studio.owner).delete(f"/api/billing/products/{catalogue.bottle.id}").status_code == 204
    db.session.expire_all()
    assert db.session.get(Product, catalogue.bottle.id).archived_at is not None


def test_patch_product_restores_an_archived_one(studio, client_as, catalogue):
    api = client_as(studio.owner)
    api.patch(f"/api/billing/products/{catalogue.bottle.id}", json={"archived": True})
    body = api.patch(f"/api/billing/products/{catalogue.bottle.id}", json={"archived": False, "price": 1500}).get_json()
    assert body["archived_at"] is None and body["price"] == 1500


def test_delete_tax_rate_in_use_archives_it(studio, client_as, catalogue):
    assert client_as(studio.admin).delete(f"/api/billing/tax-rates/{catalogue.vat.id}").status_code == 204
    db.session.expire_all()
    assert db.session.get(TaxRate, catalogue.vat.id).archived_at is not None


def test_create_tax_rate_and_list_it(studio, client_as):
    api = client_as(studio.owner)
    created = api.post("/api/billing/tax-rates", json={"name": "GST", "basis_points": 1500, "inclusive": True})
    assert created.status_code == 201
    assert [r["name"] for r in client_as(studio.trainer_user).get("/api/billing/tax-rates").get_json()["items"]] == [
        "GST"
    ]


def test_client_may_not_read_tax_rates_or_discounts(studio, client_as):
    api = client_as(studio.client_user)
    assert api.get("/api/billing/tax-rates").status_code == 403
    assert api.get("/api/billing/discounts").status_code == 403


def test_discount_is_a_percent_or_an_amount_never_both(studio, client_as):
    api = client_as(studio.owner)
    both = api.post("/api/billing/discounts", json={"name": "Both", "basis_points": 1000, "amount": 500})
    assert both.status_code == 422
    neither = api.post("/api/billing/discounts", json={"name": "None"})
    assert neither.status_code == 422
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Discount)) == 0


def test_repeating_discount_needs_periods(studio, client_as):
    response = client_as(studio.owner).post(
        "/api/billing/discounts", json={"name": "Intro", "basis_points": 5000, "duration": "repeating"}
    )
    assert response.status_code == 422
    assert "duration_periods" in response.get_json()["error"]["fields"]


def test_patch_discount_from_percent_to_amount(studio, client_as, catalogue):
    body = client_as(studio.owner).patch(f"/api/billing/discounts/{catalogue.ten_percent.id}", json={"amount": 700})
    assert body.status_code == 200
    assert (body.get_json()["amount"], body.get_json()["basis_points"]) == (700, None)


def test_delete_used_discount_archives_it(studio, client_as, catalogue, owner):
    create_invoice(
        actor=owner, organization_id=studio.org.id, client_id=studio.client.id,
        lines=[LineInput(description="Session", unit_price=5000)], discount_id=catalogue.five_dollars.id,
    )  # fmt: skip
    db.session.commit()
    assert client_as(studio.owner).delete(f"/api/billing/discounts/{catalogue.five_dollars.id}").status_code == 204
    db.session.expire_all()
    assert db.session.get(Discount, catalogue.five_dollars.id).archived_at is not None
