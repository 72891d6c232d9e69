"""Does the demo studio show API keys in each state, as the Developers screen lists them?"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.developers.keys import service
from fitnesscrm.developers.keys.schemas import ApiKeySchema
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


def test_demo_keys_are_listed_with_their_maker_scopes_and_last_use(studio):
    owner = db.session.execute(
        sa.select(User).where(User.organization_id == studio.organization_id, User.role == "owner")
    ).scalar_one()
    listed = ApiKeySchema(many=True).dump(
        service.get_all(actor=principal(owner), include_revoked=True, per_page=10).items
    )
    by_name = {key["name"]: key for key in listed}
    assert set(by_name) == {"Zapier", "Website sign-up form", "Accounting export"}
    assert by_name["Accounting export"]["status"] == "revoked"
    assert by_name["Zapier"]["status"] == "active" and by_name["Zapier"]["last_used_ip"] == "203.0.113.24"
    assert by_name["Website sign-up form"]["expires_at"] is not None
    assert all(key["created_by_name"] == owner.full_name for key in listed)
    assert [scope["label"] for scope in by_name["Zapier"]["scopes"]] == ["Clients: write", "Sessions and series: read"]
