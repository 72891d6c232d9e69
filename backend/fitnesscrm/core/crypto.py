"""Encryption at rest, with a key from the environment: secrets the app must read back (a studio's
Stripe keys, webhook secrets) and the most sensitive free text (coach notes, health information).

`DATA_ENCRYPTION_KEY` is any long random string; the Fernet key (AES-128-CBC with HMAC-SHA256) is
derived from it with HKDF, so operators need not produce Fernet's own format. To rotate, put the old
value in `DATA_ENCRYPTION_OLD_KEYS` (comma-separated) and the new one in `DATA_ENCRYPTION_KEY`:
both decrypt, only the new one encrypts, and `rotate_all` (`flask crypto rotate`) re-encrypts every
stored value with the new one. docs/encryption.md is the operator's page.

Two ways a column holds ciphertext: secrets are encrypted and decrypted by their service
(`encrypt`/`decrypt`, the model marked with `encrypted_columns`), since most code must never see
them; free text people read is an `EncryptedText` column, which the ORM encrypts on the way in and
decrypts on the way out, so services and schemas handle plain strings; `EncryptedJSON` is the same
for a JSON value (health answers, per-exercise notes), encrypted as its JSON text. Such a column
cannot be searched, sorted or compared in SQL: only text nobody filters on is encrypted, and what
SQL must find inside such a value (a check-in's photo ids) is kept beside it in a plain column.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterator
from functools import cache
from typing import Any

import sqlalchemy as sa
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from flask import current_app

# Rows read and rewritten per transaction by `rotate_all`: bounds locks and memory on large tables.
ROTATION_BATCH = 500

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


@cache  # HKDF per value would cost more than the decryption itself on a list of notes
def _fernet(secret: str) -> Fernet:
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"fitnesscrm data encryption").derive(
        secret.encode()
    )
    return Fernet(base64.urlsafe_b64encode(derived))


def _current() -> Fernet:
    return _fernet(current_app.config["DATA_ENCRYPTION_KEY"].strip())


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
            "A stored value cannot be decrypted with DATA_ENCRYPTION_KEY or DATA_ENCRYPTION_OLD_KEYS."
        ) from error


def encrypt_json(value: Any) -> str:
    """`value` as the token of its JSON text: what an `EncryptedJSON` column holds."""
    return encrypt(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def decrypt_json(token: str) -> Any:
    """The JSON value an `encrypt_json` token holds."""
    return json.loads(decrypt(token))


def rotate(token: str) -> str:
    """The same secret, encrypted again with the current key."""
    try:
        return _keys().rotate(token.encode()).decode()
    except InvalidToken as error:
        raise DecryptionError("A stored value cannot be decrypted with any configured key.") from error


@cache
def _fingerprint_key(secret: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"fitnesscrm fingerprint").derive(secret.encode())


def fingerprint(plaintext: str) -> str:
    """A keyed digest of `plaintext`: equal texts give equal digests, and nobody without the key learns the text.

    The activity log records that an encrypted field changed with this instead of the text itself.
    """
    key = _fingerprint_key(current_app.config["DATA_ENCRYPTION_KEY"].strip())
    return hmac.new(key, plaintext.encode(), hashlib.sha256).hexdigest()[:32]


class EncryptedText(sa.types.TypeDecorator):
    """Free text stored encrypted with `encrypt`: the ORM and Core write ciphertext and read plain text.

    Encryption happens per value in Python with a fresh IV, so equal texts differ in the database:
    SQL can test such a column for NULL, copy it, or clear it, but not search, sort or compare it.
    """

    impl = sa.Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        return None if value is None else encrypt(value)

    def process_result_value(self, value: str | None, dialect: Any) -> str | None:
        return None if value is None else decrypt(value)


class EncryptedJSON(EncryptedText):
    """A JSON value (object, list, number, string) stored as the `EncryptedText` token of its JSON text.

    The database column is `text`, so SQL cannot look inside (no `->>`, no `jsonb_each`): whatever
    must be read per key is read in Python after the select. Being an `EncryptedText`, it is rotated,
    checked and redacted on erasure with the others.
    """

    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else encrypt_json(value)

    def process_result_value(self, value: str | None, dialect: Any) -> Any:
        return None if value is None else decrypt_json(value)


def encrypted_text_columns() -> list[sa.Column]:
    """Every `EncryptedText` column of the schema (`EncryptedJSON` ones too): ciphertext to SQL, plain to a select."""
    from fitnesscrm.core.models import Base

    return [
        column
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, EncryptedText)
    ]


def _encrypted_tables() -> Iterator[tuple[sa.Table, tuple[str, ...]]]:
    """Every table with encrypted columns and their names: `EncryptedText`/`EncryptedJSON` and `encrypted_columns`."""
    from fitnesscrm.core.models import Base

    names: dict[sa.Table, list[str]] = {}
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, EncryptedText):
                names.setdefault(table, []).append(column.name)
    for model, columns in ENCRYPTED_COLUMNS:
        names.setdefault(model.__table__, []).extend(model.__table__.c[name].name for name in columns)
    for table, columns in sorted(names.items(), key=lambda item: item[0].name):
        yield table, tuple(dict.fromkeys(columns))


def _needs_rotation(token: str, current: Fernet) -> bool:
    try:
        current.decrypt(token.encode())
    except InvalidToken:
        return True
    return False


def rotate_all(*, batch: int = ROTATION_BATCH) -> int:
    """Re-encrypt every stored value with the current key, one committed batch at a time; how many changed.

    Values the current key already opens are left alone, so a run that stopped (a crash, a value
    no key opens) continues where it was when run again: every batch committed before is readable
    with the new key, and the rest still with the old one, which stays listed until a run finishes.
    """
    from fitnesscrm.extensions import db

    current, keys = _current(), _keys()
    rotated = 0
    for table, names in _encrypted_tables():
        key_columns = list(table.primary_key.columns)
        raw = [sa.type_coerce(table.c[name], sa.Text).label(name) for name in names]
        after: tuple | None = None
        while True:
            stmt = (
                sa.select(*key_columns, *raw)
                .where(sa.or_(*(table.c[name].is_not(None) for name in names)))
                .order_by(*key_columns)
                .limit(batch)
                .with_for_update()
            )
            if after is not None:
                stmt = stmt.where(sa.tuple_(*key_columns) > sa.tuple_(*after))
            rows = db.session.execute(stmt).all()
            if not rows:
                break
            for row in rows:
                changed = {}
                for name in names:
                    token = row._mapping[name]
                    if token is None or not _needs_rotation(token, current):
                        continue
                    try:
                        changed[name] = keys.rotate(token.encode()).decode()
                    except InvalidToken as error:
                        db.session.rollback()
                        where = ", ".join(f"{column.name} {row._mapping[column.name]}" for column in key_columns)
                        raise DecryptionError(
                            f"{table.name}.{name} ({where}) cannot be decrypted with DATA_ENCRYPTION_KEY or "
                            "DATA_ENCRYPTION_OLD_KEYS; the batches before it were re-encrypted and stay readable."
                        ) from error
                if changed:
                    db.session.execute(
                        sa.update(table)
                        .where(*(column == row._mapping[column.name] for column in key_columns))
                        .values({table.c[name]: sa.type_coerce(value, sa.Text) for name, value in changed.items()})
                    )
                    rotated += len(changed)
            db.session.commit()
            after = tuple(rows[-1]._mapping[column.name] for column in key_columns)
    return rotated


def check_keys(*, sample: int = 20) -> dict[str, int]:
    """Decrypt the newest `sample` values of every encrypted column; per column how many were read.

    Raises DecryptionError naming the column when the configured keys do not open them: a changed
    key is caught before anyone is shown an error, and never read as garbage (Fernet authenticates).
    """
    from fitnesscrm.extensions import db

    keys = _keys()
    checked = {}
    for table, names in _encrypted_tables():
        key_columns = list(table.primary_key.columns)
        for name in names:
            column = sa.type_coerce(table.c[name], sa.Text)
            tokens = db.session.execute(
                sa.select(column).where(column.is_not(None)).order_by(*(c.desc() for c in key_columns)).limit(sample)
            ).scalars()
            count = 0
            for token in tokens:
                try:
                    keys.decrypt(token.encode())
                except InvalidToken as error:
                    raise DecryptionError(
                        f"{table.name}.{name} holds values that DATA_ENCRYPTION_KEY and DATA_ENCRYPTION_OLD_KEYS "
                        "cannot decrypt: the key was changed without keeping the old one in DATA_ENCRYPTION_OLD_KEYS."
                    ) from error
                count += 1
            checked[f"{table.name}.{name}"] = count
    return checked
