"""Progressive delays for failed sign-ins, in place of a lockout an attacker could trigger at will.

Each email (registered or not, so that answers never tell which) may fail a few times freely; then
every further attempt waits for a delay that doubles up to a ceiling. A browser the account has
signed in from before (or unlocked through an emailed link) counts its failures apart, so a
stranger hammering someone's email never keeps that person out of their usual browsers.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.dialects.postgresql import insert

from fitnesscrm.auth.models import SignInThrottle
from fitnesscrm.errors import TooManyRequests
from fitnesscrm.extensions import db


@dataclass(frozen=True)
class Subject:
    """Whose failures an attempt counts toward: an email, or a browser trusted by the account."""

    key: str

    @classmethod
    def email(cls, email: str) -> Subject:
        return cls(hashlib.sha256(f"email:{email.strip().lower()}".encode()).hexdigest())

    @classmethod
    def second_factor(cls, user_id: int) -> Subject:
        """Codes entered for one account's second factor, wherever from."""
        return cls(hashlib.sha256(f"second-factor:{user_id}".encode()).hexdigest())

    @classmethod
    def browser(cls, nonce: str) -> Subject:
        return cls(hashlib.sha256(f"browser:{nonce}".encode()).hexdigest())


def _delay(failures) -> sa.ColumnElement:
    """Seconds an attempt waits after `failures` failures: 0 at first, then doubling up to the ceiling."""
    cfg = current_app.config
    free, base, ceiling = cfg["LOGIN_FREE_ATTEMPTS"], cfg["LOGIN_DELAY_SECONDS"], cfg["LOGIN_MAX_DELAY_SECONDS"]
    return sa.case(
        (failures < free, 0),
        else_=sa.func.least(ceiling, base * sa.func.power(2, sa.func.least(failures - free, 20))),
    )


def claim_attempt(subject: Subject, *, second_factor: bool = False) -> None:
    """Count an attempt as a failure before checking the password, or raise TooManyRequests while it must wait.

    Counting first, in one committed statement, means simultaneous guesses queue on the row instead of
    all slipping through; a success then clears it.
    """
    table = SignInThrottle.__table__
    claimed = db.session.execute(
        insert(table)
        .values(key=subject.key, failures=1, last_attempt_at=sa.func.now())
        .on_conflict_do_update(
            index_elements=[table.c.key],
            set_={"failures": table.c.failures + 1, "last_attempt_at": sa.func.now()},
            where=table.c.last_attempt_at + sa.func.make_interval(0, 0, 0, 0, 0, 0, _delay(table.c.failures))
            <= sa.func.now(),
        )
        .returning(table.c.failures)
    ).scalar_one_or_none()
    if claimed is not None:
        db.session.commit()
        return
    wait = db.session.execute(
        sa.select(
            sa.extract(
                "epoch",
                SignInThrottle.last_attempt_at
                + sa.func.make_interval(0, 0, 0, 0, 0, 0, _delay(SignInThrottle.failures))
                - sa.func.now(),
            )
        ).where(SignInThrottle.key == subject.key)
    ).scalar_one()
    db.session.rollback()
    minutes = max(1, math.ceil(float(wait) / 60))
    if second_factor:
        raise TooManyRequests(
            f"Too many wrong codes for this account. Try again in {minutes} minute{'' if minutes == 1 else 's'}.",
            code="second_factor_throttled",
        )
    raise TooManyRequests(
        f"Too many failed sign-ins for this email. Try again in {minutes} minute{'' if minutes == 1 else 's'}, "
        "or email yourself a link that unlocks sign-in on this browser.",
        code="sign_in_throttled",
    )


def clear(subject: Subject) -> None:
    """Forget the failures of `subject` after a success (the caller commits)."""
    db.session.execute(sa.delete(SignInThrottle).where(SignInThrottle.key == subject.key))


def prune_stale() -> int:
    """Forget throttles whose last attempt is older than a day; how many went (the caller commits)."""
    return db.session.execute(
        sa.delete(SignInThrottle).where(SignInThrottle.last_attempt_at < sa.func.now() - sa.text("interval '1 day'"))
    ).rowcount
