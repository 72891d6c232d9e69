"""Does booking spend a credit, refuse without one under `required`, and give it back or keep it per the policy?"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.billing.credits import booking
from fitnesscrm.billing.credits import service as credits
from fitnesscrm.billing.models import CreditEntry, Invoice, Membership
from fitnesscrm.extensions import db
from fitnesscrm.scheduling.models import Session
from tests.billing.credits.conftest import FAR, book, give, membership_product, set_policy

SOON = datetime(2030, 6, 1, tzinfo=UTC)
DEC_2029, DEC_2030 = date(2029, 12, 1), date(2030, 12, 1)


def rows(client_id, kind=None):
    stmt = sa.select(CreditEntry).where(CreditEntry.client_id == client_id).order_by(CreditEntry.id)
    if kind:
        stmt = stmt.where(CreditEntry.kind == kind)
    return list(db.session.scalars(stmt))


def test_booking_reserves_one_credit_on_the_earliest_expiring_grant(studio, client_as):
    later = give(studio.org.id, studio.client.id, 5, expires_at=FAR)
    sooner = give(studio.org.id, studio.client.id, 2, expires_at=SOON)
    response = book(client_as(studio.owner), studio.trainer.id, [studio.client.id])
    assert response.status_code == 201, response.get_json()
    [reserve] = rows(studio.client.id, "reserve")
    assert (reserve.grant_id, reserve.quantity, reserve.session_id) == (sooner.id, -1, response.get_json()["id"])
    assert credits.balance(client_id=studio.client.id) == 6
    assert later.id != sooner.id


def test_required_policy_refuses_a_booking_without_credit_and_writes_nothing(studio, client_as):
    set_policy(studio.org.id, credit_policy="required")
    response = book(client_as(studio.owner), studio.trainer.id, [studio.client.id])
    assert response.status_code == 409
    error = response.get_json()["error"]
    assert error["code"] == "no_credit"
    assert studio.client.full_name in error["message"] and "Personal training" in error["message"]
    assert "Mon 7 Jan, 10:00" in error["message"]
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Session)) == 0
    assert rows(studio.client.id) == []


def test_required_policy_refuses_when_only_credits_of_another_kind_remain(studio, client_as):
    set_policy(studio.org.id, credit_policy="required")
    give(studio.org.id, studio.client.id, 3, kinds=["group"])
    response = book(client_as(studio.owner), studio.trainer.id, [studio.client.id], kind="personal")
    assert response.status_code == 409
    assert book(client_as(studio.owner), studio.trainer.id, [studio.client.id], kind="group").status_code == 201


def test_required_policy_refuses_a_credit_that_expires_before_the_session(studio, client_as):
    set_policy(studio.org.id, credit_policy="required")
    give(studio.org.id, studio.client.id, 1, expires_at=datetime(2030, 1, 7, 9, tzinfo=UTC))
    assert book(client_as(studio.owner), studio.trainer.id, [studio.client.id]).status_code == 409


def test_warn_policy_books_without_credit_and_takes_one_when_attended(studio, client_as):
    api = client_as(studio.owner)
    session = book(api, studio.trainer.id, [studio.client.id], day="2020-01-06T{}:00+00:00").get_json()
    assert rows(studio.client.id) == []
    grant = give(studio.org.id, studio.client.id, 3, expires_at=FAR)
    response = api.post(f"/api/sessions/{session['id']}/attendance", json={"status": "completed"})
    assert response.status_code == 200, response.get_json()
    [reserve] = rows(studio.client.id, "reserve")
    assert (reserve.grant_id, reserve.session_id) == (grant.id, session["id"])
    assert credits.balance(client_id=studio.client.id) == 2


def test_off_policy_takes_no_credit(studio, client_as):
    set_policy(studio.org.id, credit_policy="off")
    give(studio.org.id, studio.client.id, 3)
    assert book(client_as(studio.owner), studio.trainer.id, [studio.client.id]).status_code == 201
    assert rows(studio.client.id, "reserve") == []


def test_cancel_in_time_releases_the_credit_to_its_grant(studio, client_as):
    grant = give(studio.org.id, studio.client.id, 2)
    api = client_as(studio.owner)
    session = book(api, studio.trainer.id, [studio.client.id]).get_json()
    assert api.post(f"/api/sessions/{session['id']}/cancel", json={}).status_code == 200
    [release] = rows(studio.client.id, "release")
    assert (release.grant_id, release.quantity, release.session_id) == (grant.id, 1, session["id"])
    assert credits.balance(client_id=studio.client.id) == 2


def test_late_cancel_with_forfeit_keeps_the_credit(studio, client_as):
    set_policy(studio.org.id, late_cancel_hours=24, late_cancel_penalty="forfeit")
    give(studio.org.id, studio.client.id, 2)
    api = client_as(studio.owner)
    session = book(api, studio.trainer.id, [studio.client.id]).get_json()
    assert api.post(f"/api/sessions/{session['id']}/attendance", json={"status": "late_cancel"}).status_code == 200
    assert rows(studio.client.id, "release") == []
    assert credits.balance(client_id=studio.client.id) == 1


def test_late_cancel_by_time_uses_the_window(studio, client_as):
    set_policy(studio.org.id, late_cancel_hours=24 * 14, late_cancel_penalty="none")
    give(studio.org.id, studio.client.id, 2)
    api = client_as(studio.owner)
    day = f"{datetime.now(UTC).date() + timedelta(days=3)}T{{}}:00+00:00"
    session = book(api, studio.trainer.id, [studio.client.id], day=day).get_json()
    assert api.post(f"/api/sessions/{session['id']}/cancel", json={}).status_code == 200
    # Late (3 days ahead, a 14-day window) with penalty none: released all the same.
    assert [r.quantity for r in rows(studio.client.id, "release")] == [1]


def test_late_cancel_forfeit_by_time_keeps_the_credit(studio, client_as):
    set_policy(studio.org.id, late_cancel_hours=24 * 14, late_cancel_penalty="forfeit")
    give(studio.org.id, studio.client.id, 2)
    api = client_as(studio.owner)
    day = f"{datetime.now(UTC).date().replace(day=1).isoformat()}"
    session = book(api, studio.trainer.id, [studio.client.id], day=day + "T{}:00+00:00").get_json()
    assert api.post(f"/api/sessions/{session['id']}/cancel", json={}).status_code == 200
    assert rows(studio.client.id, "release") == []
    assert credits.balance(client_id=studio.client.id) == 1


def test_no_show_fee_releases_the_credit_and_invoices_the_fee_once(studio, client_as, fake_invoices):
    set_policy(studio.org.id, no_show_penalty="fee", no_show_fee=1500)
    give(studio.org.id, studio.client.id, 2)
    api = client_as(studio.owner)
    session = book(api, studio.trainer.id, [studio.client.id], day="2020-01-06T{}:00+00:00").get_json()
    marks = ("no_show", "completed", "no_show")
    for status in marks:
        assert api.post(f"/api/sessions/{session['id']}/attendance", json={"status": status}).status_code == 200
    assert len(fake_invoices) == 1
    [line] = fake_invoices[0]["lines"]
    assert (line.unit_price, line.session_id) == (1500, session["id"])
    assert line.description == "No-show fee: Personal training on Mon 6 Jan, 10:00"
    assert fake_invoices[0]["actor"] is None
    # no-show released it, attended took it back, no-show released it again: nothing held in the end.
    assert credits.balance(client_id=studio.client.id) == 2
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Invoice)) == 1


def test_no_show_with_forfeit_and_attended_both_use_the_credit(studio, client_as):
    give(studio.org.id, studio.client.id, 2)
    api = client_as(studio.owner)
    first = book(api, studio.trainer.id, [studio.client.id], day="2020-01-06T{}:00+00:00").get_json()
    second = book(api, studio.trainer.id, [studio.client.id], "12:00", "13:00", day="2020-01-06T{}:00+00:00").get_json()
    api.post(f"/api/sessions/{first['id']}/attendance", json={"status": "no_show"})
    api.post(f"/api/sessions/{second['id']}/attendance", json={"status": "completed"})
    assert credits.balance(client_id=studio.client.id) == 0
    assert rows(studio.client.id, "release") == []


def test_removing_a_client_releases_and_adding_one_without_credit_is_refused(studio, client_as):
    set_policy(studio.org.id, credit_policy="required")
    give(studio.org.id, studio.client.id, 1)
    api = client_as(studio.owner)
    session = book(api, studio.trainer.id, [studio.client.id], capacity=2).get_json()
    refused = api.patch(
        f"/api/sessions/{session['id']}", json={"client_ids": [studio.client.id, studio.other_client.id]}
    )
    assert refused.status_code == 409 and refused.get_json()["error"]["code"] == "no_credit"
    assert studio.other_client.full_name in refused.get_json()["error"]["message"]
    removed = api.patch(f"/api/sessions/{session['id']}", json={"client_ids": []})
    assert removed.status_code == 200, removed.get_json()
    assert [r.quantity for r in rows(studio.client.id, "release")] == [1]
    assert credits.balance(client_id=studio.client.id) == 1


def test_editing_a_session_does_not_spend_twice(studio, client_as):
    give(studio.org.id, studio.client.id, 3)
    api = client_as(studio.owner)
    session = book(api, studio.trainer.id, [studio.client.id]).get_json()
    assert api.patch(f"/api/sessions/{session['id']}", json={"location": "Room 2"}).status_code == 200
    assert (
        api.patch(
            f"/api/sessions/{session['id']}",
            json={"starts_at": "2030-01-07T10:30:00+00:00", "ends_at": "2030-01-07T11:30:00+00:00"},
        ).status_code
        == 200
    )
    assert len(rows(studio.client.id, "reserve")) == 1


def test_series_reserves_as_far_as_credits_go_and_releases_on_cancel(studio, client_as):
    give(studio.org.id, studio.client.id, 2)
    api = client_as(studio.owner)
    payload = {
        "trainer_id": studio.trainer.id, "starts_at": "2030-03-04T07:00:00+00:00",
        "ends_at": "2030-03-04T08:00:00+00:00", "rrule": "FREQ=WEEKLY;BYDAY=MO;COUNT=4",
        "client_ids": [studio.client.id],
    }  # fmt: skip
    assert api.post("/api/series", json=payload).status_code == 201
    reserves = rows(studio.client.id, "reserve")
    starts = [db.session.get(Session, r.session_id).starts_at for r in reserves]
    assert len(reserves) == 2 and starts == sorted(starts)
    first = min(db.session.scalars(sa.select(Session)), key=lambda s: s.starts_at)
    assert api.post(f"/api/sessions/{first.id}/cancel", json={"scope": "all"}).status_code == 200
    assert credits.balance(client_id=studio.client.id) == 2


def test_series_under_required_needs_a_credit_for_its_first_occurrence(studio, client_as):
    set_policy(studio.org.id, credit_policy="required")
    payload = {
        "trainer_id": studio.trainer.id, "starts_at": "2030-03-04T07:00:00+00:00",
        "ends_at": "2030-03-04T08:00:00+00:00", "rrule": "FREQ=WEEKLY;BYDAY=MO;COUNT=4",
        "client_ids": [studio.client.id],
    }  # fmt: skip
    response = client_as(studio.owner).post("/api/series", json=payload)
    assert response.status_code == 409 and response.get_json()["error"]["code"] == "no_credit"


def test_unlimited_membership_books_under_required_without_credits(studio, client_as):
    set_policy(studio.org.id, credit_policy="required")
    product = membership_product(studio.org.id, sessions_per_period=None)
    db.session.add(
        Membership(
            organization_id=studio.org.id, client_id=studio.client.id, product_id=product.id, price=6000,
            interval="month", started_on=DEC_2029, current_period_start=DEC_2029,
            current_period_end=DEC_2030, minimum_term_ends_on=DEC_2029,
        )
    )  # fmt: skip
    db.session.commit()
    assert book(client_as(studio.owner), studio.trainer.id, [studio.client.id]).status_code == 201
    assert rows(studio.client.id) == []


def test_credits_of_a_paused_membership_are_not_usable(studio, client_as):
    set_policy(studio.org.id, credit_policy="required")
    product = membership_product(studio.org.id)
    membership = Membership(
        organization_id=studio.org.id, client_id=studio.client.id, product_id=product.id, price=6000,
        interval="month", sessions_per_period=8, started_on=DEC_2029, status="paused",
        current_period_start=DEC_2029, current_period_end=DEC_2030,
        minimum_term_ends_on=DEC_2029,
    )  # fmt: skip
    db.session.add(membership)
    db.session.commit()
    give(studio.org.id, studio.client.id, 8, membership_id=membership.id, product_id=product.id)
    assert book(client_as(studio.owner), studio.trainer.id, [studio.client.id]).status_code == 409
    membership.status = "past_due"
    db.session.commit()
    assert book(client_as(studio.owner), studio.trainer.id, [studio.client.id]).status_code == 201


def test_the_credit_check_of_a_one_client_booking_is_two_statements(studio, client_as, count_statements, monkeypatch):
    give(studio.org.id, studio.client.id, 2)
    counts = []
    settle = booking.settle

    def counted(*args, **kwargs):
        db.session.flush()  # the booking's own pending rows (reminders), which its commit writes anyway
        with count_statements() as counter:
            settle(*args, **kwargs)
        counts.append(counter.count)

    monkeypatch.setattr(booking, "settle", counted)
    assert book(client_as(studio.owner), studio.trainer.id, [studio.client.id]).status_code == 201
    # The policy read with the client's lock, then the usable grants; the reserve goes in with the booking.
    assert counts == [2]
