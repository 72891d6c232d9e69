"""Rules and outbox reads shared by the automation tests."""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.automation import service
from fitnesscrm.extensions import db
from fitnesscrm.notifications.models import OutboxMessage
from tests.factories import principal_for

EMAIL = {"type": "send_email", "subject": "Hi {{ first_name }}", "body": "Hello {{ full_name }} from {{ studio_name }}"}


def make_rule(studio, *, trigger="client_created", steps=(EMAIL,), conditions=(), trigger_days=None, enabled=True):
    """A rule made through the service, as the editor makes it."""
    return service.create(
        actor=principal_for(studio.owner),
        name="Rule",
        trigger=trigger,
        trigger_days=trigger_days,
        conditions=list(conditions),
        steps=[dict(step) for step in steps],
        enabled=enabled,
    )


def automation_messages(organization_id: int) -> list[OutboxMessage]:
    """The studio's outbox rows written by automations, oldest first."""
    return list(
        db.session.execute(
            sa.select(OutboxMessage)
            .where(OutboxMessage.organization_id == organization_id, OutboxMessage.template == "automation")
            .order_by(OutboxMessage.id)
        ).scalars()
    )
