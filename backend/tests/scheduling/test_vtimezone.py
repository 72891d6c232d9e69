"""Do feeds place every occurrence at the right local and UTC time in two independent parsers?

ical.js (Mozilla's parser, in Thunderbird and many web calendars) runs from
`frontend/scripts/expand-ics.mjs` with node; `icalendar` builds a time zone from each VTIMEZONE
alone (`to_tz(lookup_tzid=False)`), without looking the TZID up.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from fitnesscrm.scheduling import ical, vtimezone
from tests.scheduling.test_series import occurrences

FRONTEND = Path(__file__).resolve().parents[3] / "frontend"
ZONES = (
    "America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata", "Asia/Jerusalem",
    "America/Santiago", "America/Nuuk", "Australia/Lord_Howe", "America/Mexico_City", "Europe/Dublin", "Etc/GMT+5",
)  # fmt: skip


def expand_with_icaljs(body: bytes, until: str) -> list[dict]:
    """Every occurrence before `until` as ical.js computes it."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed to check feeds with ical.js")
    done = subprocess.run(  # noqa: S603 - our own script on our own output
        [node, "scripts/expand-ics.mjs", until], input=body, cwd=FRONTEND, capture_output=True, check=False
    )
    if done.returncode:
        pytest.fail(f"ical.js failed (run `make frontend-install`?): {done.stderr.decode()[-2000:]}")
    return json.loads(done.stdout)


def zone_of(body: bytes, key: str):
    """The time zone that the calendar's VTIMEZONE for `key` describes, built from its observances alone."""
    calendar = icalendar.Calendar.from_ical(body)
    component = next(tz for tz in calendar.walk("VTIMEZONE") if tz["TZID"] == key)
    return component.to_tz(lookup_tzid=False)


def test_vtimezones_use_rrules_not_rdates():
    for key in ZONES:
        body = vtimezone.component(key, datetime(2024, 1, 1, tzinfo=UTC)).to_ical()
        assert b"RDATE" not in body, key
    new_york = vtimezone.component("America/New_York", datetime(2030, 2, 25, tzinfo=UTC))
    assert [
        (part.name, part["DTSTART"].to_ical(), part["TZOFFSETFROM"].to_ical(), part["TZOFFSETTO"].to_ical(),
         part["RRULE"].to_ical())
        for part in new_york.subcomponents
    ] == [
        ("STANDARD", b"20291104T020000", "-0400", "-0500", b"FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"),
        ("DAYLIGHT", b"20300310T020000", "-0500", "-0400", b"FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"),
    ]  # fmt: skip
    kolkata = vtimezone.component("Asia/Kolkata", datetime(2024, 1, 1, tzinfo=UTC))
    assert [part.name for part in kolkata.subcomponents] == ["STANDARD"]


def wall_times(real: ZoneInfo, start: datetime, end: datetime) -> list[datetime]:
    """Noon every fifth day, and two hours before and after every change of offset, as UTC instants.

    Two hours keep clear of the gap and the repeated hour, where a wall-clock time means no or
    two instants.
    """
    samples, day = [], start
    while day < end:
        later = day + timedelta(days=1)
        if later.astimezone(real).utcoffset() != day.astimezone(real).utcoffset():
            low, high = day, later
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                same = middle.astimezone(real).utcoffset() == low.astimezone(real).utcoffset()
                low, high = (middle, high) if same else (low, middle)
            samples += [low - timedelta(hours=2), high + timedelta(hours=2)]
        if (day - start).days % 5 == 0:
            samples.append(day)
        day = later
    return samples


@pytest.mark.parametrize("key", ZONES)
def test_vtimezone_alone_gives_zoneinfo_offsets(key):
    tz = icalendar.Timezone.from_ical(vtimezone.component(key, datetime(2019, 1, 1, tzinfo=UTC)).to_ical())
    built, real = tz.to_tz(lookup_tzid=False), ZoneInfo(key)
    wrong = []
    for moment in wall_times(real, datetime(2019, 1, 1, 12, tzinfo=UTC), datetime(2036, 1, 1, tzinfo=UTC)):
        local = moment.astimezone(real)
        if local.replace(tzinfo=built).utcoffset() != local.utcoffset():
            wrong.append(local)
    assert wrong == []


def test_icaljs_expands_weekly_events_in_every_zone_like_zoneinfo():
    start = datetime(2021, 6, 7, 7, 0)
    events = []
    for n, key in enumerate(ZONES):
        event = icalendar.Event()
        event.add("uid", f"zone-{n}@test")
        event.add("summary", key)
        event.add("dtstamp", datetime(2021, 1, 1, tzinfo=UTC))
        event.add("dtstart", start.replace(tzinfo=ZoneInfo(key)))
        event.add("duration", timedelta(hours=1))
        event.add("rrule", {"freq": "weekly", "count": 260})
        events.append(event)
    expanded = expand_with_icaljs(ical.to_bytes("Zones", events), "2031-01-01T00:00:00Z")
    assert len(expanded) == 260 * len(ZONES)
    wrong = []
    for occurrence in expanded:
        local = datetime.fromisoformat(occurrence["local"])
        expected = local.replace(tzinfo=ZoneInfo(occurrence["summary"])).astimezone(UTC)
        if local.time() != start.time() or occurrence["utc"] != expected.isoformat().replace("+00:00", "Z"):
            wrong.append(occurrence)
    assert wrong == []


@pytest.mark.parametrize(
    ("zone", "first"),
    [
        ("America/New_York", "2030-02-25T07:00:00-05:00"),  # DST from 10 March, to 3 November
        ("Europe/London", "2030-02-25T07:00:00+00:00"),  # BST from 31 March, to 27 October
        ("Australia/Sydney", "2030-02-25T07:00:00+11:00"),  # AEST from 7 April, AEDT from 6 October
        ("Asia/Kolkata", "2030-02-25T07:00:00+05:30"),  # no DST
    ],
)
def test_feed_series_across_dst_expands_at_the_booked_times(studio, client_as, client, zone, first):
    api = client_as(studio.owner)
    payload = {
        "trainer_id": studio.trainer.id, "starts_at": first, "ends_at": first.replace("T07", "T08"),
        "timezone": zone, "rrule": "FREQ=WEEKLY;BYDAY=MO;COUNT=40", "client_ids": [studio.client.id],
    }  # fmt: skip
    series = api.post("/api/series", json=payload).get_json()
    booked = occurrences(api, series["id"])
    assert len(booked) == 40 and {item["local_start"][11:] for item in booked} == {"07:00:00"}
    token = api.post("/api/calendar/feeds", json={"trainer_id": studio.trainer.id}).get_json()["token"]
    body = client.get(f"/api/calendar/feeds/{token}.ics").data
    assert b"RDATE" not in body

    expanded = expand_with_icaljs(body, "2031-06-01T00:00:00Z")
    assert [(o["local"], o["utc"]) for o in expanded] == [
        (item["local_start"], item["starts_at"].replace("+00:00", "Z")) for item in booked
    ]
    assert {o["tzid"] for o in expanded} == {zone}

    tz = zone_of(body, zone)
    for item in booked:
        local = datetime.fromisoformat(item["local_start"]).replace(tzinfo=tz)
        assert local.astimezone(UTC) == datetime.fromisoformat(item["starts_at"]), item["local_start"]
