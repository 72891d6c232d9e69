"""Compliance, computed by hand on a small fixture in a studio on London time."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from fitnesscrm.training.coaching import compliance
from tests.factories import ClientFactory, UserFactory, principal_for
from tests.training.factories import ProgramWorkoutFactory, WorkoutLogFactory

# 23:30 UTC on 10 June is 00:30 on 11 June in London (BST): the studio's today is the 11th.
NOW = datetime(2026, 6, 10, 23, 30, tzinfo=UTC)
DONE = datetime(2026, 6, 1, 9, tzinfo=UTC)


def _workout(studio, program, day: date, *, done: bool = False):
    return ProgramWorkoutFactory(
        organization_id=studio.org.id,
        client_program_id=program.id,
        client_id=program.client_id,
        scheduled_date=day,
        completed_at=DONE if done else None,
    )


@pytest.fixture
def schedule(studio, programs):
    """`client`: 3 due in 7 days (1 done), 5 due in 28 (2 done), the last two missed, today's not yet done."""
    program = programs["client"]
    _workout(studio, program, date(2026, 6, 11))  # today, not done: not counted
    _workout(studio, program, date(2026, 6, 10))  # missed
    _workout(studio, program, date(2026, 6, 8))  # missed
    _workout(studio, program, date(2026, 6, 5), done=True)  # today - 6: in the 7-day window
    _workout(studio, program, date(2026, 6, 4), done=True)  # today - 7: 28 days only
    _workout(studio, program, date(2026, 5, 15))  # today - 27: 28 days only
    _workout(studio, program, date(2026, 5, 14), done=True)  # today - 28: outside
    _workout(studio, program, date(2026, 6, 12))  # tomorrow
    other = programs["other_client"]
    _workout(studio, other, date(2026, 6, 11), done=True)  # today, done: counted
    _workout(studio, other, date(2026, 6, 9), done=True)
    return studio


def _get(actor, **kwargs):
    return compliance.get_all(actor=actor, now=NOW, **kwargs)


def _by_name(page):
    return {f"{row['first_name']} {row['last_name']}": row for row in page.items}


def test_compliance_counts_the_7_and_28_day_windows_in_the_studios_zone(schedule):
    row = _by_name(_get(principal_for(schedule.owner)))[schedule.client.full_name]
    assert (row["done_7"], row["due_7"], row["compliance_7"]) == (1, 3, 33)
    assert (row["done_28"], row["due_28"], row["compliance_28"]) == (2, 5, 40)
    assert row["missed_last_two"] is True


def test_compliance_counts_todays_workout_once_it_is_done(schedule):
    row = _by_name(_get(principal_for(schedule.owner)))[schedule.other_client.full_name]
    assert (row["done_7"], row["due_7"], row["compliance_7"], row["missed_last_two"]) == (2, 2, 100, False)


def test_compliance_in_utc_studio_moves_today_back_a_day(schedule):
    schedule.org.timezone = "UTC"
    row = _by_name(_get(principal_for(schedule.owner)))[schedule.client.full_name]
    # Today is the 10th: its missed workout is not judged yet, and the window starts on the 4th.
    assert (row["done_7"], row["due_7"]) == (2, 3)
    assert (row["done_28"], row["due_28"]) == (3, 5)
    assert row["missed_last_two"] is False


def test_compliance_lists_only_clients_with_an_active_program(schedule, programs):
    ended = ClientFactory(organization_id=schedule.org.id, first_name="Ended", last_name="Program")
    programs["make"](ended, status="ended", ended_at=NOW)
    names = set(_by_name(_get(principal_for(schedule.owner))))
    assert names == {schedule.client.full_name, schedule.other_client.full_name}


def test_compliance_ignores_workouts_after_a_program_ended(studio, programs):
    program = programs["make"](studio.client, status="ended", ended_at=datetime(2026, 6, 7, 12, tzinfo=UTC))
    _workout(studio, program, date(2026, 6, 6), done=True)
    _workout(studio, program, date(2026, 6, 8))  # after the end: not due
    row = _by_name(_get(principal_for(studio.owner)))[studio.client.full_name]
    assert (row["done_7"], row["due_7"]) == (1, 1)


def test_compliance_for_a_trainer_lists_their_clients_only(schedule):
    page = _get(principal_for(schedule.trainer_user))
    assert [row["id"] for row in page.items] == [schedule.client.id]
    assert page.meta["total"] == 1


def test_compliance_filters_missed_last_two(schedule):
    owner = principal_for(schedule.owner)
    assert [row["id"] for row in _get(owner, missed_last_two=True).items] == [schedule.client.id]
    assert [row["id"] for row in _get(owner, missed_last_two=False).items] == [schedule.other_client.id]


def test_compliance_sorts_lowest_first_and_by_name(schedule):
    owner = principal_for(schedule.owner)
    assert [row["id"] for row in _get(owner).items] == [schedule.client.id, schedule.other_client.id]
    assert [row["id"] for row in _get(owner, sort="-compliance_28").items] == [
        schedule.other_client.id,
        schedule.client.id,
    ]
    names = [(row["last_name"], row["first_name"]) for row in _get(owner, sort="name").items]
    assert names == sorted(names)


def test_compliance_searches_by_name(schedule):
    schedule.client.first_name, schedule.client.last_name = "Zelda", "Quorn"
    page = _get(principal_for(schedule.owner), q="quo")
    assert [row["id"] for row in page.items] == [schedule.client.id]


def test_compliance_paginates_with_the_total(schedule):
    owner = principal_for(schedule.owner)
    first = _get(owner, per_page=1)
    second = _get(owner, per_page=1, page=2)
    beyond = _get(owner, per_page=1, page=5)
    assert (first.meta["total"], first.meta["has_next"], len(first.items)) == (2, True, 1)
    assert second.items[0]["id"] != first.items[0]["id"] and second.meta["has_next"] is False
    assert (beyond.items, beyond.meta["total"]) == ([], 2)


def test_compliance_gives_the_last_finished_workout(schedule):
    finished = datetime(2026, 6, 5, 18, tzinfo=UTC)
    WorkoutLogFactory(organization_id=schedule.org.id, client_id=schedule.client.id, started_at=finished,
                      finished_at=finished)  # fmt: skip
    WorkoutLogFactory(organization_id=schedule.org.id, client_id=schedule.client.id, started_at=NOW)
    row = _by_name(_get(principal_for(schedule.owner)))[schedule.client.full_name]
    assert row["last_workout_at"] == finished


def test_compliance_route_is_one_statement_whatever_the_clients(schedule, client_as, programs, count_statements):
    api = client_as(schedule.owner)
    with count_statements() as few:
        assert api.get("/api/training/compliance").status_code == 200
    for n in range(5):
        programs["make"](ClientFactory(organization_id=schedule.org.id, first_name=f"More{n}"))
    api.get("/api/training/compliance")
    with count_statements() as many:
        body = api.get("/api/training/compliance").get_json()
    assert len(body["items"]) == 7
    assert few.count == many.count == 2  # the token check, then the page with its total


def test_compliance_route_answers_names_and_percentages(schedule, client_as):
    body = client_as(schedule.trainer_user).get("/api/training/compliance?missed_last_two=true").get_json()
    (item,) = body["items"]
    assert item["client_name"] == schedule.client.full_name
    assert item["client_id"] == schedule.client.id
    assert set(item) >= {"compliance_7", "compliance_28", "done_7", "due_7", "missed_last_two", "last_workout_at"}


@pytest.mark.parametrize(
    "query", ["sort=id", "missed_last_two=maybe", "per_page=0", "per_page=101", "page=0", "q=" + "x" * 101]
)
def test_compliance_route_refuses_bad_input(studio, client_as, query):
    response = client_as(studio.owner).get(f"/api/training/compliance?{query}")
    assert response.status_code == 422


def test_compliance_route_refuses_clients(studio, client_as):
    assert client_as(studio.client_user).get("/api/training/compliance").status_code == 403


def test_compliance_route_never_shows_another_studios_clients(schedule, other_studio, client_as):
    user = UserFactory(organization_id=other_studio.org.id, role="owner")
    assert client_as(user).get("/api/training/compliance").get_json()["items"] == []
