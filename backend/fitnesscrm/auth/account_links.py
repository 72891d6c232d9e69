"""Emailed one-time links for an account: "forgot password" and "unlock sign-in on this browser".

Asking for a link answers the same whether the email has an account or not, and the email itself
is only queued in the outbox (the worker sends it), so neither the answer nor its timing tells a
stranger which emails exist.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from flask import current_app

from fitnesscrm.auth import refresh_tokens, sign_in_throttle
from fitnesscrm.auth.events import PasswordChanged
from fitnesscrm.auth.models import AccountLink, User
from fitnesscrm.auth.passwords import hash_password
from fitnesscrm.core import events, urls
from fitnesscrm.errors import Conflict, NotFound
from fitnesscrm.extensions import db
from fitnesscrm.notifications import service as notifications
from fitnesscrm.organizations.models import Organization

PAGES = {"password_reset": "/reset-password", "unlock": "/unlock-sign-in"}
TTL_SETTINGS = {"password_reset": "PASSWORD_RESET_TTL_MINUTES", "unlock": "UNLOCK_LINK_TTL_MINUTES"}


def _now() -> datetime:
    return datetime.now(UTC)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _active_user(email: str) -> User | None:
    return db.session.execute(
        sa.select(User).where(sa.func.lower(User.email) == email.lower(), User.is_active)
    ).scalar_one_or_none()


SUBJECTS = {"password_reset": "Reset your FitnessCRM password", "unlock": "Unlock sign-in to FitnessCRM"}


def request_link(*, purpose: str, email: str) -> None:
    """Email a one-time link to the account with this email, when there is one; say nothing either way."""
    user = _active_user(email)
    if user is None:
        return
    token = secrets.token_urlsafe(32)
    minutes = current_app.config[TTL_SETTINGS[purpose]]
    link = AccountLink(
        user_id=user.id, purpose=purpose, token_hash=_hash(token), expires_at=_now() + timedelta(minutes=minutes)
    )
    db.session.add(link)
    db.session.flush()
    notifications.queue_email(
        organization_id=user.organization_id,
        template=purpose,
        to_address=user.email,
        to_name=f"{user.first_name} {user.last_name}".strip(),
        to_user_id=user.id,
        subject=SUBJECTS[purpose],
        context={
            "first_name": user.first_name,
            "email": user.email,
            "url": urls.public_url(f"{PAGES[purpose]}?token={token}"),
            "minutes": minutes,
        },
        idempotency_key=f"{purpose}:{link.id}",
    )
    db.session.commit()


def _usable(purpose: str, token: str, *, lock: bool = False) -> tuple[AccountLink, User]:
    stmt = (
        sa.select(AccountLink, User)
        .join(User, User.id == AccountLink.user_id)
        .where(AccountLink.token_hash == _hash(token), AccountLink.purpose == purpose)
    )
    row = db.session.execute(stmt.with_for_update(of=AccountLink) if lock else stmt).one_or_none()
    if row is None or not row.User.is_active:
        raise NotFound("This link is not valid. Ask for a new one.", code="link_invalid")
    if row.AccountLink.used_at is not None:
        raise Conflict("This link was already used. Ask for a new one.", code="link_used")
    if row.AccountLink.expires_at <= _now():
        raise Conflict("This link has expired. Ask for a new one.", code="link_expired")
    return row.AccountLink, row.User


def preview(*, purpose: str, token: str) -> dict:
    """Whom a link is for and until when, for the page that opens it."""
    link, user = _usable(purpose, token)
    return {"email": user.email, "expires_at": link.expires_at}


def reset_password(*, token: str, password: str) -> User:
    """Set a new password through a reset link: every session ends, every other reset link dies."""
    _link, user = _usable("password_reset", token, lock=True)
    now = _now()
    user.password_hash = hash_password(password)
    user.password_changed_at = now
    db.session.execute(
        sa.update(AccountLink)
        .where(AccountLink.user_id == user.id, AccountLink.purpose == "password_reset", AccountLink.used_at.is_(None))
        .values(used_at=now)
    )
    refresh_tokens.revoke_all(user_id=user.id)
    sign_in_throttle.clear(sign_in_throttle.Subject.email(user.email))
    record_password_changed(user=user, at=now)
    db.session.commit()
    return user


def record_password_changed(*, user: User, at: datetime) -> None:
    """Record that `user`'s password changed (by a reset link or in Settings), in the caller's transaction.

    Notifications hear it and tell the account's owner, in case it was not them.
    """
    organization = db.session.get(Organization, user.organization_id)
    events.record(
        PasswordChanged(
            organization_id=user.organization_id,
            actor=None,
            user_id=user.id,
            email=user.email,
            first_name=user.first_name,
            full_name=f"{user.first_name} {user.last_name}".strip(),
            timezone=user.timezone or organization.timezone,
            at=at,
        )
    )


def unlock(*, token: str) -> User:
    """Spend an unlock link; the caller then trusts this browser for the account."""
    link, user = _usable("unlock", token, lock=True)
    link.used_at = _now()
    db.session.commit()
    return user


def prune_expired() -> int:
    """Forget links that expired a day ago or more; how many went (the caller commits)."""
    return db.session.execute(
        sa.delete(AccountLink).where(AccountLink.expires_at < _now() - timedelta(days=1))
    ).rowcount
