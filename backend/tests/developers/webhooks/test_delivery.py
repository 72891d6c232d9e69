"""Do events reach a receiver signed, retried with backoff, never redirected, and turn a failing endpoint off?"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from fitnesscrm.clients import service as clients
from fitnesscrm.developers.webhooks import delivery, service, signing
from fitnesscrm.developers.webhooks.models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from fitnesscrm.extensions import db
from fitnesscrm.notifications import emails
from fitnesscrm.notifications.models import OutboxMessage
from tests.factories import principal_for


def _endpoint(studio, url, event_types=("client.created",)):
    return service.create(actor=principal_for(studio.owner), url=url, event_types=list(event_types))


def _add_client(studio, first_name="Robin"):
    return clients.create(actor=principal_for(studio.owner), first_name=first_name, last_name="Vale")


def _deliveries(endpoint_id) -> list[WebhookDelivery]:
    return list(
        db.session.scalars(
            sa.select(WebhookDelivery)
            .where(WebhookDelivery.endpoint_id == endpoint_id)
            .order_by(WebhookDelivery.id)
            .execution_options(populate_existing=True)
        )
    )


def _due_now(delivery_id: int) -> None:
    """Skip the backoff's wait, as if the retry's time had come."""
    db.session.execute(
        sa.update(WebhookDelivery)
        .where(WebhookDelivery.id == delivery_id)
        .values(next_attempt_at=datetime.now(UTC) - timedelta(seconds=1))
    )
    db.session.commit()


def test_receiver_gets_the_event_signed_with_the_endpoint_secret(studio, receiver):
    endpoint, secret = _endpoint(studio, receiver.url)
    client = _add_client(studio)
    [row] = _deliveries(endpoint.id)

    assert delivery.deliver_delivery(delivery_id=row.id) == "delivered"

    [request] = receiver.requests
    assert signing.verify(request.body, request.headers[signing.HEADER], secret)
    assert not signing.verify(request.body, request.headers[signing.HEADER], "whsec_someone-else")
    assert not signing.verify(request.body + b" ", request.headers[signing.HEADER], secret)
    payload = json.loads(request.body)
    assert payload["id"].startswith("evt_") and request.headers["FitnessCRM-Event-Id"] == payload["id"]
    assert payload["type"] == "client.created" and payload["api_version"] == "2"
    assert payload["data"]["object"]["object"] == "client"
    assert payload["data"]["object"]["id"] == client.id
    assert payload["data"]["object"]["first_name"] == "Robin"
    assert request.headers["Content-Type"] == "application/json"
    [row] = _deliveries(endpoint.id)
    assert (row.status, row.attempts, row.last_status_code) == ("delivered", 1, 200)
    assert row.last_response_excerpt == '{"ok": true}'


def test_signature_expires_after_the_tolerance():
    body = b'{"id": "evt_1"}'
    header = signing.header(["whsec_a"], body, timestamp=1_000_000)
    assert signing.verify(body, header, "whsec_a", now=1_000_000 + 300)
    assert not signing.verify(body, header, "whsec_a", now=1_000_000 + 301)


def test_receiver_failing_five_times_gets_the_event_once_it_succeeds(studio, receiver):
    receiver.answers = [500, 503, 502, 500, 404]
    endpoint, _ = _endpoint(studio, receiver.url)
    _add_client(studio)
    [row] = _deliveries(endpoint.id)

    outcomes = []
    for _ in range(6):
        outcomes.append(delivery.deliver_delivery(delivery_id=row.id))
        [current] = _deliveries(endpoint.id)
        if current.status == "failed":
            assert current.next_attempt_at > datetime.now(UTC)
            # Not due yet: nothing is sent before its time.
            assert delivery.deliver_delivery(delivery_id=row.id) is None
            _due_now(row.id)

    assert outcomes == ["failed"] * 5 + ["delivered"]
    assert [r.headers["FitnessCRM-Event-Id"] for r in receiver.requests] == [
        receiver.requests[0].headers["FitnessCRM-Event-Id"]
    ] * 6
    assert len({r.body for r in receiver.requests}) == 1
    [row] = _deliveries(endpoint.id)
    assert (row.status, row.attempts, row.last_status_code, row.last_error) == ("delivered", 6, 200, None)
    assert db.session.get(WebhookEndpoint, endpoint.id).consecutive_failures == 0
    # Delivered is final: nothing sends it again.
    assert delivery.deliver_delivery(delivery_id=row.id) is None
    assert len(receiver.requests) == 6


def test_backoff_grows_threefold_to_twelve_hours_within_ten_percent(app):
    waits = [delivery.backoff(attempt).total_seconds() for attempt in range(1, 13)]
    expected = [60, 180, 540, 1620, 4860, 14580, *([43200] * 6)]
    assert all(0.9 * e <= w <= 1.1 * e for w, e in zip(waits, expected, strict=True))
    # The first try and eleven retries fall within the three days; the twelfth retry would not.
    elapsed = [sum(expected[:n]) for n in range(1, 13)]
    assert sum(1 for seconds in elapsed if seconds <= 72 * 3600) + 1 == 12


@pytest.mark.parametrize("address", ["127.0.0.1", "169.254.169.254", "10.0.0.8", "[::1]"])
def test_private_address_is_refused_at_registration(studio, app, address):
    assert app.config["OUTBOUND_ALLOW_PRIVATE_ADDRESSES"] is False
    from fitnesscrm.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        _endpoint(studio, f"http://{address}/hooks")
    assert "private or reserved network" in refused.value.fields["url"][0]


def test_private_address_is_allowed_when_the_operator_allows_it(studio, app, monkeypatch):
    monkeypatch.setitem(app.config, "OUTBOUND_ALLOW_PRIVATE_ADDRESSES", True)
    endpoint, _ = _endpoint(studio, "http://169.254.169.254/latest")
    assert endpoint.id


def test_private_address_is_refused_again_at_delivery(studio, app, receiver, monkeypatch):
    endpoint, _ = _endpoint(studio, receiver.url)
    _add_client(studio)
    [row] = _deliveries(endpoint.id)
    monkeypatch.setitem(app.config, "OUTBOUND_ALLOW_PRIVATE_ADDRESSES", False)

    assert delivery.deliver_delivery(delivery_id=row.id) == "failed"

    assert receiver.requests == []
    [row] = _deliveries(endpoint.id)
    assert "private or reserved network" in row.last_error and row.last_status_code is None


def test_redirect_to_another_host_is_not_followed(studio, receiver, second_receiver):
    receiver.default, receiver.location = 302, second_receiver.url.replace("127.0.0.1", "localhost")
    endpoint, _ = _endpoint(studio, receiver.url)
    _add_client(studio)
    [row] = _deliveries(endpoint.id)

    assert delivery.deliver_delivery(delivery_id=row.id) == "failed"

    assert len(receiver.requests) == 1 and second_receiver.requests == []
    [row] = _deliveries(endpoint.id)
    assert row.last_status_code == 302 and "redirect" in row.last_error


def test_replayed_delivery_sends_the_same_event_again(studio, receiver):
    endpoint, secret = _endpoint(studio, receiver.url)
    _add_client(studio)
    [row] = _deliveries(endpoint.id)
    delivery.deliver_delivery(delivery_id=row.id)

    replayed = service.replay(actor=principal_for(studio.admin), endpoint_id=endpoint.id, delivery_id=row.id)
    assert replayed.status == "pending"
    assert delivery.deliver_delivery(delivery_id=row.id) == "delivered"

    first, second = receiver.requests
    assert first.body == second.body
    assert signing.verify(second.body, second.headers[signing.HEADER], secret)
    [row] = _deliveries(endpoint.id)
    assert (row.status, row.attempts) == ("delivered", 1)


def test_rolled_secret_and_the_previous_one_both_sign_for_a_day(studio, receiver):
    endpoint, old = _endpoint(studio, receiver.url)
    _, new = service.roll_secret(actor=principal_for(studio.owner), endpoint_id=endpoint.id)
    _add_client(studio)
    [row] = _deliveries(endpoint.id)
    delivery.deliver_delivery(delivery_id=row.id)

    [request] = receiver.requests
    header = request.headers[signing.HEADER]
    assert header.count("v1=") == 2
    assert signing.verify(request.body, header, new) and signing.verify(request.body, header, old)


def test_endpoint_is_turned_off_after_failures_in_a_row_and_owner_emailed(studio, app, receiver, monkeypatch):
    monkeypatch.setitem(app.config, "WEBHOOK_DISABLE_AFTER_FAILURES", 3)
    receiver.default = 500
    endpoint, _ = _endpoint(studio, receiver.url)
    for name in ("Ada", "Bo", "Cy"):
        _add_client(studio, name)
    for row in _deliveries(endpoint.id):
        assert delivery.deliver_delivery(delivery_id=row.id) == "failed"

    endpoint = db.session.get(WebhookEndpoint, endpoint.id, populate_existing=True)
    assert endpoint.enabled is False
    assert (
        endpoint.disabled_reason
        == "3 tries in a row failed; the last: the receiver answered 500 instead of a 2xx status."
    )
    [email] = db.session.scalars(sa.select(OutboxMessage).where(OutboxMessage.template == "webhook_disabled")).all()
    assert email.recipient_address == studio.owner.email
    assert email.context["url"] == receiver.url
    rendered = emails.render(email)
    assert rendered.subject == "Webhooks to 127.0.0.1 were turned off"
    assert receiver.url in rendered.text and endpoint.disabled_reason in rendered.text
    assert "/settings/developers/webhooks" in rendered.html
    # A turned-off endpoint gets nothing more, and its waiting deliveries say why.
    _add_client(studio, "Dee")
    assert len(_deliveries(endpoint.id)) == 3
    row = _deliveries(endpoint.id)[0]
    _due_now(row.id)
    assert delivery.deliver_delivery(delivery_id=row.id) == "dead"
    assert len(receiver.requests) == 3


def test_delivery_failing_for_three_days_is_dead_and_turns_the_endpoint_off(studio, receiver):
    receiver.default = 500
    endpoint, _ = _endpoint(studio, receiver.url)
    _add_client(studio)
    [row] = _deliveries(endpoint.id)
    # Its event was three days ago: the next retry would fall outside the window.
    db.session.execute(
        sa.update(WebhookDelivery)
        .where(WebhookDelivery.id == row.id)
        .values(retry_until=datetime.now(UTC) + timedelta(seconds=30))
    )
    db.session.commit()

    assert delivery.deliver_delivery(delivery_id=row.id) == "dead"

    endpoint = db.session.get(WebhookEndpoint, endpoint.id, populate_existing=True)
    assert not endpoint.enabled and endpoint.disabled_reason.startswith("A delivery kept failing for 3 days")
    assert (
        db.session.scalar(
            sa.select(sa.func.count()).select_from(OutboxMessage).where(OutboxMessage.template == "webhook_disabled")
        )
        == 1
    )


def test_sweep_requeues_a_delivery_whose_job_was_lost(studio, receiver):
    endpoint, _ = _endpoint(studio, receiver.url)
    _add_client(studio)
    [row] = _deliveries(endpoint.id)
    db.session.execute(
        sa.update(WebhookDelivery)
        .where(WebhookDelivery.id == row.id)
        .values(status="sending", next_attempt_at=datetime.now(UTC) - timedelta(minutes=5))
    )
    db.session.commit()
    assert delivery.requeue_overdue() == 1
    assert delivery.deliver_delivery(delivery_id=row.id) == "delivered"


def test_event_is_written_only_for_endpoints_that_want_it(studio, other_studio, receiver):
    wanted, _ = _endpoint(studio, receiver.url, ["client.created"])
    unwanted, _ = _endpoint(studio, receiver.url, ["session.booked"])
    elsewhere, _ = _endpoint(other_studio, receiver.url, ["client.created"])
    service.update(actor=principal_for(studio.owner), endpoint_id=wanted.id, enabled=True)
    _add_client(studio)

    assert len(_deliveries(wanted.id)) == 1
    assert _deliveries(unwanted.id) == [] and _deliveries(elsewhere.id) == []
    assert db.session.scalar(sa.select(sa.func.count()).select_from(WebhookEvent)) == 1


def test_studio_without_endpoints_writes_no_event(studio):
    _add_client(studio)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(WebhookEvent)) == 0
