"""The review queue: order, scope, filters, statement counts; replies and reviews as the client reads them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.extensions import db
from tests.factories import AssignmentFactory, ClientFactory, TrainerFactory, UserFactory


def _at(days_ago: int) -> datetime:
    return datetime.now(UTC) - timedelta(days=days_ago)


def test_queue_lists_unreviewed_oldest_first_then_reviewed(studio, client_as, submission):
    newer = submission(due_on=date(2026, 11, 16), submitted_at=_at(2))
    older = submission(due_on=date(2026, 11, 9), submitted_at=_at(9))
    done = submission(due_on=date(2026, 11, 2), submitted_at=_at(16), reviewed=True)
    api = client_as(studio.owner)
    assert [item["id"] for item in api.get("/api/check-ins").get_json()["items"]] == [older.id, newer.id]
    assert [item["id"] for item in api.get("/api/check-ins?status=all").get_json()["items"]] == [
        older.id,
        newer.id,
        done.id,
    ]
    assert [item["id"] for item in api.get("/api/check-ins?status=reviewed").get_json()["items"]] == [done.id]


def test_trainers_see_their_own_clients_and_managers_filter_by_trainer(studio, client_as, submission):
    mine = submission(due_on=date(2026, 11, 9))
    theirs = submission(studio.other_client, due_on=date(2026, 11, 9))
    assert [item["id"] for item in client_as(studio.trainer_user).get("/api/check-ins").get_json()["items"]] == [
        mine.id
    ]
    owner = client_as(studio.owner)
    assert {item["id"] for item in owner.get("/api/check-ins").get_json()["items"]} == {mine.id, theirs.id}
    filtered = owner.get(f"/api/check-ins?trainer_id={studio.other_trainer.id}").get_json()["items"]
    assert [item["id"] for item in filtered] == [theirs.id]


def test_the_queue_costs_the_same_statements_however_long(studio, client_as, submission, count_statements):
    api = client_as(studio.owner)
    submission(due_on=date(2026, 1, 5))
    with count_statements() as one:
        assert api.get("/api/check-ins").status_code == 200
    for week in range(1, 12):
        client = ClientFactory(organization_id=studio.org.id)
        AssignmentFactory(organization_id=studio.org.id, client_id=client.id, trainer_id=studio.trainer.id)
        submission(client, due_on=date(2026, 1, 5) + timedelta(days=7 * week))
    with count_statements() as many:
        body = api.get("/api/check-ins").get_json()
    assert len(body["items"]) == 12
    assert many.count == one.count <= 4
    with count_statements() as overdue:
        api.get("/api/check-ins/overdue")
    assert overdue.count <= 4


def test_coach_replies_and_reviews_and_the_client_reads_the_reply(studio, client_as, submission):
    sent = submission(due_on=date(2026, 11, 9))
    coach = client_as(studio.trainer_user)
    replied = coach.put(f"/api/check-ins/{sent.id}/reply", json={"reply": "  Great week, keep the sleep up.  "})
    assert replied.status_code == 200, replied.get_json()
    assert replied.get_json()["reply"] == "Great week, keep the sleep up."
    assert replied.get_json()["replied_by_name"] == studio.trainer_user.full_name
    reviewed = coach.post(f"/api/check-ins/{sent.id}/review").get_json()
    assert reviewed["reviewed_by_name"] == studio.trainer_user.full_name
    assert coach.get("/api/check-ins").get_json()["items"] == []
    client = client_as(studio.client_user)
    mine = client.get(f"/api/clients/{studio.client.id}/check-ins").get_json()["items"]
    assert [(item["replied"], item["reviewed_at"] is not None) for item in mine] == [(True, True)]
    read = client.get(f"/api/check-ins/{sent.id}").get_json()
    assert (read["reply"], read["replied_by_name"]) == ("Great week, keep the sleep up.", studio.trainer_user.full_name)
    actions = db.session.execute(sa.select(ActivityEntry.action).order_by(ActivityEntry.id)).scalars().all()
    assert actions == ["reply_check_in", "review_check_in"]
    assert coach.post(f"/api/check-ins/{sent.id}/review").status_code == 200
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ActivityEntry)) == 2


def test_clients_may_not_review_or_read_the_queue(studio, client_as, submission):
    sent = submission(due_on=date(2026, 11, 9))
    client = client_as(studio.client_user)
    assert client.get("/api/check-ins").status_code == 403
    assert client.put(f"/api/check-ins/{sent.id}/reply", json={"reply": "Me"}).status_code == 403
    assert client.post(f"/api/check-ins/{sent.id}/review").status_code == 403


def test_others_cannot_open_a_check_in(studio, other_studio, client_as, submission):
    sent = submission(studio.other_client, due_on=date(2026, 11, 9))
    assert client_as(studio.client_user).get(f"/api/check-ins/{sent.id}").status_code == 404
    assert client_as(studio.trainer_user).get(f"/api/check-ins/{sent.id}").status_code == 404
    assert client_as(studio.trainer_user).put(f"/api/check-ins/{sent.id}/reply", json={"reply": "x"}).status_code == 404
    assert client_as(other_studio.owner).get(f"/api/check-ins/{sent.id}").status_code == 404
    outsider = UserFactory(organization_id=studio.org.id, role="trainer")
    TrainerFactory(organization_id=studio.org.id, user_id=outsider.id)
    assert client_as(outsider).post(f"/api/check-ins/{sent.id}/review").status_code == 404


def test_summary_counts_unreviewed_for_the_caller(studio, client_as, submission):
    submission(due_on=date(2026, 11, 9))
    submission(studio.other_client, due_on=date(2026, 11, 9))
    assert client_as(studio.owner).get("/api/check-ins/summary").get_json() == {"unreviewed": 2, "overdue_clients": 0}
    assert client_as(studio.trainer_user).get("/api/check-ins/summary").get_json()["unreviewed"] == 1
