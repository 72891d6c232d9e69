"""Habits: who gives and changes them, what a tick accepts, and the activity entries."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.core import events
from fitnesscrm.extensions import db
from fitnesscrm.progress.habits.events import HabitLogged
from fitnesscrm.progress.models import HabitLog
from tests.factories import TrainerFactory, UserFactory


def _url(client_id):
    return f"/api/clients/{client_id}/habits"


def test_trainer_assigns_a_count_habit_and_the_client_sees_it_today(studio, client_as, today):
    created = client_as(studio.trainer_user).post(
        _url(studio.client.id), json={"name": "Walk", "kind": "count", "target_value": 10000, "unit": "steps"}
    )
    assert created.status_code == 201, created.get_json()
    body = created.get_json()
    assert (body["target_text"], body["starts_on"]) == ("10,000 steps", today.isoformat())
    listed = client_as(studio.client_user).get(_url(studio.client.id)).get_json()
    [habit] = listed["items"]
    assert habit["today"] == {
        "day": today.isoformat(),
        "value": None,
        "logged": False,
        "completed": False,
        "can_log": True,
    }
    assert (habit["current_streak"], habit["best_streak"]) == (0, 0)


def test_assigning_records_an_activity_entry_about_the_client(studio, client_as):
    client_as(studio.owner).post(
        _url(studio.client.id), json={"name": "Sleep", "kind": "duration", "target_value": 480}
    )
    entry = db.session.execute(sa.select(ActivityEntry).where(ActivityEntry.action == "assign_habit")).scalar_one()
    assert (entry.entity_type, entry.entity_id, entry.entity_label) == (
        "client",
        studio.client.id,
        studio.client.full_name,
    )
    assert entry.changes["habit"] == {"before": None, "after": "Sleep"}
    assert entry.changes["target"] == {"before": None, "after": "8 h"}


def test_a_habit_needs_the_target_its_kind_uses(studio, client_as):
    api = client_as(studio.owner)
    missing = api.post(_url(studio.client.id), json={"name": "Walk", "kind": "count", "unit": "steps"})
    assert missing.status_code == 422
    assert "target_value" in missing.get_json()["error"]["fields"]
    no_unit = api.post(_url(studio.client.id), json={"name": "Walk", "kind": "count", "target_value": 5})
    assert "unit" in no_unit.get_json()["error"]["fields"]
    too_long = api.post(_url(studio.client.id), json={"name": "Sleep", "kind": "duration", "target_value": 2000})
    assert too_long.status_code == 422
    yes_no = api.post(_url(studio.client.id), json={"name": "Stretch", "kind": "yes_no", "target_value": 3})
    assert yes_no.get_json()["target_value"] is None


def test_client_ticks_off_count_and_completed_follows_the_target(studio, client_as, make_habit, today):
    habit = make_habit()
    api = client_as(studio.client_user)
    below = api.put(f"/api/habits/{habit.id}/days/{today}", json={"value": 8000})
    assert below.status_code == 200, below.get_json()
    assert below.get_json()["completed"] is False
    met = api.put(f"/api/habits/{habit.id}/days/{today}", json={"value": 10000})
    assert met.get_json()["completed"] is True
    assert db.session.scalar(sa.select(sa.func.count()).select_from(HabitLog)) == 1


def test_yes_no_is_done_or_not(studio, client_as, make_habit, today):
    habit = make_habit(kind="yes_no")
    api = client_as(studio.client_user)
    assert api.put(f"/api/habits/{habit.id}/days/{today}", json={"done": True}).get_json()["completed"] is True
    assert api.put(f"/api/habits/{habit.id}/days/{today}", json={"done": False}).get_json()["completed"] is False
    assert api.put(f"/api/habits/{habit.id}/days/{today}", json={}).status_code == 422


def test_a_changed_target_does_not_rewrite_days_already_ticked(studio, client_as, make_habit, today):
    habit = make_habit()
    client_as(studio.client_user).put(f"/api/habits/{habit.id}/days/{today}", json={"value": 10000})
    changed = client_as(studio.trainer_user).patch(f"/api/habits/{habit.id}", json={"target_value": 12000})
    assert changed.status_code == 200
    assert db.session.scalar(sa.select(HabitLog.completed)) is True


def test_days_in_the_future_or_before_the_start_are_refused(studio, client_as, make_habit, today):
    habit = make_habit(starts=today - timedelta(days=3))
    api = client_as(studio.owner)
    tomorrow = today + timedelta(days=1)
    assert api.put(f"/api/habits/{habit.id}/days/{tomorrow}", json={"value": 1}).status_code == 422
    before = today - timedelta(days=4)
    refused = api.put(f"/api/habits/{habit.id}/days/{before}", json={"value": 1})
    assert refused.status_code == 422
    assert "starts on" in refused.get_json()["error"]["message"]


def test_a_client_fills_in_the_last_seven_days_and_staff_any_past_day(studio, client_as, make_habit, today):
    habit = make_habit()
    client = client_as(studio.client_user)
    assert client.put(f"/api/habits/{habit.id}/days/{today - timedelta(days=7)}", json={"value": 1}).status_code == 200
    assert client.put(f"/api/habits/{habit.id}/days/{today - timedelta(days=8)}", json={"value": 1}).status_code == 422
    coach = client_as(studio.trainer_user)
    assert coach.put(f"/api/habits/{habit.id}/days/{today - timedelta(days=30)}", json={"value": 1}).status_code == 200


def test_a_malformed_day_is_not_found(studio, client_as, make_habit):
    habit = make_habit()
    api = client_as(studio.client_user)
    assert api.put(f"/api/habits/{habit.id}/days/2026-02-30", json={"value": 1}).status_code == 404
    assert api.put(f"/api/habits/{habit.id}/days/yesterday", json={"value": 1}).status_code == 404


def test_ticking_records_habit_logged_but_no_activity_entry(studio, client_as, make_habit, today):
    habit = make_habit()
    seen = []
    handler = events.subscribe(HabitLogged)(seen.append)
    try:
        client_as(studio.client_user).put(f"/api/habits/{habit.id}/days/{today}", json={"value": 5})
    finally:
        events._subscribers[HabitLogged].remove(handler)
    assert [(event.client_id, event.habit_id, event.day) for event in seen] == [(studio.client.id, habit.id, today)]
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ActivityEntry)) == 0


def test_clearing_a_day_takes_the_tick_back(studio, client_as, make_habit, today):
    habit = make_habit(kind="yes_no")
    api = client_as(studio.client_user)
    api.put(f"/api/habits/{habit.id}/days/{today}", json={"done": True})
    assert api.delete(f"/api/habits/{habit.id}/days/{today}").status_code == 204
    assert db.session.scalar(sa.select(sa.func.count()).select_from(HabitLog)) == 0


def test_archived_habits_leave_the_day_and_refuse_ticks(studio, client_as, make_habit, today):
    habit = make_habit()
    coach = client_as(studio.trainer_user)
    assert coach.post(f"/api/habits/{habit.id}/archive").get_json()["archived_at"] is not None
    client = client_as(studio.client_user)
    assert client.get(_url(studio.client.id)).get_json()["items"] == []
    archived = client.get(_url(studio.client.id) + "?archived=true").get_json()["items"]
    assert [item["id"] for item in archived] == [habit.id]
    assert client.put(f"/api/habits/{habit.id}/days/{today}", json={"value": 1}).status_code == 409
    assert db.session.execute(sa.select(ActivityEntry.action)).scalars().all() == ["archive_habit"]


def test_start_cannot_move_after_a_ticked_day(studio, client_as, make_habit, tick, today):
    habit = make_habit()
    tick(habit, 5)
    moved = client_as(studio.owner).patch(f"/api/habits/{habit.id}", json={"starts_on": today.isoformat()})
    assert moved.status_code == 422


def test_clients_and_other_trainers_may_not_give_habits(studio, client_as):
    body = {"name": "Walk", "kind": "yes_no"}
    assert client_as(studio.client_user).post(_url(studio.client.id), json=body).status_code == 403
    outsider = UserFactory(organization_id=studio.org.id, role="trainer")
    TrainerFactory(organization_id=studio.org.id, user_id=outsider.id)
    assert client_as(outsider).post(_url(studio.client.id), json=body).status_code == 404


def test_other_clients_trainers_and_studios_are_refused(studio, other_studio, client_as, make_habit, today):
    habit = make_habit(studio.other_client)
    client = client_as(studio.client_user)
    assert client.put(f"/api/habits/{habit.id}/days/{today}", json={"value": 1}).status_code == 404
    assert client_as(studio.client_user).get(_url(studio.other_client.id)).status_code == 404
    assert client_as(studio.trainer_user).get(f"/api/habits/{habit.id}").status_code == 404
    assert client_as(other_studio.owner).get(f"/api/habits/{habit.id}").status_code == 404
    assert client_as(other_studio.owner).get(_url(studio.other_client.id) + "/grid").status_code == 404
