"""Log lines: one JSON object per line in production, readable text in development; each with its request id.

`configure(...)` replaces the root logger's handler (never the handlers somebody else installed, such
as pytest's); every record passing through it gets the request id, and the request's method and
path, from `RequestContextFilter`.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import IO, Any

from flask import has_request_context, request

from fitnesscrm.observability import request_id

FORMATS = ("json", "text")
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"
# Attributes a record may carry (`extra=`) that the JSON line keeps as fields of their own.
FIELDS = (
    "request_id",
    "method",
    "path",
    "endpoint",
    "status",
    "duration_ms",
    "user_id",
    "organization_id",
    "remote_addr",
    "user_agent",
    "bytes",
    "job_id",
    "task",
)
_OURS = "_fitnesscrm_handler"


class RequestContextFilter(logging.Filter):
    """Puts the request id (or "-") on every record, and the method and path when a request is being served."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "request_id", None) is None:
            record.request_id = request_id.current() or "-"
        if has_request_context():
            if getattr(record, "method", None) is None:
                record.method = request.method
            if getattr(record, "path", None) is None:
                record.path = request.path
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time (UTC, ISO 8601), level, logger, message, the known fields, exception."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for field in FIELDS:
            value = getattr(record, field, None)
            if value is not None and value != "-":
                line[field] = value
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            line["exception"] = record.exc_text
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        return json.dumps(line, default=str, ensure_ascii=False)


def formatter(log_format: str) -> logging.Formatter:
    """The formatter for LOG_FORMAT (json or text)."""
    if log_format not in FORMATS:
        raise RuntimeError(f"LOG_FORMAT must be one of {', '.join(FORMATS)}, not {log_format!r}")
    return JsonFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT)


def handler(log_format: str, stream: IO[str] | None = None) -> logging.Handler:
    """A handler writing `stream` (stderr) in `log_format`, with the request context on every record."""
    made = logging.StreamHandler(stream or sys.stderr)
    made.setFormatter(formatter(log_format))
    made.addFilter(RequestContextFilter())
    setattr(made, _OURS, True)
    return made


def configure(*, log_format: str, level: str) -> None:
    """Send every logger's records through one handler of ours on the root logger (replacing an earlier one).

    Like logging.basicConfig, it leaves alone a process whose logging someone else set up first (a
    benchmark script, pytest's capture): their handlers and level stay as they chose.
    """
    formatter(log_format)  # a mistyped LOG_FORMAT stops the app even where logging is someone else's
    logging.getLogger("pgserver").setLevel(logging.WARNING)
    root = logging.getLogger()
    if any(not getattr(existing, _OURS, False) for existing in root.handlers):
        return
    for existing in list(root.handlers):
        root.removeHandler(existing)
    root.addHandler(handler(log_format))
    root.setLevel(level.upper())
