"""Field-by-field before/after snapshots for the activity log.

An encrypted column (`core.crypto.EncryptedText`) is snapshotted as `{"private": <keyed digest>}`:
the log says that a coach's notes changed, never what they say, or the text encrypted in its own
table would sit in clear in the log's JSON.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from fitnesscrm.core.crypto import EncryptedText, fingerprint


def _jsonable(value: Any) -> Any:
    # Instants are kept in UTC, whatever offset they arrived with, so that every entry reads
    # alike and the app can show them in the reader's zone; naive ones are wall-clock times.
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).isoformat()
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    return value


def jsonable(values: dict[str, Any]) -> dict[str, Any]:
    """`values` ready for the activity log's JSON: instants in UTC, dates and decimals as text."""
    return {field: _jsonable(value) for field, value in values.items()}


def _encrypted(obj: Any, fields: tuple[str, ...]) -> set[str]:
    mapper = sa.inspect(type(obj), raiseerr=False)
    if mapper is None:
        return set()
    return {
        field for field in fields if field in mapper.columns and isinstance(mapper.columns[field].type, EncryptedText)
    }


def private(value: str | None) -> dict[str, str] | str | None:
    """How the activity log keeps encrypted text: a keyed digest that tells changes apart, and empty as empty."""
    return {"private": fingerprint(value)} if value not in (None, "") else value


def snapshot(obj: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    """The JSON-ready values of `fields` on `obj`; encrypted ones as a digest that only tells whether they changed."""
    encrypted = _encrypted(obj, fields)
    values = jsonable({field: getattr(obj, field) for field in fields})
    for field in encrypted:
        values[field] = private(values[field])
    return values


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """`{field: {"before": old, "after": new}}` for the fields whose value changed."""
    return {
        field: {"before": before.get(field), "after": value}
        for field, value in after.items()
        if before.get(field) != value
    }


def created(values: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A creation as changes from nothing, leaving out empty fields."""
    return {field: {"before": None, "after": value} for field, value in values.items() if value not in (None, "", [])}


def deleted(values: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A deletion as changes to nothing, field by field, leaving out empty fields."""
    return {field: {"before": value, "after": None} for field, value in values.items() if value not in (None, "", [])}
