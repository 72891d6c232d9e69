"""Can a key book, read and cancel recurring series through /api/v2/series?"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.scheduling import series as series_service
from fitnesscrm.scheduling.models import Session
from tests.api_v2.conftest import statements_by_limit, walk
from tests.factories import principal_for

SOON = datetime.now(UTC).replace(microsecond=0, second=0, minute=0) + timedelta(days=2)


def _body(studio, start=SOON, **extra):
    return {
        "trainer_id": studio.trainer.id,
        "client_ids": [studio.client.id],
        "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(hours=1)).isoformat(),
        "rrule": "FREQ=WEEKLY;COUNT=4",
        "override": True,
        **extra,
    }


def _book(studio, *, hours: int = 0, trainer=None):
    start = SOON + timedelta(hours=hours)
    return series_service.create(
        actor=principal_for(studio.owner), trainer_id=(trainer or studio.trainer).id, starts_at=start,
        ends_at=start + timedelta(minutes=30), rrule="FREQ=DAILY;COUNT=2", client_ids=[], override=True,
        kind="group",
    )  # fmt: skip


def test_create_series_books_its_occurrences(api_as, studio):
    response = api_as("sessions:write").post("/api/v2/series", json=_body(studio, title="Strength block"))
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["object"] == "series" and body["occurrence_count"] == 4 and body["rrule"].startswith("FREQ=WEEKLY")
    assert datetime.fromisoformat(body["first_starts_at"]) == SOON and body["client_ids"] == [studio.client.id]
    sessions = api_as("sessions:read").get(f"/api/v2/sessions?client_id={studio.client.id}").get_json()["data"]
    assert [item["series_id"] for item in sessions] == [body["id"]] * 4
    reader = api_as("sessions:read")
    assert [item["id"] for item in reader.get(f"/api/v2/series?client_id={studio.client.id}").get_json()["data"]] == [
        body["id"]
    ]
    assert reader.get(f"/api/v2/series?client_id={studio.other_client.id}").get_json()["data"] == []


def test_create_series_validates_and_refuses_overlaps(api_as, studio, other_studio):
    api = api_as("sessions:write")
    assert api.post("/api/v2/series", json=_body(studio, rrule="EVERY MONDAY")).status_code == 422
    assert api.post("/api/v2/series", json=_body(studio, price="20.00")).status_code == 422
    assert api.post("/api/v2/series", json=_body(studio, trainer_id=other_studio.trainer.id)).status_code == 404
    assert api.post("/api/v2/series", json=_body(studio)).status_code == 201
    assert api.post("/api/v2/series", json=_body(studio)).status_code == 409


def test_cancel_series_cancels_what_has_not_begun(api_as, studio):
    made = _book(studio)
    api = api_as("sessions:write")
    response = api.post(f"/api/v2/series/{made.id}/cancel", json={"reason": "Moving studio"})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["occurrence_count"] == 0 and response.get_json()["cancelled_at"]
    statuses = db.session.scalars(sa.select(Session.status).where(Session.series_id == made.id)).all()
    assert statuses == ["cancelled", "cancelled"]
    assert api.post(f"/api/v2/series/{made.id}/cancel").status_code == 409
    listed = api.get("/api/v2/series?status=cancelled").get_json()["data"]
    assert [item["id"] for item in listed] == [made.id]
    assert api.get("/api/v2/series?status=active").get_json()["data"] == []


def test_another_studios_series_is_404(api_as, other_studio):
    theirs = _book(other_studio)
    api = api_as("sessions:write")
    assert api.get(f"/api/v2/series/{theirs.id}").status_code == 404
    assert api.post(f"/api/v2/series/{theirs.id}/cancel").status_code == 404
    assert api.get("/api/v2/series").get_json()["data"] == []


def test_series_need_the_sessions_scope(client, api_as, studio):
    made = _book(studio)
    assert client.get("/api/v2/series").status_code == 401
    assert api_as("sessions:read").post(f"/api/v2/series/{made.id}/cancel").status_code == 403
    assert api_as("trainers:read").get(f"/api/v2/series/{made.id}").status_code == 403


def test_series_pages_and_statement_count(api_as, studio, count_statements):
    for day in range(30):
        _book(studio, hours=day * 72)
    api = api_as("sessions:read")
    ids = [item["id"] for item in walk(api, "/api/v2/series", limit=7)]
    assert len(ids) == 30 and ids == sorted(set(ids))
    first, second = statements_by_limit(api, "/api/v2/series", count_statements)
    assert first == second <= 5
