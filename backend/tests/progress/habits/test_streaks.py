"""Streaks and the 4-week grid: gaps and islands in SQL, edge cases, and constant statement counts."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal


def _streaks(api, client_id):
    items = api.get(f"/api/clients/{client_id}/habits").get_json()["items"]
    return {item["name"]: (item["current_streak"], item["best_streak"]) for item in items}


def test_no_ticks_no_streak(studio, client_as, make_habit):
    make_habit()
    assert _streaks(client_as(studio.client_user), studio.client.id) == {"Walk": (0, 0)}


def test_a_run_ending_today_counts_today(studio, client_as, make_habit, tick):
    habit = make_habit()
    for days_ago in (0, 1, 2):
        tick(habit, days_ago)
    assert _streaks(client_as(studio.client_user), studio.client.id) == {"Walk": (3, 3)}


def test_a_run_ending_yesterday_is_still_current_before_today_is_ticked(studio, client_as, make_habit, tick):
    habit = make_habit()
    for days_ago in (1, 2):
        tick(habit, days_ago)
    assert _streaks(client_as(studio.client_user), studio.client.id) == {"Walk": (2, 2)}


def test_a_missed_day_breaks_the_current_streak(studio, client_as, make_habit, tick):
    habit = make_habit()
    for days_ago in (2, 3, 4, 5):
        tick(habit, days_ago)
    assert _streaks(client_as(studio.client_user), studio.client.id) == {"Walk": (0, 4)}


def test_a_day_below_target_breaks_the_run_and_the_best_is_the_longest(studio, client_as, make_habit, tick):
    habit = make_habit()
    for days_ago in (10, 11, 12, 13, 14):
        tick(habit, days_ago)
    tick(habit, 9, completed=False)
    for days_ago in (0, 1, 2, 3, 4, 5, 6, 7, 8):
        tick(habit, days_ago)
    tick(habit, 15, completed=False)
    assert _streaks(client_as(studio.client_user), studio.client.id) == {"Walk": (9, 9)}


def test_each_habit_has_its_own_streak(studio, client_as, make_habit, tick):
    walk, water = make_habit(name="Walk"), make_habit(name="Water", unit="glasses", target=Decimal(8))
    for days_ago in (0, 1, 2):
        tick(walk, days_ago)
    tick(water, 1)
    tick(water, 3)
    assert _streaks(client_as(studio.trainer_user), studio.client.id) == {"Walk": (3, 3), "Water": (1, 1)}


def test_grid_shows_28_days_with_each_days_state(studio, client_as, make_habit, tick, today):
    habit = make_habit(starts=today - timedelta(days=5))
    tick(habit, 1)
    tick(habit, 2, completed=False, value=Decimal(5000))
    grid = client_as(studio.client_user).get(f"/api/clients/{studio.client.id}/habits/grid").get_json()
    assert grid["today"] == today.isoformat()
    assert grid["first_day"] == (today - timedelta(days=27)).isoformat()
    [row] = grid["habits"]
    states = [day["state"] for day in row["days"]]
    assert len(states) == 28
    assert states[:22] == ["off"] * 22
    assert states[22:] == ["missed", "missed", "missed", "partial", "done", "open"]
    assert row["days"][25]["value"] == 5000
    assert (row["current_streak"], row["best_streak"]) == (1, 1)


def test_grid_and_list_cost_the_same_statements_however_many_habits(
    studio, client_as, make_habit, tick, count_statements
):
    api = client_as(studio.trainer_user)
    make_habit(name="One")
    api.get(f"/api/clients/{studio.client.id}/habits/grid")

    def cost(path):
        with count_statements() as counter:
            assert api.get(path).status_code == 200
        return counter.count

    grid, listed = cost(f"/api/clients/{studio.client.id}/habits/grid"), cost(f"/api/clients/{studio.client.id}/habits")
    for index in range(6):
        habit = make_habit(name=f"Habit {index}")
        for days_ago in range(index):
            tick(habit, days_ago)
    assert cost(f"/api/clients/{studio.client.id}/habits/grid") == grid
    assert cost(f"/api/clients/{studio.client.id}/habits") == listed
    assert grid <= 5 and listed <= 6
