"""What does each role see of a group session, a series, a session's history, its .ics and the feeds?

Staff see everything of what they may see; a client sees their own participation only: not the
other participants' names or ids, not the coach's notes, not the staff's attendance notes.
"""

from __future__ import annotations

import icalendar
import pytest

from tests.factories import AssignmentFactory
from tests.scheduling.test_sessions import book

NOTES = "Has a knee injury"
ATTENDANCE_NOTE = "Arrived 20 minutes late, low energy"
PAST = "2020-01-06T{}:00+00:00"
STAFF = ("owner", "admin", "trainer")


def group_session(studio, client_as):
    """A past group session of `trainer` with `client` and `other_client`, marked completed with a note."""
    AssignmentFactory(
        organization_id=studio.org.id, client_id=studio.other_client.id, trainer_id=studio.trainer.id, is_primary=False
    )
    owner = client_as(studio.owner)
    session = owner.post(
        "/api/sessions",
        json={
            "trainer_id": studio.trainer.id, "starts_at": PAST.format("10:00"), "ends_at": PAST.format("11:00"),
            "kind": "group", "client_ids": [studio.client.id, studio.other_client.id], "notes": NOTES,
            "override": True,
        },
    ).get_json()  # fmt: skip
    marked = owner.post(
        f"/api/sessions/{session['id']}/attendance", json={"status": "completed", "note": ATTENDANCE_NOTE}
    )
    assert marked.status_code == 200, marked.get_json()
    return session


def caller(studio, client_as, role):
    return client_as(studio.users[role])


def assert_nothing_of_others(studio, text: str):
    """Neither the other participant's name or id, nor the coach's or staff's notes, appear in `text`."""
    assert studio.other_client.full_name not in text
    assert studio.other_client.last_name not in text
    assert f'"client_id": {studio.other_client.id}' not in text.replace('":', '": ')
    assert NOTES not in text and ATTENDANCE_NOTE not in text


@pytest.mark.parametrize("role", STAFF)
def test_staff_see_the_whole_group_session(studio, client_as, role):
    session = group_session(studio, client_as)
    api = caller(studio, client_as, role)
    for body in (
        api.get(f"/api/sessions/{session['id']}").get_json(),
        api.get("/api/sessions").get_json()["items"][0],
    ):
        assert body["notes"] == NOTES
        assert body["outside_hours"] is False
        assert {p["client_name"] for p in body["participants"]} == {
            studio.client.full_name,
            studio.other_client.full_name,
        }


def test_client_sees_only_their_own_place_on_a_group_session(studio, client_as):
    session = group_session(studio, client_as)
    api = client_as(studio.client_user)
    for response in (api.get(f"/api/sessions/{session['id']}"), api.get("/api/sessions")):
        assert response.status_code == 200
        assert_nothing_of_others(studio, response.get_data(as_text=True))
    body = api.get(f"/api/sessions/{session['id']}").get_json()
    assert [(p["client_id"], p["client_name"]) for p in body["participants"]] == [
        (studio.client.id, studio.client.full_name)
    ]
    assert "notes" not in body and "outside_hours" not in body
    assert body["trainer_name"] == studio.trainer.full_name and body["capacity"] == 2
    # Nor can they learn who else is booked by filtering on another client.
    assert api.get(f"/api/sessions?client_id={studio.other_client.id}").get_json()["items"] == []
    assert len(api.get(f"/api/sessions?client_id={studio.client.id}").get_json()["items"]) == 1


def test_other_studio_sees_no_session_series_history_or_ics(studio, other_studio, client_as):
    session = group_session(studio, client_as)
    stranger = client_as(other_studio.owner)
    for url in ("", "/history", ".ics"):
        assert stranger.get(f"/api/sessions/{session['id']}{url}").status_code == 404
    assert stranger.get("/api/sessions").get_json()["items"] == []


def test_history_shows_staff_who_and_why_and_a_client_only_cancellation_reasons(studio, client_as):
    session = group_session(studio, client_as)
    later = book(client_as(studio.owner), studio.trainer.id, client_ids=[studio.client.id]).get_json()
    client_as(studio.owner).post(f"/api/sessions/{later['id']}/cancel", json={"reason": "Trainer unwell"})
    for role in STAFF:
        items = caller(studio, client_as, role).get(f"/api/sessions/{session['id']}/history").get_json()["items"]
        assert [(c["to_status"], c["note"], c["changed_by_name"]) for c in items] == [
            ("completed", ATTENDANCE_NOTE, studio.owner.full_name)
        ]
    api = client_as(studio.client_user)
    response = api.get(f"/api/sessions/{session['id']}/history")
    assert_nothing_of_others(studio, response.get_data(as_text=True))
    assert [(c["to_status"], c["note"]) for c in response.get_json()["items"]] == [("completed", None)]
    assert not {"changed_by_id", "changed_by_name"} & set(response.get_json()["items"][0])
    cancelled = api.get(f"/api/sessions/{later['id']}/history").get_json()["items"]
    assert [(c["to_status"], c["note"]) for c in cancelled] == [("cancelled", "Trainer unwell")]
    assert api.get(f"/api/sessions/{later['id']}").get_json()["cancel_reason"] == "Trainer unwell"


def test_series_shows_a_client_only_their_own_id_and_no_notes(studio, client_as):
    AssignmentFactory(
        organization_id=studio.org.id, client_id=studio.other_client.id, trainer_id=studio.trainer.id, is_primary=False
    )
    series = (
        client_as(studio.trainer_user)
        .post(
            "/api/series",
            json={
                "trainer_id": studio.trainer.id, "starts_at": "2030-03-04T07:00:00Z", "ends_at": "2030-03-04T08:00:00Z",
                "rrule": "FREQ=WEEKLY;COUNT=3", "kind": "group", "notes": NOTES,
                "client_ids": [studio.client.id, studio.other_client.id],
            },
        )
        .get_json()
    )  # fmt: skip
    for role in STAFF:
        body = caller(studio, client_as, role).get(f"/api/series/{series['id']}").get_json()
        assert body["notes"] == NOTES and body["client_ids"] == [studio.client.id, studio.other_client.id]
    response = client_as(studio.client_user).get(f"/api/series/{series['id']}")
    assert response.status_code == 200
    assert_nothing_of_others(studio, response.get_data(as_text=True))
    assert response.get_json()["client_ids"] == [studio.client.id] and "notes" not in response.get_json()


def test_session_ics_has_notes_and_clients_for_staff_and_the_trainer_for_a_client(studio, client_as):
    session = group_session(studio, client_as)
    for role in STAFF:
        event = icalendar.Calendar.from_ical(
            caller(studio, client_as, role).get(f"/api/sessions/{session['id']}.ics").data
        ).walk("VEVENT")[0]
        assert str(event["DESCRIPTION"]) == NOTES
        assert str(event["SUMMARY"]) == (
            f"Group session with {studio.client.full_name} and {studio.other_client.full_name}"
        )
    response = client_as(studio.client_user).get(f"/api/sessions/{session['id']}.ics")
    assert_nothing_of_others(studio, response.get_data(as_text=True))
    event = icalendar.Calendar.from_ical(response.data).walk("VEVENT")[0]
    assert "DESCRIPTION" not in event
    assert str(event["SUMMARY"]) == f"Group session with {studio.trainer.full_name}"


def test_feeds_show_a_trainer_the_clients_and_notes_and_a_client_neither(studio, client_as, client):
    group_session(studio, client_as)  # past the feeds' 180 days: only its assignment matters here
    book(
        client_as(studio.owner), studio.trainer.id, kind="group", notes=NOTES,
        client_ids=[studio.client.id, studio.other_client.id],
    )  # fmt: skip
    client_as(studio.owner).post(
        "/api/series",
        json={
            "trainer_id": studio.trainer.id, "starts_at": "2030-03-04T07:00:00Z", "ends_at": "2030-03-04T08:00:00Z",
            "rrule": "FREQ=WEEKLY;COUNT=3", "kind": "group", "notes": NOTES, "title": "Strength club",
            "client_ids": [studio.client.id, studio.other_client.id],
        },
    )  # fmt: skip
    owner = client_as(studio.owner)
    trainer_feed = owner.post("/api/calendar/feeds", json={"trainer_id": studio.trainer.id}).get_json()
    client_feed = owner.post("/api/calendar/feeds", json={"client_id": studio.client.id}).get_json()

    text = client.get(f"/api/calendar/feeds/{trainer_feed['token']}.ics").get_data(as_text=True)
    events = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert {str(e["DESCRIPTION"]) for e in events} == {NOTES}
    assert f"Strength club with {studio.client.full_name} and {studio.other_client.full_name}" in {
        str(e["SUMMARY"]) for e in events
    }

    response = client.get(f"/api/calendar/feeds/{client_feed['token']}.ics")
    assert_nothing_of_others(studio, response.get_data(as_text=True))
    events = icalendar.Calendar.from_ical(response.data).walk("VEVENT")
    assert len(events) == 2 and not any("DESCRIPTION" in e for e in events)
    assert {str(e["SUMMARY"]) for e in events} == {
        f"Group session with {studio.trainer.full_name}",
        f"Strength club with {studio.trainer.full_name}",
    }


def test_archived_trainers_feed_is_an_empty_calendar_until_they_are_restored(studio, client_as, client):
    owner = client_as(studio.owner)
    book(owner, studio.trainer.id, client_ids=[studio.client.id])
    feed = owner.post("/api/calendar/feeds", json={"trainer_id": studio.trainer.id}).get_json()
    url = f"/api/calendar/feeds/{feed['token']}.ics"
    assert studio.client.full_name in client.get(url).get_data(as_text=True)

    assert owner.post(f"/api/trainers/{studio.trainer.id}/archive").status_code == 200
    response = client.get(url)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.data)
    assert calendar.walk("VEVENT") == []
    assert str(calendar["X-WR-CALNAME"]) == "FitnessCRM (suspended)"
    text = response.get_data(as_text=True)
    assert studio.client.full_name not in text and studio.trainer.last_name not in text

    assert owner.post(f"/api/trainers/{studio.trainer.id}/restore").status_code == 200
    assert studio.client.full_name in client.get(url).get_data(as_text=True)


def test_openapi_marks_the_staff_only_fields(client):
    schemas = client.get("/api/openapi.json").get_json()["components"]["schemas"]
    assert "Staff only" in schemas["Session"]["properties"]["notes"]["description"]
    assert "Staff only" in schemas["Series"]["properties"]["notes"]["description"]
    assert "Staff only" in schemas["StatusChange"]["properties"]["changed_by_name"]["description"]
    for name in ("notes", "tags", "source"):
        assert "Staff only" in schemas["ClientDetail"]["properties"][name]["description"]
