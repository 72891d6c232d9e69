"""Can a key read and record clients' measurements through /api/v2/measurements, in SI units?"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.extensions import db
from fitnesscrm.progress.models import Measurement
from tests.api_v2.conftest import statements_by_limit, walk

DAY = date.today() - timedelta(days=2)


def _record(api, client, **body):
    return api.post(
        "/api/v2/measurements",
        json={"client_id": client.id, "type": "weight", "measured_on": DAY.isoformat(), "value": 80.5} | body,
    )


def test_record_measurement_in_kilograms_by_default_and_in_pounds_when_said(api_as, studio):
    api = api_as("measurements:write")
    response = _record(api, studio.client)
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert (body["object"], body["type"], body["value"], body["unit"]) == ("measurement", "weight", 80.5, "kg")
    pounds = _record(api, studio.client, value=200, unit="lb", measured_on=(DAY - timedelta(days=1)).isoformat())
    assert pounds.status_code == 201 and pounds.get_json()["value"] == pytest.approx(90.718)
    assert db.session.scalar(
        sa.select(sa.func.count())
        .select_from(ActivityEntry)
        .where(ActivityEntry.organization_id == studio.org.id, ActivityEntry.entity_id == studio.client.id)
    )


def test_recording_the_same_day_again_corrects_it(api_as, studio):
    api = api_as("measurements:write")
    first = _record(api, studio.client).get_json()
    second = _record(api, studio.client, value=79).get_json()
    listed = api.get(f"/api/v2/measurements?client_id={studio.client.id}").get_json()["data"]
    assert [(item["id"], item["value"]) for item in listed] == [(second["id"], 79.0)]
    assert api.get(f"/api/v2/measurements?client_id={studio.client.id}&type=body_fat").get_json()["data"] == []
    assert db.session.get(Measurement, first["id"]).superseded_by_id == second["id"]


@pytest.mark.parametrize(
    "change",
    [
        {"type": "shoe_size"},
        {"unit": "in"},
        {"value": -1},
        {"value": "heavy"},
        {"measured_on": (date.today() + timedelta(days=3)).isoformat()},
        {"colour": "red"},
    ],
)
def test_record_measurement_refuses_a_bad_body(api_as, studio, change):
    response = _record(api_as("measurements:write"), studio.client, **change)
    assert response.status_code == 422, response.get_json()


def test_another_studios_client_or_measurement_is_404(api_as, studio, other_studio):
    theirs = _record(api_as("measurements:write", organization=other_studio), other_studio.client).get_json()
    api = api_as("measurements:write")
    assert _record(api, other_studio.client).status_code == 404
    assert api.get(f"/api/v2/measurements?client_id={other_studio.client.id}").get_json()["data"] == []
    assert theirs["id"] not in [item["id"] for item in api.get("/api/v2/measurements").get_json()["data"]]


def test_measurements_need_the_scope(client, api_as, studio):
    assert client.get("/api/v2/measurements").status_code == 401
    assert _record(api_as("measurements:read"), studio.client).status_code == 403
    assert api_as("clients:read").get("/api/v2/measurements").status_code == 403


def test_measurement_pages_and_statement_count(api_as, studio, count_statements):
    api = api_as("measurements:write")
    for days in range(30):
        assert _record(api, studio.client, measured_on=(DAY - timedelta(days=days)).isoformat()).status_code == 201
    ids = [item["id"] for item in walk(api, "/api/v2/measurements?type=weight", limit=7)]
    assert len(ids) == 30 and ids == sorted(set(ids))
    first, second = statements_by_limit(api, "/api/v2/measurements", count_statements)
    assert first == second <= 5
