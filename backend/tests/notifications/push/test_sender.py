"""Does a push reach each of a person's devices, encrypted for it and signed for the push service, once?"""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.notifications import delivery
from fitnesscrm.notifications.models import OutboxMessage
from fitnesscrm.notifications.push import keys, service
from fitnesscrm.notifications.push.models import PushSubscription
from tests.notifications.push.conftest import vapid_claims


def _subscribe(client_as, user, device) -> None:
    response = client_as(user).post("/api/push/subscriptions", json=device.subscription)
    assert response.status_code == 201, response.get_json()


def _queue(studio, user) -> int:
    [message_id] = service.queue_pushes(
        organization_id=studio.org.id,
        user_ids=[user.id],
        template="chat_message",
        title="Sam Coach in Anna Smith",
        body="See you at 7?",
        url="/messages/4",
        tag="thread-4",
        idempotency_key="push-message:99",
    )
    db.session.commit()
    return message_id


def _subscriptions(user) -> list[str]:
    return list(
        db.session.execute(sa.select(PushSubscription.endpoint).where(PushSubscription.user_id == user.id)).scalars()
    )


def test_push_is_encrypted_for_each_device_and_signed_with_the_servers_vapid_key(
    client_as, studio, push_service, device
):
    phone, laptop = device("phone"), device("laptop")
    _subscribe(client_as, studio.client_user, phone)
    _subscribe(client_as, studio.client_user, laptop)
    message_id = _queue(studio, studio.client_user)

    assert delivery.deliver_message(message_id=message_id) == "sent"

    message = db.session.get(OutboxMessage, message_id)
    assert message.channel == "push" and message.provider_message_id == "Pushed to 2 devices"
    public_key = keys.current().public_key
    for browser in (phone, laptop):
        [request] = push_service.to(browser.name)
        assert browser.read(request) == {
            "title": "Sam Coach in Anna Smith",
            "body": "See you at 7?",
            "url": "/messages/4",
            "tag": "thread-4",
        }
        claims, key = vapid_claims(request.headers["Authorization"])
        assert key == public_key
        origin = urlsplit(browser.endpoint)
        assert claims["aud"] == f"{origin.scheme}://{origin.netloc}"
        assert time.time() < claims["exp"] <= time.time() + 24 * 3600
        assert claims["sub"].startswith("mailto:")
        assert int(request.headers["TTL"]) == 24 * 3600


def test_a_device_the_push_service_no_longer_knows_is_forgotten(client_as, studio, push_service, device):
    phone, old_tablet = device("phone"), device("old-tablet")
    _subscribe(client_as, studio.client_user, phone)
    _subscribe(client_as, studio.client_user, old_tablet)
    push_service.answers["old-tablet"] = 410

    assert delivery.deliver_message(message_id=_queue(studio, studio.client_user)) == "sent"

    assert _subscriptions(studio.client_user) == [phone.endpoint]


def test_a_person_whose_only_device_is_gone_gets_a_dead_message_saying_so(client_as, studio, push_service, device):
    phone = device("phone")
    _subscribe(client_as, studio.client_user, phone)
    push_service.answers["phone"] = 404
    message_id = _queue(studio, studio.client_user)

    assert delivery.deliver_message(message_id=message_id) == "dead"

    message = db.session.get(OutboxMessage, message_id)
    assert message.last_error.endswith("has no device that accepts notifications any more")
    assert _subscriptions(studio.client_user) == []


def test_a_busy_push_service_is_retried_for_the_devices_that_missed_it_only(client_as, studio, push_service, device):
    phone, laptop = device("phone"), device("laptop")
    _subscribe(client_as, studio.client_user, phone)
    _subscribe(client_as, studio.client_user, laptop)
    push_service.answers["laptop"] = 429
    message_id = _queue(studio, studio.client_user)

    assert delivery.deliver_message(message_id=message_id) == "failed"
    message = db.session.get(OutboxMessage, message_id)
    assert message.last_error == "The push service asked to slow down (HTTP 429) for a device; 1 already have it"
    assert _subscriptions(studio.client_user) == [phone.endpoint, laptop.endpoint]

    del push_service.answers["laptop"]
    db.session.execute(
        sa.update(OutboxMessage).where(OutboxMessage.id == message_id).values(next_attempt_at=sa.func.now())
    )
    db.session.commit()
    assert delivery.deliver_message(message_id=message_id) == "sent"

    assert len(push_service.to("phone")) == 1
    assert len(push_service.to("laptop")) == 2
    assert db.session.get(OutboxMessage, message_id).provider_message_id == "Pushed to 2 devices"


def test_a_server_error_is_retried_later(client_as, studio, push_service, device):
    phone = device("phone")
    _subscribe(client_as, studio.client_user, phone)
    push_service.answers["phone"] = 503
    message_id = _queue(studio, studio.client_user)

    assert delivery.deliver_message(message_id=message_id) == "failed"
    assert "HTTP 503" in db.session.get(OutboxMessage, message_id).last_error
    assert _subscriptions(studio.client_user) == [phone.endpoint]


def test_an_endpoint_no_longer_allowed_is_never_called_and_is_forgotten(client_as, studio, push_service, device, app):
    phone = device("phone")
    _subscribe(client_as, studio.client_user, phone)
    message_id = _queue(studio, studio.client_user)
    app.config["PUSH_ALLOW_LOCAL_ENDPOINTS"] = False

    assert delivery.deliver_message(message_id=message_id) == "dead"

    assert push_service.received == []
    assert _subscriptions(studio.client_user) == []


def test_nobody_without_a_device_or_who_turned_message_pushes_off_gets_a_row(client_as, studio, push_service, device):
    phone = device("phone")
    _subscribe(client_as, studio.trainer_user, phone)
    client_as(studio.trainer_user).put(
        "/api/notification-preferences", json={"preferences": [{"topic": "messages", "push": False}]}
    )

    queued = service.queue_pushes(
        organization_id=studio.org.id,
        user_ids=[studio.client_user.id, studio.trainer_user.id],
        template="chat_message",
        title="Hi",
        body="Hello",
        url="/messages/1",
        tag="thread-1",
        idempotency_key="push-message:1",
    )

    assert queued == []
