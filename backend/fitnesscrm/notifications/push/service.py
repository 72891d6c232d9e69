"""Push's rules: a device subscribes or leaves, and events become one outbox row per person to push."""

from __future__ import annotations

import base64
import binascii

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert

from fitnesscrm.auth.models import User
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.errors import ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.notifications import service as notifications
from fitnesscrm.notifications.push import endpoints, keys
from fitnesscrm.notifications.push.models import PushSubscription

# Lengths the Push API's keys have: an uncompressed P-256 point, and the auth secret.
P256DH_BYTES = 65
AUTH_BYTES = 16


def public_key(*, actor: Principal) -> dict[str, str]:
    """The key browsers subscribe with (`applicationServerKey`); made on first use."""
    pair = keys.current()
    db.session.commit()
    return {"public_key": pair.public_key}


def _decoded(value: str) -> bytes | None:
    try:
        return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError):
        return None


def _check(endpoint: str, p256dh: str, auth: str) -> None:
    problems: dict[str, list[str]] = {}
    if reason := endpoints.problem(endpoint):
        problems["endpoint"] = [reason]
    point = _decoded(p256dh)
    if point is None or len(point) != P256DH_BYTES or point[0] != 4:
        problems["keys.p256dh"] = ["Not a P-256 public key as browsers send it."]
    secret = _decoded(auth)
    if secret is None or len(secret) != AUTH_BYTES:
        problems["keys.auth"] = ["Not an auth secret as browsers send it."]
    if problems:
        raise ValidationError("This browser's subscription cannot be used.", fields=problems)


def subscribe(*, actor: Principal, endpoint: str, keys: dict[str, str]) -> PushSubscription:
    """Store this device's subscription for the caller; the same endpoint again updates it (and moves it to them)."""
    _check(endpoint, keys["p256dh"], keys["auth"])
    values = {
        "organization_id": actor.organization_id,
        "user_id": actor.user_id,
        "p256dh": keys["p256dh"],
        "auth": keys["auth"],
    }
    subscription_id = db.session.execute(
        insert(PushSubscription)
        .values(endpoint=endpoint, **values)
        .on_conflict_do_update(index_elements=[PushSubscription.endpoint], set_={**values, "updated_at": sa.func.now()})
        .returning(PushSubscription.id)
    ).scalar_one()
    db.session.commit()
    return db.session.get(PushSubscription, subscription_id)


def unsubscribe(*, actor: Principal, endpoint: str) -> None:
    """Forget this device's subscription, if it is the caller's; afterwards nothing is pushed to it for them."""
    db.session.execute(
        sa.delete(PushSubscription).where(
            PushSubscription.endpoint == endpoint,
            PushSubscription.user_id == actor.user_id,
            PushSubscription.organization_id == actor.organization_id,
        )
    )
    db.session.commit()


def queue_pushes(
    *,
    organization_id: int,
    user_ids: list[int],
    template: str,
    title: str,
    body: str,
    url: str,
    tag: str,
    idempotency_key: str,
) -> list[int]:
    """Queue one push per listed person who has a device and wants this topic pushed (the caller commits).

    The ids of the outbox rows written; `idempotency_key` gets `:<user id>` appended per person.
    """
    if not user_ids:
        return []
    people = db.session.execute(
        sa.select(User.id, User.email, User.first_name, User.last_name).where(
            User.organization_id == organization_id,
            User.id.in_(user_ids),
            User.is_active,
            sa.exists().where(PushSubscription.user_id == User.id),
        )
    ).all()
    queued = []
    for person in people:
        message_id = notifications.queue_message(
            organization_id=organization_id,
            channel="push",
            template=template,
            # Push preferences are kept under the account's email (notifications.models).
            to_address=person.email,
            to_name=f"{person.first_name} {person.last_name}",
            to_user_id=person.id,
            subject=title,
            context={"title": title, "body": body, "url": url, "tag": tag},
            idempotency_key=f"{idempotency_key}:{person.id}",
        )
        if message_id is not None:
            queued.append(message_id)
    return queued


def queue_reminder_push(
    *, organization_id: int, reminder_id: int, user_id: int | None, what: str, when: str, with_name: str
) -> int | None:
    """Push a session reminder to a client's devices beside its email (the caller commits); the outbox row's id.

    Called by notifications/reminders.py for each reminder it sends, with the wording of its email.
    """
    if user_id is None:
        return None
    queued = queue_pushes(
        organization_id=organization_id,
        user_ids=[user_id],
        template="reminder",
        title=f"Reminder: {what}",
        body=f"{when} with {with_name}",
        url="/portal",
        tag=f"reminder-{reminder_id}",
        idempotency_key=f"push-reminder:{reminder_id}",
    )
    return queued[0] if queued else None
