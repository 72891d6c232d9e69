"""Does a refused booking say who is busy and when, in the reader's zone, and offer the nearest free times?"""

from __future__ import annotations

from datetime import UTC, datetime

from fitnesscrm.extensions import db
from fitnesscrm.scheduling.conflicts import span
from tests.factories import AssignmentFactory
from tests.scheduling.test_sessions import book

MONDAY = "2030-01-07T{}:00+00:00"  # London is on UTC in January; New York five hours behind
HOURS = {"intervals": [{"weekday": 0, "starts_at": "09:00", "ends_at": "13:00"}]}


def named(studio):
    """People with names that are not ASCII, and an owner who reads times in New York."""
    studio.trainer.first_name, studio.trainer.last_name = "Daniel", "Kim"
    studio.other_trainer.first_name, studio.other_trainer.last_name = "Ana", "Silva"
    studio.client.first_name, studio.client.last_name = "Zoë", "Ñúñez"
    studio.owner.timezone = "America/New_York"
    db.session.commit()


def test_span_reads_like_the_calendar():
    year = datetime.now(UTC).year
    assert span(datetime(2030, 2, 4, 10, tzinfo=UTC), datetime(2030, 2, 4, 11, tzinfo=UTC), "UTC") == (
        "10:00\u201311:00 AM Mon 4 Feb 2030"
    )
    assert span(datetime(year, 7, 1, 10, 30, tzinfo=UTC), datetime(year, 7, 1, 12, 30, tzinfo=UTC), "UTC").startswith(
        "10:30 AM\u201312:30 PM"
    )
    assert (
        span(datetime(2030, 2, 4, 23, tzinfo=UTC), datetime(2030, 2, 5, 1, tzinfo=UTC), "Europe/London")
        == "11:00 PM Mon 4 Feb 2030\u20131:00 AM Tue 5 Feb 2030"
    )
    assert span(datetime(2030, 2, 4, 0, 15, tzinfo=UTC), datetime(2030, 2, 4, 0, 45, tzinfo=UTC), "UTC").startswith(
        "12:15\u201312:45 AM"
    )


def test_trainer_clash_names_trainer_clients_and_time_in_the_readers_zone(studio, client_as):
    named(studio)
    api = client_as(studio.owner)
    taken = book(api, studio.trainer.id, "15:00", "16:00", [studio.client.id]).get_json()
    response = book(api, studio.trainer.id, "15:30", "16:30")
    assert response.status_code == 409
    error = response.get_json()["error"]
    assert error["code"] == "booking_conflict"
    assert error["message"] == "Daniel Kim already has a session 10:00\u201311:00 AM Mon 7 Jan 2030 with Zoë Ñúñez."
    assert error["fields"]["conflict"] == {
        "session_id": taken["id"], "starts_at": "2030-01-07T15:00:00+00:00", "ends_at": "2030-01-07T16:00:00+00:00",
        "trainer_id": studio.trainer.id,
    }  # fmt: skip


def test_client_clash_names_the_client_and_their_other_trainer_in_the_studios_zone(studio, client_as):
    named(studio)
    AssignmentFactory(
        organization_id=studio.org.id, client_id=studio.client.id, trainer_id=studio.other_trainer.id, is_primary=False
    )
    client_as(studio.owner).post(
        "/api/sessions",
        json={
            "trainer_id": studio.other_trainer.id, "starts_at": MONDAY.format("15:00"),
            "ends_at": MONDAY.format("16:00"), "client_ids": [studio.client.id], "title": "Mobility check",
        },
    )  # fmt: skip
    response = book(client_as(studio.trainer_user), studio.trainer.id, "15:00", "16:00", [studio.client.id])
    assert response.status_code == 409
    error = response.get_json()["error"]
    # The trainer may not open their colleague's session: it is not named by its title.
    assert error["message"] == "Zoë Ñúñez already has a session 3:00\u20134:00 PM Mon 7 Jan 2030 with Ana Silva."
    assert error["fields"]["conflict"]["client_id"] == studio.client.id
    assert error["fields"]["conflict"]["trainer_id"] == studio.other_trainer.id
    owner = book(client_as(studio.owner), studio.trainer.id, "15:00", "16:00", [studio.client.id])
    assert owner.get_json()["error"]["message"].startswith("Zoë Ñúñez already has “Mobility check” 10:00\u201311:00 AM")


def test_clash_suggests_the_nearest_times_free_for_trainer_and_clients_within_hours(studio, client_as):
    named(studio)
    api = client_as(studio.owner)
    api.put(f"/api/trainers/{studio.trainer.id}/working-hours", json=HOURS)
    book(api, studio.trainer.id, "10:00", "11:00")
    book(api, studio.other_trainer.id, "11:00", "12:00", [studio.client.id])
    response = book(api, studio.trainer.id, "10:00", "11:00", [studio.client.id])
    assert response.status_code == 409
    suggestions = response.get_json()["error"]["fields"]["suggestions"]
    assert [(s["starts_at"], s["label"]) for s in suggestions] == [
        ("2030-01-07T09:00:00+00:00", "4:00\u20135:00 AM Mon 7 Jan 2030"),
        ("2030-01-07T12:00:00+00:00", "7:00\u20138:00 AM Mon 7 Jan 2030"),
        ("2030-01-14T09:00:00+00:00", "4:00\u20135:00 AM Mon 14 Jan 2030"),
        ("2030-01-14T09:30:00+00:00", "4:30\u20135:30 AM Mon 14 Jan 2030"),
    ]
    first = suggestions[1]
    booked = api.post(
        "/api/sessions",
        json={
            "trainer_id": studio.trainer.id, "client_ids": [studio.client.id], "starts_at": first["starts_at"],
            "ends_at": first["ends_at"],
        },
    )  # fmt: skip
    assert booked.status_code == 201


def test_moving_onto_a_taken_time_suggests_times_including_where_the_session_is_now(studio, client_as):
    api = client_as(studio.owner)
    api.put(f"/api/trainers/{studio.trainer.id}/working-hours", json=HOURS)
    book(api, studio.trainer.id, "10:00", "11:00")
    moving = book(api, studio.trainer.id, "12:00", "13:00").get_json()
    response = api.patch(
        f"/api/sessions/{moving['id']}", json={"starts_at": MONDAY.format("10:00"), "ends_at": MONDAY.format("11:00")}
    )
    assert response.status_code == 409
    starts = [s["starts_at"][:16] for s in response.get_json()["error"]["fields"]["suggestions"]]
    assert starts[:3] == ["2030-01-07T09:00", "2030-01-07T11:00", "2030-01-07T11:30"]


def test_outside_hours_says_whose_hours_and_when_with_suggestions(studio, client_as):
    named(studio)
    api = client_as(studio.owner)
    api.put(f"/api/trainers/{studio.trainer.id}/working-hours", json=HOURS)
    response = book(client_as(studio.trainer_user), studio.trainer.id, "13:00", "14:00")
    assert response.status_code == 409
    error = response.get_json()["error"]
    assert error["code"] == "outside_working_hours"
    # The trainer reads the studio's zone (London).
    assert error["message"] == "1:00\u20132:00 PM Mon 7 Jan 2030 is outside Daniel Kim's working hours."
    assert [s["starts_at"][11:16] for s in error["fields"]["suggestions"]][:3] == ["11:00", "11:30", "12:00"]
    off = {"starts_at": MONDAY.format("09:00"), "ends_at": MONDAY.format("10:00"), "reason": "Dentist"}
    api.post(f"/api/trainers/{studio.trainer.id}/time-off", json=off)
    error = book(api, studio.trainer.id, "09:00", "10:00").get_json()["error"]
    assert error["message"] == "4:00\u20135:00 AM Mon 7 Jan 2030 is in Daniel Kim's time off."


def test_free_slots_leave_out_times_when_the_chosen_clients_are_busy(studio, client_as):
    api = client_as(studio.owner)
    api.put(f"/api/trainers/{studio.trainer.id}/working-hours", json=HOURS)
    book(api, studio.other_trainer.id, "10:00", "11:00", [studio.client.id])
    url = f"/api/trainers/{studio.trainer.id}/free-slots?from=2030-01-07&to=2030-01-07&duration=60&step=60"
    starts = lambda response: [s["local_start"][11:16] for s in response.get_json()["items"]]  # noqa: E731
    assert starts(api.get(url)) == ["09:00", "10:00", "11:00", "12:00"]
    assert starts(api.get(f"{url}&client_ids={studio.client.id}")) == ["09:00", "11:00", "12:00"]
    assert starts(api.get(f"{url}&client_ids={studio.other_client.id}&client_ids={studio.client.id}")) == [
        "09:00", "11:00", "12:00",
    ]  # fmt: skip
    trainer = client_as(studio.trainer_user)
    refused = trainer.get(f"{url}&client_ids={studio.other_client.id}")
    assert refused.status_code == 422 and "client_ids" in refused.get_json()["error"]["fields"]
