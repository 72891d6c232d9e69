"""Delivering outbox messages: claim a row, send it, record what happened; retry with backoff, then dead.

A claim is committed before anything is sent (status `sending` with a fresh attempt id), so two
workers never send one message at once (`FOR UPDATE SKIP LOCKED`) and a worker that dies holding
a claim leaves a row the sweep finds once its claim expires (OUTBOX_CLAIM_SECONDS). Every try of
a message carries the same Message-ID, derived from its idempotency key: if a worker died between
the server accepting a message and the row saying `sent`, the copy sent again is recognisably the
same message. A row already `sent` is never claimed again.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from flask import current_app

from fitnesscrm.core import mailer
from fitnesscrm.core.jobs import defer, periodic, task
from fitnesscrm.extensions import db
from fitnesscrm.notifications import emails
from fitnesscrm.notifications.models import OutboxMessage

log = logging.getLogger(__name__)

UNFINISHED = ("pending", "sending", "failed")
# A message whose job should have run this long ago is taken as having lost it.
SWEEP_GRACE = timedelta(minutes=1)
SWEEP_BATCH = 500


def _now() -> datetime:
    return datetime.now(UTC)


def backoff(attempts: int) -> timedelta:
    """How long to wait after the `attempts`-th failed try: the base, four times longer each time, capped."""
    config = current_app.config
    seconds = config["OUTBOX_RETRY_BASE_SECONDS"] * 4 ** (attempts - 1)
    return timedelta(seconds=min(seconds, config["OUTBOX_RETRY_MAX_SECONDS"]))


@task(name="notifications.deliver", queue="notifications")
def deliver(*, message_id: int) -> None:
    """Send one outbox message (the job deferred when it is written, and again for each retry)."""
    deliver_message(message_id=message_id)


def _claim(message_id: int) -> OutboxMessage | None:
    now = _now()
    claimable = sa.or_(
        sa.and_(
            OutboxMessage.status.in_(("pending", "failed")),
            sa.or_(OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now),
        ),
        # Its worker died: the claim ran out.
        sa.and_(OutboxMessage.status == "sending", OutboxMessage.next_attempt_at <= now),
    )
    message = db.session.execute(
        sa.select(OutboxMessage).where(OutboxMessage.id == message_id, claimable).with_for_update(skip_locked=True)
    ).scalar_one_or_none()
    if message is None:
        db.session.rollback()
        return None
    message.status = "sending"
    message.attempt_id = uuid.uuid4()
    message.attempts += 1
    message.claimed_at = now
    message.next_attempt_at = now + timedelta(seconds=current_app.config["OUTBOX_CLAIM_SECONDS"])
    db.session.commit()
    return message


class DeliveryError(Exception):
    """A channel could not deliver a message; `str(error)` says why in a sentence an owner can act on.

    `permanent` errors (an address that does not exist, a number that opted out) will not go away
    by trying again: the message is dead at once.
    """

    def __init__(self, reason: str, *, permanent: bool = False):
        super().__init__(reason)
        self.permanent = permanent


def send_email(message: OutboxMessage) -> str:
    """Render and send an email message; the Message-ID the server accepted."""
    try:
        return mailer.send(emails.render(message))
    except mailer.MailError as error:
        raise DeliveryError(str(error), permanent=error.permanent) from error


# How each channel sends one message and returns the provider's id for it; the SMS and push
# channels add theirs when their modules are imported.
SENDERS: dict[str, Callable[[OutboxMessage], str]] = {"email": send_email}


def _send(message: OutboxMessage) -> str:
    sender = SENDERS.get(message.channel)
    if sender is None:
        raise DeliveryError(f"FitnessCRM cannot send {message.channel} messages on this server", permanent=True)
    return sender(message)


def _finish(message_id: int, attempt_id: uuid.UUID, **values) -> bool:
    """Record the end of this try, unless another worker has taken the message over meanwhile."""
    updated = db.session.execute(
        sa.update(OutboxMessage)
        .where(OutboxMessage.id == message_id, OutboxMessage.attempt_id == attempt_id)
        .values(attempt_id=None, **values)
    ).rowcount
    return bool(updated)


def _failed(message: OutboxMessage, attempt_id: uuid.UUID, error: DeliveryError) -> str:
    reason = str(error)
    last_error = (reason[:1].upper() + reason[1:])[:500]
    if error.permanent or message.attempts >= current_app.config["OUTBOX_MAX_ATTEMPTS"]:
        status, next_attempt_at = "dead", None
    else:
        status, next_attempt_at = "failed", _now() + backoff(message.attempts)
    finished = _finish(message.id, attempt_id, status=status, last_error=last_error, next_attempt_at=next_attempt_at)
    if finished and next_attempt_at is not None:
        defer(deliver, run_at=next_attempt_at, message_id=message.id)
    db.session.commit()
    log.warning("Outbox message %s %s after try %s: %s", message.id, status, message.attempts, reason)
    return status


def deliver_message(*, message_id: int) -> str | None:
    """Claim, send and record one message; its status afterwards, or None when it was not due or is taken."""
    message = _claim(message_id)
    if message is None:
        return None
    attempt_id = message.attempt_id
    try:
        provider_id = _send(message)
    except DeliveryError as error:
        return _failed(message, attempt_id, error)
    except Exception:
        # A message that cannot even be rendered must still end somewhere owners can see it.
        log.exception("Outbox message %s could not be prepared", message_id)
        db.session.rollback()
        return _failed(message, attempt_id, DeliveryError("FitnessCRM could not prepare this message"))
    _finish(
        message_id,
        attempt_id,
        status="sent",
        sent_at=_now(),
        provider_message_id=provider_id,
        last_error=None,
        next_attempt_at=None,
    )
    db.session.commit()
    return "sent"


def requeue_overdue() -> int:
    """Defer delivery again for messages whose job is overdue or whose worker died; how many."""
    ids = (
        db.session.execute(
            sa.select(OutboxMessage.id)
            .where(OutboxMessage.status.in_(UNFINISHED), OutboxMessage.next_attempt_at <= _now() - SWEEP_GRACE)
            .order_by(OutboxMessage.next_attempt_at)
            .limit(SWEEP_BATCH)
        )
        .scalars()
        .all()
    )
    for message_id in ids:
        defer(deliver, message_id=message_id)
    db.session.commit()
    return len(ids)


@periodic(cron="*/5 * * * *", name="notifications.sweep-outbox")
def sweep_outbox(timestamp: int) -> None:
    """Every five minutes: pick up messages whose delivery job was lost or whose worker died."""
    requeue_overdue()
