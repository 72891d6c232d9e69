"""One decorator per /api/v2 operation: its stable operationId, the key scope it needs, and its guards."""

from __future__ import annotations

from collections.abc import Callable

import marshmallow as ma
from flask_smorest import Blueprint

from fitnesscrm.core import fields
from fitnesscrm.developers.keys.access import requires_key


def operation(blp: Blueprint, operation_id: str, *, scope: str) -> Callable:
    """Name the operation `operation_id` (`listClients`) in the document and require a key with `scope`."""

    def decorator(view: Callable) -> Callable:
        return blp.doc(operationId=operation_id)(requires_key(scope)(view))

    return decorator


def expand_field(*choices: str) -> fields.List:
    """`expand=a&expand=b`: related records to include in the answer instead of their ids alone."""
    return fields.List(
        fields.String(validate=ma.validate.OneOf(choices)),
        max_items=len(choices),
        load_default=list,
        metadata={"description": f"Related records to include: {', '.join(choices)}."},
    )
