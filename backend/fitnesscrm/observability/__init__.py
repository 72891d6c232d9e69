"""Observability: a request id on every request, log line and error; JSON logs; Prometheus metrics at /metrics.

`register(app)` (called by create_app) wires all three; docs/observability.md is the operator's guide.
"""

from __future__ import annotations

from flask import Flask


def register(app: Flask) -> None:
    """Request ids and the per-request log line and metrics, then the /metrics endpoint."""
    from fitnesscrm.observability import metrics, request_hooks

    request_hooks.register(app)
    metrics.init_app(app)
    app.register_blueprint(metrics.blp)
