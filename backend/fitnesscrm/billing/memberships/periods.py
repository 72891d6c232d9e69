"""Billing periods as calendar dates: `[start, end)`, a week, a month or a year long, anchored to the start day.

A monthly membership started on 31 January renews on 28 February, then 31 March: the day of the
month it started on is kept wherever the month has it.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

INTERVAL_WORDS = {"week": "a week", "month": "a month", "year": "a year"}


def add_intervals(day: date, interval: str, count: int, *, anchor_day: int | None = None) -> date:
    """`day` moved `count` intervals on; months and years keep `anchor_day` (default: `day`'s own) where they can."""
    if interval == "week":
        return day + timedelta(weeks=count)
    months = count * (12 if interval == "year" else 1)
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return date(year, month, min(anchor_day or day.day, calendar.monthrange(year, month)[1]))


def period_end_covering(start: date, interval: str, day: date, *, anchor_day: int) -> date:
    """The exclusive end of the period, counted from `start`, that contains `day` (`start` itself when day < start)."""
    end = add_intervals(start, interval, 1, anchor_day=anchor_day)
    while end <= day:
        end = add_intervals(end, interval, 1, anchor_day=anchor_day)
    return end


def midnight(day: date, zone: str) -> datetime:
    """The instant a calendar day begins in the studio's zone."""
    return datetime.combine(day, time(0), ZoneInfo(zone))


def today(zone: str, now: datetime | None = None) -> date:
    """Today's date in the studio's zone."""
    return (now or datetime.now(ZoneInfo(zone))).astimezone(ZoneInfo(zone)).date()


def day_words(day: date) -> str:
    """ "3 Dec 2026"."""
    return f"{day:%-d %b %Y}"


def period_words(start: date, end: date) -> str:
    """ "1 Dec 2026 to 31 Dec 2026" for the period [start, end)."""
    return f"{day_words(start)} to {day_words(end - timedelta(days=1))}"
