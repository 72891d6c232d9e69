"""RFC 5545 recurrence rules, expanded in local wall-clock time and returned in UTC.

A series starting Monday 07:00 in America/New_York stays at 07:00 local after the
clocks change, so its UTC time shifts by an hour. Local times that do not exist (the
spring-forward gap) are read with the offset before the gap, as RFC 5545 asks.

dateutil walks a rule one period (a day for DAILY) at a time until it finds an occurrence,
and walks to the year 9999 when there is none: February 30 every day costs seconds. So a
rule is read strictly here, and refused unless some day of some year can match it.
"""

from __future__ import annotations

import calendar
import contextlib
import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

from fitnesscrm.core.fields import EARLIEST, LATEST

ALLOWED_FREQS = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
FORBIDDEN_PARTS = ("DTSTART", "BYHOUR", "BYMINUTE", "BYSECOND")
SUPPORTED_PARTS = ("FREQ", "UNTIL", "COUNT", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MAX_OCCURRENCES = 1000
MAX_INTERVAL = 365
MAX_COUNT = 10_000
NUMBER = re.compile(r"[+-]?[0-9]{1,5}")
WEEKDAY = re.compile(r"([+-]?[0-9]{1,2})?(MO|TU|WE|TH|FR|SA|SU)")


class RuleError(ValueError):
    """The text is not a recurrence rule this app accepts."""


@dataclass(frozen=True)
class _Rule:
    """The parts of a rule that decide which days it matches."""

    freq: str
    interval: int = 1
    byday: tuple[tuple[int | None, int], ...] = ()
    bymonthday: tuple[int, ...] = ()
    bymonth: tuple[int, ...] = ()
    bysetpos: tuple[int, ...] = ()


def _parts(text: str) -> list[tuple[str, str]]:
    text = text.strip().removeprefix("RRULE:")
    parts = []
    for item in filter(None, text.split(";")):
        name, sep, value = item.partition("=")
        if not sep or not value:
            raise RuleError(f"Malformed part {item!r}.")
        parts.append((name.strip().upper(), value.strip().upper()))
    return parts


def _numbers(name: str, value: str, low: int, high: int, *, signed: bool = False) -> tuple[int, ...]:
    """A comma-separated list of integers from low to high (or -high to -low when signed)."""
    numbers = []
    for piece in value.split(","):
        number = int(piece) if NUMBER.fullmatch(piece) else None
        if number is None or not (low <= number <= high or (signed and -high <= number <= -low)):
            bounds = f"{low} to {high}" + (f" or -{high} to -{low}" if signed else "")
            raise RuleError(f"{name} takes numbers from {bounds}, not {piece!r}.")
        numbers.append(number)
    return tuple(numbers)


def _read(values: dict[str, str]) -> _Rule:
    """The rule's parts, each within RFC 5545's ranges and used with a FREQ it applies to."""
    freq = values["FREQ"]
    by_period = freq in ("MONTHLY", "YEARLY")
    rule = _Rule(freq=freq)
    if "INTERVAL" in values:
        rule = replace(rule, interval=_numbers("INTERVAL", values["INTERVAL"], 1, MAX_INTERVAL)[0])
    if "COUNT" in values:
        _numbers("COUNT", values["COUNT"], 1, MAX_COUNT)
    if "WKST" in values and values["WKST"] not in WEEKDAYS:
        raise RuleError(f"WKST must be one of {', '.join(WEEKDAYS)}.")
    if "BYMONTH" in values:
        rule = replace(rule, bymonth=_numbers("BYMONTH", values["BYMONTH"], 1, 12))
    if "BYMONTHDAY" in values:
        if freq == "WEEKLY":
            raise RuleError("BYMONTHDAY cannot be used with FREQ=WEEKLY.")
        rule = replace(rule, bymonthday=_numbers("BYMONTHDAY", values["BYMONTHDAY"], 1, 31, signed=True))
    if "BYDAY" in values:
        yearly_ordinals = freq == "YEARLY" and not rule.bymonth
        rule = replace(rule, byday=_weekdays(values["BYDAY"], freq, yearly_ordinals=yearly_ordinals))
    if "BYSETPOS" in values:
        if not by_period or not (rule.byday or rule.bymonthday):
            raise RuleError("BYSETPOS needs FREQ=MONTHLY or YEARLY and a BYDAY or BYMONTHDAY to pick from.")
        rule = replace(rule, bysetpos=_numbers("BYSETPOS", values["BYSETPOS"], 1, 366, signed=True))
    if freq == "DAILY" and rule.interval > 1 and (rule.bymonth or rule.bymonthday):
        raise RuleError("A DAILY rule with an INTERVAL may only be narrowed by BYDAY.")
    return rule


def _weekdays(value: str, freq: str, *, yearly_ordinals: bool) -> tuple[tuple[int | None, int], ...]:
    days = []
    for piece in value.split(","):
        match = WEEKDAY.fullmatch(piece)
        if match is None:
            raise RuleError(f"BYDAY takes weekdays such as MO or 1MO, not {piece!r}.")
        ordinal = int(match[1]) if match[1] else None
        limit = 53 if yearly_ordinals else 5
        if ordinal is not None and (freq not in ("MONTHLY", "YEARLY") or not 1 <= abs(ordinal) <= limit):
            raise RuleError(
                f"{piece} is not a weekday this rule can have; numbers go from 1 to {limit} (or -1 to -{limit}) "
                "with FREQ=MONTHLY or YEARLY."
            )
        days.append((ordinal, WEEKDAYS.index(match[2])))
    if len({ordinal is None for ordinal, _ in days}) > 1:
        raise RuleError("BYDAY weekdays must all have a number (1MO) or none (MO).")
    return tuple(days)


def normalize(text: str, *, zone: str, local_start: datetime) -> str:
    """The rule with UNTIL in UTC (a date or local time UNTIL is read in `zone`, inclusive); RuleError if unusable.

    Besides being well formed, the rule must be able to match some day from `local_start` on.
    """
    parts = _parts(text)
    names = [name for name, _ in parts]
    if len(set(names)) != len(names):
        raise RuleError("A part is repeated.")
    values = dict(parts)
    if values.get("FREQ") not in ALLOWED_FREQS:
        raise RuleError(f"FREQ must be one of {', '.join(ALLOWED_FREQS)}.")
    if forbidden := [name for name in names if name in FORBIDDEN_PARTS]:
        raise RuleError(f"{', '.join(forbidden)} may not be used; the start time sets the time of day.")
    if unknown := [name for name in names if name not in SUPPORTED_PARTS]:
        raise RuleError(f"{', '.join(unknown)} is not supported; use {', '.join(SUPPORTED_PARTS)}.")
    if "UNTIL" in names and "COUNT" in names:
        raise RuleError("Use UNTIL or COUNT, not both.")
    if not _possible(_read(values), local_start):
        raise RuleError("No day can ever match this rule (such as February 30).")
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


def _possible(rule: _Rule, start: datetime) -> bool:
    """Whether some day matches `rule` (with the parts dateutil takes from `start` when a rule has none)."""
    if rule.freq == "WEEKLY" or (rule.freq == "DAILY" and not (rule.byday or rule.bymonth or rule.bymonthday)):
        return True
    if not (rule.byday or rule.bymonthday) and rule.freq in ("MONTHLY", "YEARLY"):
        months = rule.bymonth or ((start.month,) if rule.freq == "YEARLY" else ())
        rule = replace(rule, bymonthday=(start.day,), bymonth=months)
    if rule.freq == "DAILY" and rule.interval % 7 == 0:
        # Every occurrence falls on the start's weekday.
        return start.weekday() in {weekday for _, weekday in rule.byday}
    months = set(rule.bymonth or range(1, 13))
    year_step = rule.interval if rule.freq == "YEARLY" else None
    if rule.freq == "MONTHLY":
        months &= {(start.month - 1 + k * rule.interval) % 12 + 1 for k in range(12)}
        year_step = rule.interval // 12 if rule.interval % 12 == 0 else None
    leap_years = year_step is None or any(calendar.isleap(start.year + k * year_step) for k in range(400))
    # Every kind of year (leap or not, starting on each weekday) comes round in the 400-year cycle.
    for leap in (False, True) if leap_years else (False,):
        for first_weekday in range(7):
            periods = _matching_days(rule, months, leap, first_weekday)
            if any(count and (not rule.bysetpos or any(abs(p) <= count for p in rule.bysetpos)) for count in periods):
                return True
    return False


def _matching_days(rule: _Rule, months: set[int], leap: bool, first_weekday: int) -> list[int]:
    """How many days of each period (a month for MONTHLY, else the year) match, in a year of this kind."""
    year = 2000 if leap else 2001  # any year of the kind: only month lengths and weekdays matter
    offset = (first_weekday - date(year, 1, 1).weekday()) % 7
    yearly_ordinals = rule.freq == "YEARLY" and not rule.bymonth
    counts, year_count = [], 0
    seen_in_year: dict[int, int] = {}
    year_length = 366 if leap else 365
    for month in range(1, 13):
        length = calendar.monthrange(year, month)[1]
        count = 0
        seen_in_month: dict[int, int] = {}
        for day in range(1, length + 1):
            weekday = (date(year, month, day).weekday() + offset) % 7
            seen_in_year[weekday] = seen_in_year.get(weekday, 0) + 1
            seen_in_month[weekday] = seen_in_month.get(weekday, 0) + 1
            if month not in months:
                continue
            if rule.bymonthday and day not in rule.bymonthday and day - length - 1 not in rule.bymonthday:
                continue
            if rule.byday:
                if yearly_ordinals:
                    day_of_year = date(year, month, day).timetuple().tm_yday
                    nth, nth_last = seen_in_year[weekday], (year_length - day_of_year) // 7 + 1
                else:
                    nth, nth_last = seen_in_month[weekday], (length - day) // 7 + 1
                if not any(
                    wd == weekday and (ordinal is None or ordinal in (nth, -nth_last)) for ordinal, wd in rule.byday
                ):
                    continue
            count += 1
        counts.append(count)
        year_count += count
    return counts if rule.freq == "MONTHLY" else [year_count]


def _until_utc(value: str, zone: ZoneInfo) -> datetime:
    try:
        if value.endswith("Z"):
            until = datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        elif "T" in value:
            until = datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=zone).astimezone(UTC)
        else:
            day = datetime.strptime(value, "%Y%m%d").date()
            until = datetime.combine(day, time(23, 59, 59), tzinfo=zone).astimezone(UTC)
    except (ValueError, OverflowError):
        raise RuleError(f"UNTIL {value!r} is not a date or date-time.") from None
    if not EARLIEST <= until <= LATEST:
        raise RuleError(f"UNTIL must be between {EARLIEST:%Y-%m-%d} and {LATEST:%Y-%m-%d}.")
    return until


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
