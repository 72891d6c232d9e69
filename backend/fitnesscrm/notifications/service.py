"""The outbox's rules: queue a message with the change that causes it, list it for owners, retry it; opt-outs."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert

from fitnesscrm.clients.models import Client
from fitnesscrm.core.jobs import defer
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import MANAGERS, Principal
from fitnesscrm.errors import Conflict, NotFound
from fitnesscrm.extensions import db
from fitnesscrm.notifications import delivery, emails, topics
from fitnesscrm.notifications.models import CHANNEL_DEFAULTS, NotificationPreference, OutboxMessage
from fitnesscrm.organizations.models import Organization
from fitnesscrm.trainers.models import Trainer


def _now() -> datetime:
    return datetime.now(UTC)


def wants(*, organization_id: int, channel: str, address: str, topic: str) -> bool:
    """Whether `address` receives `topic` on `channel`: its stored choice, else the channel's default.

    Transactional messages (an account's own links) are not a choice and always go.
    """
    if topic == topics.TRANSACTIONAL:
        return True
    choice = db.session.execute(
        sa.select(NotificationPreference.enabled).where(
            NotificationPreference.organization_id == organization_id,
            NotificationPreference.channel == channel,
            sa.func.lower(NotificationPreference.address) == address.lower(),
            NotificationPreference.topic == topic,
        )
    ).scalar_one_or_none()
    return CHANNEL_DEFAULTS[channel] if choice is None else choice


def queue_message(
    *,
    organization_id: int,
    channel: str,
    template: str,
    to_address: str,
    to_name: str,
    subject: str,
    context: dict[str, Any],
    idempotency_key: str,
    to_user_id: int | None = None,
) -> int | None:
    """Write a message into the outbox in the caller's transaction and defer its delivery (the caller commits).

    The id of the new message; None when this key already made one (the same event recorded
    twice) or the person does not want this topic on this channel.
    """
    if not wants(organization_id=organization_id, channel=channel, address=to_address, topic=topics.topic_of(template)):
        return None
    message_id = db.session.execute(
        insert(OutboxMessage)
        .values(
            organization_id=organization_id,
            channel=channel,
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
    """`queue_message` on the email channel."""
    return queue_message(
        organization_id=organization_id,
        channel="email",
        template=template,
        to_address=to_address,
        to_name=to_name,
        subject=subject,
        context=context,
        idempotency_key=idempotency_key,
        to_user_id=to_user_id,
    )


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


def _addresses(actor: Principal) -> dict[str, str | None]:
    """Where each channel reaches the caller: the email and mobile number of their client or trainer profile
    (where session emails and texts go), else their account's email; push reaches their account."""
    email, phone = actor.email, None
    profile = (Client, actor.client_id) if actor.client_id is not None else (Trainer, actor.trainer_id)
    if profile[1] is not None:
        model, profile_id = profile
        row = db.session.execute(sa.select(model.email, model.phone).where(model.id == profile_id)).one_or_none()
        if row is not None:
            email, phone = row.email or actor.email, row.phone
    return {"email": email, "sms": phone, "push": actor.email}


def _texted_stop(organization_id: int, phone: str | None) -> bool:
    # Imported here: the SMS service queues through this module, so it cannot be imported at its top.
    from fitnesscrm.notifications.sms.service import is_opted_out

    return phone is not None and is_opted_out(organization_id=organization_id, phone_number=phone)


def get_preferences(*, actor: Principal) -> list[dict]:
    """Which topics the caller receives on each channel; SMS only where their profile has a phone number
    that has not texted STOP (nothing is texted to it, whatever was chosen before)."""
    addresses = _addresses(actor)
    if _texted_stop(actor.organization_id, addresses["sms"]):
        addresses["sms"] = None
    stored = {
        (channel, topic): enabled
        for channel, topic, enabled in db.session.execute(
            sa.select(
                NotificationPreference.channel, NotificationPreference.topic, NotificationPreference.enabled
            ).where(
                NotificationPreference.organization_id == actor.organization_id,
                sa.or_(
                    *(
                        sa.and_(
                            NotificationPreference.channel == channel,
                            sa.func.lower(NotificationPreference.address) == address.lower(),
                        )
                        for channel, address in addresses.items()
                        if address
                    )
                ),
            )
        )
    }
    return [
        {
            "topic": topic,
            "label": label,
            **{
                channel: bool(address) and stored.get((channel, topic), CHANNEL_DEFAULTS[channel])
                for channel, address in addresses.items()
            },
            "sms_available": bool(addresses["sms"]),
        }
        for topic, label in topics.TOPICS.items()
    ]


def set_preference(*, organization_id: int, channel: str, address: str, topic: str, enabled: bool) -> None:
    """Store one person's yes or no for a topic on a channel (the caller commits); the same twice changes nothing."""
    db.session.execute(
        insert(NotificationPreference)
        .values(organization_id=organization_id, channel=channel, address=address, topic=topic, enabled=enabled)
        .on_conflict_do_update(
            index_elements=[
                NotificationPreference.organization_id,
                NotificationPreference.channel,
                sa.func.lower(NotificationPreference.address),
                NotificationPreference.topic,
            ],
            set_={"enabled": enabled, "updated_at": sa.func.now()},
        )
    )


def update_preferences(*, actor: Principal, preferences: list[dict]) -> list[dict]:
    """Turn topics on or off per channel for the caller; transactional mail cannot be turned off."""
    addresses = _addresses(actor)
    stopped = _texted_stop(actor.organization_id, addresses["sms"])
    for preference in preferences:
        for channel in CHANNEL_DEFAULTS:
            if channel not in preference:
                continue
            if addresses[channel] is None:
                raise Conflict(
                    "Add a mobile number to your profile before choosing text messages.", code="no_phone_number"
                )
            if channel == "sms" and stopped and preference[channel]:
                raise Conflict(
                    "Your number texted STOP to the studio: text START to the studio's number to get texts again.",
                    code="texted_stop",
                )
            set_preference(
                organization_id=actor.organization_id,
                channel=channel,
                address=addresses[channel],
                topic=preference["topic"],
                enabled=preference[channel],
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
        "subscribed": wants(organization_id=organization_id, channel=channel, address=address, topic=topic),
    }


def unsubscribe(*, token: str) -> dict:
    """Turn off the topic an unsubscribe link names (RFC 8058 one-click); doing it twice changes nothing."""
    organization_id, channel, address, topic = _unsubscribing(token)
    set_preference(organization_id=organization_id, channel=channel, address=address, topic=topic, enabled=False)
    db.session.commit()
    return preview_unsubscribe(token=token)
