"""VTIMEZONE components written from a zone's own rules, with RRULE observances.

icalendar's `add_missing_timezones` lists every transition of a zone as RDATE values. Mozilla's
ical.js (Thunderbird, many web calendars) then places events an hour late after a change, and
Outlook is known to mishandle RDATE in VTIMEZONE too. The big calendar services describe a zone
by its rule instead, and so does this module, from the TZif file that `zoneinfo` reads
(RFC 8536):

- the POSIX TZ string at the end of the file is the rule in force now: it becomes one STANDARD
  and one DAYLIGHT observance with an open-ended yearly RRULE, starting at the first change it
  explains;
- changes before that, back to the start of the calendar's events (a zone whose rules changed
  meanwhile), become one observance per period of regular yearly changes (RRULE with UNTIL), or
  one observance per change where there is no pattern;
- a zone without daylight saving time gets one STANDARD observance.

A rule that one RRULE cannot say (a change on a day of another month than its rule's) falls back
to one observance per change, written out for the next decades.
"""

from __future__ import annotations

import re
import struct
import zoneinfo
from calendar import monthrange
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path

import icalendar

DAY = 86_400
# Transitions before this are sentinels ("the big bang") or local mean time of no use to a calendar.
EARLIEST = datetime(1800, 1, 1, tzinfo=UTC)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# How far ahead a rule that no RRULE can say is written out change by change.
FALLBACK_YEARS = 30
ICAL_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
SHORTEST_MONTH = {2: 28, 4: 30, 6: 30, 9: 30, 11: 30}

_OFFSET = r"[+-]?\d{1,3}(?::\d{2}){0,2}"
_NAME = r"<[^>]+>|[A-Za-z]{3,}"
_POSIX = re.compile(
    rf"(?P<std>{_NAME})(?P<std_offset>{_OFFSET})"
    rf"(?:(?P<dst>{_NAME})(?P<dst_offset>{_OFFSET})?"
    rf",(?P<start>[^,/]+)(?:/(?P<start_time>{_OFFSET}))?,(?P<end>[^,/]+)(?:/(?P<end_time>{_OFFSET}))?)?$"
)
_RULE_DATE = re.compile(
    r"M(?P<month>\d{1,2})\.(?P<week>[1-5])\.(?P<weekday>[0-6])$|J(?P<julian>\d{1,3})$|(?P<day>\d{1,3})$"
)


@dataclass(frozen=True)
class Transition:
    """A change of a zone's offset (or of its name or daylight flag) at an instant."""

    at: datetime
    before: int
    after: int
    name: str
    dst: bool

    @property
    def local(self) -> datetime:
        """The wall-clock time of the change in the offset before it: an observance's DTSTART."""
        return (self.at + timedelta(seconds=self.before)).replace(tzinfo=None)

    @property
    def kind(self) -> tuple[int, int, str, bool]:
        return (self.before, self.after, self.name, self.dst)


@dataclass(frozen=True)
class RuleDate:
    """A POSIX TZ rule date: `Mm.w.d` (weekday d of week w of month m, 5 = last), `Jn` or `n`."""

    month: int = 0
    week: int = 0
    weekday: int = 0  # 0 = Sunday, as POSIX counts
    julian: int | None = None
    day: int | None = None

    def in_year(self, year: int) -> date:
        if self.julian is not None:  # 1..365, 29 February never counted
            leap_shift = 1 if self.julian >= 60 and monthrange(year, 2)[1] == 29 else 0
            return date(year, 1, 1) + timedelta(days=self.julian - 1 + leap_shift)
        if self.day is not None:  # 0..365, 29 February counted
            return date(year, 1, 1) + timedelta(days=self.day)
        first = date(year, self.month, 1)
        day = 1 + ((self.weekday - 1) % 7 - first.weekday()) % 7 + 7 * (self.week - 1)
        while day > monthrange(year, self.month)[1]:
            day -= 7
        return first.replace(day=day)


@dataclass(frozen=True)
class Rule:
    """The POSIX TZ string of a zone: its standard time and, if it has one, its daylight time."""

    std_name: str
    std_offset: int
    dst_name: str | None = None
    dst_offset: int = 0
    start: RuleDate | None = None
    start_time: int = 7200
    end: RuleDate | None = None
    end_time: int = 7200

    def transitions(self, year: int) -> list[Transition]:
        """The rule's two changes in `year` (none without daylight time)."""
        if self.start is None or self.end is None or self.dst_name is None:
            return []
        changes = [
            (self.start, self.start_time, self.std_offset, self.dst_offset, self.dst_name, True),
            (self.end, self.end_time, self.dst_offset, self.std_offset, self.std_name, False),
        ]
        out = []
        for rule_date, seconds, before, after, name, dst in changes:
            local = datetime.combine(rule_date.in_year(year), datetime.min.time(), tzinfo=UTC)
            out.append(Transition(local + timedelta(seconds=seconds - before), before, after, name, dst))
        return sorted(out, key=lambda t: t.at)


@dataclass(frozen=True)
class Observance:
    """One STANDARD or DAYLIGHT sub-component."""

    dst: bool
    start: datetime
    before: int
    after: int
    name: str
    rrule: dict | None = None


def _seconds(text: str) -> int:
    sign = -1 if text.startswith("-") else 1
    parts = [int(part) for part in text.lstrip("+-").split(":")] + [0, 0]
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


def _rule_date(text: str) -> RuleDate:
    match = _RULE_DATE.match(text)
    if match is None:
        raise ValueError(f"Unknown POSIX TZ rule date: {text}")
    if match["julian"]:
        return RuleDate(julian=int(match["julian"]))
    if match["day"]:
        return RuleDate(day=int(match["day"]))
    return RuleDate(month=int(match["month"]), week=int(match["week"]), weekday=int(match["weekday"]))


def parse_posix(text: str) -> Rule | None:
    """The rule a POSIX TZ string states (UTC offsets east-positive, unlike POSIX); None if unreadable."""
    match = _POSIX.match(text)
    if match is None:
        return None
    std_offset = -_seconds(match["std_offset"])
    rule = Rule(std_name=match["std"].strip("<>"), std_offset=std_offset)
    if not match["dst"]:
        return rule
    return Rule(
        std_name=rule.std_name,
        std_offset=std_offset,
        dst_name=match["dst"].strip("<>"),
        dst_offset=-_seconds(match["dst_offset"]) if match["dst_offset"] else std_offset + 3600,
        start=_rule_date(match["start"]),
        start_time=_seconds(match["start_time"]) if match["start_time"] else 7200,
        end=_rule_date(match["end"]),
        end_time=_seconds(match["end_time"]) if match["end_time"] else 7200,
    )


def _tzif(key: str) -> bytes:
    """The TZif file `zoneinfo` itself would read for `key`: the system's, else the tzdata package's."""
    zoneinfo.ZoneInfo(key)  # refuses keys that are not zones (and paths such as "../x")
    for base in zoneinfo.TZPATH:
        path = Path(base, key)
        if path.is_file():
            return path.read_bytes()
    return resources.files("tzdata.zoneinfo").joinpath(*key.split("/")).read_bytes()


@lru_cache(maxsize=64)
def read_zone(key: str) -> tuple[tuple[Transition, ...], tuple[int, str, bool], Rule | None]:
    """The zone's transitions, its time type before the first one, and the rule of its footer."""
    data = _tzif(key)
    if data[:4] != b"TZif":
        raise ValueError(f"Not a TZif file: {key}")
    version = data[4]
    isut, isstd, leaps, count, types, chars = struct.unpack(">6l", data[20:44])
    position, time_size = 44, 4
    if version >= ord("2"):
        position += count * 5 + types * 6 + chars + leaps * 8 + isstd + isut
        isut, isstd, leaps, count, types, chars = struct.unpack(">6l", data[position + 20 : position + 44])
        position, time_size = position + 44, 8
    times = struct.unpack(f">{count}{'q' if time_size == 8 else 'l'}", data[position : position + count * time_size])
    position += count * time_size
    indexes = data[position : position + count]
    position += count
    infos = [struct.unpack(">lBB", data[position + 6 * i : position + 6 * i + 6]) for i in range(types)]
    position += types * 6
    names = data[position : position + chars]
    position += chars + leaps * (time_size + 4) + isstd + isut

    def time_type(index: int) -> tuple[int, str, bool]:
        offset, dst, name_at = infos[index]
        return offset, names[name_at : names.index(b"\0", name_at)].decode(), bool(dst)

    initial = previous = time_type(0)
    transitions = []
    for moment, index in zip(times, indexes, strict=True):
        current = time_type(index)
        at = EPOCH + timedelta(seconds=moment) if moment > -(2**40) else None
        if at is not None and at >= EARLIEST and current != previous:
            transitions.append(Transition(at, previous[0], current[0], current[1], current[2]))
        previous = current
    footer = data[position:].strip(b"\n").decode() if version >= ord("2") else ""
    return tuple(transitions), initial, parse_posix(footer) if footer else None


def _pattern(moments: list[datetime]) -> dict | None:
    """Yearly RRULE parts giving exactly these wall-clock times, one a year; None when there is none."""
    first = moments[0]
    if any(m.month != first.month or m.time() != first.time() for m in moments):
        return None
    rule = {"freq": "yearly", "bymonth": first.month}
    if all(m.day == first.day for m in moments):
        return {**rule, "bymonthday": first.day}
    if any(m.weekday() != first.weekday() for m in moments):
        return None
    code = ICAL_WEEKDAYS[first.weekday()]
    weeks = {(m.day - 1) // 7 + 1 for m in moments}
    if len(weeks) == 1 and max(weeks) <= 4:
        return {**rule, "byday": f"{weeks.pop()}{code}"}
    if all(m.day + 7 > monthrange(m.year, m.month)[1] for m in moments):
        return {**rule, "byday": f"-1{code}"}
    low = max(m.day for m in moments) - 6
    if low <= min(m.day for m in moments):
        return {**rule, "byday": code, "bymonthday": list(range(low, low + 7))}
    return None


def _rule_rrule(rule_date: RuleDate, seconds: int) -> dict | None:
    """The open-ended RRULE of a POSIX rule date and time; None when one RRULE cannot say it."""
    if not rule_date.month:
        return None
    shift = seconds // DAY  # times such as 26:00 or -1:00 fall on another day
    code = ICAL_WEEKDAYS[(rule_date.weekday - 1 + shift) % 7]
    rule = {"freq": "yearly", "bymonth": rule_date.month}
    if shift == 0:
        return {**rule, "byday": f"{-1 if rule_date.week == 5 else rule_date.week}{code}"}
    # The shifted week as days of the month; ical.js cannot read negative BYMONTHDAY with BYDAY.
    length = SHORTEST_MONTH.get(rule_date.month, 31)
    if rule_date.week == 5:
        if rule_date.month == 2:
            return None
        first = length - 6 + shift
    else:
        first = 1 + 7 * (rule_date.week - 1) + shift
    if first < 1 or first + 6 > length:
        return None
    return {**rule, "byday": code, "bymonthday": list(range(first, first + 7))}


def _runs(transitions: list[Transition]) -> list[Observance]:
    """One observance per period of regular yearly changes of one kind; single ones otherwise."""
    open_runs: dict[tuple, list[Transition]] = {}
    runs: list[list[Transition]] = []
    for transition in transitions:
        run = open_runs.get(transition.kind)
        if (
            run
            and transition.local.year == run[-1].local.year + 1
            and _pattern([*(t.local for t in run), transition.local])
        ):
            run.append(transition)
            continue
        if run:
            runs.append(run)
        open_runs[transition.kind] = [transition]
    runs.extend(open_runs.values())
    observances = []
    for run in runs:
        first = run[0]
        rrule = None
        if len(run) > 1:
            rrule = {**_pattern([t.local for t in run]), "until": run[-1].at}
        observances.append(Observance(first.dst, first.local, first.before, first.after, first.name, rrule))
    return observances


def observances(key: str, since: datetime) -> list[Observance]:
    """The observances that describe zone `key` from `since` on, for ever."""
    explicit, initial, rule = read_zone(key)
    since = since.astimezone(UTC)
    rules = None
    if rule is not None and rule.start is not None:
        rules = (_rule_rrule(rule.start, rule.start_time), _rule_rrule(rule.end, rule.end_time))
        if None in rules:
            rules = None
    last = explicit[-1].at if explicit else since
    horizon = max(since.year, datetime.now(UTC).year, last.year) + (1 if rules else FALLBACK_YEARS)
    generated = []
    if rule is not None:
        generated = [t for year in range(last.year, horizon + 1) for t in rule.transitions(year) if t.at > last]
    changes = [*explicit, *generated]
    # The rule explains a run of changes at the end: from the first of those the RRULEs take over.
    tail = len(changes)
    if rules is not None:
        while tail > 0:
            change = changes[tail - 1]
            year = change.local.year
            predicted = {(t.at, t.before, t.after) for y in (year - 1, year, year + 1) for t in rule.transitions(y)}
            if (change.at, change.before, change.after) not in predicted:
                break
            tail -= 1
    if not changes:
        offset, name, _ = initial
        return [Observance(False, EPOCH.replace(tzinfo=None), offset, offset, name)]
    # The change in force at `since` comes first, so that every event's time is covered.
    begin = max((i for i, change in enumerate(changes) if change.at <= since), default=0)
    result = _runs(changes[begin : max(begin, tail)])
    if rules is not None:
        for rrule, dst in zip(rules, (True, False), strict=True):
            offset = rule.dst_offset if dst else rule.std_offset
            first = next(change for change in changes[max(begin, tail) :] if change.after == offset)
            result.append(Observance(dst, first.local, first.before, first.after, first.name, rrule))
    return sorted(result, key=lambda o: o.start)


def component(key: str, since: datetime) -> icalendar.Timezone:
    """The VTIMEZONE of zone `key` for events from `since` on."""
    timezone = icalendar.Timezone()
    timezone.add("tzid", key)
    for observance in observances(key, since):
        part = icalendar.TimezoneDaylight() if observance.dst else icalendar.TimezoneStandard()
        part.add("dtstart", observance.start)
        part.add("tzoffsetfrom", timedelta(seconds=observance.before))
        part.add("tzoffsetto", timedelta(seconds=observance.after))
        part.add("tzname", observance.name)
        if observance.rrule:
            part.add("rrule", observance.rrule)
        timezone.add_component(part)
    return timezone
