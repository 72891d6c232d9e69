"""The demo studio's campaigns: every state, with recipients, opens, clicks and a winner that add up in the report."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.campaigns.models import Campaign
from fitnesscrm.extensions import db


@pytest.fixture(scope="module")
def module_transaction(demo_databases):
    """This module's tests share the demo studio loaded as of now, loaded once per run (conftest's DemoDatabases)."""
    yield from demo_databases.transaction(None)


@pytest.fixture(scope="module")
def studio(module_transaction):
    """The demo studio."""
    return module_transaction.demo


def test_demo_campaigns_cover_every_state_and_their_reports_add_up(studio, client_as):
    assert studio.campaigns["segments"] == 4 and studio.campaigns["recipients"] > 0
    owner = db.session.scalars(sa.select(User).where(User.email == "owner@demo.fitnesscrm.dev")).one()
    api = client_as(owner)
    listed = api.get("/api/campaigns").get_json()["items"]
    assert sorted(item["status"] for item in listed) == ["draft", "scheduled", "sent", "sent"]
    offer = db.session.scalars(sa.select(Campaign).where(Campaign.name == "Bring a friend")).one()
    report = api.get(f"/api/campaigns/{offer.id}/report").get_json()
    assert report["totals"]["recipients"] == report["totals"]["delivered"] > 0
    assert 0 < report["totals"]["clicked"] <= report["totals"]["opened"] < report["totals"]["recipients"]
    assert [variant["winner"] for variant in report["variants"]] == [False, True]
    assert sum(link["unique_clicks"] for link in report["links"]) >= report["totals"]["clicked"]
    segments = api.get("/api/segments").get_json()["items"]
    assert all(segment["summary"].endswith(".") for segment in segments)
