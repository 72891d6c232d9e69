"""Does an Idempotency-Key make a retried /api/v2 write return its first answer, and refuse a reused key?"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from fitnesscrm.api_v2 import idempotency
from fitnesscrm.clients.models import Client
from fitnesscrm.developers.keys import service
from fitnesscrm.developers.keys.models import IdempotencyRecord
from fitnesscrm.extensions import db
from tests.factories import principal_for


@pytest.fixture
def key(studio):
    return service.create(actor=principal_for(studio.owner), name="Zapier", scopes=["clients:write"])[1]


def _post(client, key, body, idempotency_key=None):
    headers = {"Authorization": f"Bearer {key}"}
    if idempotency_key is not None:
        headers["Idempotency-Key"] = idempotency_key
    return client.post("/api/v2/clients", json=body, headers=headers)


def _clients_named(first_name):
    return db.session.scalar(sa.select(sa.func.count()).where(Client.first_name == first_name))


def test_same_key_and_body_replays_the_first_answer(client, key):
    first = _post(client, key, {"first_name": "Ada", "last_name": "Byron"}, "order-1")
    assert first.status_code == 201 and "Idempotent-Replayed" not in first.headers
    # The same body with its keys in another order and other spacing is the same request.
    again = client.post(
        "/api/v2/clients",
        data='{ "last_name": "Byron",  "first_name": "Ada" }',
        content_type="application/json",
        headers={"Authorization": f"Bearer {key}", "Idempotency-Key": "order-1"},
    )
    assert again.status_code == 201 and again.headers["Idempotent-Replayed"] == "true"
    assert again.get_json() == first.get_json()
    assert _clients_named("Ada") == 1


def test_same_key_with_another_body_is_409(client, key):
    assert _post(client, key, {"first_name": "Ada", "last_name": "Byron"}, "order-2").status_code == 201
    response = _post(client, key, {"first_name": "Grace", "last_name": "Hopper"}, "order-2")
    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "idempotency_key_reused"
    assert _clients_named("Grace") == 0


def test_same_key_on_another_operation_is_409(client, key, studio):
    assert _post(client, key, {"first_name": "Ada", "last_name": "Byron"}, "order-3").status_code == 201
    response = client.patch(
        f"/api/v2/clients/{studio.client.id}",
        json={"first_name": "Ada", "last_name": "Byron"},
        headers={"Authorization": f"Bearer {key}", "Idempotency-Key": "order-3"},
    )
    assert response.status_code == 409 and response.get_json()["error"]["code"] == "idempotency_key_reused"


def test_without_a_key_every_request_runs(client, key):
    for _ in range(2):
        assert _post(client, key, {"first_name": "Ada", "last_name": "Byron"}).status_code == 201
    assert _clients_named("Ada") == 2


def test_a_validation_error_is_replayed_too(client, key):
    first = _post(client, key, {"first_name": "Ada"}, "order-4")
    assert first.status_code == 422
    again = _post(client, key, {"first_name": "Ada"}, "order-4")
    assert again.status_code == 422 and again.headers["Idempotent-Replayed"] == "true"
    assert again.get_json() == first.get_json()


def test_a_key_still_running_is_409_in_progress(client, key, studio):
    db.session.add(
        IdempotencyRecord(
            organization_id=studio.org.id, key="order-5", method="POST", path="/api/v2/clients", body_hash="x"
        )
    )
    db.session.flush()
    response = _post(client, key, {"first_name": "Ada", "last_name": "Byron"}, "order-5")
    assert response.status_code == 409
    body = response.get_json()["error"]
    # The body differs from the stored hash, so the reuse is what is reported; with the same body, in progress.
    assert body["code"] == "idempotency_key_reused"
    record = db.session.scalars(sa.select(IdempotencyRecord).where(IdempotencyRecord.key == "order-5")).one()
    record.body_hash = hashlib.sha256(b'{"first_name":"Ada","last_name":"Byron"}').hexdigest()
    db.session.flush()
    response = _post(client, key, {"first_name": "Ada", "last_name": "Byron"}, "order-5")
    assert response.status_code == 409 and response.get_json()["error"]["code"] == "idempotency_in_progress"
    assert _clients_named("Ada") == 0


def test_keys_are_per_studio(client, key, other_studio):
    _, theirs = service.create(actor=principal_for(other_studio.owner), name="Zapier", scopes=["clients:write"])
    assert _post(client, key, {"first_name": "Ada", "last_name": "Byron"}, "shared").status_code == 201
    response = _post(client, theirs, {"first_name": "Ada", "last_name": "Byron"}, "shared")
    assert response.status_code == 201 and "Idempotent-Replayed" not in response.headers
    assert _clients_named("Ada") == 2


def test_an_expired_record_is_forgotten_and_pruned(client, key, studio):
    assert _post(client, key, {"first_name": "Ada", "last_name": "Byron"}, "order-6").status_code == 201
    db.session.execute(
        sa.update(IdempotencyRecord)
        .where(IdempotencyRecord.key == "order-6")
        .values(created_at=datetime.now(UTC) - timedelta(hours=25))
    )
    again = _post(client, key, {"first_name": "Ada", "last_name": "Byron"}, "order-6")
    assert again.status_code == 201 and "Idempotent-Replayed" not in again.headers
    assert _clients_named("Ada") == 2
    db.session.execute(sa.update(IdempotencyRecord).values(created_at=datetime.now(UTC) - timedelta(hours=25)))
    assert idempotency.prune() >= 1
    assert db.session.scalar(sa.select(sa.func.count()).select_from(IdempotencyRecord)) == 0


def test_a_server_error_releases_the_key(client, key, monkeypatch):
    from fitnesscrm.clients import service as clients

    def broken(**_kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(clients, "create", broken)
    assert _post(client, key, {"first_name": "Ada", "last_name": "Byron"}, "order-7").status_code == 500
    assert db.session.scalar(sa.select(sa.func.count()).where(IdempotencyRecord.key == "order-7")) == 0
    monkeypatch.undo()
    assert _post(client, key, {"first_name": "Ada", "last_name": "Byron"}, "order-7").status_code == 201


@pytest.mark.parametrize("value", ["", "x" * 256])
def test_a_bad_key_is_422(client, key, value):
    response = _post(client, key, {"first_name": "Ada", "last_name": "Byron"}, value)
    assert response.status_code == 422 and "Idempotency-Key" in response.get_json()["error"]["fields"]


def test_the_document_declares_the_header_on_writes_only(client):
    spec = client.get("/api/v2/openapi.json").get_json()
    for operations in spec["paths"].values():
        for method, op in operations.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            names = [parameter.get("name") for parameter in op.get("parameters", [])]
            assert ("Idempotency-Key" in names) == (method in ("post", "patch")), op["operationId"]
            assert "429" in op["responses"]
