"""The demo studio's outbox, so the owners' Outbox screen shows every state a message can be in.

Each staff login and the client with a login were invited (sent) and welcomed when they accepted
(sent); the last trainer's welcome was refused by their mail server (dead, to retry from the
screen); and the owner's notice of a password change twelve minutes ago is failing (failed, with its
next try). Rows are written directly rather than through `queue_email`: they are history, and
deferring delivery jobs for them would send mail that was "sent" months ago.

The contexts are complete, so a message retried from the screen renders and sends like a real one.
The invitations' links name no invitation (the demo accounts were created, not invited), but those
rows are sent, and a sent row is never sent again.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.core import urls
from fitnesscrm.extensions import db
from fitnesscrm.notifications import emails
from fitnesscrm.notifications.models import OutboxMessage
from fitnesscrm.organizations.models import Organization

INVITATION_DAYS = 7
ROLE_ORDER = {"admin": 0, "trainer": 1, "client": 2}
# The sentences the mailer writes for these failures (core/mailer.py), as the screen shows them.
REFUSED = "The mail server refused the recipient's address"
TIMED_OUT = "The mail server did not answer in time"


def _name(user: User) -> str:
    return f"{user.first_name} {user.last_name}".strip()


def _message(org: Organization, user: User, *, template: str, key: str, subject: str, context: dict,
             at: datetime, to_name: str | None = None, **state) -> OutboxMessage:  # fmt: skip
    message = OutboxMessage(
        organization_id=org.id, channel="email", recipient_user_id=user.id, recipient_address=user.email,
        recipient_name=to_name or _name(user), template=template, context=context, subject=subject,
        idempotency_key=key, created_at=at, updated_at=at, **state,
    )  # fmt: skip
    if message.status == "sent":
        message.provider_message_id = emails.message_id(message)
    return message


def _sent(at: datetime) -> dict:
    return {"status": "sent", "attempts": 1, "sent_at": at + timedelta(seconds=3)}


def add(*, now: datetime, organization_id: int) -> int:
    """Add the demo studio's outbox; returns how many messages."""
    org = db.session.get(Organization, organization_id)
    users = db.session.execute(sa.select(User).where(User.organization_id == organization_id)).scalars().all()
    owner = next(user for user in users if user.role == "owner")
    invited = sorted((user for user in users if user.role != "owner"), key=lambda u: (ROLE_ORDER[u.role], u.id))
    last_trainer = max((user for user in invited if user.role == "trainer"), key=lambda u: u.id)
    messages = []
    for user in invited:
        asked = user.created_at - timedelta(hours=3)
        token = hashlib.sha256(f"demo-invitation:{user.email}".encode()).hexdigest()[:32]
        messages.append(
            _message(
                org, user, template="invitation", key=f"invitation:demo:{user.id}", to_name=user.email,
                subject=f"You're invited to {org.name} on FitnessCRM", at=asked,
                context={
                    "inviter": _name(owner), "role": user.role, "url": urls.public_url(f"/accept-invite?token={token}"),
                    "expires_at": (asked + timedelta(days=INVITATION_DAYS)).isoformat(), "timezone": org.timezone,
                },
                **_sent(asked),
            )
        )  # fmt: skip
        welcome = {"first_name": user.first_name, "email": user.email, "url": urls.public_url("/sign-in")}
        state = (
            {"status": "dead", "attempts": 1, "last_error": REFUSED}
            if user.id == last_trainer.id
            else _sent(user.created_at)
        )
        messages.append(
            _message(
                org, user, template="welcome", key=f"welcome:{user.id}", subject=f"Welcome to {org.name}",
                context=welcome, at=user.created_at, **state,
            )
        )  # fmt: skip
    changed = now - timedelta(minutes=12)
    messages.append(
        _message(
            org, owner, template="password_changed", key=f"password-changed:{owner.id}:{changed.isoformat()}",
            subject="Your FitnessCRM password was changed", at=changed,
            context={
                "first_name": owner.first_name, "email": owner.email, "changed_at": changed.isoformat(),
                "timezone": owner.timezone or org.timezone, "reset_url": urls.public_url("/forgot-password"),
            },
            # Tried at once, 2 and 8 minutes apart (OUTBOX_RETRY_BASE_SECONDS × 4ⁿ); the fourth try is 32 minutes on.
            status="failed", attempts=3, last_error=TIMED_OUT, next_attempt_at=changed + timedelta(minutes=42),
        )
    )  # fmt: skip
    db.session.add_all(messages)
    db.session.flush()
    return len(messages)
