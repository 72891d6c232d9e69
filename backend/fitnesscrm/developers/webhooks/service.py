"""Webhook endpoints: registered by owners and admins, their secret shown once, their deliveries listed and replayed."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import contains_eager

from fitnesscrm.core import crypto, outbound
from fitnesscrm.core.events import record_by
from fitnesscrm.core.jobs import defer
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal, Role, scoped
from fitnesscrm.developers.events import (
    WebhookDeliveryReplayed,
    WebhookEndpointChanged,
    WebhookEndpointCreated,
    WebhookEndpointDeleted,
    WebhookEndpointDisabled,
    WebhookEndpointEnabled,
)
from fitnesscrm.developers.webhooks import delivery, publishing, signing
from fitnesscrm.developers.webhooks.event_types import EVENT_TYPES, TEST_EVENT
from fitnesscrm.developers.webhooks.models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from fitnesscrm.errors import Conflict, NotFound, Unauthorized, ValidationError
from fitnesscrm.extensions import db

# After a roll, the previous secret still signs for this long, so a receiver can switch over.
PREVIOUS_SECRET_GRACE = timedelta(hours=24)


def _now() -> datetime:
    return datetime.now(UTC)


def _manager(actor: Principal) -> None:
    actor.require(Role.OWNER, Role.ADMIN)
    if actor.api_key_id is not None:
        raise Unauthorized("An API key cannot manage webhooks; sign in to do this.")


def _new_secret() -> str:
    return signing.SECRET_PREFIX + secrets.token_urlsafe(32)


def _checked_url(url: str) -> str:
    """The URL, once core.outbound would call it (resolved now); a 422 saying why otherwise."""
    url = url.strip()
    try:
        _scheme, host, port, _path = outbound.check_url(url)
        outbound.resolve(host, port)
    except outbound.OutboundRefused as refused:
        raise ValidationError(str(refused), fields={"url": [str(refused)]}) from None
    return url


def _checked_types(event_types: list[str]) -> list[str]:
    unknown = sorted(set(event_types) - EVENT_TYPES.keys())
    if unknown:
        raise ValidationError(
            "Unknown event types.", fields={"event_types": [f"Unknown event type: {name}." for name in unknown]}
        )
    if not event_types:
        raise ValidationError("Choose at least one event.", fields={"event_types": ["Choose at least one event."]})
    return sorted(set(event_types))


def create(
    *, actor: Principal, url: str, event_types: list[str], description: str | None = None
) -> tuple[WebhookEndpoint, str]:
    """Register an endpoint; returns it and its signing secret, which is shown this once."""
    _manager(actor)
    secret = _new_secret()
    endpoint = WebhookEndpoint(
        organization_id=actor.organization_id,
        url=_checked_url(url),
        description=(description or "").strip() or None,
        event_types=_checked_types(event_types),
        secret=crypto.encrypt(secret),
        created_by_user_id=actor.user_id,
    )
    db.session.add(endpoint)
    db.session.flush()
    record_by(
        actor,
        WebhookEndpointCreated,
        entity_id=endpoint.id,
        label=endpoint.url,
        changes={"event_types": {"before": None, "after": endpoint.event_types}},
    )
    db.session.commit()
    return endpoint, secret


def get_all(*, actor: Principal, page: int = 1, per_page: int = 25) -> Page:
    """The studio's endpoints, newest first."""
    _manager(actor)
    stmt = scoped(WebhookEndpoint, actor).order_by(WebhookEndpoint.created_at.desc(), WebhookEndpoint.id.desc())
    return paginate(stmt, page=page, per_page=per_page)


def get(*, actor: Principal, endpoint_id: int, lock: bool = False) -> WebhookEndpoint:
    """One of the studio's endpoints."""
    _manager(actor)
    stmt = scoped(WebhookEndpoint, actor).where(WebhookEndpoint.id == endpoint_id)
    endpoint = db.session.scalars(stmt.with_for_update() if lock else stmt).one_or_none()
    if endpoint is None:
        raise NotFound("No such webhook endpoint.")
    return endpoint


def update(*, actor: Principal, endpoint_id: int, **values: Any) -> WebhookEndpoint:
    """Change an endpoint's address, description or event types, or turn it off or on again."""
    endpoint = get(actor=actor, endpoint_id=endpoint_id, lock=True)
    checked: dict[str, Any] = {}
    if "url" in values:
        checked["url"] = _checked_url(values["url"])
    if "description" in values:
        checked["description"] = (values["description"] or "").strip() or None
    if "event_types" in values:
        checked["event_types"] = _checked_types(values["event_types"])
    changes = {
        name: {"before": getattr(endpoint, name), "after": value}
        for name, value in checked.items()
        if getattr(endpoint, name) != value
    }
    for name, value in checked.items():
        setattr(endpoint, name, value)
    if changes:
        record_by(actor, WebhookEndpointChanged, entity_id=endpoint.id, label=endpoint.url, changes=changes)
    if "enabled" in values and values["enabled"] != endpoint.enabled:
        _switch(actor, endpoint, values["enabled"])
    db.session.commit()
    return endpoint


def _switch(actor: Principal, endpoint: WebhookEndpoint, enabled: bool) -> None:
    if enabled:
        reason = endpoint.disabled_reason
        endpoint.enabled, endpoint.disabled_reason, endpoint.disabled_at = True, None, None
        # A fresh start: the failures that turned it off are not held against it again.
        endpoint.consecutive_failures = 0
        changes = {"disabled_reason": {"before": reason, "after": None}} if reason else {}
        record_by(actor, WebhookEndpointEnabled, entity_id=endpoint.id, label=endpoint.url, changes=changes)
    else:
        reason = f"Turned off by {actor.name}."
        endpoint.enabled, endpoint.disabled_reason, endpoint.disabled_at = False, reason, _now()
        record_by(
            actor,
            WebhookEndpointDisabled,
            entity_id=endpoint.id,
            label=endpoint.url,
            changes={"disabled_reason": {"before": None, "after": reason}},
        )


def delete(*, actor: Principal, endpoint_id: int) -> None:
    """Remove an endpoint with its delivery log; events still on their way to it are dropped."""
    endpoint = get(actor=actor, endpoint_id=endpoint_id, lock=True)
    record_by(actor, WebhookEndpointDeleted, entity_id=endpoint.id, label=endpoint.url)
    db.session.delete(endpoint)
    db.session.commit()


def roll_secret(*, actor: Principal, endpoint_id: int) -> tuple[WebhookEndpoint, str]:
    """Give an endpoint a new secret, shown this once; the old one keeps signing too for a day."""
    endpoint = get(actor=actor, endpoint_id=endpoint_id, lock=True)
    secret = _new_secret()
    endpoint.previous_secret = endpoint.secret
    endpoint.previous_secret_expires_at = _now() + PREVIOUS_SECRET_GRACE
    endpoint.secret = crypto.encrypt(secret)
    record_by(
        actor,
        WebhookEndpointChanged,
        entity_id=endpoint.id,
        label=endpoint.url,
        changes={"signing_secret": {"before": "The old secret (still signing for 24 hours)", "after": "A new secret"}},
    )
    db.session.commit()
    return endpoint, secret


def _delivery(delivery_id: int) -> WebhookDelivery:
    return db.session.execute(
        sa.select(WebhookDelivery)
        .join(WebhookDelivery.event)
        .join(WebhookDelivery.endpoint)
        .options(contains_eager(WebhookDelivery.event), contains_eager(WebhookDelivery.endpoint))
        .where(WebhookDelivery.id == delivery_id)
    ).scalar_one()


def send_test(*, actor: Principal, endpoint_id: int) -> WebhookDelivery:
    """Send a `webhook.test` event to this one endpoint now (its answer shows in the delivery log)."""
    endpoint = get(actor=actor, endpoint_id=endpoint_id)
    if not endpoint.enabled:
        raise Conflict("Turn the endpoint on before sending it a test event.", code="endpoint_disabled")
    data = {"object": "test", "message": f"A test event from {actor.name}.", "endpoint_url": endpoint.url}
    event_id = publishing.write(
        organization_id=actor.organization_id, event_type=TEST_EVENT, data=data, endpoint_ids=[endpoint.id]
    )
    record_by(
        actor,
        WebhookDeliveryReplayed,
        entity_id=endpoint.id,
        label=endpoint.url,
        changes={"event": {"before": None, "after": "Test event"}},
    )
    db.session.commit()
    delivery_id = db.session.scalar(sa.select(WebhookDelivery.id).where(WebhookDelivery.event_id == event_id))
    return _delivery(delivery_id)


def deliveries(
    *, actor: Principal, endpoint_id: int, status: str | None = None, page: int = 1, per_page: int = 25
) -> Page:
    """An endpoint's delivery log, newest first, with each event's type."""
    get(actor=actor, endpoint_id=endpoint_id)
    stmt = (
        sa.select(WebhookDelivery)
        .join(WebhookDelivery.event)
        .join(WebhookDelivery.endpoint)
        .options(contains_eager(WebhookDelivery.event), contains_eager(WebhookDelivery.endpoint))
        .where(WebhookDelivery.endpoint_id == endpoint_id, WebhookDelivery.organization_id == actor.organization_id)
        .order_by(WebhookDelivery.id.desc())
    )
    if status:
        stmt = stmt.where(WebhookDelivery.status == status)
    return paginate(stmt, page=page, per_page=per_page)


def replay(*, actor: Principal, endpoint_id: int, delivery_id: int) -> WebhookDelivery:
    """Send one delivery's event again now, with the same event id and body, and a fresh set of tries."""
    endpoint = get(actor=actor, endpoint_id=endpoint_id)
    row = db.session.execute(
        sa.select(WebhookDelivery, WebhookEvent.type)
        .join(WebhookEvent, WebhookEvent.id == WebhookDelivery.event_id)
        .where(WebhookDelivery.id == delivery_id, WebhookDelivery.endpoint_id == endpoint.id)
        .with_for_update(of=WebhookDelivery)
    ).one_or_none()
    if row is None:
        raise NotFound("No such delivery.")
    found, event_type = row
    if not endpoint.enabled:
        raise Conflict("Turn the endpoint on before replaying its deliveries.", code="endpoint_disabled")
    if found.status in ("pending", "sending"):
        raise Conflict("This delivery is already on its way.", code="delivery_in_progress")
    now = _now()
    found.status, found.attempts, found.next_attempt_at = "pending", 0, now
    # A replay is a new decision to send: its tries get a window of their own from now.
    found.retry_until = delivery.retry_until(now)
    found.last_error = None
    defer(delivery.deliver, delivery_id=found.id)
    record_by(
        actor,
        WebhookDeliveryReplayed,
        entity_id=endpoint.id,
        label=endpoint.url,
        changes={"event": {"before": None, "after": event_type}},
    )
    db.session.commit()
    return _delivery(found.id)
