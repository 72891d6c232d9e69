"""Does every scheduling endpoint answer each caller as allowed, and write nothing when it refuses?

The cases use the foundation's authorization matrix (tests/test_authorization.py): anonymous,
each role of a studio, and the owner of another studio (`stranger`).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.conftest import clients_for, loaded, make_studio
from tests.test_authorization import CALLERS, Case, assert_case

ANY_ROLE = {"owner": 200, "admin": 200, "trainer": 200, "client": 200, "stranger": 200}
SEEN_BY_ALL = {"owner": 200, "admin": 200, "trainer": 200, "client": 200, "stranger": 404}
STAFF = {"owner": 200, "admin": 200, "trainer": 200, "stranger": 404}
MANAGERS = {"owner": 200, "admin": 200, "trainer": 404, "stranger": 404}
CREATED = {"owner": 201, "admin": 201, "trainer": 201, "stranger": 404}
DELETED = {"owner": 204, "admin": 204, "trainer": 204, "stranger": 404}
SESSION = {"session_id": "session"}
OTHER_SESSION = {"session_id": "other_session"}
TRAINER = {"trainer_id": "trainer"}
OTHER_TRAINER = {"trainer_id": "other_trainer"}
NEW_BOOKING = {
    "trainer_id": "{trainer}",
    "client_ids": ["{client}"],
    "starts_at": "2030-01-09T10:00:00Z",
    "ends_at": "2030-01-09T11:00:00Z",
}
SLOTS = "from=2030-01-07&to=2030-01-13&duration=60"

CASES = [
    Case("GET", "/api/sessions", ANY_ROLE),
    Case("POST", "/api/sessions", CREATED, body=NEW_BOOKING),
    Case("POST", "/api/sessions", CREATED | {"trainer": 403}, body={**NEW_BOOKING, "trainer_id": "{other_trainer}"}),
    Case("GET", "/api/sessions/export", STAFF | {"stranger": 200}),
    Case("GET", "/api/sessions/<int:session_id>", SEEN_BY_ALL, params=SESSION),
    Case("GET", "/api/sessions/<int:session_id>", MANAGERS | {"client": 404}, params=OTHER_SESSION),
    Case("PATCH", "/api/sessions/<int:session_id>", STAFF, params=SESSION, body={"notes": "Bring water"}),
    Case("PATCH", "/api/sessions/<int:session_id>", MANAGERS, params=OTHER_SESSION, body={"notes": "Bring water"}),
    Case("POST", "/api/sessions/<int:session_id>/cancel", STAFF, params=SESSION, body={"reason": "Ill"}),
    Case("POST", "/api/sessions/<int:session_id>/attendance", STAFF, params=SESSION, body={"status": "late_cancel"}),
    Case("GET", "/api/sessions/<int:session_id>/history", SEEN_BY_ALL, params=SESSION),
    Case("GET", "/api/sessions/<int:session_id>/reminders", STAFF, params=SESSION),
    Case("GET", "/api/sessions/<int:session_id>.ics", SEEN_BY_ALL, params=SESSION),
    Case(
        "POST",
        "/api/series",
        CREATED,
        body={
            **NEW_BOOKING,
            "rrule": "FREQ=WEEKLY;COUNT=2",
            "starts_at": "2030-04-01T10:00:00Z",
            "ends_at": "2030-04-01T11:00:00Z",
        },
    ),
    Case("GET", "/api/series/<int:series_id>", SEEN_BY_ALL, params={"series_id": "series"}),
    Case(
        "POST",
        "/api/series/<int:series_id>/extend",
        STAFF,
        params={"series_id": "series"},
        body={"until": "2031-06-01T00:00:00Z"},
    ),
    Case("GET", "/api/trainers/<int:trainer_id>/working-hours", STAFF, params=TRAINER),
    Case("GET", "/api/trainers/<int:trainer_id>/working-hours", MANAGERS | {"trainer": 403}, params=OTHER_TRAINER),
    Case(
        "PUT",
        "/api/trainers/<int:trainer_id>/working-hours",
        STAFF,
        params=TRAINER,
        body={"intervals": [{"weekday": 0, "starts_at": "08:00", "ends_at": "18:00"}]},
    ),
    Case("GET", "/api/trainers/<int:trainer_id>/time-off", STAFF, params=TRAINER),
    Case(
        "POST",
        "/api/trainers/<int:trainer_id>/time-off",
        CREATED,
        params=TRAINER,
        body={"starts_at": "2030-01-10T00:00:00Z", "ends_at": "2030-01-11T00:00:00Z"},
    ),
    Case("DELETE", "/api/time-off/<int:time_off_id>", DELETED, params={"time_off_id": "time_off"}),
    Case("GET", "/api/trainers/<int:trainer_id>/free-slots", STAFF, params=TRAINER, query=SLOTS),
    Case(
        "GET",
        "/api/trainers/<int:trainer_id>/free-slots",
        MANAGERS | {"trainer": 403},
        params=OTHER_TRAINER,
        query=SLOTS,
    ),
    Case("GET", "/api/scheduling/settings", STAFF | {"stranger": 200}),
    Case(
        "PUT",
        "/api/scheduling/settings",
        {"owner": 200, "admin": 200, "stranger": 200},
        body={"reminder_offsets": [60]},
    ),
    Case("GET", "/api/calendar/feeds", ANY_ROLE),
    Case("POST", "/api/calendar/feeds", CREATED, body={"trainer_id": "{trainer}"}),
    Case(
        "POST",
        "/api/calendar/feeds",
        {"owner": 201, "admin": 201, "client": 201, "stranger": 404},
        body={"client_id": "{client}"},
    ),
    Case("DELETE", "/api/calendar/feeds/<int:feed_id>", DELETED | {"client": 404}, params={"feed_id": "feed"}),
]


@pytest.fixture(scope="module")
def scheduling_studio(app, module_transaction):
    """The studio with a session each for `trainer` (with `client`) and `other_trainer`, a series, time off, a feed.

    Made once for the module (each case then runs in a savepoint on top of it and leaves it as it was):
    made per case, it took longer than the 180 cases themselves.
    """
    with module_transaction.bound():
        studio = make_studio()
        owner = clients_for(app)(studio.owner)

        def made(response):
            assert response.status_code == 201, response.get_json()
            return SimpleNamespace(id=response.get_json()["id"])

        def booking(trainer, client, start, **extra):
            body = {"trainer_id": trainer.id, "client_ids": [client.id], "starts_at": start, **extra}
            return {**body, "ends_at": start.replace("T10", "T11")}

        studio.session = made(
            owner.post("/api/sessions", json=booking(studio.trainer, studio.client, "2030-01-07T10:00:00Z"))
        )
        studio.other_session = made(
            owner.post("/api/sessions", json=booking(studio.other_trainer, studio.other_client, "2030-01-07T10:00:00Z"))
        )
        studio.series = made(
            owner.post(
                "/api/series",
                json=booking(studio.trainer, studio.client, "2030-02-04T10:00:00Z", rrule="FREQ=WEEKLY;COUNT=3"),
            )
        )
        studio.time_off = made(
            owner.post(
                f"/api/trainers/{studio.trainer.id}/time-off",
                json={"starts_at": "2030-01-08T00:00:00Z", "ends_at": "2030-01-09T00:00:00Z"},
            )
        )
        studio.feed = made(owner.post("/api/calendar/feeds", json={"trainer_id": studio.trainer.id}))
        return loaded(studio)


@pytest.fixture(scope="module")
def other_studio(module_transaction):
    """A second organization whose rows the first must never see, made once for the module."""
    with module_transaction.bound():
        return loaded(make_studio())


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.method} {case.rule} {case.params or case.body}")
def test_scheduling_endpoint_answers_each_caller_as_allowed(
    case, caller, scheduling_studio, other_studio, client, client_as
):
    assert_case(case, caller, scheduling_studio, other_studio, client, client_as)
