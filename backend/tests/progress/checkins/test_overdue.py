"""Overdue weeks: due on the assignment's weekday in the client's zone, computed in SQL across weeks and zones."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from fitnesscrm.extensions import db
from fitnesscrm.progress.checkins import service
from tests.factories import principal_for

# Monday 23 November 2026, 11:00 UTC: already Tuesday in Auckland (UTC+13), still Monday morning in Honolulu (UTC-10).
NOW = datetime(2026, 11, 23, 11, 0, tzinfo=UTC)
MONDAY = 1


def _due(studio, zone: str, now: datetime = NOW):
    studio.client_user.timezone = zone
    db.session.commit()
    return service.due_summary(actor=principal_for(studio.client_user), client_id=studio.client.id, now=now)


@pytest.mark.parametrize(
    ("zone", "overdue", "next_due"),
    [
        (
            "Pacific/Auckland",
            [date(2026, 11, 23), date(2026, 11, 16), date(2026, 11, 9), date(2026, 11, 2)],
            date(2026, 11, 30),
        ),
        ("Pacific/Honolulu", [date(2026, 11, 16), date(2026, 11, 9), date(2026, 11, 2)], date(2026, 11, 23)),
    ],
)
def test_a_week_is_overdue_once_its_day_has_passed_in_the_clients_zone(studio, assign, zone, overdue, next_due):
    assign(weekday=MONDAY, starts_on=date(2026, 11, 2))
    due = _due(studio, zone)
    assert due["overdue"] == overdue
    assert due["overdue_count"] == len(overdue)
    assert due["next_due"]["due_on"] == next_due


def test_the_first_due_day_is_the_weekday_on_or_after_the_start(studio, assign):
    assign(weekday=7, starts_on=date(2026, 11, 4))  # a Wednesday: the first check-in is Sunday the 8th
    due = _due(studio, "Europe/London")
    assert due["overdue"] == [date(2026, 11, 22), date(2026, 11, 15), date(2026, 11, 8)]
    assert due["next_due"]["due_on"] == date(2026, 11, 29)


def test_a_sent_week_is_not_overdue(studio, assign, submission):
    assign(weekday=MONDAY, starts_on=date(2026, 11, 2))
    submission(due_on=date(2026, 11, 9))
    assert _due(studio, "Pacific/Honolulu")["overdue"] == [date(2026, 11, 16), date(2026, 11, 2)]


def test_an_assignment_starting_later_has_nothing_due_yet(studio, assign):
    assign(weekday=MONDAY, starts_on=date(2026, 12, 14))
    due = _due(studio, "Europe/London")
    assert (due["overdue"], due["next_due"]) == ([], None)


def test_staff_see_overdue_clients_with_their_count(studio, client_as, assign, other_studio):
    assign(weekday=MONDAY, starts_on=date(2026, 1, 5))
    assign(studio.other_client, weekday=MONDAY, starts_on=date(2026, 1, 5))
    owner = client_as(studio.owner).get("/api/check-ins/overdue").get_json()["items"]
    assert sorted(item["client_name"] for item in owner) == sorted(
        [studio.client.full_name, studio.other_client.full_name]
    )
    assert all(item["overdue_count"] >= 40 and item["weekday_name"] == "Monday" for item in owner)
    trainer = client_as(studio.trainer_user).get("/api/check-ins/overdue").get_json()["items"]
    assert [item["client_id"] for item in trainer] == [studio.client.id]
    assert client_as(other_studio.owner).get("/api/check-ins/overdue").get_json()["items"] == []
    assert client_as(studio.trainer_user).get("/api/check-ins/summary").get_json()["overdue_clients"] == 1
