"""Can a key read the workouts clients logged, with their sets, through /api/v2/workouts?"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from fitnesscrm.extensions import db
from tests.api_v2.conftest import statements_by_limit
from tests.training.factories import ExerciseFactory, SetLogFactory, WorkoutLogFactory


def _workout(studio, *, sets: int = 2, started_at=None, client=None):
    client = client or studio.client
    exercise = ExerciseFactory(organization_id=studio.org.id, name="Back squat")
    workout = WorkoutLogFactory(
        organization_id=studio.org.id, client_id=client.id, started_at=started_at or datetime.now(UTC)
    )
    for number in range(1, sets + 1):
        SetLogFactory(
            organization_id=studio.org.id, client_id=client.id, workout_log_id=workout.id, exercise_id=exercise.id,
            set_number=number, reps=5, load_value=100, load_unit="kg", load_kg=100,
        )  # fmt: skip
    return workout


def test_workout_with_its_sets(api_as, studio):
    workout = _workout(studio)
    removed = SetLogFactory(
        organization_id=studio.org.id, client_id=studio.client.id, workout_log_id=workout.id,
        exercise_id=ExerciseFactory(organization_id=studio.org.id).id, deleted_at=datetime.now(UTC),
    )  # fmt: skip
    api = api_as("programs:read")
    plain = api.get(f"/api/v2/workouts/{workout.id}").get_json()
    assert (plain["object"], plain["id"], plain["client_id"]) == ("workout", str(workout.id), studio.client.id)
    assert "sets" not in plain
    full = api.get(f"/api/v2/workouts/{workout.id}?expand=sets").get_json()
    assert [(s["exercise_name"], s["reps"], s["load_kg"]) for s in full["sets"]] == [("Back squat", 5, 100.0)] * 2
    assert str(removed.id) not in [s["id"] for s in full["sets"]]


def test_list_workouts_filters_by_client_and_start(api_as, studio):
    now = datetime.now(UTC)
    recent = _workout(studio, started_at=now)
    old = _workout(studio, started_at=now - timedelta(days=30), client=studio.other_client)
    api = api_as("programs:read")

    def ids(query: str) -> set[str]:
        response = api.get(f"/api/v2/workouts{query}")
        assert response.status_code == 200, response.get_json()
        return {item["id"] for item in response.get_json()["data"]}

    assert ids("") == {str(recent.id), str(old.id)}
    assert ids(f"?client_id={studio.other_client.id}") == {str(old.id)}
    since = (now - timedelta(days=1)).isoformat().replace("+00:00", "Z")
    assert ids(f"?started_from={since}") == {str(recent.id)}
    assert ids(f"?started_to={since}") == {str(old.id)}


def test_workout_pages_walk_by_id(api_as, studio, count_statements):
    made = {str(_workout(studio, sets=1).id) for _ in range(30)}
    api = api_as("programs:read")
    seen, after = [], None
    while True:
        body = api.get(f"/api/v2/workouts?limit=7&expand=sets{f'&starting_after={after}' if after else ''}").get_json()
        seen += [item["id"] for item in body["data"]]
        if not body["has_more"]:
            assert body["next_starting_after"] is None
            break
        after = body["next_starting_after"]
    assert set(seen) == made and len(seen) == 30 and [uuid.UUID(i) for i in seen] == sorted(uuid.UUID(i) for i in seen)
    first, second = statements_by_limit(api, "/api/v2/workouts?expand=sets", count_statements)
    assert first == second <= 5


def test_another_studios_workout_is_404(api_as, other_studio):
    theirs = _workout(other_studio)
    api = api_as("programs:read")
    assert api.get(f"/api/v2/workouts/{theirs.id}").status_code == 404
    assert api.get("/api/v2/workouts").get_json()["data"] == []
    assert api.get(f"/api/v2/workouts/{uuid.uuid4()}").status_code == 404


def test_workouts_need_the_scope_and_good_arguments(client, api_as, studio):
    workout = _workout(studio)
    db.session.flush()
    assert client.get(f"/api/v2/workouts/{workout.id}").status_code == 401
    assert api_as("measurements:read").get("/api/v2/workouts").status_code == 403
    api = api_as("programs:write")
    assert api.get("/api/v2/workouts?starting_after=42").status_code == 422
    assert api.get("/api/v2/workouts?expand=exercises").status_code == 422
