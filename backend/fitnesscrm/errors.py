"""Domain exceptions and the one JSON error shape.

Every 4xx and 5xx leaves the API as
``{"error": {"code": "...", "message": "...", "fields": {...}, "request_id": "..."}}``; nothing
else builds error JSON. The request id is the one in the X-Request-ID response header and on the
request's log lines, so a person quoting it lets the operator find what happened.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from typing import Any

import marshmallow as ma
from flask import Flask, jsonify, request
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from werkzeug.exceptions import HTTPException

from fitnesscrm.core.crypto import DecryptionError
from fitnesscrm.extensions import db
from fitnesscrm.observability import request_id

log = logging.getLogger(__name__)


class AppError(Exception):
    """Base of the errors a service raises; the status and code go to the client as they are."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str, *, fields: dict[str, Any] | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.fields = fields or {}
        if code:
            self.code = code


class ValidationError(AppError):
    status = 422
    code = "validation_error"


class Unauthorized(AppError):
    status = 401
    code = "unauthorized"


class Forbidden(AppError):
    status = 403
    code = "forbidden"


class NotFound(AppError):
    status = 404
    code = "not_found"


class Conflict(AppError):
    status = 409
    code = "conflict"


class TooManyRequests(AppError):
    status = 429
    code = "rate_limited"


class ErrorDetailSchema(ma.Schema):
    code = ma.fields.String(required=True, metadata={"example": "validation_error"})
    message = ma.fields.String(required=True)
    fields = ma.fields.Dict(metadata={"description": "Per-field messages, for validation errors."})
    request_id = ma.fields.String(
        metadata={"description": "The request's id (also its X-Request-ID header), to quote when reporting a problem."}
    )


class ErrorSchema(ma.Schema):
    """The body of every error response."""

    error = ma.fields.Nested(ErrorDetailSchema, required=True)


def error_body(status: int, code: str, message: str, fields: dict[str, Any] | None = None):
    """The JSON response for an error; the only place its shape is written."""
    payload: dict[str, Any] = {"code": code, "message": message}
    if fields:
        payload["fields"] = fields
    if current_request_id := request_id.current():
        payload["request_id"] = current_request_id
    return jsonify(error=payload), status


HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
    500: "internal_error",
    503: "unavailable",
}


def _flatten_webargs_messages(messages: dict[str, Any]) -> dict[str, Any]:
    """webargs groups messages by location ({"json": {...}, "query": {...}}); clients want fields."""
    fields: dict[str, Any] = {}
    for location_messages in messages.values():
        if isinstance(location_messages, dict):
            fields.update(location_messages)
    return fields


def handle_http_exception(error: HTTPException):
    """werkzeug and flask-smorest HTTP errors in the common shape."""
    status = error.code or 500
    data = getattr(error, "data", None) or {}
    fields = _flatten_webargs_messages(data.get("messages", {})) if "messages" in data else None
    if status == 422 or fields:
        return error_body(422, "validation_error", "The request has invalid fields.", fields)
    message = data.get("message") or error.description or error.name
    if status == 413:
        limit = request.max_content_length
        message = f"The request body is larger than the {limit // 1024} KiB allowed." if limit else message
    if status == 429:
        message = "Too many requests; try again later."
    return error_body(status, HTTP_CODES.get(status, "error"), message)


def register_error_handlers(app: Flask) -> None:
    """Route every error raised inside the app to the common shape."""

    @app.errorhandler(AppError)
    def _app_error(error: AppError):
        # A service may refuse after changing rows in memory; none of it may be written afterwards.
        db.session.rollback()
        return error_body(error.status, error.code, error.message, error.fields)

    @app.errorhandler(DBAPIError)
    def _database_error(error: DBAPIError):
        # A lost or refused connection (PostgreSQL restarting, a failover) is the database being away, not
        # a fault in the request: 503 lets clients retry. SQLAlchemy has already invalidated the connection
        # (and, on a disconnect, every pooled one as old), so the next request connects afresh. Nothing of
        # this request was committed: the write it carried is not acknowledged, and no 2xx is sent.
        if not (isinstance(error, OperationalError) or error.connection_invalidated):
            return _unexpected(error)
        log.warning("Database unavailable on %s %s: %s", request.method, request.path, error.orig)
        # A rollback would talk to the lost connection and fail again; the session drops it instead.
        with suppress(SQLAlchemyError):
            db.session().invalidate()
        response, status = error_body(503, "unavailable", "The database is not answering; try again in a moment.")
        response.headers["Retry-After"] = "2"
        return response, status

    @app.teardown_appcontext
    def _end_session(_error: BaseException | None) -> None:
        # Runs before Flask-SQLAlchemy's own teardown (registered earlier, run later), which ends the
        # session with a rollback: on a connection the database dropped after the answer was made (a
        # restart), that rollback fails and gunicorn would turn a finished answer into a 500.
        try:
            db.session.remove()
        except SQLAlchemyError:
            with suppress(SQLAlchemyError):
                db.session().invalidate()
            db.session.registry.clear()

    @app.errorhandler(DecryptionError)
    def _undecryptable(error: DecryptionError):
        # The operator changed DATA_ENCRYPTION_KEY without keeping the old one: say so, never show garbage.
        log.error("Stored data cannot be decrypted on %s %s: %s", request.method, request.path, error)
        with suppress(SQLAlchemyError):
            db.session.rollback()
        return error_body(
            503,
            "unavailable",
            "Some stored data cannot be read right now because the server's encryption key changed; "
            "the administrator has been told in the server log.",
        )

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        if isinstance(error, HTTPException):
            return handle_http_exception(error)
        log.exception("Unhandled error on %s %s", request.method, request.path)
        with suppress(SQLAlchemyError):  # a lost connection must not turn this answer into an HTML page
            db.session.rollback()
        return error_body(500, "internal_error", "Something went wrong on our side.")
