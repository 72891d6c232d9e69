"""RFC 5545 recurrence rules, expanded in local wall-clock time and returned in UTC.

A series starting Monday 07:00 in America/New_York stays at 07:00 local after the
clocks change, so its UTC time shifts by an hour. Local times that do not exist (the
spring-forward gap) are read with the offset before the gap, as RFC 5545 asks.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

ALLOWED_FREQS = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
FORBIDDEN_PARTS = ("DTSTART", "BYHOUR", "BYMINUTE", "BYSECOND")
MAX_OCCURRENCES = 1000


class RuleError(ValueError):
    """The text is not a recurrence rule this app accepts."""


def _parts(text: str) -> list[tuple[str, str]]:
    text = text.strip().removeprefix("RRULE:")
    parts = []
    for item in filter(None, text.split(";")):
        name, sep, value = item.partition("=")
        if not sep or not value:
            raise RuleError(f"Malformed part {item!r}.")
        parts.append((name.strip().upper(), value.strip().upper()))
    return parts


def normalize(text: str, *, zone: str) -> str:
    """The rule with UNTIL in UTC (a date or local time UNTIL is read in `zone`, inclusive); RuleError if unusable."""
    parts = _parts(text)
    names = [name for name, _ in parts]
    if len(set(names)) != len(names):
        raise RuleError("A part is repeated.")
    freq = dict(parts).get("FREQ")
    if freq not in ALLOWED_FREQS:
        raise RuleError(f"FREQ must be one of {', '.join(ALLOWED_FREQS)}.")
    if forbidden := [name for name in names if name in FORBIDDEN_PARTS]:
        raise RuleError(f"{', '.join(forbidden)} may not be used; the start time sets the time of day.")
    if "UNTIL" in names and "COUNT" in names:
        raise RuleError("Use UNTIL or COUNT, not both.")
    out = []
    for name, value in parts:
        if name == "UNTIL":
            value = _until_utc(value, ZoneInfo(zone)).strftime("%Y%m%dT%H%M%SZ")
        out.append(f"{name}={value}")
    rule = ";".join(out)
    try:
        rrulestr(rule, dtstart=datetime(2000, 1, 1, tzinfo=UTC))
    except (ValueError, TypeError) as error:
        raise RuleError(str(error)) from None
    return rule


def _until_utc(value: str, zone: ZoneInfo) -> datetime:
    try:
        if value.endswith("Z"):
            return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        if "T" in value:
            return datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=zone).astimezone(UTC)
        day = datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        raise RuleError(f"UNTIL {value!r} is not a date or date-time.") from None
    return datetime.combine(day, time(23, 59, 59), tzinfo=zone).astimezone(UTC)


def to_utc(local: datetime, zone: str) -> datetime:
    """A naive local wall-clock time in `zone` as an aware UTC datetime."""
    return local.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


def to_local(moment: datetime, zone: str) -> datetime:
    """An aware datetime as naive wall-clock time in `zone`."""
    return moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None)


def _rule(rule: str, local_start: datetime, zone: str) -> rrule:
    return rrulestr(rule, dtstart=local_start.replace(tzinfo=ZoneInfo(zone)))


def expand(rule: str, *, local_start: datetime, zone: str, after: datetime, before: datetime) -> list[datetime]:
    """UTC starts of the occurrences in [after, before), at most MAX_OCCURRENCES of them."""
    starts = []
    for occurrence in _rule(rule, local_start, zone):
        moment = occurrence.astimezone(UTC)
        if moment >= before or len(starts) >= MAX_OCCURRENCES:
            break
        if moment >= after:
            starts.append(moment)
    return starts


def count_before(rule: str, *, local_start: datetime, zone: str, moment: datetime) -> int:
    """How many occurrences start before `moment`."""
    return len(expand(rule, local_start=local_start, zone=zone, after=datetime.min.replace(tzinfo=UTC), before=moment))


def with_end(rule: str, *, until: datetime | None = None, count: int | None = None) -> str:
    """The rule ending at `until` (UTC, inclusive) or after `count` occurrences instead of as before."""
    kept = [f"{name}={value}" for name, value in _parts(rule) if name not in ("UNTIL", "COUNT")]
    if until is not None:
        kept.append(f"UNTIL={until.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}")
    if count is not None:
        kept.append(f"COUNT={count}")
    return ";".join(kept)


def count_of(rule: str) -> int | None:
    """The rule's COUNT, if it has one."""
    value = dict(_parts(rule)).get("COUNT")
    return int(value) if value else None


def moved(original: datetime, zone: str, new_time: time) -> datetime:
    """`original` (UTC) moved to `new_time` of its local day, back in UTC."""
    return to_utc(datetime.combine(to_local(original, zone).date(), new_time), zone)


def local_day_bounds(day: date, zone: str) -> tuple[datetime, datetime]:
    """The UTC instants at which local `day` starts and ends."""
    start = to_utc(datetime.combine(day, time()), zone)
    end = to_utc(datetime.combine(day + timedelta(days=1), time()), zone)
    return start, end


_FREQUENCIES = {"DAILY": ("Daily", "days"), "WEEKLY": ("Weekly", "weeks"), "MONTHLY": ("Monthly", "months"),
                "YEARLY": ("Yearly", "years")}  # fmt: skip
_DAYS = {"MO": "Mon", "TU": "Tue", "WE": "Wed", "TH": "Thu", "FR": "Fri", "SA": "Sat", "SU": "Sun"}


def _day(code: str) -> str:
    """ "TU" -> "Tue", "2TU" -> "2nd Tue", "-1FR" -> "last Fri"."""
    number, name = code[:-2], _DAYS.get(code[-2:], code[-2:])
    if not number:
        return name
    if number == "-1":
        return f"last {name}"
    suffix = {"1": "st", "2": "nd", "3": "rd"}.get(number[-1], "th") if number[-2:-1] != "1" else "th"
    return f"{number}{suffix} {name}"


def describe(rule: str, *, zone: str) -> str:
    """The rule in words: "Weekly on Tue, Thu, 10 times", "Every 2 weeks on Mon, until 1 Mar 2026"."""
    parts = dict(_parts(rule))
    once, unit = _FREQUENCIES.get(parts.get("FREQ", ""), (parts.get("FREQ", "").capitalize(), "times"))
    interval = int(parts.get("INTERVAL", "1") or 1)
    text = once if interval == 1 else f"Every {interval} {unit}"
    if "BYDAY" in parts:
        text += " on " + ", ".join(_day(code) for code in parts["BYDAY"].split(","))
    if "BYMONTHDAY" in parts:
        text += " on day " + ", ".join(parts["BYMONTHDAY"].split(","))
    if "COUNT" in parts:
        text += f", {parts['COUNT']} times"
    if "UNTIL" in parts:
        with contextlib.suppress(RuleError):
            last = _until_utc(parts["UNTIL"], ZoneInfo(zone)).astimezone(ZoneInfo(zone)).date()
            text += f", until {last.day} {last:%b %Y}"
    return text
