"""The trusted-browser cookie: proof that this browser signed in to an account before, or was unlocked for it.

Signed with SECRET_KEY, httpOnly and sent only to `/api/auth`. A browser carrying it for the account it
signs in to counts its failures on its own (see sign_in_throttle), apart from strangers typing that email.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from flask import Request, Response, current_app
from itsdangerous import BadSignature, URLSafeTimedSerializer

COOKIE = "trusted_browser"
PATH = "/api/auth"


@dataclass(frozen=True)
class TrustedBrowser:
    user_id: int
    nonce: str


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="fitnesscrm.trusted-browser")


def _max_age() -> int:
    return current_app.config["TRUSTED_BROWSER_DAYS"] * 86400


def read(request: Request) -> TrustedBrowser | None:
    """The account this browser is trusted for, when its cookie is genuine and not too old."""
    value = request.cookies.get(COOKIE)
    if not value:
        return None
    try:
        payload = _serializer().loads(value, max_age=_max_age())
    except BadSignature:
        return None
    return TrustedBrowser(user_id=int(payload["u"]), nonce=str(payload["n"]))


def trust(response: Response, *, user_id: int) -> Response:
    """Remember on this browser that it may sign in to `user_id` apart from strangers' failed attempts."""
    value = _serializer().dumps({"u": user_id, "n": secrets.token_urlsafe(16)})
    response.set_cookie(
        COOKIE,
        value,
        max_age=_max_age(),
        path=PATH,
        secure=current_app.config["JWT_COOKIE_SECURE"],
        httponly=True,
        samesite="Strict",
    )
    return response
