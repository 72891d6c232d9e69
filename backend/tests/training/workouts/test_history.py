"""Does a client's history page show each workout's sets by exercise, in constant statements, to whom it may?"""

from __future__ import annotations

import uuid

from tests.training.workouts.conftest import a_log, a_set, stamp


def _log_workouts(api, plan, count: int) -> list[dict]:
    logs = []
    for index in range(count):
        log = a_log(started_at=stamp(-60 * (index + 2)), finished_at=stamp(-60 * (index + 1) - 10), note=f"W{index}",
                    exercise_notes={plan.squat_key: "Knees out"})  # fmt: skip
        sets = [a_set(log["id"], plan.squat.id, n, prescription_key=plan.squat_key) for n in (1, 2)]
        sets.append(a_set(log["id"], plan.bench.id, 1, reps=5, load_value=135, load_unit="lb"))
        api.post("/api/workouts/sync", json={"logs": [log], "sets": sets})
        logs.append(log)
    return logs


def test_history_lists_workouts_newest_first_with_sets_by_exercise(studio, plan, client_as):
    api = client_as(studio.client_user)
    logs = _log_workouts(api, plan, 2)

    page = api.get(f"/api/clients/{studio.client.id}/workouts").get_json()

    assert [item["id"] for item in page["items"]] == [logs[0]["id"], logs[1]["id"]]
    first = page["items"][0]
    squat, bench = first["exercises"]
    assert squat["name"] == "Back Squat" and squat["summary"] == "8 \u00d7 60 kg, 8 \u00d7 60 kg"
    assert squat["volume_kg"] == 960 and squat["note"] == "Knees out"
    # A page lists each exercise's sets in one line; one workout in full carries the sets themselves.
    assert squat["set_count"] == 2 and "sets" not in squat
    assert bench["summary"] == "5 \u00d7 135 lb"
    assert first["total_volume_kg"] == 1266.18 and first["duration_seconds"] == 50 * 60
    assert page["meta"]["total"] == 2


def test_history_statements_do_not_grow_with_the_page(studio, plan, client_as, count_statements):
    api = client_as(studio.client_user)
    _log_workouts(api, plan, 1)
    with count_statements() as one:
        api.get(f"/api/clients/{studio.client.id}/workouts")
    _log_workouts(api, plan, 4)
    with count_statements() as five:
        api.get(f"/api/clients/{studio.client.id}/workouts")

    assert five.count == one.count


def test_history_is_refused_to_other_clients_and_other_trainers(studio, other_studio, plan, client_as):
    url = f"/api/clients/{studio.client.id}/workouts"
    assert client_as(studio.trainer_user).get(url).status_code == 200
    assert client_as(studio.owner).get(f"/api/clients/{studio.other_client.id}/workouts").status_code == 200
    assert client_as(studio.trainer_user).get(f"/api/clients/{studio.other_client.id}/workouts").status_code == 404
    assert client_as(studio.client_user).get(f"/api/clients/{studio.other_client.id}/workouts").status_code == 404
    assert client_as(other_studio.owner).get(url).status_code == 404


def test_one_workout_in_full_and_only_to_whom_may_see_it(studio, other_studio, plan, client_as):
    log = _log_workouts(client_as(studio.client_user), plan, 1)[0]
    url = f"/api/workouts/{log['id']}"

    answer = client_as(studio.trainer_user).get(url).get_json()

    assert answer["note"] == "W0" and len(answer["exercises"]) == 2
    assert [len(exercise["sets"]) for exercise in answer["exercises"]] == [2, 1]
    assert client_as(other_studio.owner).get(url).status_code == 404
    assert client_as(other_studio.client_user).get(url).status_code == 404
    assert client_as(studio.owner).get(f"/api/workouts/{uuid.uuid4()}").status_code == 404
    assert client_as(studio.owner).get("/api/workouts/not-a-uuid").status_code == 404
