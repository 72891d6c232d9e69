"""The outbox's "push" channel: one message to one person, sent to every device they have now.

The row holds what to show (`title`, `body`, `url`, `tag`); the devices are read at send time, so
a device added after the event still hears and one removed meanwhile does not. Each device's push
is encrypted for it (aes128gcm) and signed with the server's VAPID key by pywebpush. A device the
push service no longer knows (404, 410) is forgotten. When some devices fail for a while (429,
5xx, no answer) the message is tried again later for those only: the devices that got it are
remembered on the row, so none shows it twice.
"""

from __future__ import annotations

import json
import logging

import requests
import sqlalchemy as sa
from flask import current_app
from pywebpush import WebPushException, webpush

from fitnesscrm.extensions import db
from fitnesscrm.notifications import delivery
from fitnesscrm.notifications.models import OutboxMessage
from fitnesscrm.notifications.push import endpoints, keys
from fitnesscrm.notifications.push.models import PushSubscription

log = logging.getLogger(__name__)

GONE = (404, 410)
DELIVERED_KEY = "delivered_subscription_ids"


class _NoRedirects(requests.Session):
    """A push service answers; it never redirects, and following one could lead anywhere (SSRF)."""

    def request(self, *args, **kwargs):
        kwargs["allow_redirects"] = False
        return super().request(*args, **kwargs)


def _payload(message: OutboxMessage) -> str:
    context = message.context
    return json.dumps(
        {"title": context["title"], "body": context["body"], "url": context["url"], "tag": context["tag"]}
    )


def _push(subscription: PushSubscription, payload: str, signer, session: requests.Session) -> None:
    webpush(
        subscription_info={
            "endpoint": subscription.endpoint,
            "keys": {"p256dh": subscription.p256dh, "auth": subscription.auth},
        },
        data=payload,
        vapid_private_key=signer,
        vapid_claims={"sub": keys.subject()},
        ttl=current_app.config["PUSH_TTL_SECONDS"],
        timeout=current_app.config["PUSH_TIMEOUT_SECONDS"],
        requests_session=session,
    )


def send_push(message: OutboxMessage) -> str:
    """Push `message` to each of its recipient's devices; how many got it, or DeliveryError when none did."""
    already = set(message.context.get(DELIVERED_KEY, []))
    subscriptions = [
        subscription
        for subscription in db.session.execute(
            sa.select(PushSubscription)
            .where(
                PushSubscription.user_id == message.recipient_user_id,
                PushSubscription.organization_id == message.organization_id,
            )
            .order_by(PushSubscription.id)
        ).scalars()
        if subscription.id not in already
    ]
    if not subscriptions:
        if already:
            return f"Pushed to {len(already)} device{'' if len(already) == 1 else 's'}"
        raise delivery.DeliveryError(
            f"{message.recipient_name} has no device that accepts notifications any more", permanent=True
        )
    pair = keys.current()
    signer = keys.signer(pair)
    payload = _payload(message)
    delivered, gone, temporary, refused = [], [], [], []
    with _NoRedirects() as session:
        for subscription in subscriptions:
            if endpoints.problem(subscription.endpoint):
                gone.append(subscription.id)
                continue
            try:
                _push(subscription, payload, signer, session)
            except WebPushException as error:
                status = error.status_code
                log.info("Push to subscription %s answered %s", subscription.id, status)
                if status in GONE:
                    gone.append(subscription.id)
                elif status == 429 or status is None or status >= 500:
                    temporary.append(status)
                else:
                    refused.append(status)
                continue
            except requests.RequestException as error:
                log.info("Push to subscription %s failed: %s", subscription.id, error)
                temporary.append(None)
                continue
            delivered.append(subscription.id)
    if gone:
        db.session.execute(sa.delete(PushSubscription).where(PushSubscription.id.in_(gone)))
    done = sorted(already | set(delivered))
    if delivered:
        db.session.execute(
            sa.update(OutboxMessage)
            .where(OutboxMessage.id == message.id)
            .values(context={**message.context, DELIVERED_KEY: done})
        )
    db.session.commit()
    if temporary:
        raise delivery.DeliveryError(_temporary_reason(temporary, len(done)))
    if not done:
        if refused:
            raise delivery.DeliveryError(
                f"The push service refused this notification (HTTP {refused[0]})", permanent=True
            )
        raise delivery.DeliveryError(
            f"{message.recipient_name} has no device that accepts notifications any more", permanent=True
        )
    return f"Pushed to {len(done)} device{'' if len(done) == 1 else 's'}"


def _temporary_reason(statuses: list[int | None], delivered: int) -> str:
    if 429 in statuses:
        why = "the push service asked to slow down (HTTP 429)"
    elif any(status is not None for status in statuses):
        why = f"the push service had an error (HTTP {next(s for s in statuses if s is not None)})"
    else:
        why = "the push service did not answer"
    devices = "a device" if len(statuses) == 1 else f"{len(statuses)} devices"
    reached = f"; {delivered} already have it" if delivered else ""
    return f"{why} for {devices}{reached}"


delivery.SENDERS["push"] = send_push
