"""Can staff book, move, cancel and mark sessions without ever double-booking a trainer or a client?"""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.extensions import db
from fitnesscrm.scheduling.models import Session, StatusChange

T = "2030-01-07T{}:00+00:00"  # a Monday, far enough ahead for reminders


def book(api, trainer_id, start="10:00", end="11:00", client_ids=(), **extra):
    payload = {"trainer_id": trainer_id, "starts_at": T.format(start), "ends_at": T.format(end)}
    return api.post("/api/sessions", json={**payload, "client_ids": list(client_ids), **extra})


def test_book_session_creates_it_with_local_times_and_activity(studio, client_as):
    response = book(client_as(studio.owner), studio.trainer.id, client_ids=[studio.client.id], location="Room 1")
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["status"] == "scheduled"
    assert body["timezone"] == "Europe/London"
    assert body["local_start"] == "2030-01-07T10:00:00"
    assert [p["client_id"] for p in body["participants"]] == [studio.client.id]
    entry = db.session.scalars(sa.select(ActivityEntry).where(ActivityEntry.entity_type == "session")).one()
    assert (entry.action, entry.entity_id) == ("create", body["id"])


def test_back_to_back_sessions_are_allowed(studio, client_as):
    api = client_as(studio.owner)
    assert book(api, studio.trainer.id, "10:00", "11:00", [studio.client.id]).status_code == 201
    assert book(api, studio.trainer.id, "11:00", "12:00", [studio.client.id]).status_code == 201
    assert book(api, studio.trainer.id, "09:00", "10:00", [studio.client.id]).status_code == 201


def test_one_minute_overlap_for_the_trainer_conflicts_naming_the_session(studio, client_as):
    api = client_as(studio.owner)
    first = book(api, studio.trainer.id, "10:00", "11:00").get_json()
    response = book(api, studio.trainer.id, "10:59", "11:30", [studio.other_client.id])
    assert response.status_code == 409
    error = response.get_json()["error"]
    assert error["code"] == "booking_conflict"
    assert error["fields"]["conflict"]["session_id"] == first["id"]
    assert error["fields"]["conflict"]["trainer_id"] == studio.trainer.id
    expected = f"{studio.trainer.full_name} already has a session 10:00\u201311:00 AM Mon 7 Jan"
    assert error["message"].startswith(expected)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Session)) == 1


def test_client_cannot_be_in_two_overlapping_sessions_with_different_trainers(studio, client_as):
    api = client_as(studio.owner)
    first = book(api, studio.trainer.id, "10:00", "11:00", [studio.client.id]).get_json()
    response = book(api, studio.other_trainer.id, "10:30", "11:30", [studio.client.id])
    assert response.status_code == 409
    conflict = response.get_json()["error"]["fields"]["conflict"]
    assert (conflict["session_id"], conflict["client_id"]) == (first["id"], studio.client.id)


def test_cancelled_and_late_cancelled_sessions_do_not_block(studio, client_as):
    api = client_as(studio.owner)
    first = book(api, studio.trainer.id, "10:00", "11:00", [studio.client.id]).get_json()
    cancelled = api.post(f"/api/sessions/{first['id']}/cancel", json={"reason": "Sick"})
    assert cancelled.get_json()["status"] == "cancelled"
    second = book(api, studio.trainer.id, "10:00", "11:00", [studio.client.id]).get_json()
    assert api.post(f"/api/sessions/{second['id']}/attendance", json={"status": "late_cancel"}).status_code == 200
    assert book(api, studio.trainer.id, "10:30", "11:30", [studio.client.id]).status_code == 201


def test_move_into_an_occupied_slot_conflicts_and_keeps_the_session(studio, client_as):
    api = client_as(studio.owner)
    book(api, studio.trainer.id, "10:00", "11:00")
    second = book(api, studio.trainer.id, "12:00", "13:00").get_json()
    response = api.patch(
        f"/api/sessions/{second['id']}", json={"starts_at": T.format("10:30"), "ends_at": T.format("11:30")}
    )
    assert response.status_code == 409
    assert api.get(f"/api/sessions/{second['id']}").get_json()["starts_at"] == "2030-01-07T12:00:00+00:00"
    moved = api.patch(
        f"/api/sessions/{second['id']}", json={"starts_at": T.format("11:00"), "ends_at": T.format("12:00")}
    )
    assert moved.status_code == 200


def test_attendance_history_is_kept(studio, client_as):
    api = client_as(studio.owner)
    session = book(api, studio.trainer.id, client_ids=[studio.client.id]).get_json()
    db.session.execute(
        sa.update(Session)
        .where(Session.id == session["id"])
        .values(
            starts_at=Session.starts_at - sa.text("interval '5 years'"),
            ends_at=Session.ends_at - sa.text("interval '5 years'"),
        )
    )
    assert api.post(f"/api/sessions/{session['id']}/attendance", json={"status": "no_show"}).status_code == 200
    assert api.post(f"/api/sessions/{session['id']}/attendance", json={"status": "completed"}).status_code == 200
    history = api.get(f"/api/sessions/{session['id']}/history").get_json()["items"]
    assert [(h["from_status"], h["to_status"]) for h in history] == [("scheduled", "no_show"), ("no_show", "completed")]


def test_completed_needs_the_session_to_have_started(studio, client_as):
    api = client_as(studio.owner)
    session = book(api, studio.trainer.id).get_json()
    response = api.post(f"/api/sessions/{session['id']}/attendance", json={"status": "completed"})
    assert response.status_code == 422
    assert db.session.scalar(sa.select(sa.func.count()).select_from(StatusChange)) == 0


def test_bad_input_is_refused_with_nothing_written(studio, client_as):
    api = client_as(studio.owner)
    bad = [
        {"trainer_id": studio.trainer.id, "starts_at": T.format("11:00"), "ends_at": T.format("10:00")},
        {"trainer_id": studio.trainer.id, "starts_at": "2030-01-07T10:00:00", "ends_at": T.format("11:00")},
        {"trainer_id": studio.trainer.id, "starts_at": T.format("10:00"), "ends_at": T.format("11:00"), "kind": "x"},
        {
            "trainer_id": studio.trainer.id,
            "starts_at": T.format("00:00"),
            "ends_at": "2030-01-07T13:00:00+00:00".replace("07T13", "07T23"),
        },
        {
            "trainer_id": studio.trainer.id,
            "starts_at": T.format("10:00"),
            "ends_at": T.format("11:00"),
            "client_ids": [999999],
        },
        {
            "trainer_id": studio.trainer.id,
            "starts_at": T.format("10:00"),
            "ends_at": T.format("11:00"),
            "client_ids": [studio.client.id, studio.other_client.id],
            "capacity": 1,
        },
    ]
    for payload in bad:
        response = api.post("/api/sessions", json=payload)
        assert response.status_code == 422, (payload, response.get_json())
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Session)) == 0
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ActivityEntry)) == 0


def test_patch_without_changes_answers_the_session_and_logs_nothing(studio, client_as):
    api = client_as(studio.owner)
    session = book(api, studio.trainer.id, location="Room 1").get_json()
    response = api.patch(f"/api/sessions/{session['id']}", json={"location": "Room 1"})
    assert response.status_code == 200
    assert response.get_json()["location"] == "Room 1"
    assert db.session.scalar(sa.select(sa.func.count()).where(ActivityEntry.action == "update")) == 0


def test_reinstating_a_late_cancel_into_a_taken_slot_conflicts(studio, client_as):
    api = client_as(studio.owner)
    first = book(api, studio.trainer.id).get_json()
    api.post(f"/api/sessions/{first['id']}/attendance", json={"status": "late_cancel"})
    second = book(api, studio.trainer.id).get_json()
    db.session.execute(
        sa.update(Session).values(
            starts_at=Session.starts_at - sa.text("interval '5 years'"),
            ends_at=Session.ends_at - sa.text("interval '5 years'"),
        )
    )
    # Committed (to the test's savepoint): the refused request's rollback must not undo it.
    db.session.commit()
    response = api.post(f"/api/sessions/{first['id']}/attendance", json={"status": "completed"})
    assert response.status_code == 409
    assert response.get_json()["error"]["fields"]["conflict"]["session_id"] == second["id"]
    assert api.get(f"/api/sessions/{first['id']}").get_json()["status"] == "late_cancel"


def test_sessions_list_latest_first_for_a_clients_past_sessions(studio, client_as):
    api = client_as(studio.owner)
    for start, end in (("08:00", "09:00"), ("10:00", "11:00"), ("12:00", "13:00")):
        book(api, studio.trainer.id, start, end, [studio.client.id])
    url = f"/api/sessions?client_id={studio.client.id}&to=2030-01-07T12:00:00Z"
    assert [s["local_start"][11:16] for s in api.get(url).get_json()["items"]] == ["08:00", "10:00"]
    latest = api.get(f"{url}&sort=-starts_at&per_page=1").get_json()
    assert [s["local_start"][11:16] for s in latest["items"]] == ["10:00"] and latest["meta"]["total"] == 2
    assert api.get(f"{url}&sort=ends_at").status_code == 422


def test_ended_by_leaves_out_a_session_still_in_progress(studio, client_as):
    api = client_as(studio.owner)
    for start, end in (("08:00", "09:00"), ("11:00", "13:00")):
        book(api, studio.trainer.id, start, end, [studio.client.id])
    # At 12:00 the 11:00–13:00 session is in progress: it is upcoming (it has not ended), not past.
    past = api.get(f"/api/sessions?client_id={studio.client.id}&ended_by=2030-01-07T12:00:00Z").get_json()
    upcoming = api.get(f"/api/sessions?client_id={studio.client.id}&from=2030-01-07T12:00:00Z").get_json()
    assert [s["local_start"][11:16] for s in past["items"]] == ["08:00"]
    assert [s["local_start"][11:16] for s in upcoming["items"]] == ["11:00"]


def test_moving_one_end_to_more_than_twelve_hours_is_a_422_and_changes_nothing(studio, client_as):
    api = client_as(studio.owner)
    session = book(api, studio.trainer.id, "20:00", "21:00").get_json()
    response = api.patch(f"/api/sessions/{session['id']}", json={"starts_at": T.format("07:00")})
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"] == {"ends_at": ["At most 12 hours after starts_at."]}
    assert api.get(f"/api/sessions/{session['id']}").get_json()["starts_at"] == session["starts_at"]
