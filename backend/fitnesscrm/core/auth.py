"""Route decorators that authenticate the caller and check their role."""

from __future__ import annotations

import functools
from collections.abc import Callable

from flask import has_request_context, request
from flask_jwt_extended import get_current_user, verify_jwt_in_request

from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.errors import Forbidden

ALL_ROLES = tuple(Role)
SECURITY = [{"cookieAuth": []}, {"bearerAuth": []}]
# Where a request made with an API key keeps its caller: the request's environ lives exactly as long
# as the request (g may outlive it, when a test or the CLI holds an app context).
KEY_PRINCIPAL = "fitnesscrm.key_principal"


def current_principal() -> Principal:
    """The caller of the current request: a person (set by `requires`) or an API key (developers.keys.access)."""
    return request.environ.get(KEY_PRINCIPAL) or get_current_user()


def caller_or_none() -> Principal | None:
    """The caller when the current request is authenticated, else None (sign-up, CLI, jobs)."""
    if not has_request_context():
        return None
    if KEY_PRINCIPAL in request.environ:
        return request.environ[KEY_PRINCIPAL]
    try:
        return get_current_user()
    except RuntimeError:
        return None


def requires(*roles: Role) -> Callable:
    """Require a valid access token whose user has one of `roles` (any role when none are named)."""
    allowed = frozenset(roles or ALL_ROLES)

    def decorator(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            verify_jwt_in_request()
            if current_principal().role not in allowed:
                raise Forbidden("Your role may not do this.")
            return view(*args, **kwargs)

        apidoc = dict(getattr(wrapper, "_apidoc", {}))
        apidoc["manual_doc"] = {**apidoc.get("manual_doc", {}), "security": SECURITY}
        wrapper._apidoc = apidoc
        return wrapper

    return decorator
