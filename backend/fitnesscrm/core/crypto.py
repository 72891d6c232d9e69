"""Encryption of secrets the app must read back (a studio's Stripe keys), with a key from the environment.

`DATA_ENCRYPTION_KEY` is any long random string; the Fernet key (AES-128-CBC with HMAC-SHA256) is
derived from it with HKDF, so operators need not produce Fernet's own format. To rotate, put the old
value in `DATA_ENCRYPTION_OLD_KEYS` (comma-separated) and the new one in `DATA_ENCRYPTION_KEY`:
both decrypt, only the new one encrypts, and `rotate` re-encrypts a stored value with the new one.
"""

from __future__ import annotations

import base64

import sqlalchemy as sa
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from flask import current_app

# The (model, column names) that hold values from `encrypt`; `rotate_all` re-encrypts them.
ENCRYPTED_COLUMNS: list[tuple[type, tuple[str, ...]]] = []


def encrypted_columns(*names: str):
    """Class decorator: these columns of the model hold `encrypt`ed text (so key rotation finds them)."""

    def register(model: type) -> type:
        ENCRYPTED_COLUMNS.append((model, names))
        return model

    return register


class DecryptionError(Exception):
    """A stored value no configured key opens: the key was changed without keeping the old one."""


def _fernet(secret: str) -> Fernet:
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"fitnesscrm data encryption").derive(
        secret.encode()
    )
    return Fernet(base64.urlsafe_b64encode(derived))


def _keys() -> MultiFernet:
    config = current_app.config
    secrets = [
        config["DATA_ENCRYPTION_KEY"],
        *[k for k in (config.get("DATA_ENCRYPTION_OLD_KEYS") or "").split(",") if k],
    ]
    return MultiFernet([_fernet(secret.strip()) for secret in secrets])


def encrypt(plaintext: str) -> str:
    return _keys().encrypt(plaintext.encode()).decode()


def decrypt(token: str) -> str:
    try:
        return _keys().decrypt(token.encode()).decode()
    except InvalidToken as error:
        raise DecryptionError(
            "A stored secret cannot be decrypted with DATA_ENCRYPTION_KEY or DATA_ENCRYPTION_OLD_KEYS."
        ) from error


def rotate(token: str) -> str:
    """The same secret, encrypted again with the current key."""
    try:
        return _keys().rotate(token.encode()).decode()
    except InvalidToken as error:
        raise DecryptionError("A stored secret cannot be decrypted with any configured key.") from error


def rotate_all() -> int:
    """Re-encrypt every stored secret with the current key, in one transaction; how many values changed."""
    from fitnesscrm.extensions import db

    rotated = 0
    try:
        for model, names in ENCRYPTED_COLUMNS:
            for row in db.session.scalars(sa.select(model).with_for_update()):
                for name in names:
                    if (token := getattr(row, name)) is not None:
                        setattr(row, name, rotate(token))
                        rotated += 1
    except DecryptionError:
        db.session.rollback()  # all or nothing: a half-rotated table would need both keys forever
        raise
    db.session.commit()
    return rotated
