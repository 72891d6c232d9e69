"""Can a key book, move, cancel and mark sessions through /api/v2/sessions, with the scheduling rules kept?"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.extensions import db
from fitnesscrm.scheduling import service as scheduling
from tests.api_v2.conftest import statements_by_limit, walk
from tests.factories import principal_for

SOON = datetime.now(UTC).replace(microsecond=0, second=0) + timedelta(days=3)


def _book(studio, *, hours_from_soon: int = 0, client=None, trainer=None):
    start = SOON + timedelta(hours=hours_from_soon)
    return scheduling.create(
        actor=principal_for(studio.owner),
        trainer_id=(trainer or studio.trainer).id,
        starts_at=start,
        ends_at=start + timedelta(hours=1),
        client_ids=[(client or studio.client).id],
        override=True,
        kind="personal",
    )


def _body(studio, start=SOON, **extra):
    return {
        "trainer_id": studio.trainer.id,
        "client_ids": [studio.client.id],
        "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(hours=1)).isoformat(),
        "override": True,
        **extra,
    }


def _activity_count(organization_id: int, entity_type: str) -> int:
    return db.session.scalar(
        sa.select(sa.func.count())
        .select_from(ActivityEntry)
        .where(ActivityEntry.organization_id == organization_id, ActivityEntry.entity_type == entity_type)
    )


def test_create_session_books_it_and_records_activity(api_as, studio):
    response = api_as("sessions:write").post("/api/v2/sessions", json=_body(studio, title="Deadlifts"))
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["object"] == "session" and body["status"] == "scheduled" and body["title"] == "Deadlifts"
    assert body["client_ids"] == [studio.client.id] and body["trainer_id"] == studio.trainer.id
    assert datetime.fromisoformat(body["starts_at"]) == SOON
    assert "price" not in body
    assert _activity_count(studio.org.id, "session") == 1


def test_create_session_over_another_is_409(api_as, studio):
    _book(studio)
    response = api_as("sessions:write").post("/api/v2/sessions", json=_body(studio))
    assert response.status_code == 409
    assert response.get_json()["error"]["message"]


@pytest.mark.parametrize(
    "change",
    [
        {"starts_at": "tomorrow"},
        {"ends_at": (SOON - timedelta(hours=1)).isoformat()},
        {"kind": "party"},
        {"colour": "red"},
        {"price": "10.00"},
    ],
)
def test_create_session_refuses_a_bad_body(api_as, studio, change):
    response = api_as("sessions:write").post("/api/v2/sessions", json=_body(studio) | change)
    assert response.status_code == 422, response.get_json()
    assert set(response.get_json()["error"]["fields"]) & (set(change) | {"ends_at"})


def test_create_session_with_another_studios_people_is_refused(api_as, studio, other_studio):
    api = api_as("sessions:write")
    assert api.post("/api/v2/sessions", json=_body(studio, trainer_id=other_studio.trainer.id)).status_code == 404
    response = api.post("/api/v2/sessions", json=_body(studio, client_ids=[other_studio.client.id]))
    assert response.status_code == 422 and "client_ids" in response.get_json()["error"]["fields"]


def test_move_cancel_and_mark_attendance(api_as, studio):
    api = api_as("sessions:write")
    session = _book(studio)
    later = SOON + timedelta(hours=5)
    moved = api.patch(
        f"/api/v2/sessions/{session.id}",
        json={"starts_at": later.isoformat(), "ends_at": (later + timedelta(minutes=30)).isoformat(), "override": True},
    )
    assert moved.status_code == 200, moved.get_json()
    assert datetime.fromisoformat(moved.get_json()["ends_at"]) == later + timedelta(minutes=30)
    not_yet = api.post(f"/api/v2/sessions/{session.id}/attendance", json={"status": "completed"})
    assert not_yet.status_code == 422
    late = api.post(f"/api/v2/sessions/{session.id}/attendance", json={"status": "late_cancel", "note": "Ill"})
    assert late.status_code == 200 and late.get_json()["status"] == "late_cancel"
    other = _book(studio, hours_from_soon=24)
    cancelled = api.post(f"/api/v2/sessions/{other.id}/cancel", json={"reason": "Gym closed"})
    assert cancelled.status_code == 200, cancelled.get_json()
    assert cancelled.get_json()["status"] == "cancelled" and cancelled.get_json()["cancel_reason"] == "Gym closed"
    assert api.patch(f"/api/v2/sessions/{other.id}", json={"title": "Again"}).status_code == 409


def test_list_sessions_filters_by_range_trainer_client_and_status(api_as, studio, other_studio):
    first = _book(studio)
    second = _book(studio, hours_from_soon=48, client=studio.other_client, trainer=studio.other_trainer)
    _book(other_studio)
    api = api_as("sessions:read")

    def ids(query: str) -> list[int]:
        response = api.get(f"/api/v2/sessions{query}")
        assert response.status_code == 200, response.get_json()
        return [item["id"] for item in response.get_json()["data"]]

    assert ids("") == [first.id, second.id]
    assert ids(f"?trainer_id={studio.other_trainer.id}") == [second.id]
    assert ids(f"?client_id={studio.client.id}") == [first.id]
    end_of_first = (SOON + timedelta(hours=2)).isoformat().replace("+00:00", "Z")
    assert ids(f"?to={end_of_first}") == [first.id]
    assert ids(f"?from={end_of_first}") == [second.id]
    assert ids("?status=cancelled") == []


def test_another_studios_session_is_404(api_as, studio, other_studio):
    theirs = _book(other_studio)
    api = api_as("sessions:write")
    assert api.get(f"/api/v2/sessions/{theirs.id}").status_code == 404
    assert api.patch(f"/api/v2/sessions/{theirs.id}", json={"title": "Mine"}).status_code == 404
    assert api.post(f"/api/v2/sessions/{theirs.id}/cancel").status_code == 404
    assert api.post(f"/api/v2/sessions/{theirs.id}/attendance", json={"status": "no_show"}).status_code == 404


def test_sessions_need_the_scope(client, api_as, studio):
    session = _book(studio)
    assert client.get(f"/api/v2/sessions/{session.id}").status_code == 401
    reader = api_as("sessions:read")
    assert reader.get(f"/api/v2/sessions/{session.id}").status_code == 200
    assert reader.post(f"/api/v2/sessions/{session.id}/cancel").status_code == 403
    assert reader.post("/api/v2/sessions", json=_body(studio)).status_code == 403
    assert api_as("clients:write").get("/api/v2/sessions").status_code == 403


def test_session_pages_and_statement_count(api_as, studio, count_statements):
    for hour in range(0, 60, 2):
        _book(studio, hours_from_soon=hour)
    api = api_as("sessions:read")
    ids = [item["id"] for item in walk(api, "/api/v2/sessions", limit=7)]
    assert ids == sorted(set(ids)) and len(ids) == 30
    first, second = statements_by_limit(api, "/api/v2/sessions", count_statements)
    assert first == second <= 5
