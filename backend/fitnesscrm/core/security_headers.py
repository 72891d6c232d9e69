"""Security headers on every response: a CSP the SPA and the API docs satisfy, framing refused,
no MIME sniffing, no referrer leaving the site, HSTS over HTTPS, and nothing cached that was
answered to someone signed in.

The SPA's only inline script (the theme bootstrap in index.html, which must run before first
paint) is allowed by its hash, read from the built index.html itself so that the policy follows
the build. FullCalendar adds an empty <style> element and fills it through the CSSOM, which a CSP
does not govern: the hash of the empty string lets exactly that element through, and no inline
style with content.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask, Response, current_app, request

# A <script> without a src attribute, and its text.
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE)
EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
# Nothing an API response says is to be rendered, framed or run.
API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

_hash_cache: dict[Path, tuple[float, tuple[str, ...]]] = {}


def inline_script_hashes(html: str) -> tuple[str, ...]:
    """CSP source expressions ('sha256-…') for the inline scripts of an HTML page."""
    return tuple(
        f"'sha256-{base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()}'"
        for script in _INLINE_SCRIPT.findall(html)
    )


def _spa_script_hashes() -> tuple[str, ...]:
    index = Path(current_app.config["FRONTEND_DIST"]) / "index.html"
    try:
        modified = index.stat().st_mtime
    except OSError:
        return ()
    cached = _hash_cache.get(index)
    if cached is None or cached[0] != modified:
        cached = (modified, inline_script_hashes(index.read_text(encoding="utf-8")))
        _hash_cache[index] = cached
    return cached[1]


def stripe_origins() -> dict[str, str]:
    """The origins Stripe.js needs, per directive: its script, its card frames, and the API it calls.

    Real Stripe.js (https://js.stripe.com/v3/) frames card fields from js.stripe.com and 3-D Secure
    from hooks.stripe.com, and calls api.stripe.com; a stand-in (localstripe in tests) is one origin.
    """
    url = urlsplit(current_app.config.get("STRIPE_JS_URL") or "")
    if not url.scheme or not url.netloc:
        return {}
    origin = f"{url.scheme}://{url.netloc}"
    if url.netloc == "js.stripe.com":
        return {"script": origin, "frame": f"{origin} https://hooks.stripe.com", "connect": "https://api.stripe.com"}
    return {"script": origin, "frame": origin, "connect": origin}


def page_policy() -> str:
    """The CSP of the pages this app serves: the SPA and the API docs."""
    stripe = stripe_origins()
    return "; ".join(
        [
            "default-src 'self'",
            " ".join(["script-src 'self'", *_spa_script_hashes(), *filter(None, [stripe.get("script")])]),
            f"style-src 'self' {EMPTY_STYLE_HASH}",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            " ".join(["connect-src 'self'", *filter(None, [stripe.get("connect")])]),
            " ".join(["frame-src 'self'", *filter(None, [stripe.get("frame")])]),
            "worker-src 'self' blob:",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


def _secure(response: Response) -> Response:
    headers = response.headers
    # A worker's script brings its own policy: the service worker must fetch the app shell ('self').
    is_page_or_script = response.mimetype in ("text/html", "text/javascript", "application/javascript")
    headers.setdefault("Content-Security-Policy", page_policy() if is_page_or_script else API_POLICY)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("X-Frame-Options", "DENY")
    # Links with one-time tokens (invitations, password resets) must not leak to other sites.
    headers.setdefault("Referrer-Policy", "same-origin")
    headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
    max_age = current_app.config["HSTS_SECONDS"]
    if request.is_secure and max_age:
        headers.setdefault("Strict-Transport-Security", f"max-age={max_age}")
    if request.path.startswith("/api/") and response.mimetype == "application/json":
        # Answers to a signed-in caller, and tokens, must not stay in a browser's or a proxy's cache.
        headers.setdefault("Cache-Control", "no-store")
    return response


def register(app: Flask) -> None:
    """Add the headers to every response of `app`."""
    app.after_request(_secure)
