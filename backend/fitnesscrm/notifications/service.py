"""The outbox's rules: queue a message with the change that causes it, list it for owners, retry it; opt-outs."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert

from fitnesscrm.core.jobs import defer
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import MANAGERS, Principal
from fitnesscrm.errors import Conflict, NotFound
from fitnesscrm.extensions import db
from fitnesscrm.notifications import delivery, emails, topics
from fitnesscrm.notifications.models import NotificationOptOut, OutboxMessage
from fitnesscrm.organizations.models import Organization


def _now() -> datetime:
    return datetime.now(UTC)


def opted_out(*, organization_id: int, channel: str, address: str, topic: str) -> bool:
    """Whether `address` turned `topic` off on `channel`."""
    return db.session.execute(
        sa.select(
            sa.exists().where(
                NotificationOptOut.organization_id == organization_id,
                NotificationOptOut.channel == channel,
                sa.func.lower(NotificationOptOut.address) == address.lower(),
                NotificationOptOut.topic == topic,
            )
        )
    ).scalar_one()


def queue_email(
    *,
    organization_id: int,
    template: str,
    to_address: str,
    to_name: str,
    subject: str,
    context: dict[str, Any],
    idempotency_key: str,
    to_user_id: int | None = None,
) -> int | None:
    """Write an email into the outbox in the caller's transaction and defer its delivery (the caller commits).

    The id of the new message; None when this key already made one (the same event recorded
    twice) or the person turned this topic off.
    """
    topic = topics.topic_of(template)
    if topic != topics.TRANSACTIONAL and opted_out(
        organization_id=organization_id, channel="email", address=to_address, topic=topic
    ):
        return None
    message_id = db.session.execute(
        insert(OutboxMessage)
        .values(
            organization_id=organization_id,
            channel="email",
            recipient_user_id=to_user_id,
            recipient_address=to_address,
            recipient_name=to_name[:200],
            template=template,
            context=context,
            subject=subject[:300],
            idempotency_key=idempotency_key[:200],
            next_attempt_at=_now(),
        )
        .on_conflict_do_nothing(constraint="uq_outbox_messages_org_key")
        .returning(OutboxMessage.id)
    ).scalar_one_or_none()
    if message_id is not None:
        defer(delivery.deliver, message_id=message_id)
    return message_id


def get_all(*, actor: Principal, status: str | None = None, page: int = 1, per_page: int = 25) -> Page:
    """The studio's outbox, newest first, optionally of one status (owners and admins)."""
    actor.require(*MANAGERS)
    stmt = sa.select(OutboxMessage).where(OutboxMessage.organization_id == actor.organization_id)
    if status:
        stmt = stmt.where(OutboxMessage.status == status)
    return paginate(
        stmt.order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc()), page=page, per_page=per_page
    )


def retry(*, actor: Principal, message_id: int) -> OutboxMessage:
    """Send a failed or dead message again now, with a fresh set of tries."""
    actor.require(*MANAGERS)
    message = db.session.execute(
        sa.select(OutboxMessage)
        .where(OutboxMessage.id == message_id, OutboxMessage.organization_id == actor.organization_id)
        .with_for_update()
    ).scalar_one_or_none()
    if message is None:
        raise NotFound("No such message.")
    if message.status not in ("failed", "dead"):
        raise Conflict(f"Only failed or dead messages can be retried; this one is {message.status}.", code="not_failed")
    message.status = "pending"
    message.attempts = 0
    message.next_attempt_at = _now()
    defer(delivery.deliver, message_id=message.id)
    db.session.commit()
    return message


def get_preferences(*, actor: Principal) -> list[dict]:
    """Which topics the caller receives by email, at their account's address."""
    off = set(
        db.session.execute(
            sa.select(NotificationOptOut.topic).where(
                NotificationOptOut.organization_id == actor.organization_id,
                NotificationOptOut.channel == "email",
                sa.func.lower(NotificationOptOut.address) == actor.email.lower(),
            )
        ).scalars()
    )
    return [{"topic": topic, "label": label, "email": topic not in off} for topic, label in topics.TOPICS.items()]


def _set(*, organization_id: int, address: str, topic: str, enabled: bool) -> None:
    if enabled:
        db.session.execute(
            sa.delete(NotificationOptOut).where(
                NotificationOptOut.organization_id == organization_id,
                NotificationOptOut.channel == "email",
                sa.func.lower(NotificationOptOut.address) == address.lower(),
                NotificationOptOut.topic == topic,
            )
        )
    else:
        db.session.execute(
            insert(NotificationOptOut)
            .values(organization_id=organization_id, channel="email", address=address, topic=topic)
            .on_conflict_do_nothing()
        )


def update_preferences(*, actor: Principal, preferences: list[dict]) -> list[dict]:
    """Turn topics on or off for the caller's email; transactional mail cannot be turned off."""
    for preference in preferences:
        _set(
            organization_id=actor.organization_id,
            address=actor.email,
            topic=preference["topic"],
            enabled=preference["email"],
        )
    db.session.commit()
    return get_preferences(actor=actor)


def _unsubscribing(token: str) -> tuple[int, str, str, str]:
    read = emails.read_unsubscribe_token(token)
    if read is None or db.session.get(Organization, read[0]) is None:
        raise NotFound("This unsubscribe link is not valid.", code="unsubscribe_invalid")
    return read


def preview_unsubscribe(*, token: str) -> dict:
    """What an unsubscribe link turns off, for the page that confirms it (the token is the permission)."""
    organization_id, channel, address, topic = _unsubscribing(token)
    return {
        "organization_name": db.session.get(Organization, organization_id).name,
        "address": address,
        "topic": topic,
        "topic_label": topics.TOPICS[topic],
        "subscribed": not opted_out(organization_id=organization_id, channel=channel, address=address, topic=topic),
    }


def unsubscribe(*, token: str) -> dict:
    """Turn off the topic an unsubscribe link names (RFC 8058 one-click); doing it twice changes nothing."""
    organization_id, _channel, address, topic = _unsubscribing(token)
    _set(organization_id=organization_id, address=address, topic=topic, enabled=False)
    db.session.commit()
    return preview_unsubscribe(token=token)
