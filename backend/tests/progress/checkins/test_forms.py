"""Check-in forms and assignments: question validation, stable keys, who may build, assign and archive."""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.extensions import db
from fitnesscrm.progress.models import CheckInAssignment
from tests.factories import TrainerFactory, UserFactory

FORM = {
    "name": "Weekly check-in",
    "questions": [
        {"kind": "scale", "label": "Energy", "required": True},
        {"kind": "number", "label": "Weight", "min": 30, "max": 300},
        {"kind": "choice", "label": "Nutrition", "options": ["On plan", " Off ", "on plan"]},
        {"kind": "photo", "label": "Front photo"},
    ],
}


def _question(**changes):
    return {"name": "Form", "questions": [{"kind": "scale", "label": "Energy", **changes}]}


def test_coach_builds_a_form_and_new_questions_get_keys(studio, client_as):
    created = client_as(studio.trainer_user).post("/api/check-in-forms", json=FORM)
    assert created.status_code == 201, created.get_json()
    questions = created.get_json()["questions"]
    assert [question["kind"] for question in questions] == ["scale", "number", "choice", "photo"]
    assert len({question["key"] for question in questions}) == 4
    assert questions[2]["options"] == ["On plan", "Off"]
    assert (questions[1]["min"], questions[1]["max"]) == (30, 300)
    assert "options" not in questions[0] and questions[0]["required"] is True


def test_keys_stay_when_questions_are_edited_and_reordered(studio, client_as):
    api = client_as(studio.trainer_user)
    form = api.post("/api/check-in-forms", json=FORM).get_json()
    reordered = [form["questions"][2], form["questions"][0], {"kind": "long_text", "label": "Anything else?"}]
    changed = api.patch(f"/api/check-in-forms/{form['id']}", json={"questions": reordered}).get_json()
    assert [question["key"] for question in changed["questions"][:2]] == [
        form["questions"][2]["key"],
        form["questions"][0]["key"],
    ]
    assert changed["questions"][2]["key"] not in {question["key"] for question in form["questions"]}


def test_questions_are_validated_by_kind(studio, client_as):
    api = client_as(studio.owner)
    cases = [
        {"name": "Form", "questions": []},
        _question(kind="choice", options=["Only one"]),
        _question(options=["A", "B"]),
        _question(min=1),
        _question(kind="number", min=10, max=5),
        _question(kind="riddle"),
        _question(label="   "),
        _question(key="Not A Key"),
        {
            "name": "Form",
            "questions": [{"key": "a", "kind": "scale", "label": "A"}, {"key": "a", "kind": "scale", "label": "B"}],
        },
        {"name": "Form", "questions": [{"kind": "scale", "label": "Q"}] * 41},
    ]
    for body in cases:
        response = api.post("/api/check-in-forms", json=body)
        assert response.status_code == 422, body
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ActivityEntry)) == 0


def test_clients_may_not_read_or_build_forms(studio, client_as, form):
    api = client_as(studio.client_user)
    assert api.get("/api/check-in-forms").status_code == 403
    assert api.post("/api/check-in-forms", json=FORM).status_code == 403
    assert api.get(f"/api/check-in-forms/{form.id}").status_code == 403


def test_another_studio_does_not_see_the_form(studio, other_studio, client_as, form):
    api = client_as(other_studio.owner)
    assert api.get(f"/api/check-in-forms/{form.id}").status_code == 404
    assert api.get("/api/check-in-forms").get_json()["items"] == []


def test_only_the_author_or_a_manager_changes_a_form(studio, client_as, form):
    other = UserFactory(organization_id=studio.org.id, role="trainer")
    TrainerFactory(organization_id=studio.org.id, user_id=other.id)
    assert client_as(other).patch(f"/api/check-in-forms/{form.id}", json={"name": "Mine"}).status_code == 403
    assert client_as(studio.admin).patch(f"/api/check-in-forms/{form.id}", json={"name": "Ours"}).status_code == 200


def test_assigning_replaces_the_active_assignment(studio, client_as, form):
    api = client_as(studio.trainer_user)
    url = f"/api/clients/{studio.client.id}/check-in-assignment"
    first = api.put(url, json={"form_id": form.id, "weekday": 7})
    assert first.status_code == 200, first.get_json()
    assert first.get_json()["weekday_name"] == "Sunday"
    second = api.put(url, json={"form_id": form.id, "weekday": 1, "starts_on": "2026-01-05"}).get_json()
    rows = db.session.execute(sa.select(CheckInAssignment).order_by(CheckInAssignment.id)).scalars().all()
    assert [row.ended_at is None for row in rows] == [False, True]
    assert second["weekday_name"] == "Monday"
    entries = (
        db.session.execute(
            sa.select(ActivityEntry).where(ActivityEntry.action == "assign_check_in").order_by(ActivityEntry.id)
        )
        .scalars()
        .all()
    )
    assert entries[1].changes["weekday"] == {"before": "Sunday", "after": "Monday"}
    assert api.delete(url).status_code == 204
    assert api.delete(url).status_code == 404


def test_a_form_in_use_cannot_be_archived(studio, client_as, form, assign):
    assign()
    api = client_as(studio.trainer_user)
    refused = api.post(f"/api/check-in-forms/{form.id}/archive")
    assert refused.status_code == 409
    assert "1 client answers this form" in refused.get_json()["error"]["message"]
    api.delete(f"/api/clients/{studio.client.id}/check-in-assignment")
    assert api.post(f"/api/check-in-forms/{form.id}/archive").get_json()["archived_at"] is not None
    assign_archived = api.put(
        f"/api/clients/{studio.client.id}/check-in-assignment", json={"form_id": form.id, "weekday": 1}
    )
    assert assign_archived.status_code == 409


def test_trainer_cannot_assign_to_a_client_they_do_not_coach(studio, client_as, form):
    response = client_as(studio.trainer_user).put(
        f"/api/clients/{studio.other_client.id}/check-in-assignment", json={"form_id": form.id, "weekday": 1}
    )
    assert response.status_code == 404


def test_another_studios_form_cannot_be_assigned(studio, other_studio, client_as, form):
    response = client_as(other_studio.owner).put(
        f"/api/clients/{other_studio.client.id}/check-in-assignment", json={"form_id": form.id, "weekday": 1}
    )
    assert response.status_code == 404
