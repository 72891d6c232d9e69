"""Around every request: its id in the response, its metrics, and what gunicorn's access line says about it.

The one line per request is gunicorn's access line (gunicorn_hooks.JsonLogger): it also sees requests
that never reach Flask. What only the app knows (the route, who called, the client's address
after ProxyFix) is left for it in a dict the outermost middleware puts in the WSGI environ: Flask-SocketIO
hands the app a copy of the environ, so only a shared object gets back to gunicorn.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from flask import Flask, Response, request

from fitnesscrm.core.auth import caller_or_none
from fitnesscrm.observability import metrics, request_id

STARTED_KEY = "fitnesscrm.started"
ACCESS_KEY = "fitnesscrm.access"


def register(app: Flask) -> None:
    """Time each request from its start; tag and count it once it has its response. Call after every middleware."""
    app.wsgi_app = _AccessNotes(app.wsgi_app)
    app.before_request(_start)
    app.after_request(_finish)


class _AccessNotes:
    """The outermost middleware: an empty dict in the environ, for the app to fill and gunicorn to read."""

    def __init__(self, wsgi_app: Callable) -> None:
        self.wsgi_app = wsgi_app

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        environ[ACCESS_KEY] = {}
        return self.wsgi_app(environ, start_response)


def _start() -> None:
    request.environ[STARTED_KEY] = time.perf_counter()
    request_id.current()  # fixed now, from the caller's header or new, for every line logged from here on


def _finish(response: Response) -> Response:
    seconds = time.perf_counter() - request.environ.get(STARTED_KEY, time.perf_counter())
    response.headers[request_id.HEADER] = request_id.current()
    rule = request.url_rule.rule if request.url_rule is not None else None
    metrics.observe(method=request.method, endpoint=rule, status=response.status_code, seconds=seconds)
    notes = request.environ.get(ACCESS_KEY)
    if notes is not None:
        caller = caller_or_none()
        notes.update(
            endpoint=rule or metrics.UNMATCHED,
            user_id=caller.user_id if caller else None,
            organization_id=caller.organization_id if caller else None,
            remote_addr=request.remote_addr,
        )
    return response
