"""Does every webhook endpoint answer each caller as allowed, and write nothing when it refuses?

The cases use the foundation's authorization matrix (tests/test_authorization.py): anonymous,
each role of a studio, and the owner of another studio (`stranger`). Webhooks are owners' and
admins' business: trainers and clients get 403, another studio's endpoints are 404.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from fitnesscrm.clients import service as clients
from fitnesscrm.developers.webhooks import service
from fitnesscrm.developers.webhooks.models import WebhookDelivery
from fitnesscrm.extensions import db
from tests.factories import principal_for
from tests.test_authorization import CALLERS, Case, assert_case

MANAGERS = {"owner": 200, "admin": 200, "stranger": 404}
IN_OWN_STUDIO = {"owner": 200, "admin": 200, "stranger": 200}
ENDPOINT = {"endpoint_id": "webhook_endpoint"}
DELIVERY = {"endpoint_id": "webhook_endpoint", "delivery_id": "webhook_delivery"}
# Nothing listens there; registering does not call it.
NEW_ENDPOINT = {"url": "http://127.0.0.1:9/hooks", "event_types": ["client.created"]}

CASES = [
    Case("GET", "/api/developers/webhooks/event-types", IN_OWN_STUDIO),
    Case("GET", "/api/developers/webhooks", IN_OWN_STUDIO),
    Case("POST", "/api/developers/webhooks", {"owner": 201, "admin": 201, "stranger": 201}, body=NEW_ENDPOINT),
    Case("GET", "/api/developers/webhooks/<int:endpoint_id>", MANAGERS, params=ENDPOINT),
    Case("PATCH", "/api/developers/webhooks/<int:endpoint_id>", MANAGERS, params=ENDPOINT, body={"description": "CRM"}),
    Case(
        "DELETE", "/api/developers/webhooks/<int:endpoint_id>", MANAGERS | {"owner": 204, "admin": 204}, params=ENDPOINT
    ),
    Case("POST", "/api/developers/webhooks/<int:endpoint_id>/roll-secret", MANAGERS, params=ENDPOINT),
    Case(
        "POST",
        "/api/developers/webhooks/<int:endpoint_id>/test",
        MANAGERS | {"owner": 201, "admin": 201},
        params=ENDPOINT,
    ),
    Case("GET", "/api/developers/webhooks/<int:endpoint_id>/deliveries", MANAGERS, params=ENDPOINT),
    Case(
        "POST",
        "/api/developers/webhooks/<int:endpoint_id>/deliveries/<int:delivery_id>/replay",
        MANAGERS,
        params=DELIVERY,
    ),
]


@pytest.fixture
def webhook_studio(studio, app, monkeypatch):
    """The studio with an endpoint and one finished delivery to it."""
    monkeypatch.setitem(app.config, "OUTBOUND_ALLOW_PRIVATE_ADDRESSES", True)
    owner = principal_for(studio.owner)
    studio.webhook_endpoint, _ = service.create(actor=owner, **NEW_ENDPOINT)
    clients.create(actor=owner, first_name="Ana", last_name="Lee")
    studio.webhook_delivery = db.session.scalars(
        sa.select(WebhookDelivery).where(WebhookDelivery.endpoint_id == studio.webhook_endpoint.id)
    ).one()
    studio.webhook_delivery.status = "delivered"
    db.session.commit()
    return studio


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.method} {case.rule}")
def test_webhook_endpoint_answers_each_caller_as_allowed(case, caller, webhook_studio, other_studio, client, client_as):
    assert_case(case, caller, webhook_studio, other_studio, client, client_as)
