"""Delivering webhook events: claim a delivery, POST it signed, record the answer; retry with backoff, then dead.

As the outbox does (notifications/delivery.py): the claim is committed before the request, so two
workers never send one delivery at once (`FOR UPDATE SKIP LOCKED`), and a worker that dies
holding a claim leaves a row the sweep picks up once the claim runs out. A try is recorded only if
the claim is still its own. Tries wait 1, 3, 9, 27, 81 and 243 minutes, then 12 hours (each ±10%,
so that a studio's many failures do not all come back in the same second), until three days
after the event: then the delivery is dead. An endpoint whose tries keep failing — too many in a
row across events, or one delivery dead — is turned off and its studio's owners are emailed.
"""

from __future__ import annotations

import logging
import random
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import sqlalchemy as sa
from flask import current_app

from fitnesscrm.auth.models import User
from fitnesscrm.core import crypto, events, outbound, urls
from fitnesscrm.core.jobs import defer, periodic, task
from fitnesscrm.developers.events import WebhookEndpointDisabled
from fitnesscrm.developers.webhooks import signing
from fitnesscrm.developers.webhooks.models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from fitnesscrm.extensions import db
from fitnesscrm.notifications import service as notifications

log = logging.getLogger(__name__)

UNFINISHED = ("pending", "sending", "failed")
RETRY_FACTOR = 3
SWEEP_GRACE = timedelta(minutes=1)
SWEEP_BATCH = 500
EXCERPT_LENGTH = 300


def _now() -> datetime:
    return datetime.now(UTC)


def backoff(attempts: int) -> timedelta:
    """How long to wait after the `attempts`-th failed try: three times longer each time, capped, ±10%."""
    config = current_app.config
    seconds = min(
        config["WEBHOOK_RETRY_BASE_SECONDS"] * RETRY_FACTOR ** (attempts - 1), config["WEBHOOK_RETRY_MAX_SECONDS"]
    )
    return timedelta(seconds=seconds * random.uniform(0.9, 1.1))


@task(name="developers.webhooks.deliver", queue="webhooks")
def deliver(*, delivery_id: int) -> None:
    """Send one webhook delivery (deferred when the event is written, and again for each retry)."""
    deliver_delivery(delivery_id=delivery_id)


@dataclass(frozen=True)
class Claim:
    delivery_id: int
    attempt_id: uuid.UUID
    attempts: int
    endpoint_id: int
    endpoint_enabled: bool
    url: str
    secrets: list[str]
    event_id: str
    body: bytes
    retry_until: datetime


def _claim(delivery_id: int) -> Claim | None:
    now = _now()
    claimable = sa.or_(
        sa.and_(
            WebhookDelivery.status.in_(("pending", "failed")),
            sa.or_(WebhookDelivery.next_attempt_at.is_(None), WebhookDelivery.next_attempt_at <= now),
        ),
        # Its worker died: the claim ran out.
        sa.and_(WebhookDelivery.status == "sending", WebhookDelivery.next_attempt_at <= now),
    )
    row = db.session.execute(
        sa.select(WebhookDelivery, WebhookEndpoint, WebhookEvent)
        .join(WebhookEndpoint, WebhookEndpoint.id == WebhookDelivery.endpoint_id)
        .join(WebhookEvent, WebhookEvent.id == WebhookDelivery.event_id)
        .where(WebhookDelivery.id == delivery_id, claimable)
        .with_for_update(of=WebhookDelivery, skip_locked=True)
    ).one_or_none()
    if row is None:
        db.session.rollback()
        return None
    delivery, endpoint, event = row
    secrets = [crypto.decrypt(endpoint.secret)]
    if endpoint.previous_secret and endpoint.previous_secret_expires_at and endpoint.previous_secret_expires_at > now:
        secrets.append(crypto.decrypt(endpoint.previous_secret))
    delivery.status = "sending"
    delivery.attempt_id = uuid.uuid4()
    delivery.attempts += 1
    delivery.last_attempt_at = now
    delivery.next_attempt_at = now + timedelta(seconds=current_app.config["WEBHOOK_CLAIM_SECONDS"])
    claim = Claim(
        delivery_id=delivery.id,
        attempt_id=delivery.attempt_id,
        attempts=delivery.attempts,
        endpoint_id=endpoint.id,
        endpoint_enabled=endpoint.enabled,
        url=endpoint.url,
        secrets=secrets,
        event_id=event.id,
        body=event.body.encode(),
        retry_until=delivery.retry_until,
    )
    db.session.commit()
    return claim


def _finish(claim: Claim, **values) -> bool:
    """Record the end of this try, unless another worker has taken the delivery over meanwhile."""
    updated = db.session.execute(
        sa.update(WebhookDelivery)
        .where(WebhookDelivery.id == claim.delivery_id, WebhookDelivery.attempt_id == claim.attempt_id)
        .values(attempt_id=None, updated_at=sa.func.now(), **values)
    ).rowcount
    return bool(updated)


def retry_until(start: datetime) -> datetime:
    """When tries of a delivery starting at `start` stop (WEBHOOK_RETRY_WINDOW_HOURS later)."""
    return start + timedelta(hours=current_app.config["WEBHOOK_RETRY_WINDOW_HOURS"])


def _excerpt(content: bytes) -> str | None:
    text = content[: EXCERPT_LENGTH * 4].decode("utf-8", errors="replace").strip()
    return text[:EXCERPT_LENGTH] or None


def _answer_error(status: int) -> str:
    if 300 <= status < 400:
        return f"The receiver answered {status}, a redirect, which webhooks do not follow."
    return f"The receiver answered {status} instead of a 2xx status."


def _send(claim: Claim) -> tuple[str | None, outbound.OutboundResponse | None]:
    """POST the event once; (None, answer) when it was delivered, else (why not, answer if there was one)."""
    headers = {
        "Content-Type": "application/json",
        signing.HEADER: signing.header(claim.secrets, claim.body),
        "FitnessCRM-Event-Id": claim.event_id,
    }
    try:
        response = outbound.post(claim.url, body=claim.body, headers=headers)
    except (outbound.OutboundRefused, outbound.OutboundFailed) as error:
        return str(error), None
    if 200 <= response.status < 300:
        return None, response
    return _answer_error(response.status), response


def deliver_delivery(*, delivery_id: int) -> str | None:
    """Claim, send and record one delivery; its status afterwards, or None when it was not due or is taken."""
    claim = _claim(delivery_id)
    if claim is None:
        return None
    if not claim.endpoint_enabled:
        _finish(claim, status="dead", next_attempt_at=None, last_error="Not sent: the endpoint is turned off.")
        db.session.commit()
        return "dead"
    error, response = _send(claim)
    answer = {
        "last_status_code": response.status if response else None,
        "last_response_excerpt": _excerpt(response.body) if response else None,
        "last_duration_ms": response.elapsed_ms if response else None,
    }
    if error is not None:
        return _failed(claim, error, answer)
    if _finish(claim, status="delivered", delivered_at=_now(), next_attempt_at=None, last_error=None, **answer):
        db.session.execute(
            sa.update(WebhookEndpoint)
            .where(WebhookEndpoint.id == claim.endpoint_id, WebhookEndpoint.consecutive_failures > 0)
            .values(consecutive_failures=0)
        )
    db.session.commit()
    return "delivered"


def _failed(claim: Claim, error: str, answer: dict) -> str | None:
    config = current_app.config
    next_attempt_at = _now() + backoff(claim.attempts)
    status = "dead" if next_attempt_at > claim.retry_until else "failed"
    finished = _finish(
        claim,
        status=status,
        last_error=error[:500],
        next_attempt_at=None if status == "dead" else next_attempt_at,
        **answer,
    )
    if not finished:
        db.session.rollback()
        return None
    if status == "failed":
        defer(deliver, run_at=next_attempt_at, delivery_id=claim.delivery_id)
    failures = db.session.execute(
        sa.update(WebhookEndpoint)
        .where(WebhookEndpoint.id == claim.endpoint_id)
        .values(consecutive_failures=WebhookEndpoint.consecutive_failures + 1)
        .returning(WebhookEndpoint.consecutive_failures)
    ).scalar_one()
    said = error[:1].lower() + error[1:]
    if status == "dead":
        disable(claim.endpoint_id, f"A delivery kept failing for {_span(config['WEBHOOK_RETRY_WINDOW_HOURS'])}: {said}")
    elif failures >= config["WEBHOOK_DISABLE_AFTER_FAILURES"]:
        disable(claim.endpoint_id, f"{failures} tries in a row failed; the last: {said}")
    db.session.commit()
    log.warning("Webhook delivery %s %s after try %s: %s", claim.delivery_id, status, claim.attempts, error)
    return status


def _span(hours: int) -> str:
    """ "3 days", "1 day", "36 hours": the retry window as people say it."""
    if hours % 24:
        return f"{hours} hours"
    return "1 day" if hours == 24 else f"{hours // 24} days"


def disable(endpoint_id: int, reason: str) -> None:
    """Turn an endpoint off because its deliveries fail (the system's decision), and email the studio's owners."""
    endpoint = db.session.execute(
        sa.select(WebhookEndpoint).where(WebhookEndpoint.id == endpoint_id).with_for_update()
    ).scalar_one()
    if not endpoint.enabled:
        return
    reason = reason[:300]
    endpoint.enabled, endpoint.disabled_reason, endpoint.disabled_at = False, reason, _now()
    events.record(
        WebhookEndpointDisabled(
            organization_id=endpoint.organization_id,
            actor=None,
            entity_id=endpoint.id,
            label=endpoint.url,
            changes={"disabled_reason": {"before": None, "after": reason}},
        )
    )
    owners = db.session.scalars(
        sa.select(User).where(
            User.organization_id == endpoint.organization_id, User.role == "owner", User.is_active.is_(True)
        )
    ).all()
    host = urlsplit(endpoint.url).hostname or endpoint.url
    for owner in owners:
        notifications.queue_email(
            organization_id=endpoint.organization_id,
            template="webhook_disabled",
            to_address=owner.email,
            to_name=owner.full_name,
            subject=f"Webhooks to {host} were turned off",
            context={
                "first_name": owner.first_name,
                "url": endpoint.url,
                "reason": reason,
                "settings_url": urls.public_url("/settings/developers/webhooks"),
            },
            idempotency_key=f"webhook-disabled:{endpoint.id}:{endpoint.disabled_at.isoformat()}:{owner.id}",
            to_user_id=owner.id,
        )


def requeue_overdue() -> int:
    """Defer delivery again for deliveries whose job is overdue or whose worker died; how many."""
    ids = db.session.scalars(
        sa.select(WebhookDelivery.id)
        .where(WebhookDelivery.status.in_(UNFINISHED), WebhookDelivery.next_attempt_at <= _now() - SWEEP_GRACE)
        .order_by(WebhookDelivery.next_attempt_at)
        .limit(SWEEP_BATCH)
    ).all()
    for delivery_id in ids:
        defer(deliver, delivery_id=delivery_id)
    db.session.commit()
    return len(ids)


@periodic(cron="*/5 * * * *", name="developers.webhooks.sweep")
def sweep_deliveries(timestamp: int) -> None:
    """Every five minutes: pick up deliveries whose job was lost or whose worker died."""
    requeue_overdue()
