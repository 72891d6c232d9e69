"""Does an event localstripe itself signs and posts reach gunicorn, pass verification and get stored once?"""

from __future__ import annotations

import time

import pytest
import requests
import sqlalchemy as sa

from fitnesscrm.core.crypto import encrypt
from tests.billing.stripe import contracts
from tests.billing.stripe.localstripe import PUBLISHABLE_KEY, SECRET_KEY, WEBHOOK_SECRET

pytestmark = [
    pytest.mark.live_server,
    pytest.mark.skipif(
        "fitnesscrm.billing.settings.service" in contracts.SHIMMED,
        reason="the gunicorn workers need part A's billing settings (stood in for only in this process)",
    ),
]


@pytest.fixture(scope="module")
def stripe_env(localstripe):
    """The live server's workers inherit this environment: Stripe calls go to this run's localstripe."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STRIPE_API_BASE", localstripe)
        yield


def test_an_event_localstripe_signs_and_posts_is_stored_once(stripe_env, live, localstripe, app):
    engine = sa.create_engine(live["url"])
    with engine.begin() as connection:
        organization_id = connection.execute(sa.text("SELECT id FROM organizations LIMIT 1")).scalar_one()
        connection.execute(
            sa.text(
                "INSERT INTO billing_settings (organization_id, stripe_publishable_key, stripe_secret_key_encrypted,"
                " stripe_webhook_secret_encrypted) VALUES (:org, :pk, :sk, :whsec)"
            ),
            {
                "org": organization_id,
                "pk": PUBLISHABLE_KEY,
                "sk": encrypt(SECRET_KEY),
                "whsec": encrypt(WEBHOOK_SECRET),
            },
        )
    url = f"{live['base']}/api/billing/stripe/webhooks/{organization_id}"
    config = {"url": url, "secret": WEBHOOK_SECRET, "events": ["customer.created"]}
    requests.post(f"{localstripe}/_config/webhooks/live", json=config, timeout=10).raise_for_status()
    try:
        customer = requests.post(
            f"{localstripe}/v1/customers", data={"name": "Live Customer"}, auth=(SECRET_KEY, ""), timeout=10
        ).json()
        # localstripe posts its events a second after they happen.
        deadline = time.monotonic() + 30
        rows = []
        while time.monotonic() < deadline and not rows:
            time.sleep(0.5)
            with engine.connect() as connection:
                rows = connection.execute(
                    sa.text("SELECT type, payload FROM stripe_events WHERE organization_id = :org"),
                    {"org": organization_id},
                ).all()
        [(kind, payload)] = rows
        assert kind == "customer.created"
        assert payload["data"]["object"]["id"] == customer["id"]
    finally:
        # Later events of the run go nowhere: the live server stops with this module.
        config = {"url": "http://127.0.0.1:9/", "secret": WEBHOOK_SECRET, "events": ["none"]}
        requests.post(f"{localstripe}/_config/webhooks/live", json=config, timeout=10)
        engine.dispose()
