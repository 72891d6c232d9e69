"""Where a program's days fall on the calendar: pure, so that the rule is read and tested in one place.

Week 1 is the seven days from the start date, week 2 the next seven, and so on. Within a
week, day 1 falls on the first training weekday of those seven days, day 2 on the second,
and so on; the other days are rest days. Counting weeks from the start date (rather than
from the Monday before it) means nothing is ever laid out before the start date, whatever
weekday the program starts on: started on a Tuesday with Monday, Wednesday and Friday
chosen, the days fall on Wednesday, Friday and the next Monday.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

# Spread out over the week, with rest days between where the count allows.
DEFAULT_WEEKDAYS = {
    1: [1],
    2: [1, 4],
    3: [1, 3, 5],
    4: [1, 2, 4, 5],
    5: [1, 2, 3, 4, 5],
    6: [1, 2, 3, 4, 5, 6],
    7: [1, 2, 3, 4, 5, 6, 7],
}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class LayoutError(ValueError):
    """The program's days do not fit the chosen training weekdays."""


@dataclass(frozen=True)
class Slot:
    """One program day on its date."""

    week_number: int
    day_number: int
    week_key: str
    day_key: str
    scheduled_date: date
    day: dict[str, Any]


def days_per_week(content: dict[str, Any]) -> int:
    """The most days any week of the program has."""
    return max((len(week.get("days") or []) for week in content.get("weeks") or []), default=0)


def default_weekdays(content: dict[str, Any]) -> list[int]:
    """The training weekdays a program gets when none are chosen: its days per week, spread out."""
    return DEFAULT_WEEKDAYS[min(max(days_per_week(content), 1), 7)]


def check_fits(content: dict[str, Any], weekdays: list[int]) -> None:
    """Raise LayoutError naming the first week with more days than there are training weekdays."""
    for index, week in enumerate(content.get("weeks") or []):
        count = len(week.get("days") or [])
        if count > len(weekdays):
            chosen = len(weekdays)
            raise LayoutError(
                f"Week {index + 1} has {count} training days but only {chosen} training "
                f"weekday{'' if chosen == 1 else 's'} {'is' if chosen == 1 else 'are'} chosen: "
                "choose more weekdays or remove days."
            )


def lay_out(content: dict[str, Any], *, start_date: date, weekdays: list[int]) -> list[Slot]:
    """Every day of the program on its date (see the module docstring); LayoutError when a week does not fit."""
    check_fits(content, weekdays)
    chosen = set(weekdays)
    slots = []
    for week_index, week in enumerate(content.get("weeks") or []):
        first = start_date + timedelta(weeks=week_index)
        dates = [first + timedelta(days=n) for n in range(7) if (first + timedelta(days=n)).isoweekday() in chosen]
        for day_index, day in enumerate(week.get("days") or []):
            slots.append(
                Slot(
                    week_number=week_index + 1,
                    day_number=day_index + 1,
                    week_key=week["key"],
                    day_key=day["key"],
                    scheduled_date=dates[day_index],
                    day=day,
                )
            )
    return slots


def weekdays_text(weekdays: list[int]) -> str:
    """[1, 3, 5] → "Monday, Wednesday and Friday"."""
    names = [WEEKDAY_NAMES[day - 1] for day in sorted(weekdays)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
