"""Who may see and book which calendar; are week views, reminders, free slots and feeds right?"""

from __future__ import annotations

import io
from datetime import datetime

import icalendar
import openpyxl
import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.scheduling.models import Reminder, Session
from tests.scheduling.test_series import weekly
from tests.scheduling.test_sessions import T, book


def test_anonymous_is_refused(client, studio):
    assert client.get("/api/sessions").status_code == 401
    assert book(client, studio.trainer.id).status_code == 401


def test_client_sees_only_their_own_sessions_and_cannot_book(studio, client_as):
    owner = client_as(studio.owner)
    mine = book(owner, studio.trainer.id, client_ids=[studio.client.id]).get_json()
    theirs = book(owner, studio.other_trainer.id, client_ids=[studio.other_client.id]).get_json()
    api = client_as(studio.client_user)
    assert [s["id"] for s in api.get("/api/sessions").get_json()["items"]] == [mine["id"]]
    assert api.get(f"/api/sessions/{theirs['id']}").status_code == 404
    assert book(api, studio.trainer.id, "14:00", "15:00", [studio.client.id]).status_code == 403
    assert api.post(f"/api/sessions/{mine['id']}/cancel", json={}).status_code == 403
    assert api.get(f"/api/sessions/{mine['id']}").get_json()["status"] == "scheduled"


def test_trainer_books_only_on_their_own_calendar(studio, client_as):
    api = client_as(studio.trainer_user)
    assert book(api, studio.trainer.id, client_ids=[studio.client.id]).status_code == 201
    assert book(api, studio.other_trainer.id, "12:00", "13:00").status_code == 403
    # A client not assigned to the trainer is not theirs to book.
    assert book(api, studio.trainer.id, "14:00", "15:00", [studio.other_client.id]).status_code == 422
    colleague = book(client_as(studio.owner), studio.other_trainer.id, "16:00", "17:00").get_json()
    assert api.get(f"/api/sessions/{colleague['id']}").status_code == 404
    assert api.patch(f"/api/sessions/{colleague['id']}", json={"notes": "x"}).status_code == 404
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Session)) == 2


def test_other_studio_sees_nothing(studio, other_studio, client_as):
    session = book(client_as(studio.owner), studio.trainer.id).get_json()
    stranger = client_as(other_studio.owner)
    assert stranger.get(f"/api/sessions/{session['id']}").status_code == 404
    assert stranger.post(f"/api/sessions/{session['id']}/cancel", json={}).status_code == 404
    assert book(stranger, studio.trainer.id, "12:00", "13:00").status_code == 404
    assert (
        stranger.get(
            f"/api/trainers/{studio.trainer.id}/free-slots?from=2030-01-07&to=2030-01-07&duration=60"
        ).status_code
        == 404
    )
    assert stranger.get("/api/sessions").get_json()["items"] == []


def test_week_view_statement_count_does_not_grow_with_sessions(studio, client_as, count_statements):
    api = client_as(studio.owner)
    weekly(api, studio, count=3, rrule="FREQ=DAILY;COUNT=3")
    week = "/api/sessions?from=2030-03-04T00:00:00Z&to=2030-03-11T00:00:00Z"
    with count_statements() as small:
        assert len(api.get(week).get_json()["items"]) == 3
    weekly(api, studio, rrule="FREQ=DAILY;COUNT=4", starts_at="2030-03-08T15:00:00Z", ends_at="2030-03-08T16:00:00Z")
    with count_statements() as large:
        assert len(api.get(week).get_json()["items"]) == 6
    assert small.count == large.count


def test_working_hours_refuse_bookings_outside_unless_owner_overrides(studio, client_as):
    owner, trainer = client_as(studio.owner), client_as(studio.trainer_user)
    hours = {"intervals": [{"weekday": 0, "starts_at": "09:00", "ends_at": "17:00"}]}
    assert trainer.put(f"/api/trainers/{studio.trainer.id}/working-hours", json=hours).status_code == 200
    assert book(trainer, studio.trainer.id, "16:30", "17:30").get_json()["error"]["code"] == "outside_working_hours"
    assert book(trainer, studio.trainer.id, "16:30", "17:30", override=True).status_code == 403
    forced = book(owner, studio.trainer.id, "16:30", "17:30", override=True)
    assert forced.status_code == 201 and forced.get_json()["outside_hours"]
    off = {"starts_at": T.format("09:00"), "ends_at": T.format("12:00"), "reason": "Dentist"}
    assert trainer.post(f"/api/trainers/{studio.trainer.id}/time-off", json=off).status_code == 201
    assert book(trainer, studio.trainer.id, "10:00", "11:00").status_code == 409
    assert book(trainer, studio.trainer.id, "12:00", "13:00").status_code == 201


def test_free_slots_skip_sessions_time_off_and_closed_hours(studio, client_as):
    api = client_as(studio.owner)
    hours = {"intervals": [{"weekday": 0, "starts_at": "09:00", "ends_at": "13:00"}]}
    api.put(f"/api/trainers/{studio.trainer.id}/working-hours", json=hours)
    book(api, studio.trainer.id, "10:00", "11:00")
    off = {"starts_at": T.format("12:00"), "ends_at": T.format("12:30")}
    api.post(f"/api/trainers/{studio.trainer.id}/time-off", json=off)
    response = api.get(
        f"/api/trainers/{studio.trainer.id}/free-slots?from=2030-01-07&to=2030-01-13&duration=60&step=30"
    )
    assert response.status_code == 200
    starts = [slot["local_start"][11:16] for slot in response.get_json()["items"]]
    assert starts == ["09:00", "11:00"]
    assert response.get_json()["meta"]["total"] == 2


def test_free_slots_bad_range_is_refused(studio, client_as):
    api = client_as(studio.owner)
    url = f"/api/trainers/{studio.trainer.id}/free-slots?from=2030-01-07&to=2030-06-07&duration=60"
    assert api.get(url).status_code == 422


def test_reminders_follow_moves_and_cancellations(studio, client_as):
    api = client_as(studio.owner)
    session = book(api, studio.trainer.id, client_ids=[studio.client.id]).get_json()
    items = api.get(f"/api/sessions/{session['id']}/reminders").get_json()["items"]
    assert [(r["kind"], r["due_at"], r["status"]) for r in items] == [
        ("24h", "2030-01-06T10:00:00+00:00", "pending"),
        ("1h", "2030-01-07T09:00:00+00:00", "pending"),
    ]
    api.patch(f"/api/sessions/{session['id']}", json={"starts_at": T.format("14:00"), "ends_at": T.format("15:00")})
    items = api.get(f"/api/sessions/{session['id']}/reminders").get_json()["items"]
    assert [r["due_at"] for r in items] == ["2030-01-06T14:00:00+00:00", "2030-01-07T13:00:00+00:00"]
    api.post(f"/api/sessions/{session['id']}/cancel", json={})
    assert {r.status for r in db.session.scalars(sa.select(Reminder))} == {"cancelled"}


def test_reminder_offsets_are_configurable_per_organization(studio, client_as):
    api = client_as(studio.owner)
    assert api.put("/api/scheduling/settings", json={"reminder_offsets": [120]}).status_code == 200
    assert (
        client_as(studio.trainer_user).put("/api/scheduling/settings", json={"reminder_offsets": [5]}).status_code
        == 403
    )
    session = book(api, studio.trainer.id, client_ids=[studio.client.id]).get_json()
    items = api.get(f"/api/sessions/{session['id']}/reminders").get_json()["items"]
    assert [(r["kind"], r["due_at"]) for r in items] == [("2h", "2030-01-07T08:00:00+00:00")]


def test_feed_is_valid_icalendar_with_series_exdates_and_cancellations(studio, client_as, client):
    api = client_as(studio.trainer_user)
    series = weekly(api, studio).get_json()
    items = api.get(f"/api/sessions?series_id={series['id']}").get_json()["items"]
    api.post(f"/api/sessions/{items[1]['id']}/cancel", json={})
    api.patch(
        f"/api/sessions/{items[2]['id']}", json={"starts_at": "2030-03-18T15:00:00Z", "ends_at": "2030-03-18T16:00:00Z"}
    )
    single = book(api, studio.trainer.id, client_ids=[studio.client.id]).get_json()
    api.post(f"/api/sessions/{single['id']}/cancel", json={})
    feed = api.post("/api/calendar/feeds", json={"trainer_id": studio.trainer.id}).get_json()
    assert feed["url"].endswith(f"/api/calendar/feeds/{feed['token']}.ics")
    response = client.get(f"/api/calendar/feeds/{feed['token']}.ics")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.data)
    assert {tz["TZID"] for tz in calendar.walk("VTIMEZONE")} == {"America/New_York", "Europe/London"}
    events = calendar.walk("VEVENT")
    master = next(e for e in events if "RRULE" in e)
    assert str(master["UID"]) == next(e for e in events if "RECURRENCE-ID" in e)["UID"]
    assert master["RRULE"]["FREQ"] == ["WEEKLY"]
    assert master["DTSTART"].params["TZID"] == "America/New_York"
    assert master["DTSTART"].dt.hour == 7
    assert [d.dt.day for d in master["EXDATE"].dts] == [11]
    cancelled = next(e for e in events if str(e["UID"]).startswith(f"session-{single['id']}@"))
    assert cancelled["STATUS"] == "CANCELLED"
    assert all("DTSTAMP" in e for e in events)


def test_revoked_feed_answers_404_and_token_hash_only_is_stored(studio, client_as, client):
    api = client_as(studio.client_user)
    assert api.post("/api/calendar/feeds", json={"client_id": studio.other_client.id}).status_code == 404
    feed = api.post("/api/calendar/feeds", json={"client_id": studio.client.id}).get_json()
    assert client.get(f"/api/calendar/feeds/{feed['token']}.ics").status_code == 200
    raw = db.session.execute(sa.text("SELECT token_hash FROM calendar_feeds")).scalars().all()
    assert feed["token"] not in raw and len(raw[0]) == 64
    assert api.delete(f"/api/calendar/feeds/{feed['id']}").status_code == 204
    assert client.get(f"/api/calendar/feeds/{feed['token']}.ics").status_code == 404
    assert client.get("/api/calendar/feeds/not-a-token.ics").status_code == 404


def test_new_feed_revokes_the_previous_one(studio, client_as, client):
    api = client_as(studio.trainer_user)
    first = api.post("/api/calendar/feeds", json={"trainer_id": studio.trainer.id}).get_json()
    second = api.post("/api/calendar/feeds", json={"trainer_id": studio.trainer.id}).get_json()
    assert client.get(f"/api/calendar/feeds/{first['token']}.ics").status_code == 404
    assert client.get(f"/api/calendar/feeds/{second['token']}.ics").status_code == 200


def test_single_session_download_is_valid_icalendar(studio, client_as):
    session = book(client_as(studio.owner), studio.trainer.id, client_ids=[studio.client.id]).get_json()
    response = client_as(studio.client_user).get(f"/api/sessions/{session['id']}.ics")
    assert response.status_code == 200
    assert f'filename="session-{session["id"]}.ics"' in response.headers["Content-Disposition"]
    event = icalendar.Calendar.from_ical(response.data).walk("VEVENT")[0]
    assert str(event["UID"]).startswith(f"session-{session['id']}@")
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert event["STATUS"] == "CONFIRMED"


def test_sessions_export_is_csv(studio, client_as):
    book(client_as(studio.owner), studio.trainer.id, client_ids=[studio.client.id])
    response = client_as(studio.owner).get("/api/sessions/export")
    assert response.status_code == 200
    assert response.data.decode().count("\r\n") == 2


def test_sessions_export_as_xlsx_shows_starts_in_the_readers_zone(studio, client_as):
    book(client_as(studio.owner), studio.trainer.id, client_ids=[studio.client.id], price="40.00")
    response = client_as(studio.owner).get("/api/sessions/export?format=xlsx")
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.data)).active
    header = [cell.value for cell in sheet[1]]
    assert header[1:3] == ["Starts (Europe/London)", "Ends (Europe/London)"]
    row = dict(zip(header, sheet[2], strict=True))
    assert row["Starts (Europe/London)"].value == datetime(2030, 1, 7, 10, 0)
    assert row["Clients"].value == studio.client.full_name
    assert row["Price"].value == 40 and row["Price"].data_type == "n"


def test_feeds_list_filters_by_person_and_still_scopes_to_the_caller(studio, client_as):
    owner = client_as(studio.owner)
    trainer_feed = owner.post("/api/calendar/feeds", json={"trainer_id": studio.trainer.id}).get_json()
    client_feed = owner.post("/api/calendar/feeds", json={"client_id": studio.client.id}).get_json()
    listed = owner.get("/api/calendar/feeds", query_string={"trainer_id": studio.trainer.id}).get_json()["items"]
    assert [f["id"] for f in listed] == [trainer_feed["id"]]
    listed = owner.get("/api/calendar/feeds", query_string={"client_id": studio.client.id}).get_json()["items"]
    assert [f["id"] for f in listed] == [client_feed["id"]]
    # A trainer asking for someone else's feeds gets none, not theirs.
    other = client_as(studio.trainer_user).get("/api/calendar/feeds", query_string={"client_id": studio.client.id})
    assert other.get_json()["items"] == []
    assert owner.get("/api/calendar/feeds?trainer_id=abc").status_code == 422


def test_working_hours_refuse_overlapping_intervals_on_a_day(studio, client_as):
    api = client_as(studio.trainer_user)
    url = f"/api/trainers/{studio.trainer.id}/working-hours"
    touching = [
        {"weekday": 0, "starts_at": "09:00", "ends_at": "12:00"},
        {"weekday": 0, "starts_at": "12:00", "ends_at": "17:00"},
        {"weekday": 1, "starts_at": "10:00", "ends_at": "14:00"},
    ]
    assert api.put(url, json={"intervals": touching}).status_code == 200
    overlapping = [*touching, {"weekday": 1, "starts_at": "13:30", "ends_at": "18:00"}]
    response = api.put(url, json={"intervals": overlapping})
    assert response.status_code == 422
    assert "13:30" in str(response.get_json()["error"]["fields"]["intervals"])
    assert len(api.get(url).get_json()["intervals"]) == 3
