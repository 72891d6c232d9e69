"""Who may read a client's credits and ledger, and adjust them; do the ledger's rows read as sentences?"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.billing.models import CreditEntry, Product
from fitnesscrm.extensions import db
from tests.billing.credits.conftest import book, give


def pack(org_id):
    product = Product(organization_id=org_id, kind="pack", name="Pack of 10", price=50000, session_count=10,
                      valid_days=90)  # fmt: skip
    db.session.add(product)
    db.session.commit()
    return product


def test_credits_show_balance_per_kind_and_open_grants(studio, client_as):
    product = pack(studio.org.id)
    give(studio.org.id, studio.client.id, 10, product_id=product.id, expires_at=datetime(2031, 3, 3, 12, tzinfo=UTC))
    give(studio.org.id, studio.client.id, 2, kinds=["group"], expires_at=None)
    body = client_as(studio.owner).get(f"/api/clients/{studio.client.id}/credits").get_json()
    assert body["balance"] == 12
    assert body["by_kind"] == {"personal": 10, "group": 12, "assessment": 10, "consultation": 10}
    assert [(g["source"], g["remaining"], g["expires"]) for g in body["grants"]] == [
        ("Pack of 10", 10, "Expires 3 Mar 2031"),
        ("Added by hand", 2, "Never expires"),
    ]
    assert body["grants"][1]["pays_for"] == "Group session"


def test_ledger_rows_read_as_sentences_in_the_studio_zone(studio, client_as):
    product = pack(studio.org.id)
    give(studio.org.id, studio.client.id, 10, product_id=product.id)
    api = client_as(studio.owner)
    # 2030-07-02 09:00 UTC is 10:00 in London (summer time).
    session = book(api, studio.trainer.id, [studio.client.id], "09:00", "10:00", day="2030-07-02T{}:00+00:00")
    api.post(f"/api/sessions/{session.get_json()['id']}/cancel", json={})
    items = api.get(f"/api/clients/{studio.client.id}/credits/ledger").get_json()["items"]
    assert [item["sentence"] for item in items] == [
        "Credit returned: Personal training on Tue 2 Jul, 10:00",
        "Booked Personal training on Tue 2 Jul, 10:00",
        "Pack of 10 sold",
    ]


def test_ledger_is_paginated_in_a_constant_number_of_statements(studio, client_as, count_statements):
    api = client_as(studio.owner)
    give(studio.org.id, studio.client.id, 5)
    with count_statements() as few:
        api.get(f"/api/clients/{studio.client.id}/credits/ledger?per_page=5")
    for _ in range(20):
        give(studio.org.id, studio.client.id, 1)
    with count_statements() as many:
        body = api.get(f"/api/clients/{studio.client.id}/credits/ledger?per_page=5").get_json()
    assert many.count == few.count
    assert body["meta"]["total"] == 21 and len(body["items"]) == 5


def test_client_reads_their_own_credits_but_not_another_clients(studio, client_as):
    give(studio.org.id, studio.client.id, 3)
    api = client_as(studio.client_user)
    assert api.get(f"/api/clients/{studio.client.id}/credits").get_json()["balance"] == 3
    assert api.get(f"/api/clients/{studio.other_client.id}/credits").status_code == 404
    assert api.get(f"/api/clients/{studio.other_client.id}/credits/ledger").status_code == 404


def test_trainer_reads_coached_clients_only(studio, client_as):
    api = client_as(studio.trainer_user)
    assert api.get(f"/api/clients/{studio.client.id}/credits").status_code == 200
    assert api.get(f"/api/clients/{studio.other_client.id}/credits").status_code == 404


def test_another_studio_cannot_read_or_adjust(studio, other_studio, client_as):
    api = client_as(other_studio.owner)
    assert api.get(f"/api/clients/{studio.client.id}/credits").status_code == 404
    response = api.post(f"/api/clients/{studio.client.id}/credits/adjustments", json={"quantity": 5, "note": "x"})
    assert response.status_code == 404
    assert db.session.scalar(sa.select(sa.func.count()).select_from(CreditEntry)) == 0


def test_owner_adds_credits_by_hand_with_a_note_and_an_activity_entry(studio, client_as):
    api = client_as(studio.owner)
    response = api.post(
        f"/api/clients/{studio.client.id}/credits/adjustments", json={"quantity": 2, "note": "Goodwill"}
    )
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["balance"] == 2
    entry = db.session.scalars(sa.select(ActivityEntry).where(ActivityEntry.entity_type == "client")).one()
    assert entry.entity_label == f"{studio.client.full_name}: 2 credits added by hand (Goodwill)"
    item = api.get(f"/api/clients/{studio.client.id}/credits/ledger").get_json()["items"][0]
    assert item["sentence"] == f"2 credits added by {studio.owner.full_name}: Goodwill"


def test_taking_credits_away_draws_on_earliest_expiring_grants(studio, client_as):
    first = give(studio.org.id, studio.client.id, 2, expires_at=datetime(2030, 6, 1, tzinfo=UTC))
    second = give(studio.org.id, studio.client.id, 5)
    response = client_as(studio.admin).post(
        f"/api/clients/{studio.client.id}/credits/adjustments", json={"quantity": -3, "note": "Sold by mistake"}
    )
    assert response.status_code == 201 and response.get_json()["balance"] == 4
    rows = db.session.scalars(sa.select(CreditEntry).where(CreditEntry.kind == "adjust").order_by(CreditEntry.id))
    assert [(r.grant_id, r.quantity) for r in rows] == [(first.id, -2), (second.id, -1)]


def test_adjustments_refuse_bad_input_and_write_nothing(studio, client_as):
    give(studio.org.id, studio.client.id, 1)
    api = client_as(studio.owner)
    url = f"/api/clients/{studio.client.id}/credits/adjustments"
    assert api.post(url, json={"quantity": -2, "note": "Too many"}).status_code == 422
    assert api.post(url, json={"quantity": 0, "note": "Nothing"}).status_code == 422
    assert api.post(url, json={"quantity": 2, "note": "   "}).status_code == 422
    assert api.post(url, json={"quantity": 2}).status_code == 422
    assert api.post(url, json={"quantity": 2, "note": "x", "session_kinds": ["yoga"]}).status_code == 422
    assert db.session.scalar(sa.select(sa.func.count()).select_from(CreditEntry)) == 1


def test_trainers_and_clients_cannot_adjust(studio, client_as):
    url = f"/api/clients/{studio.client.id}/credits/adjustments"
    for user in (studio.trainer_user, studio.client_user):
        assert client_as(user).post(url, json={"quantity": 5, "note": "Please"}).status_code == 403
