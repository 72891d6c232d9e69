"""Does every /api/v2 route refuse people's sign-in tokens, missing keys and keys without its scope?

The role matrix (tests/test_authorization.py) covers the SPA's API; /api/v2 is called with keys, so
its matrix is per scope: this file walks every v2 route, and tests/api_v2/test_<resource>.py check
the allowed calls and other studios' ids.
"""

from __future__ import annotations

import re
import uuid

from fitnesscrm.developers.keys.scopes import SCOPES, grants
from tests.api_v2.conftest import KeyClient

DOCUMENTS = {"/api/v2/openapi.json", "/api/v2/docs"}


def _v2_routes(app) -> list[tuple[str, str, str]]:
    """(method, url, scope) for every v2 operation; ids in the URL are made up (the key is checked first)."""
    routes = []
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/v2/") or rule.rule in DOCUMENTS:
            continue
        view = app.view_functions[rule.endpoint]
        url = re.sub(r"<uuid:\w+>", str(uuid.uuid4()), re.sub(r"<int:\w+>", "1", rule.rule))
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            handler = getattr(getattr(view, "view_class", None), method.lower(), view)
            routes.append((method, url, handler.required_scope))
    return routes


def test_every_v2_route_needs_a_key_scope(app):
    routes = _v2_routes(app)
    assert len(routes) >= 34
    assert all(scope in SCOPES for _, _, scope in routes)


def test_people_tokens_and_missing_or_narrow_keys_are_refused(app, client, studio, client_as, api_as):
    owner = client_as(studio.owner)
    narrow = api_as("automation:run")
    for method, url, scope in _v2_routes(app):
        body = None if method == "GET" else {}
        anonymous = client.open(url, method=method, json=body)
        assert anonymous.status_code == 401 and anonymous.get_json()["error"]["code"] == "api_key_missing", url
        signed_in = owner.open(url, method=method, json=body)
        assert signed_in.status_code == 401, (method, url)
        assert not grants(frozenset({"automation:run"}), scope)
        refused = narrow.client.open(url, method=method, json=body, headers=narrow._headers())
        assert refused.status_code == 403 and refused.get_json()["error"]["code"] == "scope_missing", (method, url)


def test_write_routes_need_the_write_scope(app, api_as):
    writes = [(method, url, scope) for method, url, scope in _v2_routes(app) if method != "GET"]
    assert writes and all(scope.endswith(":write") for _, _, scope in writes)
    readers = {scope: api_as(scope.replace(":write", ":read")) for _, _, scope in writes}
    for method, url, scope in writes:
        api: KeyClient = readers[scope]
        response = api.client.open(url, method=method, json={}, headers=api._headers())
        assert response.status_code == 403, (method, url)
