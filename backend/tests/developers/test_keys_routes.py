"""Can owners and admins make, list, read and revoke API keys, and set the studio's rate limit?"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.developers.keys import service
from fitnesscrm.developers.models import ApiKey
from fitnesscrm.extensions import db
from tests.factories import principal_for

URL = "/api/developers/keys"


def _make(api, **overrides):
    body = {"name": "Zapier", "scopes": ["clients:read", "sessions:write"], **overrides}
    return api.post(URL, json=body)


@pytest.mark.parametrize("role", ["owner", "admin"])
def test_create_key_shows_it_once_and_keeps_its_hash(client_as, studio, role):
    api = client_as(studio.users[role])
    response = _make(api)
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    key = body["key"]
    assert key.startswith(body["prefix"] + "_")
    assert body["scopes"] == [
        {"scope": "clients:read", "label": "Clients: read"},
        {"scope": "sessions:write", "label": "Sessions and series: write"},
    ]
    assert body["status"] == "active" and body["created_by_name"] == studio.users[role].full_name
    stored = db.session.get(ApiKey, body["id"])
    assert stored.secret_hash == hashlib.sha256(key.encode()).hexdigest()
    again = api.get(f"{URL}/{body['id']}").get_json()
    listed = api.get(URL).get_json()["items"]
    assert "key" not in again and all("key" not in item for item in listed)
    assert key not in str(again) + str(listed)
    # The key works, and only as far as its scopes.
    assert api.get("/api/v2/clients", headers={"Authorization": f"Bearer {key}"}).status_code == 200
    assert api.get("/api/v2/clients", headers={"Authorization": f"Bearer {key}"}).status_code == 200


@pytest.mark.parametrize("role", ["trainer", "client"])
def test_other_roles_cannot_see_or_make_keys(client_as, studio, role):
    api = client_as(studio.users[role])
    assert api.get(URL).status_code == 403
    assert _make(api).status_code == 403
    assert api.get(f"{URL}/scopes").status_code == 403


def test_anonymous_is_401(client):
    assert client.get(URL).status_code == 401
    assert client.post(URL, json={"name": "x", "scopes": ["clients:read"]}).status_code == 401


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"scopes": []}, "scopes"),
        ({"scopes": ["clients:delete"]}, "scopes"),
        ({"name": "  "}, "name"),
        ({"expires_at": "2020-01-01T00:00:00Z"}, "expires_at"),
        ({"expires_at": "tomorrow"}, "expires_at"),
    ],
)
def test_create_refuses_bad_input_with_422(client_as, studio, body, field):
    response = _make(client_as(studio.owner), **body)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


def test_no_scope_is_refused_in_a_sentence(client_as, studio):
    response = _make(client_as(studio.owner), scopes=[])
    assert response.get_json()["error"]["fields"] == {"scopes": ["Choose at least one scope."]}


def test_key_with_expiry_lists_it_and_becomes_expired(client_as, studio):
    api = client_as(studio.owner)
    expires = (datetime.now(UTC) + timedelta(days=30)).replace(microsecond=0)
    body = _make(api, expires_at=expires.isoformat()).get_json()
    assert datetime.fromisoformat(body["expires_at"]) == expires
    db.session.execute(
        db.update(ApiKey).where(ApiKey.id == body["id"]).values(expires_at=datetime.now(UTC) - timedelta(minutes=1))
    )
    db.session.expire_all()
    assert api.get(f"{URL}/{body['id']}").get_json()["status"] == "expired"


def test_revoke_stops_the_key_and_is_logged(client_as, studio):
    api = client_as(studio.admin)
    made = _make(api).get_json()
    response = api.post(f"{URL}/{made['id']}/revoke")
    assert response.status_code == 200 and response.get_json()["status"] == "revoked"
    assert response.get_json()["revoked_at"] is not None
    v2 = api.get("/api/v2/clients", headers={"Authorization": f"Bearer {made['key']}"})
    assert v2.status_code == 401 and v2.get_json()["error"]["code"] == "api_key_revoked"
    assert [item["id"] for item in api.get(URL).get_json()["items"]] == []
    assert [item["id"] for item in api.get(f"{URL}?include_revoked=true").get_json()["items"]] == [made["id"]]
    actions = db.session.scalars(
        db.select(ActivityEntry.action).where(
            ActivityEntry.entity_type == "api_key", ActivityEntry.entity_id == made["id"]
        )
    ).all()
    assert sorted(actions) == ["create", "revoke"]


def test_another_studios_key_is_404(client_as, studio, other_studio):
    theirs, _ = service.create(actor=principal_for(other_studio.owner), name="Theirs", scopes=["clients:read"])
    api = client_as(studio.owner)
    assert api.get(f"{URL}/{theirs.id}").status_code == 404
    assert api.post(f"{URL}/{theirs.id}/revoke").status_code == 404
    assert db.session.get(ApiKey, theirs.id).revoked_at is None


def test_last_use_is_shown_with_its_address(client_as, studio):
    api = client_as(studio.owner)
    made = _make(api).get_json()
    assert made["last_used_at"] is None and made["last_used_ip"] is None
    api.get("/api/v2/clients", headers={"Authorization": f"Bearer {made['key']}"})
    shown = api.get(f"{URL}/{made['id']}").get_json()
    assert shown["last_used_at"] is not None and shown["last_used_ip"] == "127.0.0.1"


def test_a_key_cannot_reach_the_key_routes(client_as, studio):
    _, key = service.create(actor=principal_for(studio.owner), name="Zapier", scopes=["clients:write"])
    response = client_as(studio.owner).get(URL, headers={"Authorization": f"Bearer {key}"})
    assert response.status_code == 401


def test_list_runs_the_same_statements_whatever_the_page_size(client_as, studio, count_statements):
    api = client_as(studio.owner)
    for n in range(2):
        _make(api, name=f"Key {n}")
    with count_statements() as few:
        assert len(api.get(URL).get_json()["items"]) == 2
    for n in range(6):
        _make(api, name=f"More {n}")
    with count_statements() as many:
        assert len(api.get(URL).get_json()["items"]) == 8
    assert many.count == few.count


def test_scope_catalogue_groups_read_and_write_per_resource(client_as, studio):
    resources = client_as(studio.admin).get(f"{URL}/scopes").get_json()["resources"]
    clients = next(group for group in resources if group["resource"] == "clients")
    assert clients == {
        "resource": "clients",
        "label": "Clients",
        "scopes": [{"scope": "clients:read", "label": "Read"}, {"scope": "clients:write", "label": "Write"}],
    }
    assert resources[-1]["scopes"] == [{"scope": "automation:run", "label": "Run"}]


def test_owner_sets_the_rate_limit_and_admin_only_reads_it(client_as, studio):
    owner, admin = client_as(studio.owner), client_as(studio.admin)
    assert owner.get("/api/developers/settings").get_json() == {
        "rate_limit_per_minute": None,
        "default_rate_limit": "10000 calls per minute",
    }
    assert admin.put("/api/developers/settings", json={"rate_limit_per_minute": 30}).status_code == 403
    assert owner.put("/api/developers/settings", json={"rate_limit_per_minute": 0}).status_code == 422
    response = owner.put("/api/developers/settings", json={"rate_limit_per_minute": 30})
    assert response.status_code == 200 and response.get_json()["rate_limit_per_minute"] == 30
    assert admin.get("/api/developers/settings").get_json()["rate_limit_per_minute"] == 30
    entry = db.session.scalars(db.select(ActivityEntry).where(ActivityEntry.entity_type == "api_settings")).one()
    assert entry.changes == {
        "rate_limit_per_minute": {
            "before": "The server's default (10000 calls per minute)",
            "after": "30 calls per minute",
        }
    }
    assert (
        owner.put("/api/developers/settings", json={"rate_limit_per_minute": None}).get_json()["rate_limit_per_minute"]
        is None
    )


def test_a_busy_key_notes_its_last_use_once_a_minute(client, studio, count_statements):
    _, key = service.create(actor=principal_for(studio.owner), name="Busy", scopes=["clients:read"])
    headers = {"Authorization": f"Bearer {key}"}
    with count_statements() as first:
        assert client.get("/api/v2/clients", headers=headers).status_code == 200
    with count_statements() as again:
        assert client.get("/api/v2/clients", headers=headers).status_code == 200
    # The first call writes the time and address; the next, from the same address within the minute, does not.
    assert again.count < first.count
    stored = db.session.get(ApiKey, db.session.scalar(db.select(ApiKey.id).where(ApiKey.name == "Busy")))
    assert stored.last_used_at is not None and str(stored.last_used_ip) == "127.0.0.1"
