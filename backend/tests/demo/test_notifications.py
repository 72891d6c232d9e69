"""Does the demo studio's outbox show every state a message can be in, as owners read it, and can it be retried?"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.demo import service as demo
from fitnesscrm.extensions import db
from fitnesscrm.notifications import emails, service
from fitnesscrm.notifications.models import OutboxMessage
from fitnesscrm.notifications.schemas import OutboxMessageSchema
from tests.documents.factories import principal

NOW = datetime(2027, 3, 10, 15, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def module_transaction(demo_databases):
    """This module's tests share the demo studio loaded at NOW, loaded once per run (conftest's DemoDatabases)."""
    yield from demo_databases.transaction(NOW)


@pytest.fixture(scope="module")
def studio(module_transaction):
    """The demo studio."""
    return module_transaction.demo


@pytest.fixture
def owner(studio):
    user = db.session.execute(
        sa.select(User).where(User.organization_id == studio.organization_id, User.role == "owner")
    ).scalar_one()
    return principal(user)


def _listed(owner, status: str | None = None) -> list[dict]:
    page = service.get_all(actor=owner, status=status, per_page=100)
    return OutboxMessageSchema(many=True).dump(page.items)


def test_demo_outbox_has_sent_failed_and_dead_messages_in_words(studio, owner):
    assert studio.outbox_messages == len(_listed(owner))
    sent = {row["summary"] for row in _listed(owner, "sent")}
    assert "Welcome to Priya Shah" in sent and "Invitation to admin@demo.fitnesscrm.dev" in sent
    assert "Welcome to Jordan Hayes" not in sent  # the owner signed up; nobody invited or welcomed them

    [failed] = _listed(owner, "failed")
    assert failed["summary"] == "Password changed notice to Jordan Hayes"
    assert failed["status_text"] == "Failed 3 times: the mail server did not answer in time"
    assert datetime.fromisoformat(failed["next_attempt_at"]) > NOW and failed["can_retry"]

    [dead] = _listed(owner, "dead")
    assert dead["summary"].startswith("Welcome to ") and dead["next_attempt_at"] is None
    assert dead["status_text"] == "Gave up once: the mail server refused the recipient's address"
    # Newest first: the failing notice of twelve minutes ago leads the list.
    assert _listed(owner)[0]["id"] == failed["id"]


def test_demo_messages_render_and_the_dead_one_can_be_retried(studio, owner):
    for message in db.session.scalars(
        sa.select(OutboxMessage).where(OutboxMessage.organization_id == studio.organization_id)
    ):
        email = emails.render(message)
        assert email.to == message.recipient_address and email.text and email.html
    [dead] = _listed(owner, "dead")
    retried = service.retry(actor=owner, message_id=dead["id"])
    assert retried.status == "pending" and retried.attempts == 0
    assert _listed(owner, "dead") == []


def test_calendar_only_demo_has_no_outbox(module_transaction):
    # In this test's savepoint: the module's demo logins move aside so that a second studio may load.
    db.session.execute(sa.update(User).values(email=User.email + ".moved"))
    result = demo.load(now=NOW, calendar_only=True)
    assert result.outbox_messages == 0
    assert not db.session.scalar(sa.select(sa.exists().where(OutboxMessage.organization_id == result.organization_id)))
