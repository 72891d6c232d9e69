"""Does the demo studio text from its own number, with three months of usage to read and a client who texted STOP?"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.extensions import db
from fitnesscrm.notifications.models import OutboxMessage
from fitnesscrm.notifications.sms import service
from fitnesscrm.notifications.sms.models import SmsOptOut
from tests.documents.factories import principal


@pytest.fixture(scope="module")
def module_transaction(demo_databases):
    """The demo studio as of now (usage counts back from the database's clock), loaded once per run (DemoDatabases)."""
    yield from demo_databases.transaction(None)


@pytest.fixture(scope="module")
def studio(module_transaction):
    """The demo studio."""
    return module_transaction.demo


def test_demo_studio_has_a_number_usage_and_an_opt_out(studio):
    owner = principal(
        db.session.execute(
            sa.select(User).where(User.organization_id == studio.organization_id, User.role == "owner")
        ).scalar_one()
    )
    settings = service.get_settings(actor=owner)
    assert settings["phone_number"] == "+12125550000"
    months = service.usage(actor=owner, months=24)
    assert sum(month["sent"] + month["received"] for month in months) == studio.sms_messages
    assert sum(month["failed"] for month in months) == 1
    assert sum(1 for month in months if month["sent"]) >= 3
    stopped = db.session.execute(sa.select(SmsOptOut.phone_number)).scalars().all()
    assert len(stopped) == 1
    assert service.is_opted_out(organization_id=studio.organization_id, phone_number=stopped[0])
    # History only: nothing of it waits in the outbox to be sent.
    assert not db.session.scalar(sa.select(sa.exists().where(OutboxMessage.channel == "sms")))
