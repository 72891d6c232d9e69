"""Can staff book a weekly series across a DST change, then edit or cancel one, the following or all occurrences?"""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.scheduling.models import Session, SessionSeries


def weekly(api, studio, count=6, **extra):
    payload = {
        "trainer_id": studio.trainer.id,
        "starts_at": "2030-03-04T07:00:00-05:00",
        "ends_at": "2030-03-04T08:00:00-05:00",
        "timezone": "America/New_York",
        "rrule": f"FREQ=WEEKLY;BYDAY=MO;COUNT={count}",
        "client_ids": [studio.client.id],
    }
    return api.post("/api/series", json={**payload, **extra})


def occurrences(api, series_id):
    return api.get(f"/api/sessions?series_id={series_id}").get_json()["items"]


def test_series_materialises_occurrences_at_the_same_local_time_across_dst(studio, client_as):
    api = client_as(studio.owner)
    response = weekly(api, studio)
    assert response.status_code == 201, response.get_json()
    series = response.get_json()
    assert series["occurrence_count"] == 6
    items = occurrences(api, series["id"])
    assert {item["local_start"][11:] for item in items} == {"07:00:00"}
    assert [item["starts_at"][11:16] for item in items[:3]] == [
        "12:00",
        "11:00",
        "11:00",
    ]  # DST starts Sunday 10 March 2030


def test_series_overlapping_a_booking_is_refused_whole(studio, client_as):
    api = client_as(studio.owner)
    taken = api.post(
        "/api/sessions",
        json={"trainer_id": studio.trainer.id, "starts_at": "2030-03-18T11:30:00Z", "ends_at": "2030-03-18T12:30:00Z"},
    ).get_json()
    response = weekly(api, studio)
    assert response.status_code == 409
    assert response.get_json()["error"]["fields"]["conflict"]["session_id"] == taken["id"]
    assert db.session.scalar(sa.select(sa.func.count()).select_from(SessionSeries)) == 0


def test_edit_one_occurrence_makes_an_exception_that_series_edits_keep(studio, client_as):
    api = client_as(studio.owner)
    series = weekly(api, studio).get_json()
    items = occurrences(api, series["id"])
    moved = api.patch(
        f"/api/sessions/{items[1]['id']}",
        json={"starts_at": "2030-03-12T15:00:00Z", "ends_at": "2030-03-12T16:00:00Z"},
    )
    assert moved.status_code == 200 and moved.get_json()["is_exception"]
    response = api.patch(
        f"/api/sessions/{items[0]['id']}",
        json={
            "scope": "all",
            "starts_at": "2030-03-04T09:00:00-05:00",
            "ends_at": "2030-03-04T10:30:00-05:00",
            "location": "Park",
        },
    )
    assert response.status_code == 200, response.get_json()
    after = occurrences(api, series["id"])
    assert after[1]["starts_at"] == "2030-03-12T15:00:00+00:00"
    others = [item for i, item in enumerate(after) if i != 1]
    assert {(o["local_start"][11:], o["local_end"][11:], o["location"]) for o in others} == {
        ("09:00:00", "10:30:00", "Park")
    }


def test_edit_this_and_following_splits_the_series(studio, client_as):
    api = client_as(studio.owner)
    series = weekly(api, studio).get_json()
    items = occurrences(api, series["id"])
    response = api.patch(
        f"/api/sessions/{items[3]['id']}",
        json={"scope": "following", "starts_at": "2030-03-25T18:00:00-04:00", "ends_at": "2030-03-25T19:00:00-04:00"},
    )
    assert response.status_code == 200, response.get_json()
    new_series_id = response.get_json()["series_id"]
    assert new_series_id != series["id"]
    old, new = db.session.get(SessionSeries, series["id"]), db.session.get(SessionSeries, new_series_id)
    assert old.rrule.endswith("COUNT=3") and new.rrule.endswith("COUNT=3")
    assert [o["local_start"][11:16] for o in occurrences(api, series["id"])] == ["07:00"] * 3
    assert [o["local_start"][11:16] for o in occurrences(api, new_series_id)] == ["18:00"] * 3


def test_cancel_following_cancels_the_rest_and_ends_the_rule(studio, client_as):
    api = client_as(studio.owner)
    series = weekly(api, studio).get_json()
    items = occurrences(api, series["id"])
    response = api.post(f"/api/sessions/{items[2]['id']}/cancel", json={"scope": "following", "reason": "Moved away"})
    assert response.status_code == 200
    statuses = [o["status"] for o in occurrences(api, series["id"])]
    assert statuses == ["scheduled"] * 2 + ["cancelled"] * 4
    assert db.session.get(SessionSeries, series["id"]).rrule.endswith("COUNT=2")
    # The freed slots can be booked again.
    again = api.post(
        "/api/sessions",
        json={"trainer_id": studio.trainer.id, "starts_at": "2030-03-18T11:00:00Z", "ends_at": "2030-03-18T12:00:00Z"},
    )
    assert again.status_code == 201


def test_cancel_all_marks_the_series_cancelled(studio, client_as):
    api = client_as(studio.owner)
    series = weekly(api, studio).get_json()
    items = occurrences(api, series["id"])
    assert api.post(f"/api/sessions/{items[4]['id']}/cancel", json={"scope": "all"}).status_code == 200
    assert {o["status"] for o in occurrences(api, series["id"])} == {"cancelled"}
    assert api.get(f"/api/series/{series['id']}").get_json()["cancelled_at"]


def test_open_ended_series_is_materialised_a_year_and_extends_on_demand(studio, client_as):
    api = client_as(studio.owner)
    series = weekly(api, studio, rrule="FREQ=WEEKLY;BYDAY=MO").get_json()
    assert 50 <= series["occurrence_count"] <= 53
    until = "2031-09-01T00:00:00Z"
    extended = api.post(f"/api/series/{series['id']}/extend", json={"until": until})
    assert extended.status_code == 200
    assert extended.get_json()["occurrence_count"] > series["occurrence_count"] + 20
    count = db.session.scalar(sa.select(sa.func.count()).where(Session.series_id == series["id"]))
    assert api.post(f"/api/series/{series['id']}/extend", json={"until": until}).status_code == 200
    assert db.session.scalar(sa.select(sa.func.count()).where(Session.series_id == series["id"])) == count


def test_bad_rule_is_refused_with_nothing_written(studio, client_as):
    api = client_as(studio.owner)
    response = weekly(api, studio, rrule="FREQ=MINUTELY")
    assert response.status_code == 422
    assert "rrule" in response.get_json()["error"]["fields"]
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Session)) == 0


def test_series_clashing_with_a_clients_other_booking_is_refused(studio, client_as):
    api = client_as(studio.owner)
    taken = api.post(
        "/api/sessions",
        json={
            "trainer_id": studio.other_trainer.id,
            "client_ids": [studio.client.id],
            "starts_at": "2030-03-11T11:30:00Z",
            "ends_at": "2030-03-11T12:30:00Z",
        },
    ).get_json()
    response = weekly(api, studio)
    assert response.status_code == 409
    conflict = response.get_json()["error"]["fields"]["conflict"]
    assert (conflict["session_id"], conflict["client_id"]) == (taken["id"], studio.client.id)


def test_series_wide_move_moves_the_reminders(studio, client_as):
    api = client_as(studio.owner)
    series = weekly(api, studio, count=2).get_json()
    items = occurrences(api, series["id"])
    api.patch(
        f"/api/sessions/{items[0]['id']}",
        json={"scope": "all", "starts_at": "2030-03-04T09:00:00-05:00", "ends_at": "2030-03-04T10:00:00-05:00"},
    )
    due = [r["due_at"] for r in api.get(f"/api/sessions/{items[1]['id']}/reminders").get_json()["items"]]
    assert due == ["2030-03-10T13:00:00+00:00", "2030-03-11T12:00:00+00:00"]
    api.post(f"/api/sessions/{items[0]['id']}/cancel", json={"scope": "all"})
    statuses = {r["status"] for r in api.get(f"/api/sessions/{items[1]['id']}/reminders").get_json()["items"]}
    assert statuses == {"cancelled"}


def test_lengthening_all_occurrences_past_twelve_hours_is_a_422(studio, client_as):
    api = client_as(studio.owner)
    series = weekly(api, studio, count=3).get_json()
    first = occurrences(api, series["id"])[0]
    response = api.patch(f"/api/sessions/{first['id']}", json={"scope": "all", "ends_at": "2030-03-04T21:00:00-05:00"})
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"] == {"ends_at": ["At most 12 hours after starts_at."]}


def test_series_starting_more_than_a_year_ago_is_refused(studio, client_as):
    response = weekly(client_as(studio.owner), studio, starts_at="1900-01-01T10:00:00Z", ends_at="1900-01-01T11:00:00Z")
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"] == {"starts_at": ["At most a year ago."]}
    assert db.session.scalar(sa.select(sa.func.count()).select_from(SessionSeries)) == 0
