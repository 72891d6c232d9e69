"""Writing an event for the endpoints that want it: one event row, one delivery per endpoint, one job each.

Runs inside the transaction of the change it reports (a domain event's subscriber), so an event
exists exactly when its change does. A studio without an endpoint for the type pays one query.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from fitnesscrm.api_v2.representations import kinds, represent
from fitnesscrm.core.jobs import defer
from fitnesscrm.developers.webhooks import delivery
from fitnesscrm.developers.webhooks.models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from fitnesscrm.extensions import db

API_VERSION = "2"


def _now() -> datetime:
    return datetime.now(UTC)


def new_event_id() -> str:
    """`evt_` and 24 random characters."""
    return "evt_" + secrets.token_hex(12)


def data_object(kind: str, *, organization_id: int, record_id: int) -> dict[str, Any]:
    """The record as /api/v2 shows it; only its kind and id where v2 has no representation of that kind (yet),
    or the record is gone."""
    if kind in kinds():
        found = represent(kind, organization_id=organization_id, record_id=record_id)
        if found is not None:
            return found
    return {"object": kind, "id": record_id}


def body(*, event_id: str, event_type: str, created: datetime, data: dict[str, Any]) -> str:
    """The JSON every delivery of the event sends, byte for byte."""
    payload = {
        "id": event_id,
        "type": event_type,
        "created": int(created.timestamp()),
        "api_version": API_VERSION,
        "data": {"object": data},
    }
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False, default=str)


# Per transaction, (organization, event type) → the endpoints that want it: an import of a thousand
# clients asks once, not a thousand times. Forgotten when the transaction ends.
_ENDPOINTS_KEY = "webhooks.subscribed_endpoints"


@sa.event.listens_for(Session, "after_commit")
@sa.event.listens_for(Session, "after_rollback")
def _forget_endpoints(session: Session) -> None:
    session.info.pop(_ENDPOINTS_KEY, None)


def subscribed_endpoints(organization_id: int, event_type: str) -> list[int]:
    """The studio's enabled endpoints that want `event_type`, as this transaction first found them."""
    known = db.session.info.setdefault(_ENDPOINTS_KEY, {})
    if (organization_id, event_type) not in known:
        known[(organization_id, event_type)] = list(
            db.session.scalars(
                sa.select(WebhookEndpoint.id).where(
                    WebhookEndpoint.organization_id == organization_id,
                    WebhookEndpoint.enabled.is_(True),
                    sa.literal(event_type) == sa.any_(WebhookEndpoint.event_types),
                )
            )
        )
    return known[(organization_id, event_type)]


def publish(
    *, organization_id: int, event_type: str, kind: str, record_id: int | Callable[[], int | None]
) -> str | None:
    """Write `event_type` about one record for every endpoint that wants it (in the caller's transaction);
    the event's id, or None when no endpoint wants it. `record_id` may be a function finding it, so that
    the look-up costs nothing when nobody listens."""
    endpoint_ids = subscribed_endpoints(organization_id, event_type)
    if not endpoint_ids:
        return None
    found = record_id() if callable(record_id) else record_id
    if found is None:
        return None
    data = data_object(kind, organization_id=organization_id, record_id=found)
    return write(organization_id=organization_id, event_type=event_type, data=data, endpoint_ids=endpoint_ids)


def write(*, organization_id: int, event_type: str, data: dict[str, Any], endpoint_ids: list[int]) -> str:
    """Store one event and a pending delivery to each endpoint, and defer each delivery's job."""
    created = _now()
    event_id = new_event_id()
    db.session.add(
        WebhookEvent(
            id=event_id,
            organization_id=organization_id,
            type=event_type,
            body=body(event_id=event_id, event_type=event_type, created=created, data=data),
            created_at=created,
        )
    )
    db.session.flush()
    delivery_ids = db.session.scalars(
        insert(WebhookDelivery)
        .values(
            [
                {
                    "organization_id": organization_id,
                    "endpoint_id": endpoint_id,
                    "event_id": event_id,
                    "status": "pending",
                    "next_attempt_at": created,
                    "retry_until": delivery.retry_until(created),
                }
                for endpoint_id in endpoint_ids
            ]
        )
        .returning(WebhookDelivery.id)
    ).all()
    for delivery_id in delivery_ids:
        defer(delivery.deliver, delivery_id=delivery_id)
    return event_id
