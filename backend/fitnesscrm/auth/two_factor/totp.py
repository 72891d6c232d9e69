"""Time-based one-time passwords (RFC 6238, as authenticator apps make them) and the setup QR code."""

from __future__ import annotations

import hmac
import io
from datetime import datetime

import pyotp
import segno

# A code is accepted in its own 30-second step and one step either side, for clocks a little apart.
VALID_WINDOW = 1


def new_secret() -> str:
    """A random base32 secret of 160 bits, as RFC 4226 recommends."""
    return pyotp.random_base32(length=32)


def provisioning_uri(secret: str, *, account: str, issuer: str) -> str:
    """The otpauth:// URI an authenticator app reads from the QR code."""
    return pyotp.TOTP(secret).provisioning_uri(name=account, issuer_name=issuer)


def qr_svg(uri: str) -> str:
    """The URI as a QR code in SVG markup, drawn here so that the secret never leaves for a third party."""
    buffer = io.BytesIO()
    segno.make(uri, error="m").save(buffer, kind="svg", scale=5, border=2, xmldecl=False, svgns=True)
    return buffer.getvalue().decode()


def matching_step(secret: str, code: str, *, at: datetime, after: int | None) -> int | None:
    """The time step `code` belongs to near `at`, if it is a valid code of a step later than `after`."""
    totp = pyotp.TOTP(secret)
    current = totp.timecode(at)
    for step in range(current - VALID_WINDOW, current + VALID_WINDOW + 1):
        if after is not None and step <= after:
            continue
        if hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None
