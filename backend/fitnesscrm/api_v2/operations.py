"""One decorator per /api/v2 operation: its stable operationId, the key scope it needs, and its guards.

Every operation counts against its key's rate limit (api_v2.rate_limits); every POST and PATCH
honours an `Idempotency-Key` header (api_v2.idempotency). A resource gets both by using `operation`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import marshmallow as ma
from flask_smorest import Blueprint

from fitnesscrm.api_v2 import idempotency, rate_limits
from fitnesscrm.core import fields
from fitnesscrm.core.auth import current_principal
from fitnesscrm.developers.keys.access import requires_key
from fitnesscrm.errors import ErrorSchema

# Views that change something: a MethodView's methods are named after theirs.
WRITE_VIEWS = frozenset({"post", "patch"})
_RATE_LIMIT_HEADERS = {
    "RateLimit-Limit": {"description": "Calls per minute this key may make.", "schema": {"type": "integer"}},
    "RateLimit-Remaining": {"description": "Calls left in this minute.", "schema": {"type": "integer"}},
    "RateLimit-Reset": {"description": "Seconds until the count starts again.", "schema": {"type": "integer"}},
}
_TOO_MANY = {
    "description": "The key made more calls than its studio's limit; wait `Retry-After` seconds.",
    "content": {"application/json": {"schema": ErrorSchema}},
    "headers": {
        **_RATE_LIMIT_HEADERS,
        "Retry-After": {"description": "Seconds to wait before calling again.", "schema": {"type": "integer"}},
    },
}
_CONFLICT = {
    "description": "The Idempotency-Key was used with another request, or its first request is still running.",
    "content": {"application/json": {"schema": ErrorSchema}},
}


def rate_limited(view: Callable) -> Callable:
    """Count the call against the caller's key before anything else runs."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        rate_limits.count_call(current_principal())
        return view(*args, **kwargs)

    return wrapper


def operation(blp: Blueprint, operation_id: str, *, scope: str, writes: bool | None = None) -> Callable:
    """Name the operation `operation_id` (`listClients`), require a key with `scope`, rate-limit it, and (for a
    write: a `post` or `patch` view unless `writes` says otherwise) honour `Idempotency-Key`."""

    def decorator(view: Callable) -> Callable:
        is_write = view.__name__ in WRITE_VIEWS if writes is None else writes
        guarded = rate_limited(idempotency.idempotent(view) if is_write else view)
        responses = {"429": _TOO_MANY, **({"409": _CONFLICT} if is_write else {})}
        doc = {"operationId": operation_id, "responses": responses}
        if is_write:
            doc["parameters"] = [idempotency.PARAMETER]
        return blp.doc(**doc)(requires_key(scope)(guarded))

    return decorator


def expand_field(*choices: str) -> fields.List:
    """`expand=a&expand=b`: related records to include in the answer instead of their ids alone."""
    return fields.List(
        fields.String(validate=ma.validate.OneOf(choices)),
        max_items=len(choices),
        load_default=list,
        metadata={"description": f"Related records to include: {', '.join(choices)}."},
    )
