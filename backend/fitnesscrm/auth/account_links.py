"""Emailed one-time links for an account: "forgot password" and "unlock sign-in on this browser".

Asking for a link answers the same whether the email has an account or not, and the email itself
leaves after the response (mailer.send_after_response), so neither the answer nor its timing tells
a stranger which emails exist.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from flask import current_app

from fitnesscrm.auth import refresh_tokens, sign_in_throttle
from fitnesscrm.auth.models import AccountLink, User
from fitnesscrm.auth.passwords import hash_password
from fitnesscrm.core import mailer, urls
from fitnesscrm.errors import Conflict, NotFound
from fitnesscrm.extensions import db

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


def _message(purpose: str, user: User, url: str, minutes: int) -> tuple[str, str]:
    if purpose == "password_reset":
        return "Reset your FitnessCRM password", (
            f"Hi {user.first_name},\n\nSomeone asked to reset the password of your FitnessCRM account "
            f"({user.email}). To choose a new one, open this link within {minutes} minutes:\n\n{url}\n\n"
            "It works once. If you did not ask for it, ignore this email: your password stays as it is.\n"
        )
    return "Unlock sign-in to FitnessCRM", (
        f"Hi {user.first_name},\n\nSign-in to your FitnessCRM account ({user.email}) is slowed down after "
        f"several wrong passwords. To sign in from the browser you are using without waiting, open this link "
        f"in it within {minutes} minutes:\n\n{url}\n\nYou still need your password. If the failed attempts "
        "were not yours, your account is safe; consider changing your password.\n"
    )


def request_link(*, purpose: str, email: str) -> None:
    """Email a one-time link to the account with this email, when there is one; say nothing either way."""
    user = _active_user(email)
    if user is None:
        return
    token = secrets.token_urlsafe(32)
    minutes = current_app.config[TTL_SETTINGS[purpose]]
    db.session.add(
        AccountLink(
            user_id=user.id, purpose=purpose, token_hash=_hash(token), expires_at=_now() + timedelta(minutes=minutes)
        )
    )
    db.session.commit()
    subject, body = _message(purpose, user, urls.public_url(f"{PAGES[purpose]}?token={token}"), minutes)
    mailer.send_after_response(to=user.email, subject=subject, body=body)


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
    db.session.commit()
    return user


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
