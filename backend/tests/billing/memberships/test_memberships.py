"""Does a membership invoice its first period, grant its credits, end per notice and term, pause and resume?"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.billing.credits import service as credits
from fitnesscrm.billing.memberships import periods, renewals
from fitnesscrm.billing.memberships import service as memberships
from fitnesscrm.billing.models import CreditEntry, Discount, Invoice, Membership
from fitnesscrm.extensions import db
from tests.billing.credits.conftest import membership_product, set_policy


def start(studio, product, **fields):
    membership = memberships.start(
        actor=None, organization_id=studio.org.id, client_id=studio.client.id, product_id=product.id, **fields
    )
    db.session.commit()
    return membership


def test_add_intervals_keeps_the_start_day_where_the_month_has_it():
    assert periods.add_intervals(date(2027, 1, 31), "month", 1) == date(2027, 2, 28)
    assert periods.add_intervals(date(2027, 2, 28), "month", 1, anchor_day=31) == date(2027, 3, 31)
    assert periods.add_intervals(date(2028, 2, 29), "year", 1) == date(2029, 2, 28)
    assert periods.add_intervals(date(2027, 12, 30), "week", 1) == date(2028, 1, 6)


def test_start_invoices_the_first_period_and_grants_its_credits(studio, fake_invoices):
    product = membership_product(studio.org.id, minimum_term_periods=3)
    m = start(studio, product, starts_on=date(2030, 1, 15))
    assert (m.current_period_start, m.current_period_end, m.minimum_term_ends_on) == (
        date(2030, 1, 15), date(2030, 2, 15), date(2030, 4, 15)
    )  # fmt: skip
    [call] = fake_invoices
    assert (call["membership_id"], call["period_start"], call["period_end"]) == (
        m.id,
        date(2030, 1, 15),
        date(2030, 2, 15),
    )
    assert call["lines"][0].description == "Monthly membership, 15 Jan 2030 to 14 Feb 2030"
    assert call["lines"][0].unit_price == 6000
    grant = db.session.scalars(sa.select(CreditEntry).where(CreditEntry.kind == "grant")).one()
    assert (grant.quantity, grant.session_kinds, grant.membership_id) == (8, ["personal"], m.id)
    # Midnight at the period's end in London (winter: UTC).
    assert grant.expires_at == datetime(2030, 2, 15, tzinfo=UTC)


def test_unlimited_membership_grants_no_credits(studio, fake_invoices):
    start(studio, membership_product(studio.org.id, sessions_per_period=None))
    assert credits.balance(client_id=studio.client.id) == 0
    assert len(fake_invoices) == 1


def test_start_refuses_a_product_that_is_not_a_membership_and_writes_nothing(studio, client_as, fake_invoices):
    product = membership_product(studio.org.id)
    product.kind, product.session_count, product.valid_days, product.interval = "pack", 10, 30, None
    db.session.commit()
    response = client_as(studio.owner).post(
        f"/api/clients/{studio.client.id}/memberships", json={"product_id": product.id}
    )
    assert response.status_code == 422
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Membership)) == 0
    assert fake_invoices == []


def test_renewal_invoices_each_period_once_and_grants_its_credits(studio, fake_invoices):
    m = start(studio, membership_product(studio.org.id), starts_on=date(2030, 1, 31))
    now = datetime(2030, 2, 28, 12, tzinfo=UTC)
    assert renewals.renew_due(now=now) == 1
    assert renewals.renew_due(now=now) == 0
    db.session.refresh(m)
    assert (m.current_period_start, m.current_period_end) == (date(2030, 2, 28), date(2030, 3, 31))
    assert [c["period_start"] for c in fake_invoices] == [date(2030, 1, 31), date(2030, 2, 28)]
    assert (
        db.session.scalar(sa.select(sa.func.count()).select_from(CreditEntry).where(CreditEntry.kind == "grant")) == 2
    )


def test_renewal_reuses_an_invoice_already_made_for_the_period(studio, fake_invoices):
    m = start(studio, membership_product(studio.org.id), starts_on=date(2030, 1, 1))
    db.session.add(Invoice(organization_id=studio.org.id, client_id=studio.client.id, currency="USD", status="open",
                           number="INV-X", membership_id=m.id, period_start=date(2030, 2, 1)))  # fmt: skip
    db.session.commit()
    renewals.renew_due(now=datetime(2030, 2, 1, 9, tzinfo=UTC))
    assert len(fake_invoices) == 1


def test_renewal_skips_stripe_collected_and_paused_memberships(studio, fake_invoices):
    product = membership_product(studio.org.id)
    start(studio, product, starts_on=date(2030, 1, 1), collection="stripe")
    paused = start(studio, product, starts_on=date(2030, 1, 1))
    paused.status = "paused"
    db.session.commit()
    assert renewals.renew_due(now=datetime(2030, 2, 2, tzinfo=UTC)) == 0
    assert len(fake_invoices) == 2


def test_a_repeating_discount_applies_to_its_periods_only(studio, fake_invoices):
    discount = Discount(organization_id=studio.org.id, name="Two months off", basis_points=1000,
                        duration="repeating", duration_periods=2)  # fmt: skip
    db.session.add(discount)
    db.session.commit()
    start(studio, membership_product(studio.org.id), starts_on=date(2030, 1, 1), discount_id=discount.id)
    for month in (2, 3):
        renewals.renew_due(now=datetime(2030, month, 1, 12, tzinfo=UTC))
    assert [c["discount_id"] for c in fake_invoices] == [discount.id, discount.id, None]


def test_notice_and_minimum_term_set_the_end_and_explain_it(studio, client_as, fake_invoices):
    product = membership_product(studio.org.id, minimum_term_periods=3, notice_days=30)
    today = periods.today("Europe/London")
    m = start(studio, product, starts_on=today)
    response = client_as(studio.client_user).post(f"/api/billing/memberships/{m.id}/cancel", json={})
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    # Three monthly periods of minimum term outlast 30 days' notice: it ends on the last day of the third.
    last = periods.add_intervals(today, "month", 3) - timedelta(days=1)
    assert body["ends_on"] == last.isoformat()
    assert body["status"] == "active"
    assert body["ends_explained"] == (
        f"Notice given on {periods.day_words(today)}: 30 days' notice runs to "
        f"{periods.day_words(today + timedelta(days=30))} and the minimum term runs to {periods.day_words(last)}. "
        f"The membership ends on {periods.day_words(last)}, the last day of that billing period, "
        "and is not renewed after it."
    )


def test_notice_alone_ends_at_the_end_of_the_period_it_reaches(studio, client_as, fake_invoices):
    product = membership_product(studio.org.id, notice_days=10)
    today = periods.today("Europe/London")
    m = start(studio, product, starts_on=today - timedelta(days=25))
    body = client_as(studio.owner).post(f"/api/billing/memberships/{m.id}/cancel", json={}).get_json()
    covering = periods.period_end_covering(
        m.started_on, "month", today + timedelta(days=10), anchor_day=m.started_on.day
    )
    assert body["ends_on"] == (covering - timedelta(days=1)).isoformat()


def test_a_membership_ends_instead_of_renewing_once_its_notice_has_run(studio, fake_invoices):
    m = start(studio, membership_product(studio.org.id), starts_on=date(2030, 1, 1))
    m.ends_on, m.cancel_requested_at = date(2030, 1, 31), datetime(2030, 1, 5, tzinfo=UTC)
    db.session.commit()
    renewals.renew_due(now=datetime(2030, 2, 1, 12, tzinfo=UTC))
    db.session.refresh(m)
    assert m.status == "ended" and len(fake_invoices) == 1


def test_only_managers_end_a_membership_at_once_and_trainers_cannot_cancel(studio, client_as, fake_invoices):
    m = start(studio, membership_product(studio.org.id, minimum_term_periods=12))
    url = f"/api/billing/memberships/{m.id}/cancel"
    assert client_as(studio.client_user).post(url, json={"immediately": True}).status_code == 403
    assert client_as(studio.trainer_user).post(url, json={}).status_code == 403
    body = client_as(studio.owner).post(url, json={"immediately": True}).get_json()
    assert (body["status"], body["ends_on"]) == ("cancelled", periods.today("Europe/London").isoformat())
    assert client_as(studio.owner).post(url, json={}).status_code == 409


def test_a_client_cannot_cancel_another_clients_membership(studio, client_as, fake_invoices):
    m = memberships.start(actor=None, organization_id=studio.org.id, client_id=studio.other_client.id,
                          product_id=membership_product(studio.org.id).id)  # fmt: skip
    db.session.commit()
    assert client_as(studio.client_user).post(f"/api/billing/memberships/{m.id}/cancel", json={}).status_code == 404


def test_pause_and_resume_by_managers_only(studio, client_as, fake_invoices):
    m = start(studio, membership_product(studio.org.id))
    assert client_as(studio.client_user).post(f"/api/billing/memberships/{m.id}/pause").status_code == 403
    assert client_as(studio.trainer_user).post(f"/api/billing/memberships/{m.id}/pause").status_code == 403
    api = client_as(studio.admin)
    assert api.post(f"/api/billing/memberships/{m.id}/pause").get_json()["status"] == "paused"
    assert credits.balance(client_id=studio.client.id) == 0
    assert api.post(f"/api/billing/memberships/{m.id}/pause").status_code == 409
    assert api.post(f"/api/billing/memberships/{m.id}/resume").get_json()["status"] == "active"
    assert credits.balance(client_id=studio.client.id) == 8


def test_owner_starts_a_membership_through_the_api(studio, client_as, fake_invoices):
    product = membership_product(studio.org.id)
    response = client_as(studio.owner).post(
        f"/api/clients/{studio.client.id}/memberships", json={"product_id": product.id, "starts_on": "2030-03-01"}
    )
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["summary"] == "$60.00 a month, 8 sessions a month; renews on 1 Apr 2030."
    assert (body["client_name"], body["product_name"], body["status_label"]) == (
        studio.client.full_name, "Monthly membership", "Active"
    )  # fmt: skip
    assert fake_invoices[0]["actor"].user_id == studio.owner.id


def test_trainers_and_clients_cannot_start_memberships(studio, client_as, fake_invoices):
    product = membership_product(studio.org.id)
    for user in (studio.trainer_user, studio.client_user):
        url = f"/api/clients/{studio.client.id}/memberships"
        assert client_as(user).post(url, json={"product_id": product.id}).status_code == 403


def test_memberships_list_is_scoped_filtered_and_constant_in_statements(
    studio, other_studio, client_as, count_statements, fake_invoices
):
    product = membership_product(studio.org.id)
    start(studio, product)
    memberships.start(actor=None, organization_id=other_studio.org.id, client_id=other_studio.client.id,
                      product_id=membership_product(other_studio.org.id).id)  # fmt: skip
    db.session.commit()
    api = client_as(studio.owner)
    with count_statements() as one:
        assert api.get("/api/billing/memberships").get_json()["meta"]["total"] == 1
    for _ in range(5):
        memberships.start(actor=None, organization_id=studio.org.id, client_id=studio.other_client.id,
                          product_id=product.id)  # fmt: skip
    db.session.commit()
    api.get("/api/billing/memberships")  # the first statement after a commit opens the test's savepoint
    with count_statements() as six:
        assert api.get("/api/billing/memberships?status=active").get_json()["meta"]["total"] == 6
    assert six.count == one.count
    assert api.get("/api/billing/memberships?status=paused").get_json()["meta"]["total"] == 0
    assert client_as(studio.client_user).get("/api/billing/memberships").get_json()["meta"]["total"] == 1
    assert client_as(studio.trainer_user).get("/api/billing/memberships").get_json()["meta"]["total"] == 1
    own = client_as(studio.client_user).get(f"/api/clients/{studio.client.id}/memberships").get_json()
    assert own["meta"]["total"] == 1
    assert client_as(studio.client_user).get(f"/api/clients/{studio.other_client.id}/memberships").status_code == 404


def test_past_due_membership_still_books_under_required(studio, client_as, fake_invoices):
    set_policy(studio.org.id, credit_policy="required")
    m = start(studio, membership_product(studio.org.id), starts_on=date(2030, 1, 1))
    m.status = "past_due"
    db.session.commit()
    payload = {"trainer_id": studio.trainer.id, "starts_at": "2030-01-07T10:00:00+00:00",
               "ends_at": "2030-01-07T11:00:00+00:00", "client_ids": [studio.client.id]}  # fmt: skip
    assert client_as(studio.owner).post("/api/sessions", json=payload).status_code == 201
