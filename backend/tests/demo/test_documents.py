"""Does the demo studio show documents off: real PDFs, versions, shares, one signed and some asked again?"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.clients.models import Client
from fitnesscrm.documents import sharing, waivers
from fitnesscrm.documents.models import Document
from fitnesscrm.extensions import db
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


def test_demo_client_sees_a_signed_waiver_a_plan_and_a_form(studio):
    client = db.session.execute(
        sa.select(Client).where(Client.organization_id == studio.organization_id, Client.user_id.is_not(None))
    ).scalar_one()
    actor = principal(db.session.get(User, client.user_id), client_id=client.id)
    items = {item["title"]: item for item in sharing.client_documents(actor=actor, client_id=client.id).items}
    assert set(items) == {"Liability waiver", "High-protein meal plan", "Health questionnaire"}
    waiver = items["Liability waiver"]
    assert waiver["signature_status"] == "signed" and waiver["signature"]["version_number"] == 2
    stored = waiver["stored_file"]
    assert stored.content_type == "application/pdf" and waiver["signature"]["sha256"] == stored.sha256


def test_demo_waiver_asks_some_clients_again(studio):
    owner = db.session.execute(
        sa.select(User).where(User.organization_id == studio.organization_id, User.role == "owner")
    ).scalar_one()
    waiver = db.session.execute(
        sa.select(Document).where(Document.organization_id == studio.organization_id, Document.category == "waiver")
    ).scalar_one()
    page = waivers.statuses(actor=principal(owner), document_id=waiver.id, per_page=100)
    statuses = [item["status"] for item in page.items]
    assert statuses.count("signed") == 1 and statuses.count("outdated") == 4 and "unsigned" in statuses
