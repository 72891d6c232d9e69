"""Can a key list, start and end trainer assignments through /api/v2/assignments?"""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.assignments.models import Assignment
from fitnesscrm.extensions import db
from tests.api_v2.conftest import statements_by_limit, walk
from tests.factories import AssignmentFactory, ClientFactory


def _assignment_of(client_id: int) -> Assignment:
    return db.session.scalars(sa.select(Assignment).where(Assignment.client_id == client_id)).one()


def test_list_assignments_filters_by_client_and_trainer(api_as, studio, other_studio):
    api = api_as("assignments:read")
    body = api.get("/api/v2/assignments").get_json()
    assert {(item["client_id"], item["trainer_id"]) for item in body["data"]} == {
        (studio.client.id, studio.trainer.id),
        (studio.other_client.id, studio.other_trainer.id),
    }
    mine = api.get(f"/api/v2/assignments?trainer_id={studio.trainer.id}").get_json()["data"]
    assert [item["client_id"] for item in mine] == [studio.client.id]
    theirs = api.get(f"/api/v2/assignments?client_id={other_studio.client.id}").get_json()["data"]
    assert theirs == []


def test_create_assignment_uses_the_rules_and_records_activity(api_as, studio):
    api = api_as("assignments:write")
    response = api.post(
        "/api/v2/assignments",
        json={"client_id": studio.client.id, "trainer_id": studio.other_trainer.id, "is_primary": True},
    )
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["object"] == "assignment" and body["is_primary"] is True and body["ended_at"] is None
    again = api.post("/api/v2/assignments", json={"client_id": studio.client.id, "trainer_id": studio.other_trainer.id})
    assert again.status_code == 409
    assert db.session.scalar(
        sa.select(sa.func.count())
        .select_from(ActivityEntry)
        .where(ActivityEntry.organization_id == studio.org.id, ActivityEntry.entity_id == studio.client.id)
    )


def test_create_assignment_with_another_studios_ids_is_404(api_as, studio, other_studio):
    api = api_as("assignments:write")
    response = api.post(
        "/api/v2/assignments", json={"client_id": other_studio.client.id, "trainer_id": studio.trainer.id}
    )
    assert response.status_code == 404
    response = api.post(
        "/api/v2/assignments", json={"client_id": studio.client.id, "trainer_id": other_studio.trainer.id}
    )
    assert response.status_code == 404


def test_end_assignment_keeps_it_as_history(api_as, studio):
    api = api_as("assignments:write")
    assignment = _assignment_of(studio.client.id)
    response = api.post(f"/api/v2/assignments/{assignment.id}/end")
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["ended_at"] is not None
    assert api.get(f"/api/v2/assignments?status=current&client_id={studio.client.id}").get_json()["data"] == []
    ended = api.get(f"/api/v2/assignments?status=ended&client_id={studio.client.id}").get_json()["data"]
    assert [item["id"] for item in ended] == [assignment.id]
    assert api.post(f"/api/v2/assignments/{assignment.id}/end").status_code == 409


def test_get_or_end_another_studios_assignment_is_404(api_as, other_studio):
    api = api_as("assignments:write")
    assignment = _assignment_of(other_studio.client.id)
    assert api.get(f"/api/v2/assignments/{assignment.id}").status_code == 404
    assert api.post(f"/api/v2/assignments/{assignment.id}/end").status_code == 404
    assert _assignment_of(other_studio.client.id).ended_at is None


def test_assignments_need_the_scope(client, api_as, studio):
    assert client.get("/api/v2/assignments").status_code == 401
    reader = api_as("assignments:read")
    response = reader.post("/api/v2/assignments", json={"client_id": studio.client.id, "trainer_id": 1})
    assert response.status_code == 403
    assert api_as("trainers:read").get("/api/v2/assignments").status_code == 403


def test_create_assignment_validates_its_body(api_as, studio):
    api = api_as("assignments:write")
    assert api.post("/api/v2/assignments", json={"client_id": studio.client.id}).status_code == 422
    body = {"client_id": studio.client.id, "trainer_id": studio.trainer.id, "colour": "red"}
    assert api.post("/api/v2/assignments", json=body).status_code == 422


def test_assignment_pages_and_statement_count(api_as, studio, count_statements):
    for client in ClientFactory.create_batch(30, organization_id=studio.org.id):
        AssignmentFactory(organization_id=studio.org.id, client_id=client.id, trainer_id=studio.trainer.id)
    api = api_as("assignments:read")
    ids = [item["id"] for item in walk(api, "/api/v2/assignments", limit=7)]
    assert ids == sorted(set(ids)) and len(ids) == 32
    first, second = statements_by_limit(api, "/api/v2/assignments", count_statements)
    assert first == second <= 4
