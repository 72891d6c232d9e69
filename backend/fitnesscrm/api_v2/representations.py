"""The v2 representation of one record, by kind: what webhooks send as their `data.object`.

Each resource module registers how to load and dump its records, so that a webhook about a
session carries exactly what `GET /api/v2/sessions/{id}` answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_loaders: dict[str, Callable[[int, int], dict[str, Any] | None]] = {}


def representation(kind: str) -> Callable:
    """Register `loader(organization_id, record_id) -> dict | None` as the representation of `kind`."""

    def decorator(loader: Callable[[int, int], dict[str, Any] | None]) -> Callable:
        _loaders[kind] = loader
        return loader

    return decorator


def represent(kind: str, *, organization_id: int, record_id: int) -> dict[str, Any] | None:
    """The record as /api/v2 shows it, or None when it no longer exists (deleted since)."""
    return _loaders[kind](organization_id, record_id)


def kinds() -> frozenset[str]:
    return frozenset(_loaders)
