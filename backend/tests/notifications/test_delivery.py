"""Does every message leave through the outbox once, whatever the mail server or the worker does?"""

from __future__ import annotations

import socket
import time
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.notifications import delivery, emails, service
from fitnesscrm.notifications.models import OutboxMessage


def _messages() -> list[OutboxMessage]:
    return db.session.execute(sa.select(OutboxMessage).order_by(OutboxMessage.id)).scalars().all()


def _invite(client_as, studio, address="sam.lee@example.com") -> OutboxMessage:
    response = client_as(studio.owner).post("/api/invitations", json={"email": address, "role": "admin"})
    assert response.status_code == 201
    return db.session.execute(sa.select(OutboxMessage).where(OutboxMessage.recipient_address == address)).scalar_one()


def _welcome(studio, address="twice@example.com") -> dict:
    return {
        "organization_id": studio.org.id,
        "template": "welcome",
        "to_address": address,
        "to_name": "Sam Lee",
        "subject": "Welcome",
        "context": {"first_name": "Sam", "email": address, "url": "http://127.0.0.1:5000/sign-in"},
        "idempotency_key": f"welcome:{address}",
    }


def _due_now(message: OutboxMessage) -> None:
    """Let the time a message waits for pass."""
    db.session.execute(
        sa.update(OutboxMessage)
        .where(OutboxMessage.id == message.id)
        .values(next_attempt_at=datetime.now(UTC) - timedelta(minutes=10))
    )
    db.session.commit()


def test_invitation_is_queued_then_delivered_as_html_and_text_with_a_stable_message_id(
    client_as, studio, smtp, deferred_deliveries
):
    message = _invite(client_as, studio)
    assert message.status == "pending" and message.template == "invitation"
    assert deferred_deliveries() == [message.id]
    assert smtp.inbox.received == []

    assert delivery.deliver_message(message_id=message.id) == "sent"

    [received] = smtp.inbox.to("sam.lee@example.com")
    assert received["Subject"] == f"You're invited to {studio.org.name} on FitnessCRM"
    assert received["Message-ID"] == emails.message_id(message) == message.provider_message_id
    assert "List-Unsubscribe" not in received  # transactional mail always goes
    text = received.get_body(preferencelist=("plain",)).get_content()
    html = received.get_body(preferencelist=("html",)).get_content()
    url = message.context["url"]
    assert url in text and "/accept-invite?token=" in url
    assert f'href="{url}"' in html and studio.org.name in html and emails.BRAND_COLOR in html
    # The journeys' mail sink reads the raw message: the link must stand there whole, not encoded.
    assert url.encode() in smtp.inbox.received[0][1]
    db.session.refresh(message)
    assert message.status == "sent" and message.sent_at is not None and message.attempts == 1


def test_smtp_down_during_a_send_retries_with_backoff_and_arrives_once_when_back(
    client_as, studio, smtp, deferred_deliveries, app
):
    message = _invite(client_as, studio)
    smtp.stop()

    assert delivery.deliver_message(message_id=message.id) == "failed"
    db.session.refresh(message)
    assert message.status == "failed" and message.attempts == 1
    assert message.last_error == "The mail server refused the connection"
    waited = message.next_attempt_at - datetime.now(UTC)
    assert timedelta(seconds=app.config["OUTBOX_RETRY_BASE_SECONDS"] - 5) < waited <= delivery.backoff(1)
    assert deferred_deliveries() == [message.id, message.id]  # the retry is a job of its own
    assert delivery.deliver_message(message_id=message.id) is None  # not due yet

    smtp.start()
    _due_now(message)
    assert delivery.deliver_message(message_id=message.id) == "sent"
    assert delivery.deliver_message(message_id=message.id) is None  # a sent message is never sent again
    assert len(smtp.inbox.to("sam.lee@example.com")) == 1


def test_backoff_grows_fourfold_up_to_the_longest_wait(app):
    waits = [delivery.backoff(attempt).total_seconds() for attempt in range(1, 7)]
    assert waits[:4] == [120, 480, 1920, 7680]
    assert waits[4:] == [app.config["OUTBOX_RETRY_MAX_SECONDS"]] * 2


def test_last_try_failing_makes_the_message_dead(client_as, studio, smtp, app, deferred_deliveries):
    message = _invite(client_as, studio)
    message.attempts = app.config["OUTBOX_MAX_ATTEMPTS"] - 1
    db.session.commit()
    smtp.stop()

    assert delivery.deliver_message(message_id=message.id) == "dead"
    db.session.refresh(message)
    assert message.status == "dead" and message.next_attempt_at is None
    assert deferred_deliveries() == [message.id]  # no retry was deferred


def test_rolled_back_transaction_sends_nothing(studio, smtp, deferred_deliveries):
    savepoint = db.session.begin_nested()
    queued = [service.queue_email(**_welcome(studio))]
    assert _messages()
    savepoint.rollback()  # the request that caused it failed

    assert queued and _messages() == []
    for message_id in queued:
        assert delivery.deliver_message(message_id=message_id) is None
    assert smtp.inbox.received == []


def test_the_same_event_twice_makes_one_message(studio, smtp):
    queue = _welcome(studio)
    first = service.queue_email(**queue)
    assert first is not None
    assert service.queue_email(**queue) is None
    db.session.commit()
    assert [message.id for message in _messages()] == [first]


def test_worker_dying_after_its_claim_is_delivered_once_by_the_next(client_as, studio, smtp, deferred_deliveries):
    message = _invite(client_as, studio)
    claimed = delivery._claim(message.id)  # the worker claims it, then dies before sending
    assert claimed.status == "sending"

    assert delivery.deliver_message(message_id=message.id) is None  # its claim still holds
    assert delivery.requeue_overdue() == 0
    _due_now(message)  # OUTBOX_CLAIM_SECONDS pass
    assert delivery.requeue_overdue() == 1
    assert deferred_deliveries() == [message.id, message.id]

    assert delivery.deliver_message(message_id=message.id) == "sent"
    [received] = smtp.inbox.to("sam.lee@example.com")
    assert received["Message-ID"] == emails.message_id(message)
    db.session.refresh(message)
    assert message.attempts == 2 and message.status == "sent"


def test_a_stale_worker_cannot_overwrite_the_outcome_of_the_one_that_took_over(client_as, studio, smtp):
    message = _invite(client_as, studio)
    stale = delivery._claim(message.id).attempt_id
    _due_now(message)
    assert delivery.deliver_message(message_id=message.id) == "sent"

    assert delivery._finish(message.id, stale, status="failed") is False
    db.session.refresh(message)
    assert message.status == "sent"


def test_resent_copy_after_a_crash_between_accept_and_mark_carries_the_same_message_id(client_as, studio, smtp):
    message = _invite(client_as, studio)
    claimed = delivery._claim(message.id)
    delivery._send(claimed)  # the server accepted it; the worker died before marking it sent
    _due_now(message)
    assert delivery.deliver_message(message_id=message.id) == "sent"

    first, second = smtp.inbox.to("sam.lee@example.com")
    assert first["Message-ID"] == second["Message-ID"] == emails.message_id(message)


def test_without_a_mail_server_the_message_fails_with_a_reason(client_as, studio, app, monkeypatch):
    message = _invite(client_as, studio)
    monkeypatch.setitem(app.config, "MAIL_SERVER", None)
    assert delivery.deliver_message(message_id=message.id) == "failed"
    db.session.refresh(message)
    assert message.last_error == "No mail server is configured (MAIL_SERVER)"


def test_a_mail_server_that_never_answers_fails_the_try_after_mail_timeout(client_as, studio, smtp, app, monkeypatch):
    message = _invite(client_as, studio)
    with socket.socket() as silent:  # accepts connections (the kernel's backlog) and never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        monkeypatch.setattr(app.extensions["mail"], "port", silent.getsockname()[1])
        monkeypatch.setitem(app.config, "MAIL_TIMEOUT", 1)
        started = time.monotonic()
        assert delivery.deliver_message(message_id=message.id) == "failed"
        assert time.monotonic() - started < 5
    db.session.refresh(message)
    assert message.last_error == "The mail server did not answer in time"
