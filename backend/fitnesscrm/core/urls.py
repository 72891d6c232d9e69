"""Absolute links to this app: in emails, feeds and anything else people open outside it.

`PUBLIC_BASE_URL` says where people reach the app. Unset (development), links that go back
to the person making the request follow the address they used, so `PORT=5055 make run`, or a
phone on the studio's network, gets links that work; links sent to someone else (emails)
never do, since the Host header is the caller's to choose and a forged one would put a
stranger's address in a password-reset email. Those use `http://127.0.0.1:$PORT`.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from flask import Flask, current_app, has_request_context, request

log = logging.getLogger(__name__)


def _configured() -> str | None:
    value = current_app.config.get("PUBLIC_BASE_URL")
    return value.rstrip("/") if value else None


def local_base_url() -> str:
    """Where `make run` serves: 127.0.0.1 on the configured PORT."""
    return f"http://127.0.0.1:{current_app.config['PORT']}"


def public_url(path: str) -> str:
    """An absolute link safe to send to anyone (emails, jobs): never taken from the request's Host."""
    return (_configured() or local_base_url()) + path


def link_for_caller(path: str) -> str:
    """An absolute link shown to the caller of this request: their own address for the app when none is set."""
    base = _configured()
    if base is None:
        base = request.host_url.rstrip("/") if has_request_context() else local_base_url()
    return base + path


def warn_if_misconfigured(app: Flask) -> None:
    """Log at start-up when PUBLIC_BASE_URL names another port than the one this server listens on."""
    configured = app.config.get("PUBLIC_BASE_URL")
    if not configured:
        return
    parts = urlsplit(configured)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    listening = app.config["PORT"]
    if parts.hostname in ("127.0.0.1", "localhost") and port != listening:
        log.warning(
            "PUBLIC_BASE_URL is %s but the app listens on port %s: links in emails and calendar feeds will not "
            "open. Unset PUBLIC_BASE_URL or set it to the address people use.",
            configured,
            listening,
        )
