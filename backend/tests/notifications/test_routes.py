"""Can owners read the outbox as sentences and retry what failed; can anyone unsubscribe with one click?"""

from __future__ import annotations

from urllib.parse import urlsplit

import sqlalchemy as sa

from fitnesscrm.auth import account_links
from fitnesscrm.extensions import db
from fitnesscrm.notifications import delivery, service
from fitnesscrm.notifications.models import OutboxMessage


def _welcome(studio, address: str) -> int:
    message_id = service.queue_email(
        organization_id=studio.org.id,
        template="welcome",
        to_address=address,
        to_name="Sam Lee",
        subject=f"Welcome to {studio.org.name}",
        context={"first_name": "Sam", "email": address, "url": "http://127.0.0.1:5000/sign-in"},
        idempotency_key=f"welcome:{address}",
    )
    db.session.commit()
    return message_id


def test_outbox_lists_messages_for_people_and_filters_by_status(client_as, studio, other_studio, smtp, app):
    dead_id = _welcome(studio, "sam.lee@example.com")
    sent_id = _welcome(studio, "ann@example.com")
    _welcome(other_studio, "elsewhere@example.com")
    db.session.execute(
        sa.update(OutboxMessage)
        .where(OutboxMessage.id == dead_id)
        .values(attempts=app.config["OUTBOX_MAX_ATTEMPTS"] - 1)
    )
    db.session.commit()
    smtp.stop()
    assert delivery.deliver_message(message_id=dead_id) == "dead"
    smtp.start()
    assert delivery.deliver_message(message_id=sent_id) == "sent"

    page = client_as(studio.owner).get("/api/outbox").get_json()
    assert [item["id"] for item in page["items"]] == [sent_id, dead_id]
    dead = page["items"][1]
    assert dead["summary"] == "Welcome to Sam Lee"
    assert dead["status_text"] == "Gave up 6 times: the mail server refused the connection"
    assert dead["can_retry"] is True and page["items"][0]["can_retry"] is False

    only_dead = client_as(studio.admin).get("/api/outbox?status=dead").get_json()
    assert [item["id"] for item in only_dead["items"]] == [dead_id]
    assert client_as(studio.owner).get("/api/outbox?status=lost").status_code == 422


def test_outbox_list_costs_the_same_statements_however_many_messages(client_as, studio, count_statements):
    owner = client_as(studio.owner)
    _welcome(studio, "one@example.com")
    with count_statements() as few:
        owner.get("/api/outbox")
    for number in range(10):
        _welcome(studio, f"more{number}@example.com")
    with count_statements() as many:
        assert len(owner.get("/api/outbox").get_json()["items"]) == 11
    assert many.count == few.count


def test_retry_makes_a_dead_message_pending_with_fresh_tries_and_defers_it(
    client_as, studio, smtp, app, deferred_deliveries
):
    message_id = _welcome(studio, "sam.lee@example.com")
    db.session.execute(sa.update(OutboxMessage).values(status="dead", attempts=6, last_error="Refused"))
    db.session.commit()

    response = client_as(studio.owner).post(f"/api/outbox/{message_id}/retry")
    assert response.status_code == 200
    assert response.get_json()["status"] == "pending"
    assert deferred_deliveries().count(message_id) == 2
    assert delivery.deliver_message(message_id=message_id) == "sent"
    assert len(smtp.inbox.to("sam.lee@example.com")) == 1

    again = client_as(studio.owner).post(f"/api/outbox/{message_id}/retry")
    assert again.status_code == 409 and again.get_json()["error"]["code"] == "not_failed"


def test_other_studios_and_roles_cannot_read_or_retry_the_outbox(client_as, studio, other_studio):
    message_id = _welcome(studio, "sam.lee@example.com")
    assert client_as(studio.trainer_user).get("/api/outbox").status_code == 403
    assert client_as(studio.client_user).post(f"/api/outbox/{message_id}/retry").status_code == 403
    assert client_as(other_studio.owner).post(f"/api/outbox/{message_id}/retry").status_code == 404
    assert client_as(other_studio.owner).get("/api/outbox").get_json()["items"] == []


def test_non_transactional_mail_carries_rfc_8058_one_click_unsubscribe(client, studio, smtp):
    message_id = _welcome(studio, "sam.lee@example.com")
    assert delivery.deliver_message(message_id=message_id) == "sent"
    [received] = smtp.inbox.to("sam.lee@example.com")

    assert received["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    https, mailto = [part.strip().strip("<>") for part in received["List-Unsubscribe"].split(",")]
    assert https.startswith("http") and "/api/unsubscribe/" in https
    assert mailto.startswith("mailto:") and "subject=unsubscribe" in mailto
    assert "Stop these emails" in received.get_body(preferencelist=("plain",)).get_content()

    path = urlsplit(https).path
    preview = client.get(path).get_json()
    assert preview == {
        "organization_name": studio.org.name,
        "address": "sam.lee@example.com",
        "topic": "account",
        "topic_label": "Welcome and account news",
        "subscribed": True,
    }
    # What a mail client sends (RFC 8058 §3.1): no session, a form body.
    response = client.post(path, data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200 and response.get_json()["subscribed"] is False
    assert client.post(path).status_code == 200  # twice changes nothing

    assert _welcome(studio, "SAM.LEE@example.com") is None  # that topic no longer goes to this address
    assert client.get("/api/unsubscribe/not-a-token").status_code == 404


def test_transactional_mail_goes_even_after_unsubscribing(client_as, studio):
    owner = client_as(studio.owner)
    for topic in ("account", "assignments", "sessions", "reminders"):
        owner.put("/api/notification-preferences", json={"preferences": [{"topic": topic, "email": False}]})
    account_links.request_link(purpose="password_reset", email=studio.owner.email)
    assert db.session.execute(
        sa.select(OutboxMessage.template).where(OutboxMessage.recipient_address == studio.owner.email)
    ).scalars().all() == ["password_reset"]


def test_preferences_read_and_turn_topics_on_and_off(client_as, studio):
    trainer = client_as(studio.trainer_user)
    assert all(row["email"] for row in trainer.get("/api/notification-preferences").get_json())

    updated = trainer.put(
        "/api/notification-preferences", json={"preferences": [{"topic": "reminders", "email": False}]}
    ).get_json()
    assert {row["topic"]: row["email"] for row in updated}["reminders"] is False
    back_on = trainer.put(
        "/api/notification-preferences", json={"preferences": [{"topic": "reminders", "email": True}]}
    ).get_json()
    assert all(row["email"] for row in back_on)
    bad = trainer.put(
        "/api/notification-preferences", json={"preferences": [{"topic": "transactional", "email": False}]}
    )
    assert bad.status_code == 422


def test_text_messages_wait_for_a_yes_and_need_a_number(client_as, studio):
    studio.client.phone = "+447700900123"
    studio.trainer.phone = None
    db.session.commit()
    client = client_as(studio.client_user)
    rows = {row["topic"]: row for row in client.get("/api/notification-preferences").get_json()}
    assert rows["reminders"] == {
        "topic": "reminders",
        "label": "Reminders before your sessions",
        "email": True,
        "sms": False,
        "push": True,
        "sms_available": True,
    }
    assert not service.wants(organization_id=studio.org.id, channel="sms", address="+447700900123", topic="reminders")

    updated = client.put(
        "/api/notification-preferences", json={"preferences": [{"topic": "reminders", "sms": True, "push": False}]}
    ).get_json()
    reminders = {row["topic"]: row for row in updated}["reminders"]
    assert (reminders["email"], reminders["sms"], reminders["push"]) == (True, True, False)
    assert service.wants(organization_id=studio.org.id, channel="sms", address="+447700900123", topic="reminders")
    assert not service.wants(
        organization_id=studio.org.id, channel="push", address=studio.client_user.email, topic="reminders"
    )

    trainer = client_as(studio.trainer_user)
    assert not any(
        row["sms_available"] or row["sms"] for row in trainer.get("/api/notification-preferences").get_json()
    )
    refused = trainer.put("/api/notification-preferences", json={"preferences": [{"topic": "sessions", "sms": True}]})
    assert refused.status_code == 409
    assert refused.get_json()["error"]["code"] == "no_phone_number"


def test_a_number_that_texted_stop_shows_no_texts_and_cannot_choose_them(client_as, studio):
    from fitnesscrm.notifications.sms.models import SmsOptOut

    studio.client.phone = "+447700900123"
    db.session.add(SmsOptOut(organization_id=studio.org.id, phone_number="+447700900123", keyword="STOP"))
    db.session.commit()
    client = client_as(studio.client_user)

    rows = client.get("/api/notification-preferences").get_json()
    assert not any(row["sms"] or row["sms_available"] for row in rows)
    refused = client.put("/api/notification-preferences", json={"preferences": [{"topic": "reminders", "sms": True}]})
    assert refused.status_code == 409
    assert refused.get_json()["error"]["code"] == "texted_stop"
