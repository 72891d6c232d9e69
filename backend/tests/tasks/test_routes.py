"""Can staff make, list, change, complete and reopen tasks, see their own (managers everyone's), and count them?"""

from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.extensions import db
from fitnesscrm.tasks.models import Task


def test_owner_gives_a_trainer_a_task_about_a_client(client_as, studio):
    answer = client_as(studio.owner).post(
        "/api/tasks",
        json={"title": "Call about goals", "assignee_id": studio.trainer_user.id, "client_id": studio.client.id,
              "due_on": "2030-01-02"},
    )  # fmt: skip

    assert answer.status_code == 201, answer.get_json()
    task = answer.get_json()
    assert (task["assignee_name"], task["client_name"], task["source"]) == (
        studio.trainer_user.full_name, "Casey Holloway", "person",
    )  # fmt: skip
    actions = (
        db.session.execute(
            sa.select(ActivityEntry.action).where(
                ActivityEntry.entity_type == "task", ActivityEntry.entity_id == task["id"]
            )
        )
        .scalars()
        .all()
    )
    assert actions == ["create"]


def test_a_trainer_cannot_give_work_to_someone_else(client_as, studio):
    answer = client_as(studio.trainer_user).post("/api/tasks", json={"title": "X", "assignee_id": studio.owner.id})

    assert answer.status_code == 403


def test_assignee_must_be_staff_of_the_studio(client_as, studio, other_studio):
    for assignee in (studio.client_user, other_studio.owner):
        answer = client_as(studio.owner).post("/api/tasks", json={"title": "X", "assignee_id": assignee.id})
        assert answer.status_code == 422 and "assignee_id" in answer.get_json()["error"]["fields"]


def test_a_trainer_lists_their_own_tasks_and_a_manager_everyones(client_as, studio):
    for assignee, title in ((studio.trainer_user, "Mine"), (studio.owner, "Owner's")):
        db.session.add(Task(organization_id=studio.org.id, title=title, assignee_id=assignee.id))
    db.session.commit()

    trainers = client_as(studio.trainer_user).get("/api/tasks").get_json()["items"]
    owners = client_as(studio.owner).get("/api/tasks").get_json()["items"]
    owners_own = client_as(studio.owner).get("/api/tasks?mine=true").get_json()["items"]

    assert [t["title"] for t in trainers] == ["Mine"]
    assert sorted(t["title"] for t in owners) == ["Mine", "Owner's"]
    assert [t["title"] for t in owners_own] == ["Owner's"]


def test_complete_and_reopen(client_as, studio):
    api = client_as(studio.trainer_user)
    task = api.post("/api/tasks", json={"title": "Stretch plan"}).get_json()

    done = api.post(f"/api/tasks/{task['id']}/complete").get_json()
    listed_open = api.get("/api/tasks").get_json()["items"]
    listed_done = api.get("/api/tasks?status=done").get_json()["items"]
    reopened = api.post(f"/api/tasks/{task['id']}/reopen").get_json()

    assert done["completed_at"] and done["completed_by_name"] == studio.trainer_user.full_name
    assert listed_open == [] and [t["id"] for t in listed_done] == [task["id"]]
    assert reopened["completed_at"] is None


def test_summary_counts_open_tasks_due_today_and_overdue(client_as, studio):
    today = date.today()
    for due in (today, today - timedelta(days=2), today + timedelta(days=3), None):
        db.session.add(Task(organization_id=studio.org.id, title="T", assignee_id=studio.trainer_user.id, due_on=due))
    db.session.add(Task(organization_id=studio.org.id, title="Other", assignee_id=studio.owner.id, due_on=today))
    db.session.commit()

    summary = client_as(studio.trainer_user).get("/api/tasks/summary").get_json()

    assert summary == {"open": 4, "due_today": 1, "overdue": 1}


def test_task_list_statements_do_not_grow_with_the_page(client_as, studio, count_statements):
    api = client_as(studio.owner)
    db.session.add(
        Task(organization_id=studio.org.id, title="T", assignee_id=studio.owner.id, client_id=studio.client.id)
    )
    db.session.commit()
    with count_statements() as one:
        api.get("/api/tasks")
    for n in range(10):
        db.session.add(Task(organization_id=studio.org.id, title=f"T{n}", assignee_id=studio.trainer_user.id,
                            client_id=studio.other_client.id))  # fmt: skip
    db.session.commit()
    with count_statements() as eleven:
        assert len(api.get("/api/tasks").get_json()["items"]) == 11

    assert eleven.count == one.count
