"""Where do a program's days fall on the calendar?"""

from __future__ import annotations

from datetime import date

import pytest

from fitnesscrm.training.programs import layout
from tests.training.factories import program_content


def test_lay_out_puts_day_j_on_the_jth_training_weekday_of_each_week():
    content = program_content([1], weeks=2, days=3)
    slots = layout.lay_out(content, start_date=date(2026, 11, 30), weekdays=[1, 3, 5])  # a Monday
    assert [slot.scheduled_date.isoformat() for slot in slots] == [
        "2026-11-30", "2026-12-02", "2026-12-04", "2026-12-07", "2026-12-09", "2026-12-11",
    ]  # fmt: skip
    assert [(slot.week_number, slot.day_number) for slot in slots[:4]] == [(1, 1), (1, 2), (1, 3), (2, 1)]
    assert slots[3].week_key == content["weeks"][1]["key"]
    assert slots[3].day_key == content["weeks"][1]["days"][0]["key"]


def test_lay_out_counts_weeks_from_the_start_date_so_nothing_falls_before_it():
    content = program_content([1], weeks=2, days=3)
    slots = layout.lay_out(content, start_date=date(2026, 12, 1), weekdays=[1, 3, 5])  # a Tuesday
    assert [slot.scheduled_date.isoformat() for slot in slots] == [
        "2026-12-02", "2026-12-04", "2026-12-07", "2026-12-09", "2026-12-11", "2026-12-14",
    ]  # fmt: skip


def test_lay_out_leaves_rest_days_when_a_week_has_fewer_days_than_weekdays():
    content = program_content([1], weeks=1, days=2)
    slots = layout.lay_out(content, start_date=date(2026, 11, 30), weekdays=[2, 4, 6])
    assert [slot.scheduled_date.isoformat() for slot in slots] == ["2026-12-01", "2026-12-03"]


def test_lay_out_refuses_a_week_with_more_days_than_weekdays_naming_it():
    content = program_content([1], weeks=2, days=3)
    content["weeks"][1]["days"].append(content["weeks"][1]["days"][0] | {"key": "extra"})
    with pytest.raises(layout.LayoutError, match="Week 2 has 4 training days but only 3 training weekdays"):
        layout.lay_out(content, start_date=date(2026, 11, 30), weekdays=[1, 3, 5])


@pytest.mark.parametrize(
    ("days", "expected"), [(1, [1]), (2, [1, 4]), (3, [1, 3, 5]), (4, [1, 2, 4, 5]), (6, [1, 2, 3, 4, 5, 6])]
)
def test_default_weekdays_spread_the_days_per_week(days, expected):
    assert layout.default_weekdays(program_content([1], days=days)) == expected


def test_weekdays_text_names_the_days():
    assert layout.weekdays_text([5, 1, 3]) == "Monday, Wednesday and Friday"
    assert layout.weekdays_text([7]) == "Sunday"
