"""Can a key read the studio's trainers through /api/v2/trainers, and only its own studio's?"""

from __future__ import annotations

from datetime import UTC, datetime

from fitnesscrm.extensions import db
from tests.api_v2.conftest import statements_by_limit, walk
from tests.factories import TrainerFactory


def test_list_trainers_shows_active_trainers_of_the_studio(api_as, studio, other_studio):
    body = api_as("trainers:read").get("/api/v2/trainers").get_json()
    assert body["object"] == "list"
    assert [item["id"] for item in body["data"]] == sorted([studio.trainer.id, studio.other_trainer.id])
    item = body["data"][0]
    assert item["object"] == "trainer" and item["first_name"] == studio.trainer.first_name
    assert set(item) == {
        "object", "id", "first_name", "last_name", "email", "phone", "specializations", "bio",
        "archived_at", "created_at", "updated_at",
    }  # fmt: skip


def test_list_trainers_filters_archived_and_email(api_as, studio):
    studio.other_trainer.archived_at = datetime.now(UTC)
    db.session.flush()
    api = api_as("trainers:read")
    archived = api.get("/api/v2/trainers?status=archived").get_json()["data"]
    assert [item["id"] for item in archived] == [studio.other_trainer.id]
    assert len(api.get("/api/v2/trainers?status=all").get_json()["data"]) == 2
    found = api.get(f"/api/v2/trainers?email={studio.trainer.email.upper()}").get_json()["data"]
    assert [item["id"] for item in found] == [studio.trainer.id]


def test_get_trainer_of_another_studio_is_404(api_as, studio, other_studio):
    api = api_as("trainers:read")
    assert api.get(f"/api/v2/trainers/{studio.trainer.id}").get_json()["email"] == studio.trainer.email
    response = api.get(f"/api/v2/trainers/{other_studio.trainer.id}")
    assert response.status_code == 404 and response.get_json()["error"]["code"] == "not_found"


def test_trainers_need_a_key_with_the_scope(client, api_as, studio):
    assert client.get("/api/v2/trainers").status_code == 401
    response = api_as("clients:read").get(f"/api/v2/trainers/{studio.trainer.id}")
    assert response.status_code == 403 and response.get_json()["error"]["code"] == "scope_missing"
    assert api_as("trainers:write").get("/api/v2/trainers").status_code == 200


def test_trainer_pages_walk_every_trainer_once(api_as, studio):
    TrainerFactory.create_batch(5, organization_id=studio.org.id)
    ids = [item["id"] for item in walk(api_as("trainers:read"), "/api/v2/trainers")]
    assert ids == sorted(set(ids)) and len(ids) == 7


def test_bad_list_arguments_are_422(api_as):
    api = api_as("trainers:read")
    assert api.get("/api/v2/trainers?status=gone").status_code == 422
    assert api.get("/api/v2/trainers?limit=101").status_code == 422


def test_trainer_list_statements_do_not_grow_with_the_page(api_as, studio, count_statements):
    TrainerFactory.create_batch(30, organization_id=studio.org.id)
    api = api_as("trainers:read")
    first, second = statements_by_limit(api, "/api/v2/trainers", count_statements)
    assert first == second <= 4
