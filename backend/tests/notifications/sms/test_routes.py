"""Can owners set the studio's number, and read how many texts went, arrived and failed each month?"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.notifications.sms.models import SmsMessage, SmsNumber


def test_an_owner_sets_and_clears_the_studios_number(client_as, studio, twilio):
    owner = client_as(studio.owner)
    response = owner.put("/api/sms/settings", json={"phone_number": "(415) 555-0100"})
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["phone_number"] == "+14155550100"
    assert body["phone_number_display"] == "(415) 555-0100"
    assert body["configured"] is True
    assert body["inbound_url"] == "https://studio.example.com/api/sms/inbound"
    assert client_as(studio.admin).get("/api/sms/settings").get_json()["phone_number"] == "+14155550100"
    assert owner.put("/api/sms/settings", json={"phone_number": None}).get_json()["phone_number"] is None


def test_two_studios_cannot_text_from_one_number(client_as, studio, other_studio):
    assert (
        client_as(other_studio.owner).put("/api/sms/settings", json={"phone_number": "+14155550100"}).status_code == 200
    )
    response = client_as(studio.owner).put("/api/sms/settings", json={"phone_number": "+14155550100"})
    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "sms_number_taken"


def test_a_number_that_is_not_one_is_refused(client_as, studio):
    response = client_as(studio.owner).put("/api/sms/settings", json={"phone_number": "12"})
    assert response.status_code == 422
    assert db.session.execute(sa.select(sa.func.count()).select_from(SmsNumber)).scalar_one() == 0


def _text(studio, *, at: str, direction="out", status="delivered", sid=True):
    db.session.add(
        SmsMessage(
            organization_id=studio.org.id,
            direction=direction,
            from_number="+14155550100",
            to_number="+14155550123",
            body="x",
            status=status,
            twilio_sid=f"SM{uuid.uuid4().hex}" if sid else None,
            created_at=datetime.fromisoformat(at).astimezone(UTC),
        )
    )


def test_usage_counts_each_month_in_the_studios_zone(client_as, studio, other_studio):
    studio.org.timezone = "America/Los_Angeles"
    now = datetime.now(UTC)
    this_month = now.astimezone().strftime("%Y-%m")
    _text(studio, at=now.isoformat())
    _text(studio, at=now.isoformat(), status="undelivered")
    _text(studio, at=now.isoformat(), status="failed", sid=False)  # Twilio refused it: failed, never sent
    _text(studio, at=now.isoformat(), direction="in", status="received")
    _text(other_studio, at=now.isoformat())
    db.session.commit()
    months = client_as(studio.owner).get("/api/sms/usage?months=3").get_json()["months"]
    assert len(months) == 3
    current = months[0]
    assert {key: current[key] for key in ("sent", "delivered", "failed", "received")} == {
        "sent": 2,
        "delivered": 1,
        "failed": 2,
        "received": 1,
    }
    assert current["month"][:4] == this_month[:4]
    assert [month["sent"] for month in months[1:]] == [0, 0]


def test_a_text_just_after_midnight_utc_on_the_first_counts_in_the_studios_previous_month(client_as, studio):
    studio.org.timezone = "America/Los_Angeles"
    first = datetime.now(UTC).replace(day=1, hour=3, minute=0, second=0, microsecond=0)  # 19:00 or 20:00 the day before
    _text(studio, at=first.isoformat())
    db.session.commit()
    months = client_as(studio.owner).get("/api/sms/usage?months=2").get_json()["months"]
    assert [month["sent"] for month in months] == [0, 1]


def test_trainers_and_clients_cannot_read_usage_or_settings(client_as, studio):
    for user in (studio.trainer_user, studio.client_user):
        assert client_as(user).get("/api/sms/usage").status_code == 403
        assert client_as(user).get("/api/sms/settings").status_code == 403
    assert client_as(studio.admin).put("/api/sms/settings", json={"phone_number": None}).status_code == 403
