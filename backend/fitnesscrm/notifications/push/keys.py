"""The VAPID key pair pushes are signed with: from the environment, else one row made on first use.

Making it on first use means `make run` works with no setup; production sets VAPID_PRIVATE_KEY and
VAPID_PUBLIC_KEY so the private key never sits in the database. Keys are base64url text: the raw
32-byte private scalar (what py_vapid's `Vapid.from_string` reads) and the 65-byte uncompressed
public point (what the browser's `applicationServerKey` takes).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from email.utils import parseaddr

import sqlalchemy as sa
from cryptography.hazmat.primitives import serialization
from flask import current_app
from py_vapid import Vapid
from sqlalchemy.dialects.postgresql import insert

from fitnesscrm.extensions import db
from fitnesscrm.notifications.push.models import PushSubscription, VapidKeyPair


@dataclass(frozen=True)
class KeyPair:
    private_key: str
    public_key: str


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _public_of(vapid: Vapid) -> str:
    return _b64url(
        vapid.public_key.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    )


def generate() -> KeyPair:
    """A new P-256 key pair."""
    vapid = Vapid()
    vapid.generate_keys()
    private_raw = vapid.private_key.private_numbers().private_value.to_bytes(32, "big")
    return KeyPair(private_key=_b64url(private_raw), public_key=_public_of(vapid))


def _from_environment() -> KeyPair | None:
    private_key = current_app.config["VAPID_PRIVATE_KEY"]
    if not private_key:
        return None
    public_key = _public_of(Vapid.from_string(private_key))
    configured = current_app.config["VAPID_PUBLIC_KEY"]
    if configured and configured.rstrip("=") != public_key:
        raise RuntimeError("VAPID_PUBLIC_KEY is not the public half of VAPID_PRIVATE_KEY; set both from one pair")
    return KeyPair(private_key=private_key, public_key=public_key)


def current() -> KeyPair:
    """The key pair in use; the first call on a database without one stores a new one (the caller commits)."""
    configured = _from_environment()
    if configured is not None:
        return configured
    stored = db.session.get(VapidKeyPair, 1)
    if stored is None:
        fresh = generate()
        # Two processes starting together both try: the first row wins and both read it.
        db.session.execute(
            insert(VapidKeyPair)
            .values(id=1, private_key=fresh.private_key, public_key=fresh.public_key)
            .on_conflict_do_nothing(index_elements=[VapidKeyPair.id])
        )
        stored = db.session.get(VapidKeyPair, 1)
    return KeyPair(private_key=stored.private_key, public_key=stored.public_key)


def replace() -> tuple[KeyPair, int]:
    """Store a new key pair and delete every subscription made for the old one; the pair and how many went."""
    fresh = generate()
    db.session.execute(
        insert(VapidKeyPair)
        .values(id=1, private_key=fresh.private_key, public_key=fresh.public_key)
        .on_conflict_do_update(
            index_elements=[VapidKeyPair.id],
            set_={"private_key": fresh.private_key, "public_key": fresh.public_key, "created_at": sa.func.now()},
        )
    )
    orphaned = db.session.execute(sa.delete(PushSubscription)).rowcount
    db.session.commit()
    return fresh, orphaned


def signer(pair: KeyPair) -> Vapid:
    """The py_vapid signer of `pair`'s private key."""
    return Vapid.from_string(pair.private_key)


def subject() -> str:
    """The contact push services see in every VAPID token: VAPID_SUBJECT, else the sender's mailbox."""
    configured = current_app.config["VAPID_SUBJECT"]
    if configured:
        return configured
    return f"mailto:{parseaddr(current_app.config['MAIL_DEFAULT_SENDER'])[1] or 'no-reply@localhost'}"
