"""Password hashing with argon2id at the configured cost."""

from __future__ import annotations

import functools
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app


def _hasher() -> PasswordHasher:
    cfg = current_app.config
    return PasswordHasher(time_cost=cfg["ARGON2_TIME_COST"], memory_cost=cfg["ARGON2_MEMORY_COST_KIB"])


def hash_password(password: str) -> str:
    """An argon2id hash of `password`."""
    return _hasher().hash(password)


@functools.cache
def _dummy_hash(time_cost: int, memory_cost: int) -> str:
    return PasswordHasher(time_cost=time_cost, memory_cost=memory_cost).hash(secrets.token_hex(16))


def matches(stored: str | None, password: str) -> bool:
    """Whether `password` matches the hash `stored`; with no hash it does the same work against a dummy and fails."""
    cfg = current_app.config
    try:
        _hasher().verify(stored or _dummy_hash(cfg["ARGON2_TIME_COST"], cfg["ARGON2_MEMORY_COST_KIB"]), password)
    except (VerificationError, InvalidHashError):
        return False
    return stored is not None


def needs_rehash(stored: str) -> bool:
    """Whether `stored` was hashed at another cost than the configured one."""
    return _hasher().check_needs_rehash(stored)
