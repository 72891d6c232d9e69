"""Turning two-factor sign-in on for a test user, and making the codes their authenticator app would show."""

from __future__ import annotations

import time
from dataclasses import dataclass

import pyotp

from tests.factories import PASSWORD


@dataclass
class Authenticator:
    """What a person's phone holds after scanning the QR code, plus the recovery codes they wrote down."""

    secret: str
    recovery_codes: list[str]

    def code(self, offset: int = 0) -> str:
        """The code of the current 30-second step, or of one `offset` steps away."""
        return pyotp.TOTP(self.secret).generate_otp(int(time.time()) // 30 + offset)


def enable_two_factor(client_as, user) -> Authenticator:
    """Set up and confirm two-factor sign-in for `user` through the API with the current code.

    That step is then spent: a test signs in with the next step's code (`code(1)`), which the ±1 step
    window accepts, and which stays valid should the clock cross into the next step meanwhile.
    """
    api = client_as(user)
    secret = api.post("/api/auth/two-factor/setup").get_json()["secret"]
    authenticator = Authenticator(secret=secret, recovery_codes=[])
    enabled = api.post("/api/auth/two-factor/enable", json={"code": authenticator.code()})
    assert enabled.status_code == 200, enabled.get_json()
    authenticator.recovery_codes = enabled.get_json()["recovery_codes"]
    return authenticator


def log_in(client, user, path: str = "/api/auth/login"):
    return client.post(path, json={"email": user.email, "password": PASSWORD})
