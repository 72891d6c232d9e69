"""Who may list, add, end and reorder a client's trainers, and is the history kept?"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.models import ActivityEntry, Assignment
from tests.factories import AssignmentFactory, ClientFactory, TrainerFactory


def _open(client_id: int) -> list[tuple[int, bool]]:
    """(trainer_id, is_primary) of the client's open assignments, oldest first."""
    db.session.expire_all()
    rows = db.session.execute(
        sa.select(Assignment.trainer_id, Assignment.is_primary)
        .where(Assignment.client_id == client_id, Assignment.ended_at.is_(None))
        .order_by(Assignment.assigned_at, Assignment.id)
    )
    return [tuple(row) for row in rows]


def _assignment_count() -> int:
    return db.session.execute(sa.select(sa.func.count()).select_from(Assignment)).scalar_one()


def _activity(client_id: int) -> list[ActivityEntry]:
    return list(
        db.session.execute(
            sa.select(ActivityEntry)
            .where(ActivityEntry.entity_type == "client", ActivityEntry.entity_id == client_id)
            .order_by(ActivityEntry.id)
        ).scalars()
    )


def _url(client_id: int, trainer_id: int | None = None) -> str:
    url = f"/api/clients/{client_id}/assignments"
    return url if trainer_id is None else f"{url}/{trainer_id}"


@pytest.mark.parametrize(
    "method, url",
    [
        ("get", "/api/clients/{c}/assignments"),
        ("post", "/api/clients/{c}/assignments"),
        ("patch", "/api/clients/{c}/assignments/{t}"),
        ("delete", "/api/clients/{c}/assignments/{t}"),
        ("post", "/api/assignments/bulk"),
    ],
)
def test_every_assignment_endpoint_anonymous_is_unauthorized(studio, client, method, url):
    response = getattr(client, method)(url.format(c=studio.client.id, t=studio.trainer.id), json={})
    assert response.status_code == 401


# --- list -----------------------------------------------------------------------------------------


def test_list_assignments_shows_current_trainers_primary_first(studio, client_as):
    AssignmentFactory(
        organization_id=studio.org.id, client_id=studio.client.id, trainer_id=studio.other_trainer.id, is_primary=False
    )
    body = client_as(studio.owner).get(_url(studio.client.id)).get_json()
    assert [(a["trainer_id"], a["is_primary"]) for a in body["items"]] == [
        (studio.trainer.id, True),
        (studio.other_trainer.id, False),
    ]
    assert body["items"][0]["trainer_name"] == studio.trainer.full_name
    assert body["meta"]["total"] == 2


def test_list_assignments_with_history_includes_ended_ones_with_names(studio, client_as):
    api = client_as(studio.admin)
    assert api.post(_url(studio.client.id), json={"trainer_id": studio.other_trainer.id}).status_code == 201
    assert api.delete(_url(studio.client.id, studio.other_trainer.id)).status_code == 204
    assert [a["trainer_id"] for a in api.get(_url(studio.client.id)).get_json()["items"]] == [studio.trainer.id]
    items = api.get(_url(studio.client.id) + "?include_ended=true").get_json()["items"]
    assert [(a["trainer_id"], a["ended_at"] is None) for a in items] == [
        (studio.trainer.id, True),
        (studio.other_trainer.id, False),
    ]
    ended = items[1]
    assert ended["assigned_by_name"] == ended["ended_by_name"] == studio.admin.full_name
    assert ended["assigned_by_id"] == ended["ended_by_id"] == studio.admin.id
    assert items[0]["ended_by_name"] is None


def test_list_assignments_follows_client_visibility(studio, other_studio, client_as):
    assert client_as(studio.client_user).get(_url(studio.client.id)).status_code == 200
    assert client_as(studio.client_user).get(_url(studio.other_client.id)).status_code == 404
    assert client_as(studio.trainer_user).get(_url(studio.client.id)).status_code == 200
    assert client_as(studio.trainer_user).get(_url(studio.other_client.id)).status_code == 404
    assert client_as(studio.owner).get(_url(other_studio.client.id)).status_code == 404


def test_list_assignments_rejects_bad_query(studio, client_as):
    response = client_as(studio.owner).get(_url(studio.client.id) + "?include_ended=maybe")
    assert response.status_code == 422
    assert "include_ended" in response.get_json()["error"]["fields"]


# --- assign ---------------------------------------------------------------------------------------


def test_assign_first_trainer_becomes_primary(studio, client_as):
    lonely = ClientFactory(organization_id=studio.org.id)
    response = client_as(studio.owner).post(_url(lonely.id), json={"trainer_id": studio.trainer.id})
    assert response.status_code == 201
    body = response.get_json()
    assert (body["client_id"], body["trainer_id"], body["is_primary"]) == (lonely.id, studio.trainer.id, True)
    assert body["assigned_by_id"] == studio.owner.id
    [entry] = _activity(lonely.id)
    assert (entry.action, entry.changes["trainer"]["after"]) == ("assign", studio.trainer.full_name)


def test_assign_second_trainer_is_not_primary_unless_asked(studio, client_as):
    third = TrainerFactory(organization_id=studio.org.id)
    api = client_as(studio.owner)
    assert (
        api.post(_url(studio.client.id), json={"trainer_id": studio.other_trainer.id}).get_json()["is_primary"] is False
    )
    assert api.post(_url(studio.client.id), json={"trainer_id": third.id, "is_primary": True}).status_code == 201
    assert _open(studio.client.id) == [(studio.trainer.id, False), (studio.other_trainer.id, False), (third.id, True)]


def test_assign_the_trainer_a_client_already_has_conflicts_and_writes_nothing(studio, client_as):
    before = _assignment_count()
    response = client_as(studio.owner).post(_url(studio.client.id), json={"trainer_id": studio.trainer.id})
    assert response.status_code == 409
    assert "trainer_id" in response.get_json()["error"]["fields"]
    assert _assignment_count() == before
    assert _activity(studio.client.id) == []


def test_assign_archived_trainer_is_rejected(studio, client_as):
    retired = TrainerFactory(organization_id=studio.org.id, archived_at=datetime.now(UTC))
    response = client_as(studio.owner).post(_url(studio.client.id), json={"trainer_id": retired.id})
    assert response.status_code == 422
    assert "trainer_id" in response.get_json()["error"]["fields"]


def test_assign_trainer_of_another_studio_is_404_and_writes_nothing(studio, other_studio, client_as):
    before = _assignment_count()
    api = client_as(studio.owner)
    assert api.post(_url(studio.client.id), json={"trainer_id": other_studio.trainer.id}).status_code == 404
    assert api.post(_url(other_studio.client.id), json={"trainer_id": studio.trainer.id}).status_code == 404
    assert api.post(_url(99_999_999), json={"trainer_id": studio.trainer.id}).status_code == 404
    assert _assignment_count() == before


@pytest.mark.parametrize("role", ["trainer", "client"])
def test_assign_as_trainer_or_client_is_forbidden(studio, client_as, role):
    response = client_as(studio.users[role]).post(_url(studio.client.id), json={"trainer_id": studio.other_trainer.id})
    assert response.status_code == 403


@pytest.mark.parametrize(
    "payload, field",
    [({}, "trainer_id"), ({"trainer_id": "x"}, "trainer_id"), ({"trainer_id": 0}, "trainer_id"),
     ({"trainer_id": 1, "is_primary": "perhaps"}, "is_primary"), ({"trainer_id": 1, "role": "lead"}, "role")],
)  # fmt: skip
def test_assign_rejects_bad_fields(studio, client_as, payload, field):
    response = client_as(studio.owner).post(_url(studio.client.id), json=payload)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


def test_assign_with_malformed_json_is_400(studio, client_as):
    response = client_as(studio.owner).post(_url(studio.client.id), data="{", content_type="application/json")
    assert response.status_code == 400


def test_assign_trainer_makes_the_client_visible_to_them(studio, client_as):
    client_as(studio.owner).post(_url(studio.other_client.id), json={"trainer_id": studio.trainer.id})
    assert client_as(studio.trainer_user).get(f"/api/clients/{studio.other_client.id}").status_code == 200


# --- unassign -------------------------------------------------------------------------------------


def test_unassign_keeps_the_history_and_hides_the_client_from_the_trainer(studio, client_as):
    api = client_as(studio.owner)
    assert api.delete(_url(studio.client.id, studio.trainer.id)).status_code == 204
    assert _open(studio.client.id) == []
    ended = db.session.execute(sa.select(Assignment).where(Assignment.client_id == studio.client.id)).scalar_one()
    assert ended.ended_at is not None
    assert ended.ended_by_id == studio.owner.id
    assert client_as(studio.trainer_user).get(f"/api/clients/{studio.client.id}").status_code == 404
    [entry] = _activity(studio.client.id)
    assert (entry.action, entry.changes["trainer"]["before"]) == ("unassign", studio.trainer.full_name)


def test_unassign_primary_promotes_the_oldest_remaining_trainer(studio, client_as):
    newer, older = TrainerFactory(organization_id=studio.org.id), TrainerFactory(organization_id=studio.org.id)
    now = datetime.now(UTC)
    for trainer, age in ((newer, 1), (older, 5)):
        AssignmentFactory(
            organization_id=studio.org.id, client_id=studio.client.id, trainer_id=trainer.id, is_primary=False,
            assigned_at=now - timedelta(days=age),
        )  # fmt: skip
    assert client_as(studio.owner).delete(_url(studio.client.id, studio.trainer.id)).status_code == 204
    assert sorted(_open(studio.client.id)) == sorted([(older.id, True), (newer.id, False)])
    [entry] = _activity(studio.client.id)
    assert entry.changes["primary_trainer"] == {"before": studio.trainer.full_name, "after": older.full_name}


def test_unassign_a_trainer_who_is_not_assigned_is_404(studio, other_studio, client_as):
    api = client_as(studio.owner)
    assert api.delete(_url(studio.client.id, studio.other_trainer.id)).status_code == 404
    api.delete(_url(studio.client.id, studio.trainer.id))
    assert api.delete(_url(studio.client.id, studio.trainer.id)).status_code == 404
    assert api.delete(_url(other_studio.client.id, other_studio.trainer.id)).status_code == 404
    assert _open(other_studio.client.id) == [(other_studio.trainer.id, True)]


@pytest.mark.parametrize("role", ["trainer", "client"])
def test_unassign_as_trainer_or_client_is_forbidden(studio, client_as, role):
    assert client_as(studio.users[role]).delete(_url(studio.client.id, studio.trainer.id)).status_code == 403
    assert _open(studio.client.id) == [(studio.trainer.id, True)]


def test_unassign_then_assign_again_starts_a_new_period(studio, client_as):
    api = client_as(studio.owner)
    api.delete(_url(studio.client.id, studio.trainer.id))
    assert api.post(_url(studio.client.id), json={"trainer_id": studio.trainer.id}).get_json()["is_primary"] is True
    items = api.get(_url(studio.client.id) + "?include_ended=true").get_json()["items"]
    assert [a["ended_at"] is None for a in items] == [True, False]


# --- change primary -------------------------------------------------------------------------------


def test_update_assignment_makes_another_trainer_primary(studio, client_as):
    AssignmentFactory(
        organization_id=studio.org.id, client_id=studio.client.id, trainer_id=studio.other_trainer.id, is_primary=False
    )
    api = client_as(studio.admin)
    response = api.patch(_url(studio.client.id, studio.other_trainer.id), json={"is_primary": True})
    assert response.status_code == 200
    assert response.get_json()["is_primary"] is True
    assert sorted(_open(studio.client.id)) == sorted([(studio.trainer.id, False), (studio.other_trainer.id, True)])
    [entry] = _activity(studio.client.id)
    assert entry.changes == {
        "primary_trainer": {"before": studio.trainer.full_name, "after": studio.other_trainer.full_name}
    }
    assert api.patch(_url(studio.client.id, studio.other_trainer.id), json={"is_primary": True}).status_code == 200
    assert len(_activity(studio.client.id)) == 1


def test_update_assignment_cannot_leave_a_client_without_primary(studio, client_as):
    response = client_as(studio.owner).patch(_url(studio.client.id, studio.trainer.id), json={"is_primary": False})
    assert response.status_code == 422
    assert "is_primary" in response.get_json()["error"]["fields"]
    assert _open(studio.client.id) == [(studio.trainer.id, True)]


def test_update_assignment_that_does_not_exist_is_404(studio, other_studio, client_as):
    api = client_as(studio.owner)
    assert api.patch(_url(studio.client.id, studio.other_trainer.id), json={"is_primary": True}).status_code == 404
    response = api.patch(_url(other_studio.client.id, other_studio.trainer.id), json={"is_primary": True})
    assert response.status_code == 404


def test_update_assignment_requires_is_primary(studio, client_as):
    response = client_as(studio.owner).patch(_url(studio.client.id, studio.trainer.id), json={})
    assert response.status_code == 422
    assert "is_primary" in response.get_json()["error"]["fields"]


def test_update_assignment_as_trainer_is_forbidden(studio, client_as):
    response = client_as(studio.trainer_user).patch(
        _url(studio.client.id, studio.trainer.id), json={"is_primary": True}
    )
    assert response.status_code == 403


# --- bulk -----------------------------------------------------------------------------------------


def test_bulk_assign_skips_clients_who_already_have_the_trainer(studio, client_as):
    lonely = ClientFactory(organization_id=studio.org.id)
    response = client_as(studio.owner).post(
        "/api/assignments/bulk",
        json={"client_ids": [studio.client.id, studio.other_client.id, lonely.id], "trainer_id": studio.trainer.id},
    )
    assert response.status_code == 200
    assert response.get_json() == {"assigned": 2, "skipped": 1}
    assert _open(lonely.id) == [(studio.trainer.id, True)]
    assert _open(studio.other_client.id) == [(studio.other_trainer.id, True), (studio.trainer.id, False)]
    assert [entry.action for entry in _activity(lonely.id)] == ["assign"]
    assert _activity(studio.client.id) == []


def test_bulk_assign_as_primary_demotes_the_previous_primary(studio, client_as):
    response = client_as(studio.owner).post(
        "/api/assignments/bulk",
        json={"client_ids": [studio.other_client.id], "trainer_id": studio.trainer.id, "is_primary": True},
    )
    assert response.get_json() == {"assigned": 1, "skipped": 0}
    assert _open(studio.other_client.id) == [(studio.other_trainer.id, False), (studio.trainer.id, True)]


def test_bulk_assign_with_an_invisible_client_assigns_nothing(studio, other_studio, client_as):
    before = _assignment_count()
    api = client_as(studio.owner)
    for client_ids in ([studio.other_client.id, other_studio.client.id], [studio.other_client.id, 99_999_999]):
        response = api.post("/api/assignments/bulk", json={"client_ids": client_ids, "trainer_id": studio.trainer.id})
        assert response.status_code == 404
    assert _assignment_count() == before


def test_bulk_assign_with_an_unknown_or_archived_trainer_assigns_nothing(studio, other_studio, client_as):
    retired = TrainerFactory(organization_id=studio.org.id, archived_at=datetime.now(UTC))
    before = _assignment_count()
    api = client_as(studio.owner)
    body = {"client_ids": [studio.other_client.id]}
    assert api.post("/api/assignments/bulk", json={**body, "trainer_id": other_studio.trainer.id}).status_code == 404
    assert api.post("/api/assignments/bulk", json={**body, "trainer_id": retired.id}).status_code == 422
    assert _assignment_count() == before


@pytest.mark.parametrize("client_ids", [[], list(range(1, 502)), ["a"], None])
def test_bulk_assign_rejects_bad_client_lists(studio, client_as, client_ids):
    response = client_as(studio.owner).post(
        "/api/assignments/bulk", json={"client_ids": client_ids, "trainer_id": studio.trainer.id}
    )
    assert response.status_code == 422
    assert "client_ids" in response.get_json()["error"]["fields"]


@pytest.mark.parametrize("role", ["trainer", "client"])
def test_bulk_assign_as_trainer_or_client_is_forbidden(studio, client_as, role):
    response = client_as(studio.users[role]).post(
        "/api/assignments/bulk", json={"client_ids": [studio.client.id], "trainer_id": studio.trainer.id}
    )
    assert response.status_code == 403
