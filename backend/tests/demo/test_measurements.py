"""The demo studio's measurements: months of weekly weigh-ins with a trend, and one correction to read."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import pairwise

import pytest
import sqlalchemy as sa

from fitnesscrm.clients.models import Client
from fitnesscrm.extensions import db
from fitnesscrm.progress.models import Measurement, MeasurementType

NOW = datetime(2027, 3, 10, 15, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def module_transaction(demo_databases):
    """This module's tests share the demo studio loaded at NOW, loaded once per run (conftest's DemoDatabases)."""
    yield from demo_databases.transaction(NOW)


@pytest.fixture(scope="module")
def studio(module_transaction):
    """The demo studio."""
    return module_transaction.demo


def test_active_clients_have_weekly_weights_with_a_trend_and_the_portal_client_a_correction(studio):
    weight = db.session.execute(
        sa.select(MeasurementType.id).where(MeasurementType.organization_id.is_(None), MeasurementType.slug == "weight")
    ).scalar_one()
    client = db.session.execute(
        sa.select(Client).where(Client.organization_id == studio.organization_id, Client.user_id.is_not(None))
    ).scalar_one()
    values = (
        db.session.execute(
            sa.select(Measurement.value_si)
            .where(
                Measurement.client_id == client.id, Measurement.type_id == weight, Measurement.superseded_at.is_(None)
            )
            .order_by(Measurement.measured_on)
        )
        .scalars()
        .all()
    )
    assert len(values) >= 13
    assert all(abs(later - earlier) < 3 for earlier, later in pairwise(values))
    corrected = db.session.execute(
        sa.select(sa.func.count()).where(Measurement.client_id == client.id, Measurement.superseded_by_id.is_not(None))
    ).scalar_one()
    assert corrected == 1
    clients_measured = db.session.execute(
        sa.select(sa.func.count(sa.distinct(Measurement.client_id))).where(
            Measurement.organization_id == studio.organization_id
        )
    ).scalar_one()
    assert clients_measured > 5
