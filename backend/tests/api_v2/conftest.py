"""Fixtures for /api/v2: keys of the studio with chosen scopes, and a test client that sends one."""

from __future__ import annotations

import pytest

from fitnesscrm.developers.keys import service
from tests.factories import principal_for


class KeyClient:
    """The Flask test client, sending `Authorization: Bearer <key>` on every call."""

    def __init__(self, client, key: str):
        self.client, self.key = client, key

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.key}"}

    def get(self, url, **kwargs):
        return self.client.get(url, headers=self._headers(), **kwargs)

    def post(self, url, json=None, **kwargs):
        return self.client.post(url, json=json if json is not None else {}, headers=self._headers(), **kwargs)

    def patch(self, url, json=None, **kwargs):
        return self.client.patch(url, json=json, headers=self._headers(), **kwargs)


@pytest.fixture
def api_as(client, studio):
    """`api_as("sessions:write", ...)`: a client calling with a new key of `studio` holding those scopes."""

    def make(*scopes: str, organization=None) -> KeyClient:
        owner = (organization or studio).owner
        _, key = service.create(actor=principal_for(owner), name="Integration", scopes=list(scopes))
        return KeyClient(client, key)

    return make


def walk(api: KeyClient, url: str, limit: int = 2) -> list[dict]:
    """Every item of a v2 list, fetched `limit` at a time by following `next_starting_after`."""
    items, after = [], None
    separator = "&" if "?" in url else "?"
    while True:
        cursor = f"&starting_after={after}" if after else ""
        response = api.get(f"{url}{separator}limit={limit}{cursor}")
        assert response.status_code == 200, response.get_json()
        body = response.get_json()
        assert len(body["data"]) <= limit
        items += body["data"]
        if not body["has_more"]:
            assert body["next_starting_after"] is None
            return items
        after = body["next_starting_after"]


def statements_by_limit(api: KeyClient, url: str, count_statements, limits=(2, 30)) -> list[int]:
    """SQL statements one call of the list runs at each page size (after a first call that marks the key used)."""
    separator = "&" if "?" in url else "?"
    assert api.get(url).status_code == 200
    counts = []
    for limit in limits:
        with count_statements() as counter:
            response = api.get(f"{url}{separator}limit={limit}")
        assert response.status_code == 200 and len(response.get_json()["data"]) == limit, response.get_json()
        counts.append(counter.count)
    return counts
