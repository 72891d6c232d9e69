"""Do sets synced from a device (the workouts part's sync) come back as records, once, whatever is replayed?"""

from __future__ import annotations

import uuid

from tests.training.factories import ExerciseFactory


def _sync_body(client_id, exercise_id, workout_id, sets, when="2026-03-02T18:00:00Z"):
    return {
        "client_id": client_id,
        "logs": [{"id": str(workout_id), "name": "Lower", "started_at": when, "client_updated_at": when}],
        "sets": [
            {
                "id": str(set_id),
                "workout_log_id": str(workout_id),
                "exercise_id": exercise_id,
                "set_number": number,
                "reps": reps,
                "load_value": load,
                "load_unit": unit,
                "performed_at": when,
                "client_updated_at": when,
            }
            for number, (set_id, load, unit, reps) in enumerate(sets, start=1)
        ],
    }


def test_synced_sets_become_records_once(studio, client_as):
    squat = ExerciseFactory(organization_id=None, name="Back Squat")
    trainer = client_as(studio.trainer_user)
    workout, first, second = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    body = _sync_body(studio.client.id, squat.id, workout, [(first, 100, "kg", 5), (second, 225, "lb", 3)])
    assert trainer.post("/api/workouts/sync", json=body).status_code == 200
    assert trainer.post("/api/workouts/sync", json=body).status_code == 200  # replayed

    records = client_as(studio.client_user).get(f"/api/clients/{studio.client.id}/training/records").get_json()
    (item,) = records["items"]
    assert [(r["kind"], r["value"], r["load_value"], r["load_unit"]) for r in item["records"]] == [
        ("heaviest_load", 102.058, 225.0, "lb"),
        ("best_e1rm", 112.5, 100.0, "kg"),
        ("most_reps_at_load", 3.0, 225.0, "lb"),
    ]
