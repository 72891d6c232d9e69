"""RFC 5545 output built with the `icalendar` package: feeds and single-session downloads.

UIDs are stable: `session-<id>@<host>` for a one-off session, `series-<id>@<host>` for a
series, whose occurrences are its RRULE minus EXDATEs (cancelled ones) plus overriding
VEVENTs with RECURRENCE-ID (occurrences edited on their own). Times carry their TZID
and the calendar the matching VTIMEZONE, written by `vtimezone` with RRULE observances.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from fitnesscrm.scheduling import vtimezone
from fitnesscrm.scheduling.models import RELEASED, Session, SessionSeries

PRODID = "-//FitnessCRM//Scheduling//EN"


def _calendar(name: str) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    return calendar


def _local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone))


def _summary(kind: str, title: str | None, people: str) -> str:
    return title or f"{kind.title()} session{f' with {people}' if people else ''}"


def _describe(event: icalendar.Event, item: Session | SessionSeries, people: str) -> None:
    event.add("summary", _summary(item.kind, item.title, people))
    if item.location:
        event.add("location", item.location)
    if item.online_url:
        event.add("url", item.online_url)
    if item.notes:
        event.add("description", item.notes)


def session_event(session: Session, *, host: str, uid: str | None = None, people: str = "") -> icalendar.Event:
    """A VEVENT for one session (an override of its series' occurrence when `uid` is the series')."""
    event = icalendar.Event()
    event.add("uid", uid or f"session-{session.id}@{host}")
    event.add("dtstamp", datetime.now(UTC))
    event.add("last-modified", session.updated_at or datetime.now(UTC))
    event.add("dtstart", _local(session.starts_at, session.timezone))
    event.add("dtend", _local(session.ends_at, session.timezone))
    if uid:
        event.add("recurrence-id", _local(session.original_start, session.timezone))
    event.add("status", "CANCELLED" if session.status in RELEASED else "CONFIRMED")
    _describe(event, session, people)
    return event


def series_events(
    series: SessionSeries, occurrences: Iterable[Session], *, host: str, hidden: set[int], people: str = ""
) -> list[icalendar.Event]:
    """The series' master VEVENT (RRULE, EXDATE) and an override for each occurrence edited on its own.

    Occurrences that are cancelled, or whose id is in `hidden`, become EXDATEs.
    """
    uid = f"series-{series.id}@{host}"
    master = icalendar.Event()
    master.add("uid", uid)
    master.add("dtstamp", datetime.now(UTC))
    start = series.local_start.replace(tzinfo=ZoneInfo(series.timezone))
    master.add("dtstart", start)
    master.add("dtend", start + timedelta(minutes=series.duration_minutes))
    master.add("rrule", icalendar.vRecur.from_ical(series.rrule))
    master.add("status", "CANCELLED" if series.cancelled_at else "CONFIRMED")
    _describe(master, series, people)
    overrides, excluded = [], []
    for occurrence in occurrences:
        if occurrence.status in RELEASED or occurrence.id in hidden:
            excluded.append(_local(occurrence.original_start, series.timezone))
        elif occurrence.is_exception:
            overrides.append(session_event(occurrence, host=host, uid=uid, people=people))
    if excluded:
        master.add("exdate", excluded)
    return [master, *overrides]


def _earliest_by_zone(events: Iterable[icalendar.Event]) -> dict[str, datetime]:
    """For every zone the events use, their earliest start: its VTIMEZONE must cover from there."""
    earliest: dict[str, datetime] = {}
    for event in events:
        start = event["dtstart"]
        key = start.params.get("TZID")  # none for UTC, which is written as ...Z
        if key and (key not in earliest or start.dt < earliest[key]):
            earliest[key] = start.dt
    return earliest


def to_bytes(name: str, events: Iterable[icalendar.Event]) -> bytes:
    """The VCALENDAR holding `events` with a VTIMEZONE (RRULE observances) for every TZID they use."""
    calendar = _calendar(name)
    events = list(events)
    for key, since in sorted(_earliest_by_zone(events).items()):
        calendar.add_component(vtimezone.component(key, since))
    for event in events:
        calendar.add_component(event)
    return calendar.to_ical()
