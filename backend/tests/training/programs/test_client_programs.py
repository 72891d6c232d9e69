"""Does assigning give each client their own dated copy, and do edits, newer versions and ending keep history?"""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.training.models import ClientProgram, ProgramWorkout
from tests.factories import AssignmentFactory, ClientFactory
from tests.training.factories import WorkoutLogFactory
from tests.training.programs.conftest import document


def template(api, library, **content_args):
    content = document(library.back_squat.id, library.plank.id, **content_args)
    return api.post("/api/programs", json={"name": "Strength", "visibility": "studio", "content": content}).get_json()


def assign(api, template_id, client_ids, **body):
    return api.post(
        f"/api/programs/{template_id}/assign",
        json={"client_ids": client_ids, "start_date": body.pop("start_date", "2026-11-30"), **body},
    )


def workouts(program_id):
    return (
        db.session.execute(
            sa.select(ProgramWorkout)
            .where(ProgramWorkout.client_program_id == program_id)
            .order_by(ProgramWorkout.scheduled_date)
        )
        .scalars()
        .all()
    )


def test_assign_gives_each_client_a_copy_with_dated_workouts(studio, client_as, library):
    api = client_as(studio.owner)
    tpl = template(api, library, weeks=2, days=3)
    response = assign(api, tpl["id"], [studio.client.id, studio.other_client.id])
    assert response.status_code == 201, response.get_json()
    programs = response.get_json()["programs"]
    assert [p["client_name"] for p in programs] == [studio.client.full_name, studio.other_client.full_name]
    assert programs[0]["training_weekdays"] == [1, 3, 5]
    assert programs[0]["workouts_total"] == 6 and programs[0]["end_date"] == "2026-12-11"
    assert programs[0]["template_version"] == 1 and programs[0]["assigned_by_name"] == studio.owner.full_name
    rows = workouts(programs[0]["id"])
    assert [row.scheduled_date.isoformat() for row in rows[:3]] == ["2026-11-30", "2026-12-02", "2026-12-04"]
    assert rows[0].content["name"] == "Day 1" and rows[0].name == "Day 1"
    assert rows[3].week_number == 2 and rows[3].day_number == 1


def test_assign_refuses_days_that_do_not_fit_and_a_current_program(studio, client_as, library):
    api = client_as(studio.owner)
    tpl = template(api, library, days=3)
    refused = assign(api, tpl["id"], [studio.client.id], training_weekdays=[1, 3])
    assert refused.status_code == 422
    assert "Week 1 has 3 training days but only 2 training weekdays" in refused.get_json()["error"]["message"]
    assert assign(api, tpl["id"], [studio.client.id], training_weekdays=[1, 1, 3]).status_code == 422
    assert assign(api, tpl["id"], [studio.client.id], training_weekdays=[0]).status_code == 422
    assert assign(api, tpl["id"], [], training_weekdays=[1]).status_code == 422
    first = assign(api, tpl["id"], [studio.client.id]).get_json()["programs"][0]
    again = assign(api, tpl["id"], [studio.client.id, studio.other_client.id])
    assert again.status_code == 409
    assert studio.client.full_name in again.get_json()["error"]["message"]
    assert db.session.execute(sa.select(sa.func.count()).select_from(ClientProgram)).scalar_one() == 1
    replaced = assign(api, tpl["id"], [studio.client.id], replace_current=True, start_date=date.today().isoformat())
    assert replaced.status_code == 201
    old = api.get(f"/api/client-programs/{first['id']}").get_json()
    assert old["status"] == "ended"
    # Workouts before today stay; those from today on that nobody logged went with the old program.
    assert all(workout["scheduled_date"] < date.today().isoformat() for workout in old["workouts"])


def test_assign_is_all_or_nothing_when_a_client_is_not_the_callers(studio, client_as, library):
    tpl = template(client_as(studio.owner), library)
    trainer = client_as(studio.trainer_user)
    response = assign(trainer, tpl["id"], [studio.client.id, studio.other_client.id])
    assert response.status_code == 404
    assert db.session.execute(sa.select(sa.func.count()).select_from(ClientProgram)).scalar_one() == 0
    assert assign(trainer, tpl["id"], [studio.client.id]).status_code == 201


def test_client_reads_own_program_without_coach_fields_and_cannot_write(studio, client_as, library):
    api = client_as(studio.owner)
    program = assign(api, template(api, library)["id"], [studio.client.id]).get_json()["programs"][0]
    me = client_as(studio.client_user)
    body = me.get(f"/api/client-programs/{program['id']}").get_json()
    assert body["exercises"][0]["name"] in ("Back Squat", "Plank")
    assert "template_id" not in body and "update_available" not in body and "assigned_by_name" not in body
    listed = me.get(f"/api/clients/{studio.client.id}/programs").get_json()
    assert [item["id"] for item in listed["items"]] == [program["id"]]
    assert me.put(f"/api/client-programs/{program['id']}", json={"name": "Mine"}).status_code == 403
    assert me.post(f"/api/client-programs/{program['id']}/end").status_code == 403
    assert me.get(f"/api/clients/{studio.other_client.id}/programs").status_code == 404


def test_editing_a_copy_relays_only_open_future_workouts_and_leaves_the_template(studio, client_as, library):
    api = client_as(studio.owner)
    tpl = template(api, library, weeks=3, days=2)
    start = date.today() - timedelta(days=7)
    program = assign(
        api, tpl["id"], [studio.client.id], start_date=start.isoformat(), training_weekdays=[1, 2, 3, 4, 5, 6, 7]
    ).get_json()["programs"][0]
    rows = workouts(program["id"])
    future = [row for row in rows if row.scheduled_date >= date.today()]
    logged = future[0]
    WorkoutLogFactory(organization_id=studio.org.id, client_id=studio.client.id, program_workout_id=logged.id)
    detail = api.get(f"/api/client-programs/{program['id']}").get_json()
    content = copy.deepcopy(detail["content"])
    content["weeks"][2]["days"][0]["name"] = "Heavy day"
    response = api.put(f"/api/client-programs/{program['id']}", json={"content": content, "name": "Jo's strength"})
    assert response.status_code == 200, response.get_json()
    after = response.get_json()
    assert after["name"] == "Jo's strength"
    names = {(w["week_number"], w["day_number"]): w["name"] for w in after["workouts"]}
    assert names[(3, 1)] == "Heavy day"
    ids = {w["id"] for w in after["workouts"]}
    assert logged.id in ids and all(row.id in ids for row in rows if row.scheduled_date < date.today())
    assert api.get(f"/api/programs/{tpl['id']}").get_json()["content"]["weeks"][2]["days"][0]["name"] == "Day 1"
    assert api.put(f"/api/client-programs/{program['id']}", json={"training_weekdays": [1]}).status_code == 422
    assert api.put(f"/api/client-programs/{program['id']}", json={"content": {"weeks": "x"}}).status_code == 422


def test_a_newer_template_version_shows_its_changes_and_applies_to_weeks_not_started(studio, client_as, library):
    api = client_as(studio.owner)
    tpl = template(api, library, weeks=3, days=1)
    start = date.today() - timedelta(days=2)
    program = assign(
        api, tpl["id"], [studio.client.id], start_date=start.isoformat(), training_weekdays=[1, 2, 3, 4, 5, 6, 7]
    ).get_json()["programs"][0]
    content = copy.deepcopy(tpl["content"])
    for week in content["weeks"]:
        week["days"][0]["blocks"][0]["exercises"][0]["prescription"]["sets"] = 5
    api.put(f"/api/programs/{tpl['id']}", json={"name": "Strength", "visibility": "studio", "content": content})
    detail = api.get(f"/api/client-programs/{program['id']}").get_json()
    assert detail["update_available"] is True and detail["newest_version"] == 2
    assert "Week 2 · Day 1 (Day 1): Back Squat 3 × 5 → 5 × 5" in detail["template_changes"]
    applied = api.post(f"/api/client-programs/{program['id']}/apply-template-version").get_json()
    assert applied["template_version"] == 2 and applied["update_available"] is False
    sets = [
        week["days"][0]["blocks"][0]["exercises"][0]["prescription"]["sets"] for week in applied["content"]["weeks"]
    ]
    assert sets == [3, 5, 5]  # week 1 started two days ago: it stays as the client had it
    week2 = next(w for w in applied["workouts"] if w["week_number"] == 2)
    stored = db.session.get(ProgramWorkout, week2["id"])
    assert stored.content["blocks"][0]["exercises"][0]["prescription"]["sets"] == 5
    assert api.post(f"/api/client-programs/{program['id']}/apply-template-version").status_code == 409


def test_ending_keeps_logged_and_past_workouts(studio, client_as, library):
    api = client_as(studio.owner)
    start = date.today() - timedelta(days=3)
    program = assign(
        api,
        template(api, library, weeks=2, days=3)["id"],
        [studio.client.id],
        start_date=start.isoformat(),
        training_weekdays=[1, 2, 3, 4, 5, 6, 7],
    ).get_json()["programs"][0]
    rows = workouts(program["id"])
    done = next(row for row in rows if row.scheduled_date > date.today())
    done.completed_at = datetime.now(UTC)
    db.session.commit()
    expected = {row.id for row in rows if row.scheduled_date < date.today()} | {done.id}
    ended = api.post(f"/api/client-programs/{program['id']}/end").get_json()
    assert ended["status"] == "ended" and ended["ended_at"]
    kept = {w["id"] for w in ended["workouts"]}
    assert kept == expected
    assert api.post(f"/api/client-programs/{program['id']}/end").status_code == 409
    assert api.put(f"/api/client-programs/{program['id']}", json={"name": "x"}).status_code == 409


def test_client_program_lists_and_get_have_constant_statement_counts(studio, client_as, library, count_statements):
    api = client_as(studio.owner)
    small = template(api, library, weeks=1, days=1)
    big = template(api, library, weeks=12, days=5)
    extra = ClientFactory(organization_id=studio.org.id)
    AssignmentFactory(organization_id=studio.org.id, client_id=extra.id, trainer_id=studio.trainer.id)
    assign(api, small["id"], [extra.id])
    assign(api, big["id"], [extra.id], replace_current=True, training_weekdays=[1, 2, 3, 4, 5])
    for _ in range(3):
        assign(api, small["id"], [studio.client.id], replace_current=True)
    with count_statements() as few:
        assert len(api.get(f"/api/clients/{extra.id}/programs?per_page=1").get_json()["items"]) == 1
    with count_statements() as many:
        assert len(api.get(f"/api/clients/{studio.client.id}/programs?per_page=100").get_json()["items"]) == 3
    assert few.count == many.count
    latest = api.get(f"/api/clients/{extra.id}/programs").get_json()["items"][0]
    one = api.get(f"/api/clients/{studio.client.id}/programs").get_json()["items"][0]
    with count_statements() as small_get:
        assert len(api.get(f"/api/client-programs/{one['id']}").get_json()["workouts"]) == 1
    with count_statements() as big_get:
        assert len(api.get(f"/api/client-programs/{latest['id']}").get_json()["workouts"]) == 60
    assert small_get.count == big_get.count


def test_another_studio_cannot_reach_client_programs(studio, other_studio, client_as, library):
    api = client_as(studio.owner)
    program = assign(api, template(api, library)["id"], [studio.client.id]).get_json()["programs"][0]
    stranger = client_as(other_studio.owner)
    assert stranger.get(f"/api/client-programs/{program['id']}").status_code == 404
    assert stranger.get(f"/api/clients/{studio.client.id}/programs").status_code == 404
    assert stranger.post(f"/api/client-programs/{program['id']}/end").status_code == 404
    other_template = template(client_as(other_studio.owner), library)
    assert assign(stranger, other_template["id"], [studio.client.id]).status_code == 404
