"""Turning a unique index that a concurrent request won into a 409 instead of a 500."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sqlalchemy.exc import IntegrityError

from fitnesscrm.errors import Conflict
from fitnesscrm.extensions import db


def flush_or_conflict(conflicts: Mapping[str, Callable[[], Conflict]]) -> None:
    """Flush the session; when it breaks a constraint named in `conflicts`, roll back and raise its Conflict.

    The values build a fresh exception each time: a shared instance would pile up tracebacks.
    """
    try:
        db.session.flush()
    except IntegrityError as error:
        constraint = getattr(getattr(error.orig, "diag", None), "constraint_name", None)
        db.session.rollback()
        if constraint in conflicts:
            raise conflicts[constraint]() from None
        raise
