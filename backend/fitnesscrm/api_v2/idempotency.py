"""`Idempotency-Key` on /api/v2 writes: a retried request gets the first answer instead of doing the work twice.

The first request with a key claims it in a committed row before it runs, so a second one arriving
meanwhile finds the claim and is told to retry (409 `idempotency_in_progress`) rather than running
too. The answer is stored when it is one a retry should get again (a success, or a refusal of the
request as sent: 400, 404, 422); after a server error or a conflict the claim is released so that a
retry runs afresh. Records are kept 24 hours.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from datetime import timedelta

import sqlalchemy as sa
from flask import Response, jsonify, request
from sqlalchemy.dialects.postgresql import insert
from werkzeug.exceptions import HTTPException

from fitnesscrm import errors
from fitnesscrm.core.auth import current_principal
from fitnesscrm.core.jobs import periodic
from fitnesscrm.developers.keys.models import IdempotencyRecord
from fitnesscrm.extensions import db

HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"
MAX_KEY_LENGTH = 255
RETENTION = timedelta(hours=24)
# Answers a retry gets again; any other (a 5xx, a 409, a 429) releases the key for a fresh attempt.
STORED_ERRORS = frozenset({400, 404, 422})
PRUNE_BATCH = 5_000
METHODS = frozenset({"POST", "PATCH"})

PARAMETER = {
    "in": "header",
    "name": HEADER,
    "required": False,
    "schema": {"type": "string", "maxLength": MAX_KEY_LENGTH},
    "description": (
        "A unique value (a UUID) per intended change. Retrying with the same key and body within 24 hours "
        "returns the first answer, marked `Idempotent-Replayed: true`; the same key with another body is a 409."
    ),
}


def _body_hash() -> str:
    """SHA-256 of the request's JSON with sorted keys (spacing and key order do not matter), else of its bytes."""
    data = request.get_json(silent=True)
    raw = request.get_data() if data is None else json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(raw).hexdigest()


def _claim(organization_id: int, key: str, body_hash: str) -> sa.Row | None:
    """Claim `key` for this request (None: claimed and committed), or the record another request holds."""
    fresh = sa.func.now() - sa.text(f"interval '{int(RETENTION.total_seconds())} seconds'")
    values = {
        "organization_id": organization_id,
        "key": key,
        "method": request.method,
        "path": request.path,
        "body_hash": body_hash,
    }
    # An expired record is taken over as if it were not there.
    claimed = db.session.execute(
        insert(IdempotencyRecord)
        .values(**values)
        .on_conflict_do_update(
            index_elements=[IdempotencyRecord.organization_id, IdempotencyRecord.key],
            set_={**values, "status": None, "response_body": None, "created_at": sa.func.now()},
            where=IdempotencyRecord.created_at < fresh,
        )
        .returning(IdempotencyRecord.id)
    ).scalar_one_or_none()
    if claimed is not None:
        db.session.commit()
        return None
    existing = db.session.execute(
        sa.select(
            IdempotencyRecord.method,
            IdempotencyRecord.path,
            IdempotencyRecord.body_hash,
            IdempotencyRecord.status,
            IdempotencyRecord.response_body,
        ).where(IdempotencyRecord.organization_id == organization_id, IdempotencyRecord.key == key)
    ).one()
    # The failed upsert locked the row; the request holding the key must be free to write its answer.
    db.session.rollback()
    return existing


def _finish(organization_id: int, key: str, status: int, body) -> None:
    """Keep the answer for retries, or release the key when a retry should run afresh."""
    where = (IdempotencyRecord.organization_id == organization_id, IdempotencyRecord.key == key)
    if 200 <= status < 300 or status in STORED_ERRORS:
        db.session.execute(sa.update(IdempotencyRecord).where(*where).values(status=status, response_body=body))
    else:
        db.session.execute(sa.delete(IdempotencyRecord).where(*where))
    db.session.commit()


def _replay(record: sa.Row) -> Response:
    response = Response(status=record.status) if record.response_body is None else jsonify(record.response_body)
    response.status_code = record.status
    response.headers[REPLAYED_HEADER] = "true"
    return response


def _error_answer(error: Exception) -> tuple[int, object]:
    """The status and JSON body the app's error handlers give `error`."""
    if isinstance(error, errors.AppError):
        response, status = errors.error_body(error.status, error.code, error.message, error.fields)
    elif isinstance(error, HTTPException):
        response, status = errors.handle_http_exception(error)
    else:
        return 500, None
    return status, response.get_json()


def idempotent(view: Callable) -> Callable:
    """Honour an `Idempotency-Key` header on a POST or PATCH made with an API key."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get(HEADER)
        if request.method not in METHODS or key is None:
            return view(*args, **kwargs)
        key = key.strip()
        if not key or len(key) > MAX_KEY_LENGTH:
            raise errors.ValidationError(
                f"The {HEADER} header must be 1 to {MAX_KEY_LENGTH} characters.",
                fields={HEADER: [f"Between 1 and {MAX_KEY_LENGTH} characters."]},
            )
        organization_id = current_principal().organization_id
        body_hash = _body_hash()
        existing = _claim(organization_id, key, body_hash)
        if existing is not None:
            if (existing.method, existing.path, existing.body_hash) != (request.method, request.path, body_hash):
                raise errors.Conflict(
                    f"This {HEADER} was used for another request in the last 24 hours; "
                    "send a new key with a new request.",
                    code="idempotency_key_reused",
                )
            if existing.status is None:
                raise errors.Conflict(
                    f"A request with this {HEADER} is still being processed; retry in a moment.",
                    code="idempotency_in_progress",
                )
            return _replay(existing)
        try:
            response = view(*args, **kwargs)
        except Exception as error:
            # The view's half-done work is not written; only the key's record is.
            db.session.rollback()
            _finish(organization_id, key, *_error_answer(error))
            raise
        _finish(organization_id, key, response.status_code, response.get_json(silent=True))
        return response

    return wrapper


def prune() -> int:
    """Delete records older than 24 hours, in batches; how many went."""
    deleted = 0
    cutoff = sa.func.now() - sa.text(f"interval '{int(RETENTION.total_seconds())} seconds'")
    while True:
        batch = sa.select(IdempotencyRecord.id).where(IdempotencyRecord.created_at < cutoff).limit(PRUNE_BATCH)
        count = db.session.execute(
            sa.delete(IdempotencyRecord).where(IdempotencyRecord.id.in_(batch.scalar_subquery()))
        ).rowcount
        db.session.commit()
        deleted += count
        if count < PRUNE_BATCH:
            return deleted


@periodic(cron="23 * * * *", name="api_v2.prune-idempotency-records")
def prune_hourly(timestamp: int) -> None:
    """Every hour: forget Idempotency-Key answers older than 24 hours."""
    prune()
