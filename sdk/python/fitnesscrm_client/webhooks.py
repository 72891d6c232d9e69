"""Verify FitnessCRM webhook signatures (written by hand; `make sdk` keeps this file).

Each delivery carries `FitnessCRM-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`,
signed with the endpoint's secret; while a secret is being rolled there may be several `v1=` values.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any

__all__ = ["WebhookSignatureError", "verify_webhook"]


class WebhookSignatureError(ValueError):
    """The request was not signed by FitnessCRM with this secret, or too long ago."""


def verify_webhook(
    payload: bytes, header: str | None, secret: str, tolerance: int = 300, now: float | None = None
) -> dict[str, Any]:
    """The event in `payload` (the raw body, exactly as received) if `header` signs it with `secret` within
    `tolerance` seconds of now; WebhookSignatureError otherwise."""
    if not header:
        raise WebhookSignatureError("The FitnessCRM-Signature header is missing.")
    timestamp: int | None = None
    signatures: list[str] = []
    for part in header.split(","):
        name, _, value = part.strip().partition("=")
        if name == "t" and value.isdigit():
            timestamp = int(value)
        elif name == "v1" and value:
            signatures.append(value)
    if timestamp is None or not signatures:
        raise WebhookSignatureError("The FitnessCRM-Signature header has no timestamp or no v1 signature.")
    if abs((time.time() if now is None else now) - timestamp) > tolerance:
        raise WebhookSignatureError("The signature is older than the tolerance allows (a replayed request?).")
    expected = hmac.new(secret.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256).hexdigest()
    if not any(hmac.compare_digest(expected, signature) for signature in signatures):
        raise WebhookSignatureError("No signature matches this secret.")
    return json.loads(payload)
