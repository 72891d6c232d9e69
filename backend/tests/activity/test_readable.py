"""Does the activity log keep and show what people can read: names not ids, instants in UTC, labels for everything?"""

from __future__ import annotations

import importlib.util
import json
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from fitnesscrm.activity import labels
from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.clients.service import EDITABLE as CLIENT_FIELDS
from fitnesscrm.core.events import RecordChanged
from fitnesscrm.extensions import db
from fitnesscrm.models import Organization
from fitnesscrm.scheduling.models import Session, SessionSeries
from fitnesscrm.trainers.service import EDITABLE as TRAINER_FIELDS
from tests.factories import ActivityEntryFactory, ClientFactory

MIGRATION = Path(__file__).parents[2] / "migrations/versions/e7b1d9c4a6f3_activity_entries_read_well.py"


def _entries(entity_type: str) -> list[ActivityEntry]:
    stmt = sa.select(ActivityEntry).where(ActivityEntry.entity_type == entity_type).order_by(ActivityEntry.id)
    return list(db.session.scalars(stmt))


def _recorded_entity_types(event_type=RecordChanged) -> set[str]:
    found = set()
    for subclass in event_type.__subclasses__():
        if "entity_type" in vars(subclass):
            found.add(subclass.entity_type)
        found |= _recorded_entity_types(subclass)
    return found


def test_every_record_type_logged_has_a_label_and_a_filter(studio, client_as):
    assert _recorded_entity_types() <= set(labels.ENTITY_TYPES)
    assert {"client", "trainer", "session", "session_series", "organization"} <= _recorded_entity_types()
    body = client_as(studio.owner).get("/api/activity/filters").get_json()
    assert {"value": "session", "label": "Session"} in body["entity_types"]
    assert {"value": "session_series", "label": "Recurring sessions"} in body["entity_types"]
    assert {"value": "organization", "label": "Studio settings"} in body["entity_types"]
    assert [choice["value"] for choice in body["actions"]] == list(labels.ACTIONS)


def test_every_field_logged_for_clients_trainers_and_sessions_has_a_label(studio, client_as):
    api = client_as(studio.owner)
    session = api.post(
        "/api/sessions",
        json={"trainer_id": studio.trainer.id, "starts_at": "2030-01-07T10:00:00Z", "ends_at": "2030-01-07T11:00:00Z"},
    ).get_json()
    series = api.post(
        "/api/series",
        json={"trainer_id": studio.trainer.id, "starts_at": "2030-02-04T10:00:00Z", "ends_at": "2030-02-04T11:00:00Z",
              "rrule": "FREQ=WEEKLY;COUNT=2"},
    ).get_json()  # fmt: skip
    logged = {field for entry in _entries("session") + _entries("session_series") for field in entry.changes}
    assert session["id"] and series["id"]
    assert set(CLIENT_FIELDS) | set(TRAINER_FIELDS) | logged <= set(labels.FIELDS)


def test_booking_a_session_logs_its_people_by_name_and_its_times_in_utc(studio, client_as):
    ann = ClientFactory(organization_id=studio.org.id, first_name="Ann", last_name="Lee")
    response = client_as(studio.owner).post(
        "/api/sessions",
        json={
            "trainer_id": studio.trainer.id,
            "client_ids": [ann.id],
            "starts_at": "2030-01-07T09:00:00-05:00",
            "ends_at": "2030-01-07T10:00:00-05:00",
            "capacity": 2,
        },
    )
    assert response.status_code == 201, response.get_json()
    [entry] = _entries("session")
    assert entry.entity_label == "Personal session with Ann Lee"
    assert entry.entity_at == datetime(2030, 1, 7, 14, 0, tzinfo=UTC)
    assert entry.changes["clients"] == {"before": None, "after": ["Ann Lee"]}
    assert entry.changes["trainer"] == {"before": None, "after": studio.trainer.full_name}
    assert entry.changes["starts_at"]["after"] == "2030-01-07T14:00:00+00:00"
    assert not {"client_ids", "trainer_id"} & set(entry.changes)

    moved = client_as(studio.owner).patch(
        f"/api/sessions/{entry.entity_id}", json={"client_ids": [ann.id, studio.client.id]}
    )
    assert moved.status_code == 200, moved.get_json()
    change = _entries("session")[-1].changes["clients"]
    assert change == {"before": ["Ann Lee"], "after": sorted(["Ann Lee", studio.client.full_name])}


def test_a_series_logs_its_rule_in_words_and_its_first_start(studio, client_as):
    response = client_as(studio.owner).post(
        "/api/series",
        json={
            "trainer_id": studio.trainer.id, "client_ids": [studio.client.id], "starts_at": "2030-02-05T10:00:00Z",
            "ends_at": "2030-02-05T11:00:00Z", "rrule": "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4", "title": "Strength block",
        },
    )  # fmt: skip
    assert response.status_code == 201, response.get_json()
    [entry] = _entries("session_series")
    assert entry.entity_label == f"Strength block with {studio.client.full_name} (weekly on Tue, Thu, 4 times)"
    assert entry.entity_at == datetime(2030, 2, 5, 10, tzinfo=UTC)
    assert entry.changes["repeats"]["after"] == "Weekly on Tue, Thu, 4 times"
    assert entry.changes["starts_at"]["after"] == "2030-02-05T10:00:00+00:00"
    assert not {"rrule", "local_start", "client_ids", "trainer_id"} & set(entry.changes)


def test_time_off_is_logged_in_utc_whatever_offset_it_came_with(studio, client_as):
    api = client_as(studio.owner)
    added = api.post(
        f"/api/trainers/{studio.trainer.id}/time-off",
        json={"starts_at": "2030-01-08T09:00:00-05:00", "ends_at": "2030-01-08T17:00:00-05:00"},
    )
    assert added.status_code == 201, added.get_json()
    assert api.delete(f"/api/time-off/{added.get_json()['id']}").status_code == 204
    spans = [entry.changes["time_off"] for entry in _entries("trainer")]
    utc = ["2030-01-08T14:00:00+00:00", "2030-01-08T22:00:00+00:00"]
    assert spans == [{"before": None, "after": utc}, {"before": utc, "after": None}]


def test_working_hours_are_logged_with_day_names(studio, client_as):
    hours = {"intervals": [{"weekday": 0, "starts_at": "09:00", "ends_at": "17:00"}]}
    response = client_as(studio.owner).put(f"/api/trainers/{studio.trainer.id}/working-hours", json=hours)
    assert response.status_code == 200
    [entry] = _entries("trainer")
    assert entry.changes["working_hours"] == {"before": [], "after": ["Mon 09:00-17:00"]}


def test_deleting_a_trainer_logs_its_fields_one_by_one(studio, client_as):
    trainer = studio.other_trainer
    assert client_as(studio.owner).delete(f"/api/trainers/{trainer.id}").status_code == 204
    [entry] = [entry for entry in _entries("trainer") if entry.action == "delete"]
    assert entry.changes["email"] == {"before": trainer.email, "after": None}
    assert "deleted" not in entry.changes and "bio" not in entry.changes


def test_entries_are_shown_with_labels_and_kinds_in_reading_order(studio, client_as):
    ActivityEntryFactory(
        organization_id=studio.org.id,
        action="archive",
        entity_type="session_series",
        changes={
            "cancelled_at": {"before": None, "after": "2030-01-01T10:00:00+00:00"},
            "first_name": {"before": "Al", "after": "Alan"},
            "made_up_field": {"before": 1, "after": 2},
        },
    )
    [item] = client_as(studio.owner).get("/api/activity").get_json()["items"]
    assert (item["action_label"], item["entity_type_label"]) == ("Archived", "Recurring sessions")
    assert [(c["field"], c["label"], c["kind"]) for c in item["changes"]] == [
        ("first_name", "First name", "text"),
        ("cancelled_at", "Cancelled", "instant"),
        ("made_up_field", "Made up field", "text"),
    ]


def test_entries_written_before_they_read_well_are_rewritten(studio, client_as):
    spec = importlib.util.spec_from_file_location("read_well", MIGRATION)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    api = client_as(studio.owner)
    session_id = api.post(
        "/api/sessions",
        json={"trainer_id": studio.trainer.id, "client_ids": [studio.client.id], "starts_at": "2030-01-07T10:00:00Z",
              "ends_at": "2030-01-07T11:00:00Z"},
    ).get_json()["id"]  # fmt: skip
    series_id = api.post(
        "/api/series",
        json={"trainer_id": studio.trainer.id, "starts_at": "2030-02-05T10:00:00Z", "ends_at": "2030-02-05T11:00:00Z",
              "rrule": "FREQ=WEEKLY;BYDAY=TU;COUNT=2"},
    ).get_json()["id"]  # fmt: skip
    db.session.execute(sa.delete(ActivityEntry))
    org = studio.org.id

    def legacy(**fields):
        return ActivityEntryFactory(organization_id=org, **fields)

    before = {"email": "a@b.io", "notes": None}
    deleted = legacy(action="delete", changes={"deleted": {"before": before, "after": None}})
    session = legacy(
        entity_type="session", entity_id=session_id, entity_label="Personal session 2030-01-07 10:00",
        changes={"client_ids": {"before": [], "after": [studio.client.id, 999999]},
                 "trainer_id": {"before": None, "after": studio.trainer.id}},
    )  # fmt: skip
    series = legacy(
        entity_type="session_series", entity_id=series_id, entity_label="Personal series from 2030-02-05 10:00 (…)",
        changes={"rrule": {"before": None, "after": "FREQ=WEEKLY;BYDAY=TU;COUNT=2"},
                 "local_start": {"before": None, "after": "2030-02-05T10:00:00"}},
    )  # fmt: skip
    hours = legacy(
        entity_type="trainer",
        changes={"working_hours": {"before": ["0 09:00-17:00"], "after": []},
                 "time_off": {"before": None, "after": ["2030-01-08T09:00:00-05:00", "2030-01-08T17:00:00-05:00"]}},
    )  # fmt: skip
    migration.rewrite_entries(db.session.connection())
    db.session.expire_all()
    assert deleted.changes == {"email": {"before": "a@b.io", "after": None}}
    assert session.changes == {
        "clients": {"before": [], "after": sorted([studio.client.full_name, "Deleted client"])},
        "trainer": {"before": None, "after": studio.trainer.full_name},
    }
    assert session.entity_label == f"Personal session with {studio.client.full_name}"
    assert session.entity_at == datetime(2030, 1, 7, 10, tzinfo=UTC)
    zone = db.session.get(Organization, org).timezone  # Europe/London: UTC in February
    assert zone == "Europe/London"
    assert series.changes == {
        "repeats": {"before": None, "after": "Weekly on Tue, 2 times"},
        "starts_at": {"before": None, "after": "2030-02-05T10:00:00+00:00"},
    }
    assert series.entity_label == f"Personal sessions, {studio.trainer.full_name} (weekly on Tue, 2 times)"
    assert hours.changes["working_hours"] == {"before": ["Mon 09:00-17:00"], "after": []}
    assert hours.changes["time_off"]["after"] == ["2030-01-08T14:00:00+00:00", "2030-01-08T22:00:00+00:00"]
    assert json.dumps(deleted.changes)
    assert db.session.get(Session, session_id) and db.session.get(SessionSeries, series_id)
