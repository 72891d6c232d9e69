"""Does a series keep its local wall-clock time across daylight saving, and are its rules checked?"""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from fitnesscrm.scheduling import recurrence

START = datetime(2030, 1, 7, 10, 0)  # a Monday


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
        recurrence.normalize(
            "FREQ=WEEKLY;BYDAY=SA,SU;UNTIL=20261101", zone="Europe/London", local_start=datetime(2026, 10, 24, 7, 0)
        ),
        local_start=datetime(2026, 10, 24, 7, 0),
        zone="Europe/London",
        after=datetime(2026, 1, 1, tzinfo=UTC),
        before=datetime(2027, 1, 1, tzinfo=UTC),
    )
    assert [s.hour for s in starts] == [6, 7, 7, 7]  # clocks go back on Sunday 25 October 2026
    assert [s.day for s in starts] == [24, 25, 31, 1]


def test_until_as_a_local_date_is_inclusive_and_stored_in_utc():
    rule = recurrence.normalize("FREQ=DAILY;UNTIL=20260310", zone="America/New_York", local_start=START)
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
        "FREQ=DAILY;INTERVAL=0",
        "FREQ=DAILY;INTERVAL=-1",
        "FREQ=DAILY;COUNT=0",
        "FREQ=DAILY;BYMONTHDAY=0",
        "FREQ=DAILY;BYMONTHDAY=32",
        "FREQ=MONTHLY;BYDAY=+53MO",
        "FREQ=MONTHLY;BYDAY=1MO,TU",
        "FREQ=DAILY;BYDAY=1MO",
        "FREQ=WEEKLY;BYMONTHDAY=3",
        "FREQ=WEEKLY;BYSETPOS=1;BYDAY=MO",
        "FREQ=MONTHLY;BYSETPOS=0;BYDAY=MO",
        "FREQ=YEARLY;BYWEEKNO=20",
        "FREQ=YEARLY;BYYEARDAY=100",
        "FREQ=DAILY;BYEASTER=0",
        "FREQ=WEEKLY;WKST=XX",
        "FREQ=DAILY;UNTIL=99991231",
        "FREQ=DAILY;UNTIL=18000101",
    ],
)
def test_unusable_rules_are_refused(text):
    with pytest.raises(recurrence.RuleError):
        recurrence.normalize(text, zone="America/New_York", local_start=START)


@pytest.mark.parametrize(
    "text",
    [
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31",
        "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=-30",
        "FREQ=MONTHLY;BYDAY=2MO;BYMONTHDAY=1",
        "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6",
        "FREQ=MONTHLY;INTERVAL=12;BYMONTH=2",
        "FREQ=MONTHLY;BYMONTH=2",  # the start's day, the 31st, is not in February
        "FREQ=DAILY;INTERVAL=7;BYDAY=TU",  # every seventh day from a Monday is a Monday
        "FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29",  # 2031, 2035, ...: never a leap year
    ],
)
def test_rules_no_day_can_match_are_refused(text):
    start = datetime(2031, 1, 31, 10, 0)
    with pytest.raises(recurrence.RuleError, match="No day can ever match"):
        recurrence.normalize(text, zone="UTC", local_start=start)


@pytest.mark.parametrize(
    "text",
    [
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29",
        "FREQ=YEARLY;BYMONTH=2;BYDAY=-1MO",
        "FREQ=MONTHLY;BYDAY=5FR",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR",
        "FREQ=YEARLY;BYDAY=53TH",
        "FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29",  # from 2032, a leap year
        "FREQ=DAILY;INTERVAL=14;BYDAY=MO,FR",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10",
    ],
)
def test_rules_that_match_rarely_are_accepted(text):
    start = datetime(2032, 2, 2, 10, 0)  # a Monday
    assert recurrence.normalize(text, zone="UTC", local_start=start)


@pytest.mark.parametrize(
    "text",
    [
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31",
        "FREQ=DAILY;INTERVAL=7;BYDAY=TU",
        "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6",
        "FREQ=DAILY;BYMONTHDAY=31;BYMONTH=2,4,6,9,11",
    ],
)
def test_any_rule_is_read_and_expanded_in_well_under_100_ms(text):
    began = time.process_time()
    try:
        rule = recurrence.normalize(text, zone="America/New_York", local_start=START)
    except recurrence.RuleError:
        pass
    else:
        recurrence.expand(
            rule,
            local_start=START,
            zone="America/New_York",
            after=datetime(2030, 1, 1, tzinfo=UTC),
            before=datetime(2031, 1, 1, tzinfo=UTC),
        )
    assert time.process_time() - began < 0.05
