"""Are Twilio's webhooks refused unsigned, inbound texts stored and threaded, keywords kept, and statuses recorded?"""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.core import events
from fitnesscrm.extensions import db
from fitnesscrm.notifications.events import TextMessageReceived
from fitnesscrm.notifications.models import OutboxMessage
from fitnesscrm.notifications.sms.models import SmsMessage, SmsOptOut
from tests.notifications.sms.twilio_server import STUDIO_NUMBER, count, signed

CLIENT_PHONE = "+14155550123"


def _inbound(client, body: str, *, sid: str = "SMin1", sender: str = CLIENT_PHONE, headers=None):
    form = {"From": sender, "To": STUDIO_NUMBER, "Body": body, "MessageSid": sid, "AccountSid": "AC1"}
    return client.post("/api/sms/inbound", data=form, headers=headers or signed("/api/sms/inbound", form))


def _heard(monkeypatch) -> list[TextMessageReceived]:
    heard: list[TextMessageReceived] = []
    monkeypatch.setitem(events._subscribers, TextMessageReceived, [heard.append])
    return heard


def test_an_unsigned_or_badly_signed_inbound_text_is_refused_and_nothing_stored(
    client, studio, twilio, studio_number, monkeypatch
):
    heard = _heard(monkeypatch)
    form = {"From": CLIENT_PHONE, "To": STUDIO_NUMBER, "Body": "STOP", "MessageSid": "SMx"}
    for headers in (
        {},
        signed("/api/sms/inbound", form, token="someone-elses-token"),
        signed("/api/sms/inbound", {**form, "Body": "hello"}),  # signed for another body
        signed("/api/sms/status", form),  # signed for another URL
    ):
        response = client.post("/api/sms/inbound", data=form, headers=headers or {"X-Twilio-Signature": ""})
        assert response.status_code == 403
        assert response.get_json()["error"]["code"] == "bad_signature"
    assert (count(SmsMessage), count(SmsOptOut), heard) == (0, 0, [])


def test_a_clients_text_is_stored_and_handed_to_chat(client, studio, twilio, studio_number, monkeypatch):
    heard = _heard(monkeypatch)
    studio.client.phone = CLIENT_PHONE
    db.session.commit()
    response = _inbound(client, "Running 5 min late!")
    assert response.status_code == 200
    assert response.content_type.startswith("text/xml")
    assert response.get_data(as_text=True).endswith("<Response />")
    row = db.session.execute(sa.select(SmsMessage)).scalar_one()
    assert (row.direction, row.status, row.client_id, row.body) == (
        "in",
        "received",
        studio.client.id,
        "Running 5 min late!",
    )
    [event] = heard
    assert (event.organization_id, event.client_id, event.body, event.sms_message_id) == (
        studio.org.id,
        studio.client.id,
        "Running 5 min late!",
        row.id,
    )
    # Twilio posting the same text again (it retries when it hears nothing) stores nothing more.
    assert _inbound(client, "Running 5 min late!").status_code == 200
    assert count(SmsMessage) == 1 and len(heard) == 1


def test_a_text_from_an_unknown_number_is_stored_not_threaded(client, studio, twilio, studio_number, monkeypatch):
    heard = _heard(monkeypatch)
    assert _inbound(client, "Do you have classes on Sunday?", sender="+14155559999").status_code == 200
    row = db.session.execute(sa.select(SmsMessage)).scalar_one()
    assert (row.client_id, row.from_number) == (None, "+14155559999")
    assert heard == []


def test_a_text_to_a_number_no_studio_uses_is_answered_and_not_stored(client, studio, twilio):
    assert _inbound(client, "hello").status_code == 200
    assert count(SmsMessage) == 0


def test_keywords_are_stored_and_honoured_and_not_threaded(client, studio, twilio, studio_number, monkeypatch):
    heard = _heard(monkeypatch)
    studio.client.phone = CLIENT_PHONE
    db.session.commit()
    _inbound(client, " stopall ", sid="SM1")
    assert db.session.execute(sa.select(SmsOptOut.phone_number, SmsOptOut.keyword)).all() == [(CLIENT_PHONE, "stopall")]
    _inbound(client, "UNSTOP", sid="SM2")
    assert count(SmsOptOut) == 0
    _inbound(client, "Stop texting me so early", sid="SM3")  # a sentence, not a keyword
    assert count(SmsOptOut) == 0
    keywords = db.session.execute(sa.select(SmsMessage.keyword).order_by(SmsMessage.id)).scalars().all()
    assert keywords == ["stop", "start", None]
    assert [event.body for event in heard] == ["Stop texting me so early"]


def test_keyword_replies_come_from_twilio_unless_the_app_is_told_to_answer(
    app, client, studio, twilio, studio_number, monkeypatch
):
    assert _inbound(client, "HELP", sid="SM1").get_data(as_text=True).endswith("<Response />")
    monkeypatch.setitem(app.config, "SMS_KEYWORD_REPLIES", True)
    reply = _inbound(client, "help", sid="SM2").get_data(as_text=True)
    assert f"<Message>{studio.org.name}: texts about your sessions" in reply


def _send_one(studio, twilio) -> SmsMessage:
    from fitnesscrm.notifications import delivery, service
    from fitnesscrm.notifications.sms import service as sms

    studio.client.phone = CLIENT_PHONE
    service.set_preference(
        organization_id=studio.org.id, channel="sms", address=CLIENT_PHONE, topic="messages", enabled=True
    )
    message_id = sms.queue_text(
        organization_id=studio.org.id,
        template="chat_message",
        to_number=CLIENT_PHONE,
        to_name=studio.client.full_name,
        subject="Message",
        context={"author_name": "Sam", "preview": "Hi"},
        idempotency_key="test:1",
    )
    db.session.commit()
    assert delivery.deliver_message(message_id=message_id) == "sent"
    return db.session.execute(sa.select(SmsMessage)).scalar_one()


def _status(client, sid: str, status: str, **extra):
    form = {"MessageSid": sid, "MessageStatus": status, "AccountSid": "AC1", **extra}
    return client.post("/api/sms/status", data=form, headers=signed("/api/sms/status", form))


def test_a_status_callback_updates_the_text(client, studio, twilio, studio_number):
    text = _send_one(studio, twilio)
    assert _status(client, text.twilio_sid, "sent").status_code == 204
    assert _status(client, text.twilio_sid, "delivered").status_code == 204
    assert _status(client, text.twilio_sid, "sent").status_code == 204  # late, out of order
    db.session.refresh(text)
    assert text.status == "delivered" and text.delivered_at is not None


def test_an_undelivered_text_says_why_and_its_outbox_row_can_be_retried(client, studio, twilio, studio_number):
    text = _send_one(studio, twilio)
    assert _status(client, text.twilio_sid, "undelivered", ErrorCode="30005").status_code == 204
    db.session.refresh(text)
    assert (text.status, text.error_code) == ("undelivered", 30005)
    assert text.error_message == "The number does not exist or is no longer in service"
    outbox = db.session.get(OutboxMessage, text.outbox_message_id)
    db.session.refresh(outbox)
    assert outbox.status == "dead"
    assert outbox.last_error == "Not delivered: the number does not exist or is no longer in service"


def test_an_unsigned_status_callback_changes_nothing(client, studio, twilio, studio_number):
    text = _send_one(studio, twilio)
    form = {"MessageSid": text.twilio_sid, "MessageStatus": "failed"}
    assert client.post("/api/sms/status", data=form).status_code == 403
    db.session.refresh(text)
    assert text.status == "queued"


def test_without_public_base_url_the_signature_covers_the_url_the_request_came_to(
    app, client, studio, twilio, studio_number, monkeypatch
):
    monkeypatch.setitem(app.config, "PUBLIC_BASE_URL", None)
    form = {"From": CLIENT_PHONE, "To": STUDIO_NUMBER, "Body": "hi", "MessageSid": "SM9"}
    from twilio.request_validator import RequestValidator

    from tests.notifications.sms.twilio_server import AUTH_TOKEN

    signature = RequestValidator(AUTH_TOKEN).compute_signature("http://localhost/api/sms/inbound", form)
    response = client.post("/api/sms/inbound", data=form, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 200
