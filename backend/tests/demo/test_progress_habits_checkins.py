"""The demo's habits and check-ins: a streak to show, replies to read, a queue to work through, overdue clients."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.clients.models import Client
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.extensions import db
from fitnesscrm.progress.checkins import service as checkins
from fitnesscrm.progress.habits import service as habits


@pytest.fixture(scope="module")
def module_transaction(demo_databases):
    """This module's tests share the demo studio loaded as of now, loaded once per run (conftest's DemoDatabases)."""
    yield from demo_databases.transaction(None)


@pytest.fixture(scope="module")
def now(module_transaction):
    """The moment the demo studio was loaded at."""
    return module_transaction.now


@pytest.fixture(scope="module")
def studio(module_transaction):
    """The demo studio."""
    return module_transaction.demo


def _principal(studio, role: str) -> Principal:
    user = db.session.execute(
        sa.select(User).where(User.organization_id == studio.organization_id, User.role == role).limit(1)
    ).scalar_one()
    client_id = db.session.scalar(sa.select(Client.id).where(Client.user_id == user.id))
    return Principal(
        user_id=user.id,
        organization_id=user.organization_id,
        role=Role(role),
        email=user.email,
        name=user.full_name,
        client_id=client_id,
    )


def test_demo_client_has_habits_with_a_streak_and_today_to_tick(studio):
    me = _principal(studio, "client")
    listed = habits.get_all(actor=me, client_id=me.client_id).items
    assert len(listed) == 4
    assert all(habit["current_streak"] >= 6 and not habit["today"]["logged"] for habit in listed)
    assert studio.progress["habit_logs"] > 1_000


def test_demo_client_has_replies_and_this_weeks_check_in_to_fill_in(studio):
    me = _principal(studio, "client")
    due = checkins.due_summary(actor=me, client_id=me.client_id)
    assert due["next_due"]["submission_id"] is None and due["overdue_count"] == 0
    sent = checkins.get_client_submissions(actor=me, client_id=me.client_id).items
    assert len(sent) >= 5 and all(item["replied"] for item in sent)


def test_demo_coaches_have_a_queue_and_overdue_clients(studio):
    owner = _principal(studio, "owner")
    assert checkins.queue(actor=owner).meta["total"] >= 3
    assert checkins.overdue(actor=owner).meta["total"] >= 2
