"""Does a series keep its local wall-clock time across daylight saving, and are its rules checked?"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from fitnesscrm.scheduling import recurrence


def test_weekly_series_keeps_seven_local_across_spring_forward_in_new_york():
    starts = recurrence.expand(
        "FREQ=WEEKLY;BYDAY=MO;COUNT=3",
        local_start=datetime(2026, 3, 2, 7, 0),
        zone="America/New_York",
        after=datetime(2026, 1, 1, tzinfo=UTC),
        before=datetime(2027, 1, 1, tzinfo=UTC),
    )
    assert starts == [
        datetime(2026, 3, 2, 12, 0, tzinfo=UTC),
        datetime(2026, 3, 9, 11, 0, tzinfo=UTC),
        datetime(2026, 3, 16, 11, 0, tzinfo=UTC),
    ]
    assert {recurrence.to_local(s, "America/New_York").hour for s in starts} == {7}


def test_weekly_series_keeps_seven_local_across_fall_back_in_london():
    starts = recurrence.expand(
        recurrence.normalize("FREQ=WEEKLY;BYDAY=SA,SU;UNTIL=20261101", zone="Europe/London"),
        local_start=datetime(2026, 10, 24, 7, 0),
        zone="Europe/London",
        after=datetime(2026, 1, 1, tzinfo=UTC),
        before=datetime(2027, 1, 1, tzinfo=UTC),
    )
    assert [s.hour for s in starts] == [6, 7, 7, 7]  # clocks go back on Sunday 25 October 2026
    assert [s.day for s in starts] == [24, 25, 31, 1]


def test_until_as_a_local_date_is_inclusive_and_stored_in_utc():
    rule = recurrence.normalize("FREQ=DAILY;UNTIL=20260310", zone="America/New_York")
    assert rule == "FREQ=DAILY;UNTIL=20260311T035959Z"


@pytest.mark.parametrize(
    "text",
    [
        "FREQ=HOURLY",
        "FREQ=WEEKLY;BYHOUR=5",
        "FREQ=WEEKLY;COUNT=2;UNTIL=20260101",
        "BYDAY=MO",
        "FREQ=WEEKLY;BYDAY=XX",
        "junk",
    ],
)
def test_unusable_rules_are_refused(text):
    with pytest.raises(recurrence.RuleError):
        recurrence.normalize(text, zone="UTC")
