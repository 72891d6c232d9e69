"""Can a key read program templates and clients' programs, and give a client a template, through /api/v2?"""

from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.extensions import db
from fitnesscrm.training.models import ProgramWorkout
from tests.api_v2.conftest import statements_by_limit, walk
from tests.training.factories import (
    ClientProgramFactory,
    ExerciseFactory,
    ProgramTemplateFactory,
    ProgramTemplateVersionFactory,
    program_content,
)

MONDAY = date.today() + timedelta(days=7 - date.today().weekday())


def _template(studio, **kwargs):
    exercise = ExerciseFactory(organization_id=studio.org.id)
    template = ProgramTemplateFactory(organization_id=studio.org.id, owner_user_id=studio.owner.id, **kwargs)
    ProgramTemplateVersionFactory(template_id=template.id, content=program_content([exercise.id], weeks=2, days=3))
    return template


def test_template_shows_its_current_document(api_as, studio, other_studio):
    template = _template(studio, name="Beginner strength")
    api = api_as("programs:read")
    body = api.get(f"/api/v2/program-templates/{template.id}").get_json()
    assert (body["object"], body["name"], body["version"]) == ("program_template", "Beginner strength", 1)
    assert len(body["content"]["weeks"]) == 2
    listed = api.get("/api/v2/program-templates").get_json()["data"]
    assert [item["id"] for item in listed] == [template.id]
    assert api.get(f"/api/v2/program-templates/{_template(other_studio).id}").status_code == 404


def test_create_program_copies_the_template_for_the_client(api_as, studio):
    template = _template(studio)
    api = api_as("programs:write")
    body = {"template_id": template.id, "client_id": studio.client.id, "start_date": MONDAY.isoformat()}
    response = api.post("/api/v2/programs", json=body)
    assert response.status_code == 201, response.get_json()
    program = response.get_json()
    assert (program["object"], program["client_id"], program["template_id"]) == (
        "program",
        studio.client.id,
        template.id,
    )
    assert program["status"] == "active" and len(program["content"]["weeks"]) == 2
    workouts = db.session.scalar(
        sa.select(sa.func.count()).select_from(ProgramWorkout).where(ProgramWorkout.client_program_id == program["id"])
    )
    assert workouts == 6
    assert db.session.scalar(
        sa.select(sa.func.count()).select_from(ActivityEntry).where(ActivityEntry.entity_id == program["id"])
    )
    assert api.post("/api/v2/programs", json=body).status_code == 409
    replaced = api.post("/api/v2/programs", json=body | {"replace_current": True})
    assert replaced.status_code == 201
    assert api.get(f"/api/v2/programs/{program['id']}").get_json()["status"] == "ended"
    assert [p["id"] for p in api.get("/api/v2/programs?status=active").get_json()["data"]] == [
        replaced.get_json()["id"]
    ]


def test_create_program_refuses_other_studios_and_bad_bodies(api_as, studio, other_studio):
    template = _template(studio)
    api = api_as("programs:write")
    body = {"template_id": template.id, "client_id": studio.client.id, "start_date": MONDAY.isoformat()}
    assert api.post("/api/v2/programs", json=body | {"template_id": _template(other_studio).id}).status_code == 404
    assert api.post("/api/v2/programs", json=body | {"client_id": other_studio.client.id}).status_code == 404
    assert api.post("/api/v2/programs", json=body | {"training_weekdays": [9]}).status_code == 422
    assert api.post("/api/v2/programs", json={"template_id": template.id}).status_code == 422


def test_another_studios_program_is_404(api_as, other_studio):
    theirs = ClientProgramFactory(organization_id=other_studio.org.id, client_id=other_studio.client.id, content={})
    assert api_as("programs:read").get(f"/api/v2/programs/{theirs.id}").status_code == 404
    assert api_as("programs:read").get("/api/v2/programs").get_json()["data"] == []


def test_programs_need_the_scope(client, api_as, studio):
    template = _template(studio)
    assert client.get("/api/v2/programs").status_code == 401
    body = {"template_id": template.id, "client_id": studio.client.id, "start_date": MONDAY.isoformat()}
    assert api_as("programs:read").post("/api/v2/programs", json=body).status_code == 403
    assert api_as("clients:read").get("/api/v2/program-templates").status_code == 403


def test_program_pages_and_statement_counts(api_as, studio, count_statements):
    content = program_content([ExerciseFactory(organization_id=studio.org.id).id])
    for _ in range(30):
        _template(studio)
        ClientProgramFactory(organization_id=studio.org.id, client_id=studio.client.id, content=content)
    api = api_as("programs:read")
    for url in ("/api/v2/programs", "/api/v2/program-templates"):
        ids = [item["id"] for item in walk(api, url, limit=7)]
        assert len(ids) == 30 and ids == sorted(set(ids))
        first, second = statements_by_limit(api, url, count_statements)
        assert first == second <= 5
