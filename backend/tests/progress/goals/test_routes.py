"""Who may set, change, abandon and read goals, and what bad input gets back."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fitnesscrm.extensions import db
from tests.factories import UserFactory
from tests.progress.goals.conftest import today


def goals_url(client_id):
    return f"/api/clients/{client_id}/goals"


@pytest.fixture
def goal(studio, feeds, client_as):
    response = client_as(studio.trainer_user).post(
        goals_url(studio.client.id), json={"kind": "attendance", "sessions_per_week": 2, "weeks": 6}
    )
    assert response.status_code == 201
    return response.get_json()


def test_client_reads_their_own_goals_but_may_not_set_one(studio, goal, client_as):
    api = client_as(studio.client_user)
    assert api.get(goals_url(studio.client.id)).get_json()["items"][0]["id"] == goal["id"]
    response = api.post(goals_url(studio.client.id), json={"kind": "attendance", "sessions_per_week": 1, "weeks": 1})
    assert response.status_code == 403
    assert api.patch(f"/api/goals/{goal['id']}", json={"title": "Mine"}).status_code == 403
    assert api.post(f"/api/goals/{goal['id']}/abandon").status_code == 403


def test_other_studios_are_refused_on_every_path(studio, other_studio, goal, client_as):
    api = client_as(other_studio.owner)
    assert api.get(goals_url(studio.client.id)).status_code == 404
    assert api.get(f"/api/goals/{goal['id']}").status_code == 404
    assert api.patch(f"/api/goals/{goal['id']}", json={"title": "x"}).status_code == 404
    assert api.post(f"/api/goals/{goal['id']}/abandon").status_code == 404
    body = {"kind": "attendance", "sessions_per_week": 1, "weeks": 1}
    assert api.post(goals_url(studio.client.id), json=body).status_code == 404


def test_client_may_not_read_another_clients_goals(studio, goal, client_as):
    assert client_as(studio.client_user).get(goals_url(studio.other_client.id)).status_code == 404


def test_trainer_sees_only_their_clients_goals(studio, goal, client_as):
    other_trainer_user = UserFactory(organization_id=studio.org.id, role="trainer")
    studio.other_trainer.user_id = other_trainer_user.id
    db.session.commit()
    api = client_as(other_trainer_user)
    assert api.get(f"/api/goals/{goal['id']}").status_code == 404
    assert api.get(goals_url(studio.client.id)).status_code == 404


def test_abandon_then_change_is_a_conflict(studio, goal, client_as):
    api = client_as(studio.admin)
    abandoned = api.post(f"/api/goals/{goal['id']}/abandon")
    assert abandoned.status_code == 200 and abandoned.get_json()["status"] == "abandoned"
    assert api.post(f"/api/goals/{goal['id']}/abandon").status_code == 409
    assert api.patch(f"/api/goals/{goal['id']}", json={"weeks": 2}).status_code == 409
    listed = api.get(goals_url(studio.client.id) + "?status=abandoned").get_json()
    assert [item["id"] for item in listed["items"]] == [goal["id"]]


def test_change_updates_the_title_that_followed_the_target(studio, goal, client_as):
    body = client_as(studio.trainer_user).patch(f"/api/goals/{goal['id']}", json={"weeks": 8, "milestones": [4]})
    assert body.status_code == 200, body.get_json()
    changed = body.get_json()
    assert changed["title"] == "2 sessions a week for 8 weeks"
    assert [m["label"] for m in changed["milestones"]] == ["4 weeks met"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "measurement", "target_value": 70}, "measurement_type_id"),
        ({"kind": "lift", "exercise_id": 2_000_000, "target_value": 70}, "exercise_id"),
        ({"kind": "habit_streak", "habit_id": 2_000_000, "target_value": 7}, "habit_id"),
        ({"kind": "attendance", "sessions_per_week": 2}, "weeks"),
        ({"kind": "attendance", "sessions_per_week": 2, "weeks": 4, "target_date": "2000-01-01"}, "target_date"),
        ({"kind": "nope"}, "kind"),
    ],
)
def test_bad_goals_are_refused_with_the_field(studio, feeds, client_as, body, field):
    response = client_as(studio.trainer_user).post(goals_url(studio.client.id), json=body)
    assert response.status_code == 422
    assert field in str(response.get_json())


def test_streak_of_another_clients_habit_is_refused(studio, feeds, client_as):
    habit = feeds.habit(client=studio.other_client)
    body = {"kind": "habit_streak", "habit_id": habit.id, "target_value": 7}
    response = client_as(studio.owner).post(goals_url(studio.client.id), json=body)
    assert response.status_code == 422


def test_milestones_must_lie_between_start_and_target(studio, feeds, client_as):
    feeds.measure(80, on=today() - timedelta(days=1))
    body = {"kind": "measurement", "measurement_type_id": feeds.weight.id, "target_value": 75, "milestones": [82]}
    response = client_as(studio.owner).post(goals_url(studio.client.id), json=body)
    assert response.status_code == 422
    assert "Each strictly between 80 kg and 75 kg" not in str(response.get_json())
    assert "strictly between 75 kg and 80 kg" in str(response.get_json())


def test_options_list_types_with_the_latest_value_and_the_clients_habits(studio, feeds, client_as):
    feeds.measure(80, on=today() - timedelta(days=2))
    feeds.habit("Walk 8,000 steps")
    feeds.habit("Other's habit", client=studio.other_client)
    studio.owner.weight_unit = "lb"
    db.session.commit()
    body = client_as(studio.owner).get(goals_url(studio.client.id) + "/options").get_json()
    weight = next(kind for kind in body["measurement_types"] if kind["name"] == "Weight")
    assert (weight["unit"], weight["latest_value"]) == ("lb", 176.4)
    assert [habit["name"] for habit in body["habits"]] == ["Walk 8,000 steps"]
    assert body["weight_unit"] == "lb"
    assert client_as(studio.client_user).get(goals_url(studio.client.id) + "/options").status_code == 403
