"""Field-by-field before/after snapshots for the activity log."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    return value


def snapshot(obj: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    """The JSON-ready values of `fields` on `obj`."""
    return {field: _jsonable(getattr(obj, field)) for field in fields}


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
