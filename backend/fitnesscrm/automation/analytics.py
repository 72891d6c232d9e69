"""What a rule achieved: runs started, messages queued and delivered, conversions. A few grouped queries per page."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa

from fitnesscrm.automation.models import Run
from fitnesscrm.extensions import db
from fitnesscrm.notifications.models import OutboxMessage
from fitnesscrm.scheduling.models import Participant, Session

CONVERSION_WINDOW = timedelta(days=7)
DELIVERED = ("sent",)
FAILED = ("failed", "dead")


def for_rules(*, organization_id: int, rule_ids: list[int]) -> dict[int, dict[str, int | None]]:
    """Analytics of each listed rule: two statements, however many rules."""
    empty = {
        "triggered": 0,
        "messages_sent": 0,
        "messages_delivered": 0,
        "messages_failed": 0,
        "opened": None,
        "clicked": None,
        "conversions": 0,
    }
    result: dict[int, dict[str, int | None]] = {rule_id: dict(empty) for rule_id in rule_ids}
    if not rule_ids:
        return result
    booked_after = sa.exists().where(
        Participant.client_id == Run.client_id,
        Session.id == Participant.session_id,
        Session.created_at >= Run.messaged_at,
        Session.created_at < Run.messaged_at + CONVERSION_WINDOW,
    )
    runs = db.session.execute(
        sa.select(
            Run.rule_id,
            sa.func.count(),
            sa.func.count().filter(Run.messaged_at.is_not(None), booked_after),
        )
        .where(Run.organization_id == organization_id, Run.rule_id.in_(rule_ids))
        .group_by(Run.rule_id)
    ).all()
    for rule_id, triggered, conversions in runs:
        result[rule_id].update(triggered=triggered, conversions=conversions)
    rule_of = sa.cast(sa.func.split_part(OutboxMessage.idempotency_key, ":", 2), sa.Integer)
    messages = db.session.execute(
        sa.select(
            rule_of,
            sa.func.count(),
            sa.func.count().filter(OutboxMessage.status.in_(DELIVERED)),
            sa.func.count().filter(OutboxMessage.status.in_(FAILED)),
        )
        .where(
            OutboxMessage.organization_id == organization_id,
            OutboxMessage.template == "automation",
            OutboxMessage.idempotency_key.like("automation:%"),
        )
        .group_by(rule_of)
    ).all()
    for rule_id, sent, delivered, failed in messages:
        if rule_id in result:
            result[rule_id].update(messages_sent=sent, messages_delivered=delivered, messages_failed=failed)
    return result
