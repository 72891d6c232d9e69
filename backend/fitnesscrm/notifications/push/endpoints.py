"""Which push endpoints the server will POST to: the browsers' push services, never anything else.

A subscription's endpoint is a URL the browser hands us and the worker later calls, so an
unchecked one would let anyone with an account make the server request internal addresses
(SSRF). Only https on the default port to a host in PUSH_SERVICE_HOSTS (or under one) passes;
PUSH_ALLOW_LOCAL_ENDPOINTS additionally lets tests point at a push service on 127.0.0.1.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import current_app

LOCAL_HOSTS = ("127.0.0.1", "localhost")


def _is_local(scheme: str, host: str) -> bool:
    return current_app.config["PUSH_ALLOW_LOCAL_ENDPOINTS"] and scheme in ("http", "https") and host in LOCAL_HOSTS


def problem(endpoint: str) -> str | None:
    """Why the server will not send to `endpoint`, in a sentence; None when it is a known push service."""
    try:
        parts = urlsplit(endpoint)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return "This is not a web address."
    if parts.username is not None or parts.password is not None:
        return "A push address carries no user name or password."
    if _is_local(parts.scheme, host):
        return None
    if parts.scheme != "https":
        return "A push address must start with https://."
    if port not in (None, 443):
        return "A push address uses the standard https port."
    known = current_app.config["PUSH_SERVICE_HOSTS"]
    if not any(host == known_host or host.endswith(f".{known_host}") for known_host in known):
        return "This browser's push service is not one FitnessCRM sends to."
    return None
