"""Comments on workouts: who reads, writes, edits and deletes them, and the activity entry."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.extensions import db
from tests.factories import TrainerFactory, UserFactory
from tests.training.factories import WorkoutCommentFactory, WorkoutLogFactory


@pytest.fixture
def workout(studio):
    at = datetime(2026, 6, 1, 8, tzinfo=UTC)
    return WorkoutLogFactory(organization_id=studio.org.id, client_id=studio.client.id, name="Upper body",
                             started_at=at, finished_at=at)  # fmt: skip


def _url(workout, comment_id=None):
    url = f"/api/workouts/{workout.id}/comments"
    return f"{url}/{comment_id}" if comment_id else url


def test_coach_comments_and_the_client_reads_and_replies(studio, workout, client_as):
    coach = client_as(studio.trainer_user)
    posted = coach.post(_url(workout), json={"body": "  Great depth on the squats.  "})
    assert posted.status_code == 201
    assert posted.get_json()["body"] == "Great depth on the squats."
    assert posted.get_json()["author_name"] == studio.trainer_user.full_name
    client = client_as(studio.client_user)
    assert client.post(_url(workout), json={"body": "Thanks!"}).status_code == 201
    body = client.get(_url(workout)).get_json()
    assert [item["body"] for item in body["items"]] == ["Great depth on the squats.", "Thanks!"]
    assert [item["is_mine"] for item in body["items"]] == [False, True]
    assert [item["can_delete"] for item in body["items"]] == [False, True]


def test_comment_records_an_activity_entry_about_the_client(studio, workout, client_as):
    client_as(studio.trainer_user).post(_url(workout), json={"body": "Nice work."})
    entry = db.session.execute(sa.select(ActivityEntry).where(ActivityEntry.action == "comment")).scalar_one()
    assert (entry.entity_type, entry.entity_id, entry.entity_label) == ("client", studio.client.id,
                                                                        studio.client.full_name)  # fmt: skip
    assert entry.changes == {
        "workout": {"before": None, "after": "Upper body"},
        "comment": {"before": None, "after": "Nice work."},
    }


def test_commented_workouts_lists_the_clients_own(studio, workout, client_as):
    WorkoutCommentFactory(organization_id=studio.org.id, workout_log_id=workout.id)
    other = WorkoutLogFactory(organization_id=studio.org.id, client_id=studio.other_client.id)
    WorkoutCommentFactory(organization_id=studio.org.id, workout_log_id=other.id)
    body = client_as(studio.client_user).get("/api/training/commented-workouts").get_json()
    assert [(item["id"], item["name"], item["comment_count"]) for item in body["items"]] == [
        (str(workout.id), "Upper body", 1)
    ]


def test_trainer_not_coaching_the_client_is_refused(studio, workout, client_as):
    outsider = UserFactory(organization_id=studio.org.id, role="trainer")
    TrainerFactory(organization_id=studio.org.id, user_id=outsider.id)
    api = client_as(outsider)
    assert api.get(_url(workout)).status_code == 404
    assert api.post(_url(workout), json={"body": "Hi"}).status_code == 404


def test_another_studio_is_refused(studio, workout, other_studio, client_as):
    assert client_as(other_studio.owner).post(_url(workout), json={"body": "Hi"}).status_code == 404


def test_only_the_author_edits(studio, workout, client_as):
    comment = client_as(studio.trainer_user).post(_url(workout), json={"body": "Good."}).get_json()
    assert client_as(studio.client_user).patch(_url(workout, comment["id"]), json={"body": "x"}).status_code == 403
    assert client_as(studio.owner).patch(_url(workout, comment["id"]), json={"body": "x"}).status_code == 403
    edited = client_as(studio.trainer_user).patch(_url(workout, comment["id"]), json={"body": "Very good."})
    assert edited.status_code == 200
    assert (edited.get_json()["body"], edited.get_json()["edited"]) == ("Very good.", True)


def test_author_or_a_manager_deletes(studio, workout, client_as):
    reply = client_as(studio.client_user).post(_url(workout), json={"body": "Thanks"}).get_json()
    note = client_as(studio.trainer_user).post(_url(workout), json={"body": "Good."}).get_json()
    assert client_as(studio.trainer_user).delete(_url(workout, reply["id"])).status_code == 403
    assert client_as(studio.client_user).delete(_url(workout, reply["id"])).status_code == 204
    assert client_as(studio.admin).delete(_url(workout, note["id"])).status_code == 204
    assert client_as(studio.owner).get(_url(workout)).get_json()["items"] == []


def test_comment_on_another_workout_is_not_found(studio, workout, client_as):
    comment = WorkoutCommentFactory(organization_id=studio.org.id, workout_log_id=workout.id)
    other = WorkoutLogFactory(organization_id=studio.org.id, client_id=studio.client.id)
    assert client_as(studio.owner).delete(_url(other, comment.id)).status_code == 404


@pytest.mark.parametrize("body", [{}, {"body": ""}, {"body": "   "}, {"body": "x" * 2001}, {"body": 3}, []])
def test_comment_refuses_bad_input_and_writes_nothing(studio, workout, client_as, body):
    response = client_as(studio.owner).post(_url(workout), json=body)
    assert response.status_code == 422
    assert db.session.execute(sa.select(sa.func.count()).select_from(ActivityEntry)).scalar_one() == 0


def test_comment_on_an_unknown_workout_is_not_found(studio, client_as):
    response = client_as(studio.owner).post(f"/api/workouts/{uuid.uuid4()}/comments", json={"body": "Hi"})
    assert response.status_code == 404


def test_comments_list_statement_count_does_not_grow(studio, workout, client_as, count_statements):
    api = client_as(studio.client_user)
    api.get(_url(workout))
    WorkoutCommentFactory(organization_id=studio.org.id, workout_log_id=workout.id)
    api.get(_url(workout))
    with count_statements() as one:
        api.get(_url(workout))
    for _ in range(5):
        WorkoutCommentFactory(organization_id=studio.org.id, workout_log_id=workout.id)
    api.get(_url(workout))
    with count_statements() as six:
        assert len(api.get(_url(workout)).get_json()["items"]) == 6
    assert one.count == six.count == 4  # token, the workout, the count, the page
