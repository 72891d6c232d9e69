"""The request id: the caller's X-Request-ID when it is a safe, short token, else a new one.

A request keeps its id in its WSGI environ (it lives exactly as long as the request); a job or a
command outside any request can set one in a context variable, and `current()` reads either.
"""

from __future__ import annotations

import re
import uuid
from contextvars import ContextVar

from flask import has_request_context, request

HEADER = "X-Request-ID"
ENVIRON_KEY = "fitnesscrm.request_id"
MAX_LENGTH = 128
# Letters, digits and a few separators: enough for UUIDs, nginx's $request_id and tracing ids, and
# nothing that could forge a log line, a header or a JSON field (no spaces, quotes or newlines).
_SAFE = re.compile(rf"[A-Za-z0-9._:@/+=-]{{1,{MAX_LENGTH}}}")

outside_request: ContextVar[str | None] = ContextVar("request_id", default=None)


def accepted_or_new(value: str | None) -> str:
    """`value` when it is a safe request id, else a new random one."""
    if value and _SAFE.fullmatch(value):
        return value
    return uuid.uuid4().hex


def current() -> str | None:
    """The id of the request being served (assigned on first use), or of the job running, or None."""
    if has_request_context():
        environ = request.environ
        if ENVIRON_KEY not in environ:
            environ[ENVIRON_KEY] = accepted_or_new(request.headers.get(HEADER))
        return environ[ENVIRON_KEY]
    return outside_request.get()
