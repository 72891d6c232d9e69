"""Does the demo studio's webhook endpoint show a delivery log with every ending, turned off and sending nothing?"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.developers.webhooks import service
from fitnesscrm.developers.webhooks.models import WebhookEvent
from fitnesscrm.developers.webhooks.schemas import WebhookDeliverySchema, WebhookEndpointSchema
from fitnesscrm.extensions import db
from tests.documents.factories import principal

NOW = datetime(2027, 3, 10, 15, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def module_transaction(demo_databases):
    """This module's tests share the demo studio loaded at NOW, loaded once per run (conftest's DemoDatabases)."""
    yield from demo_databases.transaction(NOW)


@pytest.fixture(scope="module")
def studio(module_transaction):
    """The demo studio."""
    return module_transaction.demo


def test_demo_endpoint_is_off_with_its_reason_and_a_log_of_every_ending(studio):
    owner = principal(
        db.session.execute(
            sa.select(User).where(User.organization_id == studio.organization_id, User.role == "owner")
        ).scalar_one()
    )
    [endpoint] = WebhookEndpointSchema(many=True).dump(service.get_all(actor=owner).items)
    assert endpoint["enabled"] is False
    assert endpoint["disabled_reason"].startswith("A delivery kept failing for 3 days: the host ")
    log = WebhookDeliverySchema(many=True).dump(service.deliveries(actor=owner, endpoint_id=endpoint["id"]).items)
    assert len(log) == studio.webhook_deliveries == 6
    assert {item["status_text"] for item in log} == {"Delivered", "Gave up"}
    assert {item["attempts"] for item in log} == {1, 3, 12}
    assert all(item["can_replay"] is False for item in log)
    # Its events carry the clients as /api/v2 shows them, and nothing is queued to send.
    bodies = db.session.scalars(sa.select(WebhookEvent.body)).all()
    assert all(json.loads(body)["data"]["object"]["object"] == "client" for body in bodies)
    queued = sa.text("SELECT count(*) FROM procrastinate_jobs WHERE task_name = 'developers.webhooks.deliver'")
    assert db.session.scalar(queued) == 0
