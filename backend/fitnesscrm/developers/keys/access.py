"""The route decorator for calls made with an API key: `Authorization: Bearer fcrm_…`, checked for a scope."""

from __future__ import annotations

import functools
from collections.abc import Callable

from flask import request

from fitnesscrm.core.auth import KEY_PRINCIPAL
from fitnesscrm.developers.keys import service
from fitnesscrm.developers.keys.scopes import grants
from fitnesscrm.errors import Forbidden, Unauthorized

SECURITY = [{"apiKey": []}]
# The OpenAPI security scheme both API documents declare.
SECURITY_SCHEME = {
    "type": "http",
    "scheme": "bearer",
    "bearerFormat": "API key",
    "description": "An API key made under Settings → Developers: `Authorization: Bearer fcrm_…`.",
}


def key_from_request() -> str:
    """The API key the request carries, or Unauthorized saying how to send one."""
    scheme, _, key = request.headers.get("Authorization", "").partition(" ")
    key = key.strip()
    if scheme.lower() != "bearer" or not key.startswith(service.KEY_PREFIX):
        raise Unauthorized("Send an API key as `Authorization: Bearer fcrm_…`.", code="api_key_missing")
    return key


def requires_key(scope: str) -> Callable:
    """Require an API key of the studio that holds `scope` (or, for `<resource>:read`, `<resource>:write`)."""

    def decorator(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            principal = service.authenticate(key=key_from_request(), ip_address=request.remote_addr)
            if not grants(principal.scopes, scope):
                raise Forbidden(f"This API key does not have the {scope} scope.", code="scope_missing")
            request.environ[KEY_PRINCIPAL] = principal
            return view(*args, **kwargs)

        apidoc = dict(getattr(wrapper, "_apidoc", {}))
        apidoc["manual_doc"] = {**apidoc.get("manual_doc", {}), "security": SECURITY}
        wrapper._apidoc = apidoc
        wrapper.required_scope = scope
        return wrapper

    return decorator
