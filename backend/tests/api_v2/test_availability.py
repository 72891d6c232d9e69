"""Does /api/v2/availability/free-slots give a trainer's free times, paged by time, to a key with the scope?"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from fitnesscrm.scheduling import availability
from fitnesscrm.scheduling import service as scheduling
from tests.factories import principal_for


def _open_mornings(studio) -> tuple[date, ZoneInfo]:
    """The trainer works 09:00-12:00 every day; returns tomorrow in the studio's zone, and the zone."""
    owner = principal_for(studio.owner)
    intervals = [{"weekday": day, "starts_at": time(9), "ends_at": time(12)} for day in range(7)]
    availability.set_hours(actor=owner, trainer_id=studio.trainer.id, intervals=intervals)
    zone = ZoneInfo(availability.organization_zone(studio.org.id))
    return datetime.now(zone).date() + timedelta(days=1), zone


def _url(studio, day: date, **extra) -> str:
    query = {"trainer_id": studio.trainer.id, "duration": 60, "step": 60, "from": day, "to": day, **extra}
    return "/api/v2/availability/free-slots?" + "&".join(f"{key}={value}" for key, value in query.items())


def test_free_slots_leave_out_booked_times(api_as, studio):
    day, zone = _open_mornings(studio)
    ten = datetime.combine(day, time(10), zone)
    scheduling.create(
        actor=principal_for(studio.owner), trainer_id=studio.trainer.id, starts_at=ten,
        ends_at=ten + timedelta(hours=1), client_ids=[studio.client.id], kind="personal",
    )  # fmt: skip
    response = api_as("availability:read").get(_url(studio, day))
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    starts = [datetime.fromisoformat(slot["starts_at"]).astimezone(zone).time() for slot in body["data"]]
    assert starts == [time(9), time(11)] and body["has_more"] is False and body["next_starting_after"] is None
    assert body["data"][0]["object"] == "free_slot"


def test_free_slots_page_by_start_time(api_as, studio):
    day, _ = _open_mornings(studio)
    api = api_as("availability:read")
    seen, after = [], None
    while True:
        url = _url(studio, day, limit=2, step=30) + (f"&starting_after={after.replace('+', '%2B')}" if after else "")
        body = api.get(url).get_json()
        seen += [slot["starts_at"] for slot in body["data"]]
        if not body["has_more"]:
            break
        after = body["next_starting_after"]
    assert len(seen) == 5 and seen == sorted(set(seen))


def test_free_slots_of_another_studios_trainer_or_client_are_refused(api_as, studio, other_studio):
    day, _ = _open_mornings(studio)
    api = api_as("availability:read")
    assert api.get(_url(studio, day, trainer_id=other_studio.trainer.id)).status_code == 404
    assert api.get(_url(studio, day, client_ids=other_studio.client.id)).status_code == 422


def test_free_slots_validate_the_range_and_need_the_scope(client, api_as, studio):
    day, _ = _open_mornings(studio)
    api = api_as("availability:read")
    assert api.get(_url(studio, day, to=day + timedelta(days=70))).status_code == 422
    assert api.get(_url(studio, day, duration=0)).status_code == 422
    assert client.get(_url(studio, day)).status_code == 401
    assert api_as("sessions:write").get(_url(studio, day)).status_code == 403
