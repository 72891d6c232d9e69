"""Does the hourly job expire what remains of a lapsed grant once, and leave live grants alone?"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.billing.credits import expiry
from fitnesscrm.billing.credits import service as credits
from fitnesscrm.billing.models import CreditEntry, Product
from fitnesscrm.extensions import db
from tests.billing.credits.conftest import give


def expire_rows():
    return [
        (r.grant_id, r.quantity) for r in db.session.scalars(sa.select(CreditEntry).where(CreditEntry.kind == "expire"))
    ]


def test_expiry_writes_what_remains_of_a_lapsed_grant_once(studio):
    now = datetime.now(UTC)
    lapsed = give(studio.org.id, studio.client.id, 5, expires_at=now - timedelta(hours=1))
    db.session.add(CreditEntry(organization_id=studio.org.id, client_id=studio.client.id, kind="reserve",
                               quantity=-2, grant_id=lapsed.id))  # fmt: skip
    give(studio.org.id, studio.client.id, 3, expires_at=now + timedelta(days=1))
    db.session.commit()
    assert expiry.expire_lapsed(now=now) == 3
    assert expiry.expire_lapsed(now=now) == 0
    assert expire_rows() == [(lapsed.id, -3)]
    assert credits.balance(client_id=studio.client.id) == 3
    entry = db.session.scalars(sa.select(ActivityEntry).where(ActivityEntry.entity_type == "client")).all()[-1]
    assert entry.entity_label == f"{studio.client.full_name}: 3 unused credits expired"
    assert entry.actor_id is None


def test_a_credit_returned_to_a_lapsed_grant_expires_on_the_next_run(studio):
    now = datetime.now(UTC)
    lapsed = give(studio.org.id, studio.client.id, 2, expires_at=now - timedelta(hours=1))
    db.session.add(CreditEntry(organization_id=studio.org.id, client_id=studio.client.id, kind="reserve",
                               quantity=-1, grant_id=lapsed.id))  # fmt: skip
    db.session.commit()
    expiry.expire_lapsed(now=now)
    db.session.add(CreditEntry(organization_id=studio.org.id, client_id=studio.client.id, kind="release",
                               quantity=1, grant_id=lapsed.id))  # fmt: skip
    db.session.commit()
    assert expiry.expire_lapsed(now=now) == 1
    assert sorted(expire_rows()) == [(lapsed.id, -1), (lapsed.id, -1)]


def test_the_ledger_says_which_pack_expired(studio, client_as):
    product = Product(organization_id=studio.org.id, kind="pack", name="Pack of 5", price=100, session_count=5,
                      valid_days=30)  # fmt: skip
    db.session.add(product)
    db.session.commit()
    give(studio.org.id, studio.client.id, 5, product_id=product.id, expires_at=datetime.now(UTC) - timedelta(hours=1))
    expiry.expire_lapsed()
    items = client_as(studio.owner).get(f"/api/clients/{studio.client.id}/credits/ledger").get_json()["items"]
    assert [item["sentence"] for item in items] == ["5 credits of Pack of 5 expired", "Pack of 5 sold"]


def test_grants_without_expiry_never_expire(studio):
    give(studio.org.id, studio.client.id, 2, expires_at=None)
    assert expiry.expire_lapsed() == 0
