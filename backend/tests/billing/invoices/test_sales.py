"""Does selling a product invoice it and hand packs and memberships to the credits and memberships parts?

`billing.credits.service.grant` and `billing.memberships.service.start` are built beside this
part; stand-ins with their signatures record the calls here, and the merged suite runs them for real.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

from fitnesscrm.billing.invoices.service import LineInput, create_invoice
from fitnesscrm.billing.models import Invoice, Membership, Payment
from fitnesscrm.extensions import db
from tests.billing.invoices import fakes


@pytest.fixture
def grants(monkeypatch):
    calls = []

    def grant(*, actor, organization_id, client_id, quantity, session_kinds, expires_at, product_id=None,
              membership_id=None, invoice_id=None, note=None):  # fmt: skip
        calls.append(locals())

    fakes.install(monkeypatch, "fitnesscrm.billing.credits.service", grant=grant)
    return calls


@pytest.fixture
def memberships(monkeypatch):
    """`start` as part B will do it: a membership row, its first period invoiced through create_invoice."""
    calls = []

    def start(*, actor, organization_id, client_id, product_id, starts_on=None, discount_id=None, collection="manual"):
        calls.append(locals())
        today = starts_on or date.today()
        membership = Membership(
            organization_id=organization_id, client_id=client_id, product_id=product_id, price=12_000,
            interval="month", started_on=today, current_period_start=today,
            current_period_end=today + timedelta(days=30), minimum_term_ends_on=today,
        )  # fmt: skip
        db.session.add(membership)
        db.session.flush()
        create_invoice(
            actor=actor, organization_id=organization_id, client_id=client_id, membership_id=membership.id,
            period_start=today, period_end=membership.current_period_end, discount_id=discount_id, finalise=True,
            lines=[LineInput(description="Monthly", unit_price=12_000, product_id=product_id)],
        )  # fmt: skip
        return membership

    fakes.install(monkeypatch, "fitnesscrm.billing.memberships.service", start=start)
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
    from fitnesscrm.errors import ValidationError

    def grant(**_kwargs):
        raise ValidationError("The credits could not be granted.")

    fakes.install(monkeypatch, "fitnesscrm.billing.credits.service", grant=grant)
    assert _sell(client_as(studio.owner), studio, product_id=catalogue.pack.id).status_code == 422
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Invoice)) == 0
