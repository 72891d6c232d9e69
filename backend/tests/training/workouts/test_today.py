"""Does today's workout carry all a phone needs offline: exercises, previous results, proposals and what is logged?"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fitnesscrm.extensions import db
from tests.training.factories import SetLogFactory, WorkoutLogFactory
from tests.training.workouts.conftest import a_log, a_set


def _last_session(studio, plan, *, reps: int, key: str | None, days_ago: int = 3):
    at = datetime.now(UTC) - timedelta(days=days_ago)
    log = WorkoutLogFactory(organization_id=studio.org.id, client_id=studio.client.id, started_at=at)
    for number in (1, 2, 3):
        SetLogFactory(
            organization_id=studio.org.id, client_id=studio.client.id, workout_log_id=log.id,
            exercise_id=plan.squat.id, prescription_key=key, set_number=number, reps=reps, load_value=100,
            load_unit="kg", load_kg=100, performed_at=at + timedelta(minutes=number),
        )  # fmt: skip
    db.session.commit()
    return log


def test_today_gives_the_client_todays_workout_with_exercises_embedded(studio, plan, client_as):
    answer = client_as(studio.client_user).get("/api/workouts/today").get_json()

    assert answer["status"] == "today" and answer["message"] == "Today: Full body A."
    workout = answer["workout"]
    assert workout["program_workout_id"] == plan.workout.id and workout["program_name"] == "Strength"
    squat = workout["blocks"][0]["exercises"][0]
    assert squat["name"] == "Back Squat" and squat["cues"].startswith("Brace")
    assert squat["measurement"] == "reps_load" and squat["rest_seconds"] == 90
    assert squat["prescribed"] == "3 \u00d7 8\u201310 @ 60 kg \u00b7 rest 1:30"
    assert squat["previous"] is None and squat["proposal"] is None and workout["log"] is None


def test_today_proposes_more_load_when_every_set_reached_the_top(studio, plan, client_as):
    _last_session(studio, plan, reps=10, key=None)

    squat = client_as(studio.client_user).get("/api/workouts/today").get_json()["workout"]["blocks"][0]["exercises"][0]

    assert squat["previous"]["summary"] == "10 \u00d7 100 kg, 10 \u00d7 100 kg, 10 \u00d7 100 kg"
    assert squat["proposal"]["load_value"] == 102.5
    assert squat["proposal"]["reason"] == "Every set reached 10 reps last time: add 2.5 kg."


def test_today_proposal_reads_the_same_prescription_before_the_exercise(studio, plan, client_as):
    _last_session(studio, plan, reps=8, key=plan.squat_key, days_ago=5)
    _last_session(studio, plan, reps=10, key=None, days_ago=2)

    squat = client_as(studio.client_user).get("/api/workouts/today").get_json()["workout"]["blocks"][0]["exercises"][0]

    assert squat["previous"]["sets"][0]["reps"] == 10
    assert squat["proposal"]["reason"] == "Not every set reached 10 reps last time: repeat 100 kg."


def test_today_shows_what_is_already_logged_and_not_as_previous(studio, plan, client_as):
    api = client_as(studio.client_user)
    log = a_log(program_workout_id=plan.workout.id)
    api.post(
        "/api/workouts/sync",
        json={"logs": [log], "sets": [a_set(log["id"], plan.squat.id, prescription_key=plan.squat_key)]},
    )

    workout = api.get("/api/workouts/today").get_json()["workout"]

    assert workout["log"]["id"] == log["id"]
    assert workout["log"]["exercises"][0]["sets"][0]["reps"] == 8
    assert workout["blocks"][0]["exercises"][0]["previous"] is None


def test_today_falls_back_to_the_next_workout(studio, plan, client_as):
    plan.workout.completed_at = datetime.now(UTC)
    plan.workout.scheduled_date = plan.today - timedelta(days=1)
    db.session.commit()

    answer = client_as(studio.client_user).get("/api/workouts/today").get_json()

    assert answer["status"] == "next" and answer["workout"]["name"] == "Full body B"
    assert answer["message"].startswith("Nothing is scheduled today. Next: Full body B on ")


def test_today_without_a_program_says_so(studio, client_as):
    answer = client_as(studio.client_user).get("/api/workouts/today").get_json()

    assert answer["status"] == "none" and answer["workout"] is None


def test_today_for_staff_names_the_client_and_trainers_only_their_own(studio, plan, client_as):
    assert client_as(studio.trainer_user).get(f"/api/workouts/today?client_id={studio.client.id}").status_code == 200
    assert (
        client_as(studio.trainer_user).get(f"/api/workouts/today?client_id={studio.other_client.id}").status_code == 404
    )
    assert client_as(studio.owner).get("/api/workouts/today").status_code == 422
    assert (
        client_as(studio.client_user).get(f"/api/workouts/today?client_id={studio.other_client.id}").status_code == 404
    )


def test_today_statements_do_not_grow_with_past_logs(studio, plan, client_as, count_statements):
    api = client_as(studio.client_user)
    _last_session(studio, plan, reps=8, key=None, days_ago=1)
    api.get("/api/workouts/today")
    with count_statements() as few:
        api.get("/api/workouts/today")
    for days_ago in range(2, 12):
        _last_session(studio, plan, reps=8, key=None, days_ago=days_ago)
    api.get("/api/workouts/today")  # the test's commits expired the caller's user, which the first request reloads
    with count_statements() as many:
        api.get("/api/workouts/today")

    assert many.count == few.count


def test_upcoming_lists_the_workouts_not_done_soonest_first(studio, plan, client_as, count_statements):
    api = client_as(studio.client_user)
    api.get("/api/workouts/upcoming")
    with count_statements() as counter:
        answer = api.get("/api/workouts/upcoming?per_page=5").get_json()

    assert [item["name"] for item in answer["items"]] == ["Full body A", "Full body B"]
    assert answer["items"][1]["blocks"][0]["exercises"][0]["name"] == "Back Squat"
    assert answer["meta"]["total"] == 2
    assert counter.count <= 12
