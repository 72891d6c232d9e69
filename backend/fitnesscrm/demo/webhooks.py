"""The demo studio's webhooks: an endpoint for its CRM with a month of deliveries, turned off when the CRM went away.

Its log shows every state a delivery ends in — delivered with the receiver's 200, retried and
then delivered, and given up after three days — and the endpoint was turned off by that, with
the reason on its card. It is off so that the demo never sends anything: its address is on the
reserved `.example` domain, and rows are written directly (history, no delivery jobs).
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.clients.models import Client
from fitnesscrm.core import crypto
from fitnesscrm.developers.webhooks import publishing, signing
from fitnesscrm.developers.webhooks.models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from fitnesscrm.extensions import db

URL = "https://crm.ironandoak.example/fitnesscrm/webhooks"
NOT_FOUND = "The host crm.ironandoak.example could not be found."


def add(*, now: datetime, organization_id: int) -> int:
    """Write the endpoint and its deliveries; how many deliveries."""
    owner_id = db.session.scalar(
        sa.select(User.id).where(User.organization_id == organization_id, User.role == "owner").limit(1)
    )
    disabled_at = now - timedelta(days=2)
    endpoint = WebhookEndpoint(
        organization_id=organization_id,
        url=URL,
        description="Member CRM (new sign-ups and changes)",
        event_types=["client.created", "client.updated", "client.archived"],
        secret=crypto.encrypt(signing.SECRET_PREFIX + secrets.token_urlsafe(32)),
        enabled=False,
        disabled_reason=f"A delivery kept failing for 3 days: {NOT_FOUND[:1].lower()}{NOT_FOUND[1:]}",
        disabled_at=disabled_at,
        consecutive_failures=12,
        created_by_user_id=owner_id,
        created_at=now - timedelta(days=40),
    )
    db.session.add(endpoint)
    db.session.flush()
    clients = db.session.scalars(
        sa.select(Client.id).where(Client.organization_id == organization_id).order_by(Client.id).limit(6)
    ).all()
    # Oldest first: delivered at once, delivered on the third try, and the last one given up.
    outcomes = ["delivered", "delivered", "retried", "delivered", "delivered", "dead"]
    for number, (client_id, outcome) in enumerate(zip(clients, outcomes, strict=False)):
        at = now - timedelta(days=30 - number * 5) if outcome != "dead" else disabled_at - timedelta(days=3)
        event_type = "client.created" if number % 2 == 0 else "client.updated"
        event_id = publishing.new_event_id()
        data = publishing.data_object("client", organization_id=organization_id, record_id=client_id)
        db.session.add(
            WebhookEvent(
                id=event_id,
                organization_id=organization_id,
                type=event_type,
                body=publishing.body(event_id=event_id, event_type=event_type, created=at, data=data),
                created_at=at,
            )
        )
        db.session.flush()
        db.session.add(_delivery(organization_id, endpoint.id, event_id, at, outcome))
    return len(clients)


def _delivery(organization_id: int, endpoint_id: int, event_id: str, at: datetime, outcome: str) -> WebhookDelivery:
    common = {
        "organization_id": organization_id,
        "endpoint_id": endpoint_id,
        "event_id": event_id,
        "created_at": at,
        "updated_at": at,
        "retry_until": at + timedelta(days=3),
    }
    if outcome == "dead":
        last = at + timedelta(days=3) - timedelta(hours=6)
        return WebhookDelivery(**common, status="dead", attempts=12, last_error=NOT_FOUND, last_attempt_at=last)
    tries = 3 if outcome == "retried" else 1
    done = at + timedelta(minutes=4 if tries == 3 else 0, seconds=1)
    return WebhookDelivery(
        **common,
        status="delivered",
        attempts=tries,
        last_status_code=200,
        last_response_excerpt='{"status": "accepted"}',
        last_duration_ms=180 + tries * 7,
        last_attempt_at=done,
        delivered_at=done,
    )
