"""RFC 5545 output built with the `icalendar` package: feeds and single-session downloads.

Each file is written for a viewer (`fitnesscrm.core.views`): a trainer's feed names the clients and
carries the coach's notes; a client's names their trainer and nothing of other people or notes.
UIDs are stable: `session-<id>@<host>` for a one-off session, `series-<id>@<host>` for a
series, whose occurrences are its RRULE minus EXDATEs (cancelled ones) plus overriding
VEVENTs with RECURRENCE-ID (occurrences edited on their own). Times carry their TZID
and the calendar the matching VTIMEZONE, written by `vtimezone` with RRULE observances.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from fitnesscrm.core.views import Viewer
from fitnesscrm.scheduling import views, vtimezone
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


def _clients(session: Session) -> list[str]:
    # A cancelled session's clients are inactive (the slot is free) but it was still theirs.
    released = session.status in RELEASED
    return [p.client.full_name for p in session.participants if p.active or released]


def _describe(event: icalendar.Event, item: Session | SessionSeries, viewer: Viewer, people: str) -> None:
    """SUMMARY (what, and with whom as `viewer` reads it), LOCATION, URL, and the notes for staff."""
    what = item.title or f"{item.kind.title()} session"
    event.add("summary", f"{what} with {people}" if people else what)
    if item.location:
        event.add("location", item.location)
    if item.online_url:
        event.add("url", item.online_url)
    if item.notes and views.SessionSchema.shows(viewer, "notes"):
        event.add("description", item.notes)


def session_event(
    session: Session, *, host: str, viewer: Viewer, uid: str | None = None, cancelled: bool = False
) -> icalendar.Event:
    """A VEVENT for one session as `viewer` sees it (overriding an occurrence when `uid` is its series').

    `cancelled` marks it cancelled for this viewer whatever its status: they were taken off it.
    """
    event = icalendar.Event()
    event.add("uid", uid or f"session-{session.id}@{host}")
    event.add("dtstamp", datetime.now(UTC))
    event.add("last-modified", session.updated_at or datetime.now(UTC))
    event.add("dtstart", _local(session.starts_at, session.timezone))
    event.add("dtend", _local(session.ends_at, session.timezone))
    if uid:
        event.add("recurrence-id", _local(session.original_start, session.timezone))
    event.add("status", "CANCELLED" if cancelled or session.status in RELEASED else "CONFIRMED")
    people = views.companions(viewer, trainer=session.trainer.full_name, clients=_clients(session))
    _describe(event, session, viewer, people)
    return event


def series_events(
    series: SessionSeries, occurrences: Sequence[Session], *, host: str, hidden: set[int], viewer: Viewer
) -> list[icalendar.Event]:
    """The series' master VEVENT (RRULE, EXDATE) and an override for each occurrence edited on its own.

    Occurrences that are cancelled, or whose id is in `hidden`, become EXDATEs. Needs the series'
    trainer, and the occurrences' trainer and clients, loaded.
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
    clients = _clients(occurrences[0]) if occurrences else []
    _describe(master, series, viewer, views.companions(viewer, trainer=series.trainer.full_name, clients=clients))
    overrides, excluded = [], []
    for occurrence in occurrences:
        if occurrence.status in RELEASED or occurrence.id in hidden:
            excluded.append(_local(occurrence.original_start, series.timezone))
        elif occurrence.is_exception:
            overrides.append(session_event(occurrence, host=host, viewer=viewer, uid=uid))
    if excluded:
        master.add("exdate", excluded)
    return [master, *overrides]


def suspended() -> bytes:
    """An empty calendar: apps subscribed to it drop the events they copied, and get them back on resumption."""
    calendar = _calendar("FitnessCRM (suspended)")
    calendar.add("x-wr-caldesc", "This calendar is suspended.")
    return calendar.to_ical()


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
