"""Can a call made with an API key reach /api/v2, and only within its studio and scopes?"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest

from fitnesscrm.developers.keys import service
from fitnesscrm.developers.models import ApiKey
from fitnesscrm.extensions import db
from tests.factories import principal_for


@pytest.fixture
def make_key(studio):
    def make(*scopes: str, expires_at=None, actor=None):
        return service.create(
            actor=principal_for(actor or studio.owner), name="Zapier", scopes=list(scopes), expires_at=expires_at
        )

    return make


def _get(client, url, key):
    return client.get(url, headers={"Authorization": f"Bearer {key}"})


def test_key_reads_its_studios_clients_only(client, studio, other_studio, make_key):
    _, key = make_key("clients:read")
    body = _get(client, "/api/v2/clients", key).get_json()
    assert body.get("object") == "list", body
    assert sorted(item["id"] for item in body["data"]) == sorted([studio.client.id, studio.other_client.id])
    assert _get(client, f"/api/v2/clients/{other_studio.client.id}", key).status_code == 404


def test_key_is_stored_as_its_hash_with_a_visible_prefix(studio, make_key):
    row, key = make_key("clients:read")
    stored = db.session.get(ApiKey, row.id)
    assert key.startswith(stored.prefix + "_")
    assert stored.secret_hash == hashlib.sha256(key.encode()).hexdigest()
    assert key not in str([stored.prefix, stored.secret_hash, stored.name])


@pytest.mark.parametrize("header", [None, "Bearer fcrm_nope_nope", "Basic abc", "Bearer "])
def test_call_without_a_working_key_is_401(client, header):
    response = client.get("/api/v2/clients", headers={"Authorization": header} if header else {})
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] in ("api_key_missing", "api_key_invalid")


def test_revoked_or_expired_key_is_401(client, studio, make_key):
    row, key = make_key("clients:read")
    service.revoke(actor=principal_for(studio.owner), key_id=row.id)
    assert _get(client, "/api/v2/clients", key).get_json()["error"]["code"] == "api_key_revoked"
    row, key = make_key("clients:read", expires_at=datetime.now(UTC) + timedelta(seconds=1))
    db.session.execute(
        db.update(ApiKey).where(ApiKey.id == row.id).values(expires_at=datetime.now(UTC) - timedelta(hours=1))
    )
    assert _get(client, "/api/v2/clients", key).get_json()["error"]["code"] == "api_key_expired"


def test_key_without_the_scope_is_403_and_write_includes_read(client, studio, make_key):
    _, reader = make_key("sessions:read")
    assert _get(client, "/api/v2/clients", reader).status_code == 403
    _, writer = make_key("clients:write")
    assert _get(client, "/api/v2/clients", writer).status_code == 200
    response = client.post(
        "/api/v2/clients",
        json={"first_name": "Ada", "last_name": "Byron"},
        headers={"Authorization": f"Bearer {reader}"},
    )
    assert response.status_code == 403 and response.get_json()["error"]["code"] == "scope_missing"


def test_key_of_a_person_who_no_longer_manages_the_studio_is_401(client, studio, make_key):
    _, key = make_key("clients:read", actor=studio.admin)
    studio.admin.role = "trainer"
    db.session.flush()
    assert _get(client, "/api/v2/clients", key).get_json()["error"]["code"] == "api_key_orphaned"


def test_trainers_and_keys_cannot_make_keys(studio, make_key):
    from fitnesscrm.errors import Forbidden

    with pytest.raises(Forbidden):
        make_key("clients:read", actor=studio.trainer_user)


def test_cursor_pages_walk_every_client_once(client, studio, make_key):
    from tests.factories import ClientFactory

    ClientFactory.create_batch(5, organization_id=studio.org.id)
    _, key = make_key("clients:read")
    seen, after = [], None
    while True:
        body = _get(client, f"/api/v2/clients?limit=2{f'&starting_after={after}' if after else ''}", key).get_json()
        seen += [item["id"] for item in body["data"]]
        if not body["has_more"]:
            assert body["next_starting_after"] is None
            break
        after = body["next_starting_after"]
    assert seen == sorted(seen) and len(seen) == len(set(seen)) == 7


def test_v2_document_names_every_operation(client):
    spec = client.get("/api/v2/openapi.json").get_json()
    operations = [op for path in spec["paths"].values() for op in path.values() if isinstance(op, dict)]
    assert {op["operationId"] for op in operations} >= {"listClients", "createClient", "getClient", "updateClient"}
    assert all(op.get("security") == [{"apiKey": []}] for op in operations)
