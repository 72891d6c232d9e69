"""Do workers dispatching one campaign at the same moment send each person exactly one email?

The work runs on a database of its own whose commits are real, so that the workers' row locks
(`FOR UPDATE SKIP LOCKED`) and the unique keys really meet.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from flask import Flask
from flask_migrate import upgrade
from sqlalchemy.engine import make_url

from fitnesscrm.app import MIGRATIONS_DIR, create_app
from fitnesscrm.campaigns import sending
from fitnesscrm.campaigns.models import Campaign, CampaignRecipient
from fitnesscrm.clients.models import Client
from fitnesscrm.config import TestConfig
from fitnesscrm.extensions import db
from fitnesscrm.notifications.models import OutboxMessage
from fitnesscrm.organizations.models import Organization
from fitnesscrm.segments.models import Segment

DATABASE = f"fitnesscrm_campaigns_race_{os.getpid()}"
CLIENTS = 40
WORKERS = 8


@pytest.fixture(scope="module")
def committed_app(database_url: str) -> Iterator[Flask]:
    """An app over a migrated database of its own, whose commits are real."""
    admin = sa.create_engine(make_url(database_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{DATABASE}"'))
    config = TestConfig()
    config.SQLALCHEMY_DATABASE_URI = make_url(database_url).set(database=DATABASE).render_as_string(False)
    application = create_app(config)
    try:
        with application.app_context():
            upgrade(directory=str(MIGRATIONS_DIR))
            engine = db.engine
        yield application
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)'))
        admin.dispose()


def _campaign(subject_b: str | None = None) -> int:
    organization = Organization(name="Race Studio", timezone="UTC")
    db.session.add(organization)
    db.session.flush()
    for number in range(CLIENTS):
        db.session.add(
            Client(
                organization_id=organization.id, first_name=f"Client{number}", last_name="Race",
                email=f"race{number}.{organization.id}@example.com", status="active",
            )
        )  # fmt: skip
    segment = Segment(organization_id=organization.id, name="Everyone", filters={})
    db.session.add(segment)
    db.session.flush()
    campaign = Campaign(
        organization_id=organization.id, name="Race", segment_id=segment.id, subject="Hi {{ first_name }}",
        subject_b=subject_b, sample_percent=25 if subject_b else None, wait_hours=1 if subject_b else None,
        body_html='<p>Hello <a href="https://example.com/">there</a></p>', status="scheduled",
        scheduled_at=datetime.now(UTC) - timedelta(seconds=1),
    )  # fmt: skip
    db.session.add(campaign)
    db.session.commit()
    return campaign.id


def _at_once(app: Flask, work) -> list:
    barrier = threading.Barrier(WORKERS)
    results: list = [None] * WORKERS

    def run(n: int) -> None:
        with app.app_context():
            barrier.wait()
            results[n] = work()
            db.session.remove()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def _emails(campaign_id: int) -> list[str]:
    return list(
        db.session.execute(
            sa.select(OutboxMessage.recipient_address).where(
                OutboxMessage.idempotency_key.like(f"campaign:{campaign_id}:%")
            )
        ).scalars()
    )


def test_eight_workers_at_once_send_each_client_one_email(committed_app):
    with committed_app.app_context():
        campaign_id = _campaign()
    results = _at_once(committed_app, lambda: sending.dispatch(campaign_id=campaign_id, batch=3))
    with committed_app.app_context():
        emails = _emails(campaign_id)
        assert len(emails) == len(set(emails)) == CLIENTS
        assert db.session.get(Campaign, campaign_id).status == "sent"
        recipients = db.session.execute(
            sa.select(sa.func.count())
            .select_from(CampaignRecipient)
            .where(CampaignRecipient.campaign_id == campaign_id)
        ).scalar_one()
        assert recipients == CLIENTS
    assert "sent" in results


def test_workers_picking_the_a_b_winner_at_once_send_the_rest_once(committed_app):
    with committed_app.app_context():
        campaign_id = _campaign(subject_b="Hello {{ first_name }}")
        assert sending.dispatch(campaign_id=campaign_id) == "sending"
        assert len(_emails(campaign_id)) == CLIENTS // 4
        db.session.execute(
            sa.update(Campaign)
            .where(Campaign.id == campaign_id)
            .values(decide_at=datetime.now(UTC) - timedelta(seconds=1))
        )
        db.session.commit()
    _at_once(committed_app, lambda: sending.dispatch(campaign_id=campaign_id, batch=3))
    with committed_app.app_context():
        emails = _emails(campaign_id)
        assert len(emails) == len(set(emails)) == CLIENTS
        assert db.session.get(Campaign, campaign_id).status == "sent"
