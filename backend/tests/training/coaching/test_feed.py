"""The feed of finished workouts: order, pagination, scope, records and comments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from tests.factories import UserFactory
from tests.training.factories import (
    PersonalRecordFactory,
    SetLogFactory,
    WorkoutCommentFactory,
    WorkoutLogFactory,
)

START = datetime(2026, 6, 1, 8, tzinfo=UTC)


def _log(studio, client, hours: int, *, finished: bool = True, **kwargs):
    started = START + timedelta(hours=hours)
    return WorkoutLogFactory(
        organization_id=studio.org.id,
        client_id=client.id,
        started_at=started,
        finished_at=started + timedelta(minutes=50) if finished else None,
        duration_seconds=3000 if finished else None,
        **kwargs,
    )


@pytest.fixture
def logs(studio):
    """Three finished workouts of `client`, one unfinished, one finished of `other_client`."""
    return {
        "first": _log(studio, studio.client, 0),
        "second": _log(studio, studio.client, 24, name="Lower body", total_volume_kg=Decimal("4200.50")),
        "third": _log(studio, studio.client, 48),
        "open": _log(studio, studio.client, 72, finished=False),
        "other": _log(studio, studio.other_client, 36),
    }


def _ids(body):
    return [item["id"] for item in body["items"]]


def test_feed_lists_finished_workouts_newest_first(studio, logs, client_as):
    body = client_as(studio.owner).get("/api/training/feed").get_json()
    expected = [logs[name].id for name in ("third", "other", "second", "first")]
    assert _ids(body) == [str(workout_id) for workout_id in expected]
    assert body["meta"]["total"] == 4


def test_feed_for_a_trainer_holds_their_clients_only(studio, logs, client_as):
    body = client_as(studio.trainer_user).get("/api/training/feed").get_json()
    assert _ids(body) == [str(logs[name].id) for name in ("third", "second", "first")]
    assert {item["client_name"] for item in body["items"]} == {studio.client.full_name}


def test_feed_paginates(studio, logs, client_as):
    api = client_as(studio.owner)
    first = api.get("/api/training/feed?per_page=3").get_json()
    second = api.get("/api/training/feed?per_page=3&page=2").get_json()
    assert len(first["items"]) == 3 and first["meta"]["has_next"] is True
    assert _ids(second) == [str(logs["first"].id)] and second["meta"]["has_next"] is False


def test_feed_item_carries_sets_records_and_comments(studio, logs, exercise, client_as):
    workout = logs["second"]
    sets = [
        SetLogFactory(
            organization_id=studio.org.id,
            client_id=studio.client.id,
            workout_log_id=workout.id,
            exercise_id=exercise.id,
            **fields,
        )
        for fields in ({}, {}, {"status": "skipped"}, {"deleted_at": START})
    ]
    for kind in ("heaviest_load", "best_e1rm"):
        PersonalRecordFactory(organization_id=studio.org.id, client_id=studio.client.id, exercise_id=exercise.id,
                              set_log_id=sets[0].id, kind=kind, value=Decimal("102.5"))  # fmt: skip
    PersonalRecordFactory(organization_id=studio.org.id, client_id=studio.client.id, exercise_id=exercise.id,
                          set_log_id=sets[3].id)  # fmt: skip
    WorkoutCommentFactory(organization_id=studio.org.id, workout_log_id=workout.id)
    body = client_as(studio.owner).get("/api/training/feed").get_json()
    item = next(item for item in body["items"] if item["id"] == str(workout.id))
    assert item["name"] == "Lower body"
    assert item["client_name"] == studio.client.full_name
    assert (item["sets_done"], item["records_count"], item["comment_count"]) == (2, 2, 1)
    assert item["total_volume_kg"] == 4200.5 and item["duration_seconds"] == 3000
    assert [(record["exercise_name"], record["kind"], record["value"]) for record in item["records"]] == [
        ("Back Squat", "heaviest_load", 102.5),
        ("Back Squat", "best_e1rm", 102.5),
    ]


def test_feed_statement_count_does_not_grow_with_the_page(studio, logs, client_as, count_statements):
    api = client_as(studio.trainer_user)
    api.get("/api/training/feed")
    with count_statements() as small:
        assert len(api.get("/api/training/feed?per_page=1").get_json()["items"]) == 1
    with count_statements() as large:
        assert len(api.get("/api/training/feed?per_page=100").get_json()["items"]) == 3
    assert small.count == large.count == 3  # the token check, the count, the page


def test_feed_refuses_clients(studio, client_as):
    assert client_as(studio.client_user).get("/api/training/feed").status_code == 403


def test_feed_never_shows_another_studio(studio, logs, other_studio, client_as):
    user = UserFactory(organization_id=other_studio.org.id, role="owner")
    assert client_as(user).get("/api/training/feed").get_json()["items"] == []


@pytest.mark.parametrize("query", ["per_page=0", "per_page=101", "page=0", "page=x"])
def test_feed_refuses_bad_input(studio, client_as, query):
    assert client_as(studio.owner).get(f"/api/training/feed?{query}").status_code == 422


def test_feed_lists_each_workouts_own_records(studio, logs, exercise, client_as):
    for name, value in (("first", "80"), ("third", "90")):
        workout = logs[name]
        done = SetLogFactory(organization_id=studio.org.id, client_id=studio.client.id, workout_log_id=workout.id,
                             exercise_id=exercise.id)  # fmt: skip
        PersonalRecordFactory(organization_id=studio.org.id, client_id=studio.client.id, exercise_id=exercise.id,
                              set_log_id=done.id, value=Decimal(value))  # fmt: skip
    items = {item["id"]: item for item in client_as(studio.owner).get("/api/training/feed").get_json()["items"]}
    assert [record["value"] for record in items[str(logs["first"].id)]["records"]] == [80]
    assert [record["value"] for record in items[str(logs["third"].id)]["records"]] == [90]
    assert items[str(logs["second"].id)]["records"] == []
