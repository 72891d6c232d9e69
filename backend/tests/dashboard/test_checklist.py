"""Does the first-run checklist read each step from the studio's real data, in one statement, and stay hidden?"""

from __future__ import annotations

from datetime import time

from fitnesscrm.extensions import db
from fitnesscrm.scheduling.models import WorkingHours
from tests.factories import OrganizationFactory, TrainerFactory, UserFactory
from tests.scheduling.test_sessions import book


def _steps(response) -> dict[str, bool]:
    assert response.status_code == 200, response.get_json()
    return {step["key"]: step["done"] for step in response.get_json()["steps"]}


def _new_studio():
    """A studio with nothing but its owner."""
    org = OrganizationFactory()
    owner = UserFactory(organization_id=org.id, role="owner")
    return org, owner


def test_checklist_of_an_empty_studio_lists_every_step_undone(client_as):
    _org, owner = _new_studio()
    response = client_as(owner).get("/api/dashboard/checklist")
    assert _steps(response) == {
        "working_hours": False, "invite_trainer": False, "add_clients": False, "book_session": False,
    }  # fmt: skip
    body = response.get_json()
    assert body["complete"] is False
    assert body["dismissed"] is False
    assert body["trainer_id"] is None


def test_checklist_steps_are_done_as_the_studio_sets_up(client_as):
    org, owner = _new_studio()
    api = client_as(owner)
    trainer = api.post("/api/trainers", json={"first_name": "Tia", "last_name": "Trainer", "email": "tia@x.io"})
    trainer_id = trainer.get_json()["id"]
    assert api.get("/api/dashboard/checklist").get_json()["trainer_id"] == trainer_id
    api.post("/api/invitations", json={"email": "tia@x.io", "role": "trainer", "trainer_id": trainer_id})
    assert _steps(api.get("/api/dashboard/checklist"))["invite_trainer"] is True
    db.session.add(
        WorkingHours(organization_id=org.id, trainer_id=trainer_id, weekday=0, starts_at=time(9), ends_at=time(17))
    )
    db.session.commit()
    client = api.post("/api/clients", json={"first_name": "Cai", "last_name": "Client"}).get_json()
    assert _steps(api.get("/api/dashboard/checklist")) == {
        "working_hours": True, "invite_trainer": True, "add_clients": True, "book_session": False,
    }  # fmt: skip
    assert book(api, trainer_id, client_ids=[client["id"]], override=True).status_code == 201
    assert api.get("/api/dashboard/checklist").get_json()["complete"] is True


def test_checklist_counts_a_trainer_who_can_sign_in_as_invited(studio, client_as):
    assert _steps(client_as(studio.owner).get("/api/dashboard/checklist"))["invite_trainer"] is True


def test_checklist_never_looks_at_another_studio(studio, client_as):
    _org, owner = _new_studio()
    TrainerFactory(organization_id=studio.org.id)
    assert not any(_steps(client_as(owner).get("/api/dashboard/checklist")).values())


def test_checklist_costs_one_statement(studio, client_as, count_statements):
    api = client_as(studio.owner)
    api.get("/api/dashboard/checklist")
    with count_statements() as counter:
        api.get("/api/dashboard/checklist")
    # One is the token's (its user and revocation together); the checklist itself is the other.
    assert counter.count == 2


def test_checklist_dismissed_by_one_manager_is_hidden_for_the_studio_until_shown_again(studio, client_as):
    response = client_as(studio.owner).put("/api/dashboard/checklist", json={"dismissed": True})
    assert response.status_code == 200
    assert response.get_json()["dismissed"] is True
    assert client_as(studio.admin).get("/api/dashboard/checklist").get_json()["dismissed"] is True
    client_as(studio.admin).put("/api/dashboard/checklist", json={"dismissed": False})
    assert client_as(studio.owner).get("/api/dashboard/checklist").get_json()["dismissed"] is False


def test_checklist_is_for_managers_only(studio, client_as):
    for user in (studio.trainer_user, studio.client_user):
        assert client_as(user).get("/api/dashboard/checklist").status_code == 403
        assert client_as(user).put("/api/dashboard/checklist", json={"dismissed": True}).status_code == 403


def test_checklist_update_needs_a_boolean(studio, client_as):
    response = client_as(studio.owner).put("/api/dashboard/checklist", json={"dismissed": "soon"})
    assert response.status_code == 422
    assert "dismissed" in response.get_json()["error"]["fields"]
