"""The short-lived signed token that proves a password was right, pending the second factor.

It names the account, what the second step is ("code": enter a code; "setup": the studio requires
two-factor sign-in and the account must set it up first) and the password's age, so a password
changed meanwhile voids it. Signed with SECRET_KEY; nothing is stored.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from fitnesscrm.auth.models import User
from fitnesscrm.errors import Unauthorized
from fitnesscrm.extensions import db

CODE = "code"
SETUP = "setup"
_EXPIRED = "This sign-in took too long; enter your password again."
_INVALID = "This sign-in is not valid any more; enter your password again."


@dataclass(frozen=True)
class Pending:
    """A sign-in whose password was right, waiting for its second step."""

    user: User
    step: str


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="fitnesscrm.second-step")


def lifetime_seconds() -> int:
    return current_app.config["TWO_FACTOR_STEP_SECONDS"]


def issue(user: User, step: str) -> str:
    """A token for `user`'s second step."""
    return _serializer().dumps({"u": user.id, "s": step, "p": user.password_changed_at.timestamp()})


def read(token: str, *, step: str) -> Pending:
    """The sign-in `token` stands for, if it is genuine, fresh and for `step`; else Unauthorized."""
    try:
        payload = _serializer().loads(token, max_age=lifetime_seconds())
    except SignatureExpired as error:
        raise Unauthorized(_EXPIRED, code="second_step_expired") from error
    except BadSignature as error:
        raise Unauthorized(_INVALID, code="second_step_invalid") from error
    user = db.session.get(User, int(payload["u"]))
    if (
        payload.get("s") != step
        or user is None
        or not user.is_active
        or user.password_changed_at.timestamp() != payload.get("p")
    ):
        raise Unauthorized(_INVALID, code="second_step_invalid")
    return Pending(user=user, step=step)
