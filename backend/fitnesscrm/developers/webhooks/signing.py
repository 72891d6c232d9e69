"""The `FitnessCRM-Signature` header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, one v1 per secret.

The same scheme as Stripe's, so receivers' habits carry over: the timestamp is signed with the
body, so a captured request cannot be replayed later than the receiver's tolerance; while a
rolled secret's predecessor still signs, the header carries one v1 for each.
"""

from __future__ import annotations

import hashlib
import hmac
import time

HEADER = "FitnessCRM-Signature"
SECRET_PREFIX = "whsec_"  # noqa: S105 - the prefix of every secret, not a secret


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """The hex HMAC-SHA256 of "<timestamp>.<body>" with `secret`."""
    return hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def header(secrets: list[str], body: bytes, *, timestamp: int | None = None) -> str:
    """The header's value for `body`, signed with each of `secrets` (the current one first)."""
    moment = int(time.time()) if timestamp is None else timestamp
    return ",".join([f"t={moment}", *(f"v1={signature(secret, moment, body)}" for secret in secrets)])


def verify(body: bytes, value: str, secret: str, *, tolerance: int = 300, now: int | None = None) -> bool:
    """Whether `value` signs `body` with `secret` within `tolerance` seconds: what a receiver checks."""
    timestamp, candidates = None, []
    for part in value.split(","):
        name, _, item = part.strip().partition("=")
        if name == "t" and item.isdigit():
            timestamp = int(item)
        elif name == "v1":
            candidates.append(item)
    if timestamp is None or abs((int(time.time()) if now is None else now) - timestamp) > tolerance:
        return False
    expected = signature(secret, timestamp, body)
    return any(hmac.compare_digest(expected, candidate) for candidate in candidates)
