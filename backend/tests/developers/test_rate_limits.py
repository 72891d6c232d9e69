"""Does each API key get its studio's calls per minute, with RateLimit headers on every answer and 429 past it?"""

from __future__ import annotations

import pytest

from fitnesscrm.developers.keys import service, settings
from tests.factories import principal_for


@pytest.fixture
def limited(studio):
    settings.update(actor=principal_for(studio.owner), rate_limit_per_minute=3)
    return service.create(actor=principal_for(studio.owner), name="Zapier", scopes=["clients:write"])[1]


def _get(client, key):
    return client.get("/api/v2/clients", headers={"Authorization": f"Bearer {key}"})


def test_calls_past_the_studios_limit_are_429_with_retry_after(client, limited):
    remaining = []
    for _ in range(3):
        response = _get(client, limited)
        assert response.status_code == 200
        assert response.headers["RateLimit-Limit"] == "3"
        assert 0 < int(response.headers["RateLimit-Reset"]) <= 60
        remaining.append(response.headers["RateLimit-Remaining"])
    assert remaining == ["2", "1", "0"]
    refused = _get(client, limited)
    assert refused.status_code == 429
    error = refused.get_json()["error"]
    assert error["code"] == "rate_limited"
    assert error["message"].startswith("This API key may make 3 calls per minute; try again in ")
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert refused.headers["RateLimit-Remaining"] == "0"
    # Writes count too, and are refused before they run.
    response = client.post(
        "/api/v2/clients",
        json={"first_name": "Ada", "last_name": "Byron"},
        headers={"Authorization": f"Bearer {limited}"},
    )
    assert response.status_code == 429


def test_each_key_has_its_own_budget(client, studio, limited):
    for _ in range(4):
        _get(client, limited)
    _, other = service.create(actor=principal_for(studio.owner), name="Other", scopes=["clients:read"])
    response = _get(client, other)
    assert response.status_code == 200 and response.headers["RateLimit-Remaining"] == "2"


def test_without_a_studio_setting_the_server_default_applies(client, studio, app, monkeypatch):
    monkeypatch.setitem(app.config, "API_RATE_LIMIT", "2 per minute")
    _, key = service.create(actor=principal_for(studio.owner), name="Zapier", scopes=["clients:read"])
    assert [_get(client, key).status_code for _ in range(3)] == [200, 200, 429]


def test_a_refused_key_is_not_counted(client):
    response = client.get("/api/v2/clients", headers={"Authorization": "Bearer fcrm_nope_nope"})
    assert response.status_code == 401 and "RateLimit-Limit" not in response.headers
