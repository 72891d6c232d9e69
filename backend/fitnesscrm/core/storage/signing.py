"""Signed download links: whoever holds one may fetch one variant of one file until it expires.

A token carries the file's random key (never its id or its studio's), the variant, the
disposition and the expiry time, signed with the app's SECRET_KEY under a salt that names the
file's studio: a token only verifies for the studio whose file it names, and changing any byte of
it (another key, "thumbnail" for "original", a later expiry) breaks the signature.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import timedelta

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer

from fitnesscrm.core.storage.models import StoredFile
from fitnesscrm.errors import AppError

VARIANTS = ("original", "thumbnail")
DISPOSITIONS = ("inline", "attachment")
URL_PREFIX = "/api/files/"


class InvalidLink(AppError):
    status = 404
    code = "invalid_link"

    def __init__(self) -> None:
        super().__init__("This download link is not valid; open the file again from the app.")


class ExpiredLink(AppError):
    status = 410
    code = "link_expired"

    def __init__(self) -> None:
        super().__init__("This download link has expired; open the file again from the app to get a new one.")


@dataclass(frozen=True)
class LinkClaims:
    key: str
    variant: str
    disposition: str
    expires_at: int


def _serializer(organization_id: int) -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=f"fitnesscrm.storage.download.{organization_id}")


def now() -> float:
    """The clock links expire by (tests move it)."""
    return time.time()


def signed_url(
    stored_file: StoredFile,
    *,
    variant: str = "original",
    disposition: str = "inline",
    expires_in: timedelta | None = None,
) -> str:
    """A URL under /api/files/ from which anyone holding it may GET the file until it expires."""
    if variant not in VARIANTS:
        raise ValueError(f"variant must be one of {VARIANTS}")
    if disposition not in DISPOSITIONS:
        raise ValueError(f"disposition must be one of {DISPOSITIONS}")
    if variant == "thumbnail" and not stored_file.thumbnail_key:
        raise ValueError("Only pictures have thumbnails; check stored_file.thumbnail_key first")
    if expires_in is None:
        expires_in = timedelta(minutes=current_app.config["SIGNED_URL_MINUTES"])
    expires_at = int(now() + expires_in.total_seconds())
    payload = [stored_file.key, variant[0], disposition[0], expires_at]
    return URL_PREFIX + _serializer(stored_file.organization_id).dumps(payload)


def unverified_key(token: str) -> str:
    """The key a token names, before its signature is checked (to find the studio that checks it)."""
    valid_shape, payload = URLSafeSerializer("").loads_unsafe(token)
    del valid_shape  # the signature is checked by `verify` once the studio is known
    if not isinstance(payload, list) or len(payload) != 4 or not isinstance(payload[0], str):
        raise InvalidLink()
    return payload[0]


def verify(token: str, *, organization_id: int) -> LinkClaims:
    """The claims of a token signed for `organization_id`; InvalidLink or ExpiredLink otherwise."""
    try:
        key, variant, disposition, expires_at = _serializer(organization_id).loads(token)
    except (BadSignature, ValueError, TypeError):
        raise InvalidLink() from None
    variant = {"o": "original", "t": "thumbnail"}.get(variant)
    disposition = {"i": "inline", "a": "attachment"}.get(disposition)
    if variant is None or disposition is None or not isinstance(expires_at, int):
        raise InvalidLink()
    if now() >= expires_at:
        raise ExpiredLink()
    return LinkClaims(key, variant, disposition, expires_at)
