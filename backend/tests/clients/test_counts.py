"""Do the kept client counts always equal a fresh count, whatever changes the clients or their trainers?"""

from __future__ import annotations

import threading
from collections import Counter

import sqlalchemy as sa

from fitnesscrm.clients import service
from fitnesscrm.clients.models import CLIENT_STATUSES, Client
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.extensions import db
from fitnesscrm.models import Assignment, Organization
from tests.factories import AssignmentFactory, ClientFactory, OrganizationFactory, TrainerFactory


def _owner(studio) -> Principal:
    return Principal(user_id=studio.owner.id, organization_id=studio.org.id, role=Role.OWNER, email="o@x.io", name="O")


def recount(organization_id: int) -> dict[str, int]:
    """The counts as a full scan finds them, and each client's open assignments checked on the way."""
    open_assignments = (
        sa.select(sa.func.count())
        .where(Assignment.client_id == Client.id, Assignment.ended_at.is_(None))
        .correlate(Client)
        .scalar_subquery()
    )
    rows = db.session.execute(
        sa.select(Client.status, Client.open_assignments, open_assignments).where(
            Client.organization_id == organization_id
        )
    ).all()
    assert [kept for _, kept, _ in rows] == [real for _, _, real in rows], "open_assignments drifted"
    counts = Counter(status for status, _, _ in rows)
    unassigned = sum(1 for status, _, real in rows if status != "archived" and real == 0)
    return {**{status: counts[status] for status in CLIENT_STATUSES}, "unassigned": unassigned}


def assert_kept(studio) -> None:
    db.session.expire_all()
    assert service.counts(actor=_owner(studio)) == recount(studio.org.id)


def test_counts_start_at_zero_for_a_new_organization():
    org = OrganizationFactory()
    actor = Principal(user_id=1, organization_id=org.id, role=Role.OWNER, email="o@x.io", name="O")
    assert service.counts(actor=actor) == dict.fromkeys((*CLIENT_STATUSES, "unassigned"), 0)


def test_counts_follow_every_change_made_through_the_api(studio, client_as):
    owner, trainer = client_as(studio.owner), client_as(studio.trainer_user)
    assert_kept(studio)
    lead = owner.post("/api/clients", json={"first_name": "Lea", "last_name": "Lead"}).get_json()["id"]
    mine = trainer.post("/api/clients", json={"first_name": "Tia", "last_name": "Trained"}).get_json()["id"]
    assert_kept(studio)
    assert owner.patch(f"/api/clients/{lead}", json={"status": "active"}).status_code == 200
    assert owner.patch(f"/api/clients/{lead}", json={"phone": "+14155552671"}).status_code == 200
    assert_kept(studio)
    assert owner.post(f"/api/clients/{lead}/assignments", json={"trainer_id": studio.trainer.id}).status_code == 201
    assert (
        owner.post(f"/api/clients/{lead}/assignments", json={"trainer_id": studio.other_trainer.id}).status_code == 201
    )
    assert_kept(studio)
    assert (
        owner.patch(f"/api/clients/{lead}/assignments/{studio.other_trainer.id}", json={"is_primary": True}).status_code
        == 200
    )
    assert owner.delete(f"/api/clients/{lead}/assignments/{studio.trainer.id}").status_code == 204
    assert owner.delete(f"/api/clients/{lead}/assignments/{studio.other_trainer.id}").status_code == 204
    assert_kept(studio)
    assert owner.post(f"/api/clients/{lead}/archive").status_code == 200
    assert_kept(studio)
    assert owner.post(f"/api/clients/{lead}/restore").status_code == 200
    assert owner.post("/api/clients/bulk-archive", json={"ids": [lead, mine, studio.client.id]}).status_code == 200
    assert_kept(studio)
    assert (
        owner.post("/api/assignments/bulk", json={"trainer_id": studio.trainer.id, "client_ids": [lead]}).status_code
        == 200
    )
    assert owner.delete(f"/api/clients/{mine}").status_code == 204
    assert_kept(studio)
    assert owner.delete(f"/api/trainers/{studio.other_trainer.id}").status_code == 204  # its assignments go too
    assert_kept(studio)
    assert service.counts(actor=_owner(studio))["archived"] == 2  # lead and the studio's client


def test_counts_follow_changes_made_in_sql(studio):
    trainer = TrainerFactory(organization_id=studio.org.id)
    clients = [ClientFactory(organization_id=studio.org.id, status=("lead", "active")[n % 2]) for n in range(6)]
    db.session.execute(
        sa.insert(Assignment),
        [
            {"organization_id": studio.org.id, "client_id": c.id, "trainer_id": trainer.id, "is_primary": True}
            for c in clients[:4]
        ],
    )
    assert_kept(studio)
    db.session.execute(sa.update(Client).where(Client.id.in_([c.id for c in clients[::2]])).values(status="paused"))
    db.session.execute(
        sa.update(Assignment).where(Assignment.client_id == clients[0].id).values(ended_at=sa.func.now())
    )
    assert_kept(studio)
    db.session.execute(sa.delete(Client).where(Client.id.in_([c.id for c in clients[1:3]])))
    assert_kept(studio)
    db.session.execute(sa.delete(Organization).where(Organization.id == studio.org.id))
    assert service.counts(actor=_owner(studio)) == dict.fromkeys((*CLIENT_STATUSES, "unassigned"), 0)


def test_counts_of_one_studio_ignore_another(studio, other_studio):
    ClientFactory(organization_id=other_studio.org.id, status="active")
    AssignmentFactory(
        organization_id=other_studio.org.id,
        client_id=other_studio.client.id,
        trainer_id=other_studio.other_trainer.id,
        is_primary=False,
    )
    assert_kept(studio)
    assert service.counts(actor=_owner(studio)) == {**recount(studio.org.id)}


def test_counts_stay_right_when_two_transactions_assign_the_same_client_at_once(database_url):
    """The second transaction waits for the first's lock on the client, then counts from what it committed."""
    engine = sa.create_engine(database_url)
    first, second = engine.connect(), engine.connect()
    org_id = None
    try:
        org_id = first.execute(sa.text("INSERT INTO organizations (name) VALUES ('Race') RETURNING id")).scalar_one()
        trainers = [
            first.execute(
                sa.text(
                    "INSERT INTO trainers (organization_id, first_name, last_name, email) "
                    "VALUES (:o, 'T', :n, :e) RETURNING id"
                ),
                {"o": org_id, "n": str(n), "e": f"race-{org_id}-{n}@example.com"},
            ).scalar_one()
            for n in range(2)
        ]
        client_id = first.execute(
            sa.text("INSERT INTO clients (organization_id, first_name, last_name) VALUES (:o, 'C', 'C') RETURNING id"),
            {"o": org_id},
        ).scalar_one()
        first.commit()
        assign = sa.text(
            "INSERT INTO assignments (organization_id, client_id, trainer_id, is_primary) VALUES (:o, :c, :t, :p)"
        )
        first.execute(assign, {"o": org_id, "c": client_id, "t": trainers[0], "p": True})
        waiting = threading.Thread(
            target=lambda: (
                second.execute(assign, {"o": org_id, "c": client_id, "t": trainers[1], "p": False}),
                second.commit(),
            )
        )
        waiting.start()
        waiting.join(timeout=0.5)
        assert waiting.is_alive(), "the second assignment should wait for the first transaction"
        first.commit()
        waiting.join(timeout=10)
        kept = first.execute(
            sa.text("SELECT unassigned, lead FROM client_counts WHERE organization_id = :o"), {"o": org_id}
        ).one()
        open_assignments = first.execute(
            sa.text("SELECT open_assignments FROM clients WHERE id = :c"), {"c": client_id}
        ).scalar_one()
        assert (tuple(kept), open_assignments) == ((0, 1), 2)
    finally:
        first.rollback()
        second.rollback()
        if org_id is not None:
            first.execute(sa.text("DELETE FROM organizations WHERE id = :o"), {"o": org_id})
            first.commit()
        first.close()
        second.close()
        engine.dispose()
