"""Refresh-token families: every sign-in starts one, each refresh rotates its token, reuse revokes it.

A refresh token works once. Exchanging it stores its successor; presenting it again means a copy
exists somewhere, and the whole family (every refresh and access token of that sign-in) is revoked,
so a thief and the victim are both signed out rather than the thief staying in. The one exception is
a short grace window: two browser tabs (or a retry whose response was lost) presenting the token
just rotated receive the same successor instead of tripping the alarm.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from flask import current_app

from fitnesscrm.auth.models import RefreshToken, RefreshTokenFamily, RevokedToken
from fitnesscrm.errors import Unauthorized
from fitnesscrm.extensions import db

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Grant:
    """What a refresh token carries: its family, its id and when it expires."""

    family_id: str
    jti: str
    expires_at: datetime


def _now() -> datetime:
    return datetime.now(UTC)


def _session_ended() -> Unauthorized:
    return Unauthorized("Your session has ended; sign in again.", code="session_ended")


def _new_token(family: RefreshTokenFamily, now: datetime) -> RefreshToken:
    token = RefreshToken(
        jti=str(uuid.uuid4()),
        family_id=family.id,
        expires_at=now + current_app.config["JWT_REFRESH_TOKEN_EXPIRES"],
    )
    family.expires_at = token.expires_at
    db.session.add(token)
    return token


def _grant(token: RefreshToken) -> Grant:
    return Grant(family_id=token.family_id, jti=token.jti, expires_at=token.expires_at)


def start_family(*, user_id: int, user_agent: str | None = None, ip_address: str | None = None) -> Grant:
    """Start a sign-in's family with its first refresh token, noting the device and address it came from."""
    now = _now()
    family = RefreshTokenFamily(
        id=str(uuid.uuid4()),
        user_id=user_id,
        expires_at=now,
        user_agent=(user_agent or None) and user_agent[:512],
        ip_address=(ip_address or None) and ip_address[:45],
        last_used_at=now,
    )
    db.session.add(family)
    db.session.flush()
    token = _new_token(family, now)
    db.session.commit()
    return _grant(token)


def rotate(*, jti: str, user_id: int) -> Grant:
    """Exchange a refresh token for its successor; a token used twice outside the grace window revokes its family."""
    # The row lock makes simultaneous refreshes with one token take turns: the second sees the first's successor.
    row = db.session.execute(
        sa.select(RefreshToken, RefreshTokenFamily)
        .join(RefreshTokenFamily, RefreshTokenFamily.id == RefreshToken.family_id)
        .where(RefreshToken.jti == jti)
        .with_for_update(of=RefreshToken)
    ).one_or_none()
    if row is None or row.RefreshTokenFamily.user_id != user_id or row.RefreshTokenFamily.revoked_at is not None:
        db.session.rollback()
        raise _session_ended()
    token, family = row
    now = _now()
    if token.rotated_at is None:
        successor = _new_token(family, now)
        token.rotated_at = now
        token.successor_jti = successor.jti
        family.last_used_at = now
        db.session.commit()
        return _grant(successor)
    successor = db.session.get(RefreshToken, token.successor_jti)
    grace = timedelta(seconds=current_app.config["REFRESH_REUSE_GRACE_SECONDS"])
    if successor is not None and successor.rotated_at is None and now - token.rotated_at <= grace:
        grant = _grant(successor)
        db.session.rollback()
        return grant
    family.revoked_at = now
    db.session.commit()
    log.warning("Refresh token reused after rotation; signed out family %s of user %s", family.id, user_id)
    raise _session_ended()


def revoke(*tokens: dict) -> None:
    """Sign these decoded JWTs out everywhere: their whole family, or the token alone when it has none."""
    now = _now()
    for token in tokens:
        if token.get("fam"):
            db.session.execute(
                sa.update(RefreshTokenFamily)
                .where(RefreshTokenFamily.id == token["fam"], RefreshTokenFamily.revoked_at.is_(None))
                .values(revoked_at=now)
            )
        elif not db.session.get(RevokedToken, token["jti"]):
            db.session.add(RevokedToken(jti=token["jti"], expires_at=datetime.fromtimestamp(token["exp"], UTC)))
    db.session.commit()


def revoke_all(*, user_id: int) -> None:
    """Sign every session of a user out (the caller commits)."""
    db.session.execute(
        sa.update(RefreshTokenFamily)
        .where(RefreshTokenFamily.user_id == user_id, RefreshTokenFamily.revoked_at.is_(None))
        .values(revoked_at=_now())
    )


def revoke_all_of(*, user_ids: sa.Select) -> None:
    """Sign every session of the users `user_ids` selects out (the caller commits)."""
    db.session.execute(
        sa.update(RefreshTokenFamily)
        .where(RefreshTokenFamily.user_id.in_(user_ids), RefreshTokenFamily.revoked_at.is_(None))
        .values(revoked_at=_now())
    )


def is_revoked(*, jti: str, family_id: str | None) -> sa.ColumnElement[bool]:
    """A SQL condition: this token, or its family, was signed out."""
    revoked = sa.exists().where(RevokedToken.jti == jti)
    if family_id is None:
        return revoked
    family_revoked = sa.exists().where(RefreshTokenFamily.id == family_id, RefreshTokenFamily.revoked_at.is_not(None))
    return sa.or_(revoked, family_revoked)


def prune_expired() -> int:
    """Forget revoked and refresh tokens and families that expired anyway; how many rows went (caller commits)."""
    now = _now()
    deleted = db.session.execute(sa.delete(RevokedToken).where(RevokedToken.expires_at < now)).rowcount
    deleted += db.session.execute(sa.delete(RefreshToken).where(RefreshToken.expires_at < now)).rowcount
    deleted += db.session.execute(sa.delete(RefreshTokenFamily).where(RefreshTokenFamily.expires_at < now)).rowcount
    return deleted
