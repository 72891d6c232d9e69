"""Can staff list, create, save, version, compare, archive and duplicate templates, and nobody else?"""

from __future__ import annotations

import copy

import pytest
import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.extensions import db
from fitnesscrm.training.models import ProgramTemplate, ProgramTemplateVersion
from tests.training.factories import ExerciseFactory
from tests.training.programs.conftest import document


def create(api, library, **fields):
    body = {"name": "Strength A", "visibility": "studio", "content": document(library.back_squat.id), **fields}
    response = api.post("/api/programs", json=body)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_create_makes_version_1_with_keys_and_names(studio, client_as, library):
    body = create(client_as(studio.trainer_user), library, tags=["Strength", "strength", "3 Days"])
    assert body["current_version"] == 1
    assert body["tags"] == ["strength", "3 days"]
    assert body["can_edit"] is True and body["owner_name"] == studio.trainer_user.full_name
    assert body["week_count"] == 1 and body["days_per_week"] == 2
    day = body["content"]["weeks"][0]["days"][0]
    assert day["key"] and day["blocks"][0]["exercises"][0]["key"]
    assert body["exercises"] == [
        {
            "id": library.back_squat.id,
            "name": "Back Squat",
            "measurement": "reps_load",
            "equipment": ["barbell"],
            "archived": False,
        }
    ]
    versions = client_as(studio.owner).get(f"/api/programs/{body['id']}/versions").get_json()
    assert versions["items"][0]["created_by_name"] == studio.trainer_user.full_name
    entry = db.session.execute(
        sa.select(ActivityEntry).where(ActivityEntry.entity_type == "program_template")
    ).scalar_one()
    assert entry.action == "create" and entry.entity_label == "Strength A"


@pytest.mark.parametrize(
    "content",
    [
        {"weeks": []},
        {"weeks": [{"days": [{"name": "A", "blocks": [{"exercises": [{"exercise_id": 1}]}]}]}], "extra": 1},
        {"weeks": [{"days": [{"name": "A", "bogus": True}]}]},
        {"weeks": [{"days": [{"name": "A"}] * 8}]},
        {"weeks": [{"days": []}] * 53},
        {"weeks": [{"days": [{"name": "A", "blocks": [{"exercises": [{"exercise_id": "1"}]}]}]}]},
        {
            "weeks": [
                {
                    "days": [
                        {
                            "name": "A",
                            "blocks": [{"kind": "single", "exercises": [{"exercise_id": 1}, {"exercise_id": 1}]}],
                        }
                    ]
                }
            ]
        },
        {
            "weeks": [
                {
                    "days": [
                        {"name": "A", "blocks": [{"exercises": [{"exercise_id": 1, "prescription": {"sets": 5000}}]}]}
                    ]
                }
            ]
        },
        {
            "weeks": [
                {
                    "days": [
                        {
                            "name": "A",
                            "blocks": [
                                {
                                    "exercises": [
                                        {"exercise_id": 1, "prescription": {"load": {"type": "kg", "value": 5000}}}
                                    ]
                                }
                            ],
                        }
                    ]
                }
            ]
        },
        {"weeks": [{"key": "not-a-uuid", "days": []}]},
        "a program",
    ],
)
def test_create_refuses_malformed_documents_and_writes_nothing(studio, client_as, content):
    response = client_as(studio.owner).post("/api/programs", json={"name": "Bad", "content": content})
    assert response.status_code == 422
    assert response.get_json()["error"]["code"] == "validation_error"
    assert db.session.execute(sa.select(sa.func.count()).select_from(ProgramTemplate)).scalar_one() == 0


def test_create_refuses_exercises_outside_the_library_naming_them(studio, other_studio, client_as, library):
    foreign = ExerciseFactory(organization_id=other_studio.org.id)
    archived = ExerciseFactory(organization_id=studio.org.id, name="Old Lift", archived_at=sa.func.now())
    api = client_as(studio.owner)
    response = api.post("/api/programs", json={"name": "X", "content": document(library.plank.id, foreign.id)})
    assert response.status_code == 422
    assert f"Exercise {foreign.id} is not in your library." == response.get_json()["error"]["message"]
    response = api.post("/api/programs", json={"name": "X", "content": document(archived.id)})
    assert response.status_code == 422
    assert "Old Lift" in response.get_json()["error"]["message"]


def test_save_makes_a_version_with_a_summary_and_an_identical_save_none(studio, client_as, library):
    api = client_as(studio.owner)
    template = create(api, library)
    content = copy.deepcopy(template["content"])
    content["weeks"][0]["days"][0]["blocks"][0]["exercises"][0]["prescription"]["sets"] = 4
    body = {"name": "Strength A", "visibility": "studio", "content": content, "base_version": 1}
    saved = api.put(f"/api/programs/{template['id']}", json=body).get_json()
    assert saved["current_version"] == 2
    again = api.put(f"/api/programs/{template['id']}", json=body | {"base_version": 2}).get_json()
    assert again["current_version"] == 2
    versions = api.get(f"/api/programs/{template['id']}/versions").get_json()["items"]
    assert [version["number"] for version in versions] == [2, 1]
    assert versions[0]["summary"] == ["Week 1 · Day 1 (Day 1): Back Squat 3 × 5 → 4 × 5"]
    compared = api.get(f"/api/programs/{template['id']}/compare?from=2&to=1").get_json()
    assert compared["changes"] == ["Week 1 · Day 1 (Day 1): Back Squat 4 × 5 → 3 × 5"]
    assert compared["from"]["number"] == 2
    assert api.get(f"/api/programs/{template['id']}/versions/1").get_json()["content"] == template["content"]
    stale = api.put(f"/api/programs/{template['id']}", json=body | {"base_version": 1})
    assert stale.status_code == 409


def test_compare_and_version_refuse_unknown_numbers(studio, client_as, library):
    api = client_as(studio.owner)
    template = create(api, library)
    assert api.get(f"/api/programs/{template['id']}/compare?from=1&to=9").status_code == 404
    assert api.get(f"/api/programs/{template['id']}/compare?from=x&to=1").status_code == 422
    assert api.get(f"/api/programs/{template['id']}/compare?from=1").status_code == 422
    assert api.get(f"/api/programs/{template['id']}/versions/2").status_code == 404


def test_a_trainer_sees_shared_and_own_templates_but_edits_only_their_own(studio, client_as, library):
    owner_private = create(client_as(studio.owner), library, name="Owner private", visibility="private")
    owner_shared = create(client_as(studio.owner), library, name="Owner shared")
    trainer = client_as(studio.trainer_user)
    names = [item["name"] for item in trainer.get("/api/programs").get_json()["items"]]
    assert names == ["Owner shared"]
    assert trainer.get(f"/api/programs/{owner_private['id']}").status_code == 404
    shared = trainer.get(f"/api/programs/{owner_shared['id']}").get_json()
    assert shared["can_edit"] is False
    body = {"name": "Mine now", "content": shared["content"]}
    assert trainer.put(f"/api/programs/{owner_shared['id']}", json=body).status_code == 403
    assert trainer.post(f"/api/programs/{owner_shared['id']}/archive").status_code == 403
    copy_ = trainer.post(f"/api/programs/{owner_shared['id']}/duplicate").get_json()
    assert copy_["name"] == "Copy of Owner shared" and copy_["can_edit"] and copy_["visibility"] == "private"
    assert client_as(studio.client_user).get("/api/programs").status_code == 403


def test_list_filters_and_archive_restore(studio, client_as, library):
    api = client_as(studio.owner)
    create(api, library, name="Bench focus", category="Strength", tags=["upper"])
    other = create(api, library, name="Run club", category="Cardio", tags=["endurance"], visibility="private")

    def names(query):
        return [item["name"] for item in api.get(f"/api/programs?{query}").get_json()["items"]]

    assert names("q=bench") == ["Bench focus"]
    assert names("q=100%25") == []
    assert names("category=cardio") == ["Run club"]
    assert names("tag=UPPER") == ["Bench focus"]
    assert names("visibility=private") == ["Run club"]
    assert api.post(f"/api/programs/{other['id']}/archive").get_json()["archived_at"]
    assert names("") == ["Bench focus"]
    assert names("status=archived") == ["Run club"]
    body = {"name": "Run club", "content": other["content"]}
    assert api.put(f"/api/programs/{other['id']}", json=body).status_code == 409
    assert api.post(f"/api/programs/{other['id']}/restore").get_json()["archived_at"] is None
    assert api.get("/api/programs?status=everything").status_code == 422
    assert api.get("/api/programs?per_page=1000").status_code == 422


def test_list_and_get_statement_counts_do_not_grow(studio, client_as, library, count_statements):
    api = client_as(studio.owner)
    for n in range(3):
        create(api, library, name=f"P{n}", content=document(library.back_squat.id, library.plank.id, weeks=1))
    big = create(
        api,
        library,
        name="Big",
        content=document(library.back_squat.id, library.plank.id, library.bench_press.id, weeks=12, days=5),
    )
    small = create(api, library, name="Small")
    with count_statements() as one:
        assert api.get("/api/programs?per_page=1").status_code == 200
    with count_statements() as many:
        assert len(api.get("/api/programs?per_page=100").get_json()["items"]) == 5
    assert one.count == many.count
    with count_statements() as small_get:
        api.get(f"/api/programs/{small['id']}")
    with count_statements() as big_get:
        body = api.get(f"/api/programs/{big['id']}").get_json()
    assert small_get.count == big_get.count
    assert body["week_count"] == 12 and body["days_per_week"] == 5 and len(body["exercises"]) == 3


def test_another_studio_sees_none_of_it(studio, other_studio, client_as, library):
    template = create(client_as(studio.owner), library)
    stranger = client_as(other_studio.owner)
    assert stranger.get("/api/programs").get_json()["items"] == []
    for path in ("", "/versions", "/versions/1", "/compare?from=1&to=1"):
        assert stranger.get(f"/api/programs/{template['id']}{path}").status_code == 404
    assert stranger.post(f"/api/programs/{template['id']}/duplicate").status_code == 404
    assert db.session.execute(sa.select(sa.func.count()).select_from(ProgramTemplateVersion)).scalar_one() == 1
