"""Are reminders and chat messages texted through the real twilio library to those who want them, never after STOP?"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from fitnesscrm.core import events
from fitnesscrm.extensions import db
from fitnesscrm.messaging.events import MessagePosted
from fitnesscrm.notifications import delivery, reminders, service
from fitnesscrm.notifications.models import OutboxMessage
from fitnesscrm.notifications.sms.models import SmsMessage, SmsNumber
from tests.notifications.sms.twilio_server import ACCOUNT_SID, STUDIO_NUMBER, signed

CLIENT_PHONE = "+14155550123"
T = "2030-01-07T{}:00+00:00"
DAY_BEFORE = datetime.fromisoformat("2030-01-06T10:00:00+00:00")
HOUR_BEFORE = datetime.fromisoformat("2030-01-07T09:00:00+00:00")


def _wants_texts(studio, topic: str = "reminders") -> None:
    studio.client.phone = CLIENT_PHONE
    service.set_preference(
        organization_id=studio.org.id, channel="sms", address=CLIENT_PHONE, topic=topic, enabled=True
    )
    db.session.commit()


def _book(client_as, studio) -> int:
    response = client_as(studio.owner).post(
        "/api/sessions",
        json={
            "trainer_id": studio.trainer.id,
            "starts_at": T.format("10:00"),
            "ends_at": T.format("11:00"),
            "client_ids": [studio.client.id],
            "location": "Studio 2",
        },
    )
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


def _texts() -> list[OutboxMessage]:
    return (
        db.session.execute(sa.select(OutboxMessage).where(OutboxMessage.channel == "sms").order_by(OutboxMessage.id))
        .scalars()
        .all()
    )


def _deliver_texts() -> list[str | None]:
    return [delivery.deliver_message(message_id=message.id) for message in _texts() if message.status == "pending"]


def test_due_reminders_are_texted_through_twilio_and_only_the_first_says_how_to_stop(
    client_as, studio, twilio, studio_number
):
    studio.org.name = "Harbour Fitness"
    studio.client_user.timezone = "Asia/Tokyo"
    _wants_texts(studio)
    _book(client_as, studio)

    assert reminders.send_due(now=DAY_BEFORE) == 1
    assert _deliver_texts() == ["sent"]
    [request] = twilio.requests
    assert request.path == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    assert request.account == ACCOUNT_SID
    assert request.form["To"] == CLIENT_PHONE
    assert request.form["From"] == STUDIO_NUMBER
    assert request.form["Body"] == (
        f"Harbour Fitness: reminder, Personal session with {studio.trainer.full_name} on Mon 7 Jan, 19:00"
        " at Studio 2. Reply STOP to opt out."
    )
    assert request.form["StatusCallback"] == "https://studio.example.com/api/sms/status"
    [text] = _texts()
    row = db.session.execute(sa.select(SmsMessage)).scalar_one()
    assert (row.direction, row.status, row.twilio_sid, row.client_id) == (
        "out",
        "queued",
        text.provider_message_id,
        studio.client.id,
    )
    assert text.status == "sent"

    assert reminders.send_due(now=HOUR_BEFORE) == 1
    assert _deliver_texts() == ["sent"]
    assert not twilio.requests[1].form["Body"].endswith("Reply STOP to opt out.")


def test_no_text_goes_to_a_client_who_has_not_said_yes(client_as, studio, twilio, studio_number):
    studio.client.phone = CLIENT_PHONE
    db.session.commit()
    _book(client_as, studio)
    assert reminders.send_due(now=DAY_BEFORE) == 1  # the email
    assert _texts() == []


def test_a_client_with_only_a_phone_gets_the_text_and_no_email(client_as, studio, twilio, studio_number):
    _wants_texts(studio)
    studio.client.email = None
    db.session.commit()
    _book(client_as, studio)
    assert reminders.send_due(now=DAY_BEFORE) == 1
    reminded = db.session.execute(sa.select(OutboxMessage.channel).where(OutboxMessage.template == "reminder"))
    assert reminded.scalars().all() == ["sms"]


def _stop(client, text: str = "Stop") -> None:
    form = {"From": CLIENT_PHONE, "To": STUDIO_NUMBER, "Body": text, "MessageSid": f"SMin{text}"}
    response = client.post("/api/sms/inbound", data=form, headers=signed("/api/sms/inbound", form))
    assert response.status_code == 200


def test_stop_then_a_reminder_sends_nothing(client, client_as, studio, twilio, studio_number):
    _wants_texts(studio)
    _book(client_as, studio)
    _stop(client)
    assert reminders.send_due(now=DAY_BEFORE) == 1  # the email still goes
    assert _texts() == []
    assert twilio.requests == []


def test_stop_between_queueing_and_sending_stops_the_text(client, client_as, studio, twilio, studio_number):
    _wants_texts(studio)
    _book(client_as, studio)
    reminders.send_due(now=DAY_BEFORE)
    _stop(client, "QUIT")
    assert _deliver_texts() == ["dead"]
    assert twilio.requests == []
    [text] = _texts()
    assert text.last_error.startswith("This person texted STOP to the studio's number")


def test_start_after_stop_lets_texts_go_again(client, client_as, studio, twilio, studio_number):
    _wants_texts(studio)
    _book(client_as, studio)
    _stop(client)
    _stop(client, "start")
    reminders.send_due(now=DAY_BEFORE)
    assert _deliver_texts() == ["sent"]


def test_twilio_refusals_become_sentences_permanent_or_retried(client_as, studio, twilio, studio_number):
    _wants_texts(studio)
    _book(client_as, studio)
    reminders.send_due(now=HOUR_BEFORE)  # both reminders at once
    twilio.errors = [
        (400, {"code": 21211, "message": "The 'To' number is not a valid phone number.", "status": 400}),
        (503, {"code": 20500, "message": "Service unavailable", "status": 503}),
    ]
    assert _deliver_texts() == ["dead", "failed"]
    dead, failed = _texts()
    assert dead.last_error == "The number is not a valid phone number"
    assert failed.last_error == "Twilio error 20500: Service unavailable"
    assert failed.next_attempt_at is not None
    rows = db.session.execute(sa.select(SmsMessage.status, SmsMessage.error_code).order_by(SmsMessage.id)).all()
    assert rows == [("failed", 21211), ("failed", 20500)]


def test_a_text_twilio_took_is_not_sent_again_when_its_worker_died(client_as, studio, twilio, studio_number):
    _wants_texts(studio)
    _book(client_as, studio)
    reminders.send_due(now=DAY_BEFORE)
    assert _deliver_texts() == ["sent"]
    [text] = _texts()
    # As if the worker died between Twilio's answer and the outbox row saying "sent".
    text.status, text.next_attempt_at = "pending", None
    db.session.commit()
    assert delivery.deliver_message(message_id=text.id) == "sent"
    assert len(twilio.requests) == 1


def _posted(studio, **overrides) -> MessagePosted:
    values = {
        "organization_id": studio.org.id,
        "actor": None,
        "thread_id": 1,
        "message_id": 41,
        "author_user_id": studio.trainer_user.id,
        "author_name": studio.trainer.full_name,
        "thread_title": studio.client.full_name,
        "preview": "See you at 10 tomorrow, bring water.",
        "recipient_user_ids": (studio.client_user.id,),
        "client_id": studio.client.id,
    }
    return MessagePosted(**{**values, **overrides})


def test_a_chat_message_is_texted_to_a_client_who_prefers_texts(studio, twilio, studio_number):
    _wants_texts(studio, topic="messages")
    events.record(_posted(studio))
    db.session.commit()
    assert _deliver_texts() == ["sent"]
    body = twilio.requests[0].form["Body"]
    assert body.startswith(f"{studio.org.name}, {studio.trainer.full_name}: See you at 10 tomorrow, bring water.")
    assert "Reply to this text to answer." in body


def test_no_chat_text_for_a_text_that_came_in_the_clients_own_message_or_without_a_yes(studio, twilio, studio_number):
    studio.client.phone = CLIENT_PHONE
    db.session.commit()
    events.record(_posted(studio))  # no yes to messages by text
    _wants_texts(studio, topic="messages")
    events.record(_posted(studio, message_id=42, via_sms=True))
    events.record(_posted(studio, message_id=43, author_user_id=studio.client_user.id))
    events.record(_posted(studio, message_id=44, client_id=None))
    db.session.commit()
    assert _texts() == []


def test_nothing_is_queued_without_a_studio_number_or_a_twilio_account(app, studio, twilio, monkeypatch):
    _wants_texts(studio, topic="messages")
    events.record(_posted(studio))  # no studio number
    db.session.add(SmsNumber(organization_id=studio.org.id, phone_number=STUDIO_NUMBER))
    monkeypatch.setitem(app.config, "TWILIO_AUTH_TOKEN", None)
    events.record(_posted(studio, message_id=42))  # no Twilio account on this server
    db.session.commit()
    assert _texts() == []
