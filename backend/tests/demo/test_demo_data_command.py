"""`flask demo-data` on an empty database: one studio whose logins, profiles and history read as real."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.assignments.models import Assignment
from fitnesscrm.auth import service as auth
from fitnesscrm.auth.models import User
from fitnesscrm.clients.models import CLIENT_STATUSES, Client
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization
from fitnesscrm.trainers.models import Trainer

DEMO_LOGINS = [
    "owner@demo.fitnesscrm.dev",
    "admin@demo.fitnesscrm.dev",
    *(f"trainer{n}@demo.fitnesscrm.dev" for n in range(1, 6)),
    "client@demo.fitnesscrm.dev",
]


def _count(model, *where) -> int:
    return db.session.execute(sa.select(sa.func.count()).select_from(model).where(*where)).scalar_one()


@pytest.fixture(scope="module")
def demo(app, module_transaction):
    """The demo studio, loaded through the CLI once for the module; returns the command's result."""
    with module_transaction.bound():
        result = app.test_cli_runner().invoke(args=["demo-data"])
    assert result.exit_code == 0, result.output
    return result


def test_demo_data_creates_one_studio_with_trainers_and_clients(demo):
    org = db.session.execute(sa.select(Organization)).scalar_one()
    assert (org.name, org.timezone) == ("Iron & Oak Fitness", "America/New_York")
    assert _count(Trainer, Trainer.organization_id == org.id) == 5
    assert _count(Client, Client.organization_id == org.id) == 60
    statuses = set(db.session.execute(sa.select(Client.status).distinct()).scalars())
    assert statuses == set(CLIENT_STATUSES)
    assert "Created Iron & Oak Fitness: 5 trainers, 60 clients" in demo.output


def test_demo_data_logins_work_with_the_demo_password(demo):
    for email in DEMO_LOGINS:
        assert auth.authenticate(email=email, password="demo-password-123").email == email
        assert email in demo.output
    assert "demo-password-123" in demo.output


def test_demo_data_links_logins_to_their_profiles(demo):
    trainer_users = db.session.execute(
        sa.select(User.email, Trainer.email).join(Trainer, Trainer.user_id == User.id).order_by(User.email)
    ).all()
    assert [user for user, _ in trainer_users] == DEMO_LOGINS[2:7]
    assert all(user == trainer for user, trainer in trainer_users)
    client = db.session.execute(sa.select(Client).join(User, Client.user_id == User.id)).scalar_one()
    assert client.email == "client@demo.fitnesscrm.dev"
    assert _count(Assignment, Assignment.client_id == client.id, Assignment.ended_at.is_(None)) >= 1


def test_demo_data_has_primary_trainers_second_trainers_and_unassigned_clients(demo):
    per_client = dict(
        db.session.execute(
            sa.select(Client.id, sa.func.count(Assignment.id))
            .outerjoin(Assignment, Assignment.client_id == Client.id)
            .group_by(Client.id)
        ).all()
    )
    counts = set(per_client.values())
    assert {0, 1, 2} <= counts
    assert sum(1 for n in per_client.values() if n >= 1) > 30
    assert _count(Assignment, Assignment.is_primary) == sum(1 for n in per_client.values() if n >= 1)


def test_demo_data_spreads_clients_over_months_and_logs_their_creation(demo):
    now = datetime.now(UTC)
    oldest, newest = db.session.execute(sa.select(sa.func.min(Client.created_at), sa.func.max(Client.created_at))).one()
    assert now - timedelta(days=200) < oldest < now - timedelta(days=90)
    assert now - timedelta(days=14) < newest <= now
    assert _count(ActivityEntry, ActivityEntry.action == "create", ActivityEntry.entity_type == "client") == 60
    assert _count(ActivityEntry, ActivityEntry.action == "create", ActivityEntry.entity_type == "trainer") == 5
    assert _count(ActivityEntry, ActivityEntry.action == "assign") == _count(Assignment)


def test_demo_data_if_empty_a_second_time_creates_nothing(demo, app):
    result = app.test_cli_runner().invoke(args=["demo-data", "--if-empty"])
    assert result.exit_code == 0
    assert "no demo data added" in result.output
    assert _count(Organization) == 1
    assert _count(Client) == 60


def test_demo_data_twice_without_if_empty_fails_and_adds_nothing(demo, app):
    result = app.test_cli_runner().invoke(args=["demo-data"])
    assert result.exit_code != 0
    assert "already exist" in result.output
    assert _count(Organization) == 1
