"""Does the demo studio's chat read like a studio that uses it: unread where someone is waiting, seen where not?"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.auth.service import load_session
from fitnesscrm.extensions import db
from fitnesscrm.messaging import service

NOW = datetime(2027, 3, 10, 15, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def module_transaction(demo_databases):
    """This module's tests share the demo studio loaded at NOW, loaded once per run (conftest's DemoDatabases)."""
    yield from demo_databases.transaction(NOW)


@pytest.fixture(scope="module")
def studio(module_transaction):
    """The demo studio."""
    return module_transaction.demo


def principal(user: User):
    # The demo's clock is ahead of the machine's: a token issued after every demo password change.
    return load_session(user_id=user.id, issued_ms=2**62, jti="test").principal


def _user(studio, email_start: str) -> User:
    return db.session.execute(
        sa.select(User).where(User.organization_id == studio.organization_id, User.email.startswith(email_start))
    ).scalar_one()


def test_client_with_a_login_has_their_trainer_thread_and_the_group_with_unread(studio):
    client = principal(_user(studio, "client@"))
    threads = service.get_all(actor=client, page=1, per_page=10).items
    assert sorted(t["kind"] for t in threads) == ["client", "group"]
    assert all(t["unread_count"] == 1 for t in threads)
    assert service.unread_total(actor=client) == {"total": 2}
    own = next(t for t in threads if t["kind"] == "client")
    assert own["last_message"]["preview"].startswith("Quick one: bring your food log")


def test_trainer_has_seen_the_client_and_has_texts_waiting(studio):
    trainer = principal(_user(studio, "trainer1@"))
    threads = service.get_all(actor=trainer, page=1, per_page=100).items
    assert studio.chat_messages == 6 + 2 + 2 + 4
    texted = [t for t in threads if t["unread_count"] and t["kind"] == "client"]
    for thread in texted:
        page = service.messages(actor=trainer, thread_id=thread["id"])
        assert page["items"][-1]["via"] == "sms"
    owner = principal(_user(studio, "owner@"))
    listed = service.get_all(actor=owner, page=1, per_page=100)
    assert listed.meta["total"] > 10
    assert listed.items[0]["title"] in {t["title"] for t in listed.items}


def test_the_unread_messages_ring_the_bell(studio):
    from fitnesscrm.notifications.inbox.models import InAppNotification

    client = _user(studio, "client@")
    titles = db.session.scalars(
        sa.select(InAppNotification.title)
        .where(InAppNotification.user_id == client.id, InAppNotification.kind == "message")
        .order_by(InAppNotification.created_at)
    ).all()
    assert len(titles) == 2
    assert titles[0].endswith("in Saturday bootcamp crew") and titles[1].startswith("Message from ")
