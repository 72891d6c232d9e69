"""Does selling a product invoice it and hand packs and memberships to the credits and memberships parts?

`billing.credits.service.grant` and `billing.memberships.service.start` run for real, watched so that
the tests can say what they were asked.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from fitnesscrm.billing.models import Invoice, Payment
from fitnesscrm.extensions import db


@pytest.fixture
def grants(monkeypatch):
    """The real `credits.service.grant`, watched: each call's arguments."""
    from fitnesscrm.billing.credits import service as credits

    calls, real = [], credits.grant

    def grant(**kwargs):
        calls.append(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(credits, "grant", grant)
    return calls


@pytest.fixture
def memberships(monkeypatch):
    """The real `memberships.service.start`, watched: each call's arguments."""
    from fitnesscrm.billing.memberships import service as memberships_service

    calls, real = [], memberships_service.start

    def start(**kwargs):
        calls.append({"collection": "manual", **kwargs})
        return real(**kwargs)

    monkeypatch.setattr(memberships_service, "start", start)
    return calls


def _sell(api, studio, **body):
    return api.post(f"/api/clients/{studio.client.id}/sales", json=body)


def test_selling_a_pack_invoices_it_and_grants_its_credits(studio, client_as, catalogue, grants):
    before = datetime.now(UTC)
    response = _sell(client_as(studio.owner), studio, product_id=catalogue.pack.id, quantity=2)
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    invoice = body["invoice"]
    assert invoice["status"] == "open" and invoice["total"] == 2 * 55_000
    assert body["credits_granted"] == 20
    [call] = grants
    assert (call["client_id"], call["quantity"], call["session_kinds"]) == (studio.client.id, 20, ["personal"])
    assert call["invoice_id"] == invoice["id"] and call["product_id"] == catalogue.pack.id
    assert before + timedelta(days=90) <= call["expires_at"] <= datetime.now(UTC) + timedelta(days=90)


def test_selling_paid_on_the_spot_records_the_payment(studio, client_as, catalogue, grants):
    body = _sell(client_as(studio.owner), studio, product_id=catalogue.bottle.id,
                 paid={"method": "card_terminal", "reference": "T-991"}).get_json()  # fmt: skip
    assert body["invoice"]["status"] == "paid" and body["credits_granted"] == 0
    payment = db.session.scalars(sa.select(Payment)).one()
    assert (payment.amount, payment.method, payment.reference) == (1_200, "card_terminal", "T-991")
    assert grants == []


def test_selling_with_a_discount(studio, client_as, catalogue, grants):
    body = _sell(client_as(studio.owner), studio, product_id=catalogue.drop_in.id,
                 discount_id=catalogue.five_dollars.id).get_json()  # fmt: skip
    assert (body["invoice"]["discount_total"], body["invoice"]["total"]) == (500, 2_000)


def test_selling_a_membership_starts_it(studio, client_as, catalogue, memberships):
    body = _sell(client_as(studio.owner), studio, product_id=catalogue.membership.id).get_json()
    [call] = memberships
    assert (call["client_id"], call["product_id"], call["collection"]) == (studio.client.id, catalogue.membership.id,
                                                                          "manual")  # fmt: skip
    assert body["membership_id"] is not None
    assert body["invoice"]["membership_id"] == body["membership_id"] and body["invoice"]["total"] == 12_000


def test_selling_an_archived_product_is_refused(studio, client_as, catalogue, grants):
    catalogue.pack.archived_at = datetime.now(UTC)
    db.session.commit()
    response = _sell(client_as(studio.owner), studio, product_id=catalogue.pack.id)
    assert response.status_code == 422
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Invoice)) == 0


def test_trainer_may_not_sell(studio, client_as, catalogue, grants):
    assert _sell(client_as(studio.trainer_user), studio, product_id=catalogue.pack.id).status_code == 403
    assert grants == []


def test_a_failing_grant_leaves_no_invoice(studio, client_as, catalogue, monkeypatch):
    from fitnesscrm.billing.credits import service as credits
    from fitnesscrm.errors import ValidationError

    def grant(**_kwargs):
        raise ValidationError("The credits could not be granted.")

    monkeypatch.setattr(credits, "grant", grant)
    assert _sell(client_as(studio.owner), studio, product_id=catalogue.pack.id).status_code == 422
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Invoice)) == 0
