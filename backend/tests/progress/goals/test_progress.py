"""Is a goal's progress computed from what was measured, lifted, attended and ticked off, in the reader's units?"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.core import events
from fitnesscrm.extensions import db
from fitnesscrm.progress.models import Goal
from fitnesscrm.training.events import SetsLogged
from tests.progress.goals.conftest import today


def goals_url(studio, client=None):
    return f"/api/clients/{(client or studio.client).id}/goals"


def create(client_as, studio, **body):
    response = client_as(studio.trainer_user).post(goals_url(studio), json=body)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_measurement_goal_reads_how_much_was_lost(studio, feeds, client_as):
    feeds.measure(82, on=today() - timedelta(days=30))
    goal = create(
        client_as, studio, kind="measurement", measurement_type_id=feeds.weight.id, target_value=75,
        target_date=str(today() + timedelta(days=60)),
    )  # fmt: skip
    assert goal["start_value"] == 82 and goal["direction"] == "down" and goal["unit"] == "kg"
    assert goal["title"].startswith("Weight 75 kg by ")
    feeds.measure(77.8)
    body = client_as(studio.client_user).get(f"/api/goals/{goal['id']}").get_json()
    assert body["current_value"] == 77.8
    assert body["percent"] == 60
    assert body["progress_text"] == "4.2 of 7 kg lost — 60%"


def test_measurement_goal_in_pounds_for_a_reader_who_uses_them(studio, feeds, client_as):
    feeds.measure(100, on=today() - timedelta(days=1))
    studio.trainer_user.weight_unit = "lb"
    db.session.commit()
    goal = create(client_as, studio, kind="measurement", measurement_type_id=feeds.weight.id, target_value=200)
    stored = db.session.get(Goal, goal["id"])
    assert float(stored.target_value) == 90.718  # 200 lb
    assert goal["unit"] == "lb" and goal["target_value"] == 200.0 and goal["start_value"] == 220.5
    # Shown to a tenth, as measurements are (what a scale reads).
    assert goal["progress_text"] == "0 of 20.5 lb lost — 0%"
    owner_view = client_as(studio.owner).get(f"/api/goals/{goal['id']}").get_json()
    assert owner_view["unit"] == "kg" and owner_view["target_value"] == 90.7


def test_lift_goal_counts_the_best_e1rm_since_it_started(studio, feeds, client_as):
    feeds.lift(80, 5, at=datetime.now(UTC) - timedelta(days=10))  # 90 kg e1RM, before the goal
    goal = create(client_as, studio, kind="lift", exercise_id=feeds.squat.id, target_value=100)
    assert goal["start_value"] == 90 and goal["current_value"] is None
    assert goal["progress_text"] == "No Back Squat logged since the goal was set"
    feeds.lift(90, 3)  # Brzycki: 90 x 36 / 34 = 95.29 kg
    feeds.lift(200, 5, deleted_at=datetime.now(UTC))
    body = client_as(studio.trainer_user).get(f"/api/goals/{goal['id']}").get_json()
    assert body["current_value"] == 95.3
    assert body["progress_text"] == "95.3 kg of 100 kg e1RM — 52%"


def test_lift_goal_reached_by_logged_sets_writes_an_activity_entry(studio, feeds, client_as):
    goal = create(client_as, studio, kind="lift", exercise_id=feeds.squat.id, target_value=100, milestone_every=50)
    assert [m["label"] for m in goal["milestones"]] == ["50 kg e1RM"]
    logged = feeds.lift(100, 3)  # 105.88 kg
    events.record(
        SetsLogged(organization_id=studio.org.id, actor=None, client_id=studio.client.id, set_ids=(logged.id,))
    )
    db.session.commit()
    body = client_as(studio.client_user).get(f"/api/goals/{goal['id']}").get_json()
    assert body["status"] == "achieved" and body["achieved_at"] and body["percent"] == 100
    assert body["milestones"][0]["reached_at"]
    entries = db.session.execute(
        sa.select(ActivityEntry.action, ActivityEntry.entity_label, ActivityEntry.changes)
        .where(ActivityEntry.organization_id == studio.org.id)
        .where(ActivityEntry.action.in_(["achieve_goal", "reach_milestone"]))
        .order_by(ActivityEntry.id)
    ).all()
    assert [(action, label) for action, label, _ in entries] == [
        ("reach_milestone", studio.client.full_name),
        ("achieve_goal", studio.client.full_name),
    ]
    assert entries[1][2]["goal"]["after"] == "Back Squat 100 kg e1RM"


def test_attendance_goal_counts_weeks_met(studio, feeds, client_as):
    start = today() - timedelta(days=14)
    goal = create(client_as, studio, kind="attendance", sessions_per_week=2, weeks=4, starts_on=str(start))
    feeds.attend(start)
    feeds.attend(start + timedelta(days=2))  # week 1: met
    feeds.attend(start + timedelta(days=8))
    feeds.attend(start + timedelta(days=9), status="no_show")  # week 2: one, not met
    feeds.attend(start + timedelta(days=14))  # week 3 (this week): one so far
    feeds.attend(start - timedelta(days=1))  # before the goal
    body = client_as(studio.trainer_user).get(f"/api/goals/{goal['id']}").get_json()
    assert body["current_value"] == 1 and body["this_week_sessions"] == 1
    assert body["progress_text"] == "Met 1 of 4 weeks — 1 of 2 sessions this week"
    assert body["target_text"] == "2 sessions a week for 4 weeks"


def test_habit_streak_ends_today_or_yesterday(studio, feeds, client_as):
    habit = feeds.habit()
    now = today()
    feeds.tick(habit, [now - timedelta(days=n) for n in range(1, 5)])  # yesterday and three days before
    feeds.tick(habit, [now - timedelta(days=6), now - timedelta(days=7)])
    feeds.tick(habit, [now - timedelta(days=5)], completed=False)
    goal = create(client_as, studio, kind="habit_streak", habit_id=habit.id, target_value=10)
    assert goal["current_value"] == 4
    assert goal["progress_text"] == "4 of 10 days in a row — 40%"
    assert goal["target_text"] == "10 minutes of mobility: 10 days in a row"


def test_habit_streak_goal_already_met_is_achieved_at_once(studio, feeds, client_as):
    habit = feeds.habit()
    feeds.tick(habit, [today() - timedelta(days=n) for n in range(3)])
    goal = create(client_as, studio, kind="habit_streak", habit_id=habit.id, target_value=3)
    assert goal["status"] == "achieved"


def test_milestones_every_step_reached_by_a_measurement(studio, feeds, client_as):
    feeds.measure(80, on=today() - timedelta(days=3))
    goal = create(
        client_as, studio, kind="measurement", measurement_type_id=feeds.weight.id, target_value=72.5,
        milestone_every=2.5,
    )  # fmt: skip
    assert [m["label"] for m in goal["milestones"]] == ["77.5 kg", "75 kg"]
    from fitnesscrm.progress.goals import evaluation

    feeds.measure(77)
    evaluation.evaluate(organization_id=studio.org.id, client_id=studio.client.id, actor=None)
    db.session.commit()
    body = client_as(studio.trainer_user).get(f"/api/goals/{goal['id']}").get_json()
    assert [bool(m["reached_at"]) for m in body["milestones"]] == [True, False]
    assert body["status"] == "active"


def test_list_costs_the_same_statements_however_many_goals(studio, feeds, client_as, count_statements):
    habit = feeds.habit()
    feeds.measure(80)

    def one_of_each():
        create(client_as, studio, kind="measurement", measurement_type_id=feeds.weight.id, target_value=70,
               milestones=[75])  # fmt: skip
        create(client_as, studio, kind="lift", exercise_id=feeds.squat.id, target_value=150)
        create(client_as, studio, kind="attendance", sessions_per_week=3, weeks=8)
        create(client_as, studio, kind="habit_streak", habit_id=habit.id, target_value=30)

    api = client_as(studio.trainer_user)
    one_of_each()
    with count_statements() as few:
        assert api.get(goals_url(studio)).get_json()["meta"]["total"] == 4
    for _ in range(3):
        one_of_each()
    with count_statements() as many:
        body = api.get(goals_url(studio)).get_json()
    assert body["meta"]["total"] == 16
    assert many.count == few.count
    assert few.count <= 14


def test_changing_milestones_keeps_when_the_kept_ones_were_reached(studio, feeds, client_as):
    feeds.lift(60, 1)  # 60 kg e1RM since the goal's first day
    goal = create(client_as, studio, kind="lift", exercise_id=feeds.squat.id, target_value=100, milestones=[50])
    reached_at = goal["milestones"][0]["reached_at"]
    assert reached_at
    changed = client_as(studio.trainer_user).patch(f"/api/goals/{goal['id']}", json={"milestones": [50, 80]}).get_json()
    assert [(m["label"], m["reached_at"]) for m in changed["milestones"]] == [
        ("50 kg e1RM", reached_at),
        ("80 kg e1RM", None),
    ]


def test_measurement_and_habit_events_reach_goals(studio, feeds, client_as):
    from fitnesscrm.progress.habits.events import HabitLogged
    from fitnesscrm.progress.measurements.events import MeasurementRecorded

    feeds.measure(80, on=today() - timedelta(days=3))
    weight = create(client_as, studio, kind="measurement", measurement_type_id=feeds.weight.id, target_value=78)
    habit = feeds.habit()
    streak = create(client_as, studio, kind="habit_streak", habit_id=habit.id, target_value=2)
    feeds.measure(77.5)
    events.record(
        MeasurementRecorded(
            organization_id=studio.org.id, actor=None, entity_id=studio.client.id, label=studio.client.full_name,
            client_id=studio.client.id, type_ids=(feeds.weight.id,), measured_on=today(),
        )
    )  # fmt: skip
    feeds.tick(habit, [today() - timedelta(days=1), today()])
    logged = HabitLogged(
        organization_id=studio.org.id, actor=None, client_id=studio.client.id, habit_id=habit.id, day=today()
    )
    events.record(logged)
    db.session.commit()
    api = client_as(studio.client_user)
    assert api.get(f"/api/goals/{weight['id']}").get_json()["status"] == "achieved"
    assert api.get(f"/api/goals/{streak['id']}").get_json()["status"] == "achieved"
