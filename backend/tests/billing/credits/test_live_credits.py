"""Through real gunicorn workers and real connections: can one last credit be spent twice, expired twice, or a
membership period invoiced twice?"""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
import requests
import sqlalchemy as sa

from fitnesscrm.app import create_app
from fitnesscrm.billing.credits import expiry
from fitnesscrm.billing.memberships import renewals
from fitnesscrm.billing.memberships import service as memberships
from fitnesscrm.config import TestConfig
from fitnesscrm.extensions import db

ATTEMPTS = 20


def _org_of(connection, client_id: int) -> int:
    return connection.execute(
        sa.text("SELECT organization_id FROM clients WHERE id = :id"), {"id": client_id}
    ).scalar_one()


@pytest.mark.live_server
def test_twenty_simultaneous_bookings_with_one_credit_under_required_give_exactly_one_session(live):
    client_id = live["clients"][0]
    engine = sa.create_engine(live["url"])
    with engine.begin() as connection:
        org_id = _org_of(connection, client_id)
        connection.execute(
            sa.text("INSERT INTO billing_settings (organization_id, credit_policy) VALUES (:org, 'required')"),
            {"org": org_id},
        )
        connection.execute(
            sa.text(
                "INSERT INTO credit_entries (organization_id, client_id, kind, quantity, expires_at) "
                "VALUES (:org, :client, 'grant', 1, '2031-01-01T00:00:00Z')"
            ),
            {"org": org_id, "client": client_id},
        )
    barrier = threading.Barrier(ATTEMPTS)
    results: list[requests.Response] = [None] * ATTEMPTS
    headers = {"Authorization": f"Bearer {live['token']}"}

    def book(n: int) -> None:
        # Each attempt on a day of its own: nothing overlaps, so only the credit can refuse them.
        day = date(2030, 9, 2) + timedelta(days=n)
        payload = {
            "trainer_id": live["trainer"],
            "starts_at": f"{day}T10:00:00+00:00",
            "ends_at": f"{day}T11:00:00+00:00",
            "client_ids": [client_id],
        }
        with requests.Session() as http:
            barrier.wait()
            results[n] = http.post(f"{live['base']}/api/sessions", json=payload, headers=headers, timeout=60)

    threads = [threading.Thread(target=book, args=(n,)) for n in range(ATTEMPTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    statuses = sorted(response.status_code for response in results)
    assert statuses == [201] + [409] * (ATTEMPTS - 1), [r.text[:200] for r in results if r.status_code >= 500]
    assert {r.json()["error"]["code"] for r in results if r.status_code == 409} == {"no_credit"}
    winner = next(r.json()["id"] for r in results if r.status_code == 201)
    with engine.connect() as connection:
        sessions = (
            connection.execute(
                sa.text(
                    "SELECT s.id FROM sessions s JOIN session_participants p ON p.session_id = s.id "
                    "WHERE p.client_id = :c"
                ),
                {"c": client_id},
            )
            .scalars()
            .all()
        )
        reserves = connection.execute(
            sa.text("SELECT session_id, quantity FROM credit_entries WHERE client_id = :c AND kind = 'reserve'"),
            {"c": client_id},
        ).all()
    engine.dispose()
    assert sessions == [winner]
    assert [tuple(row) for row in reserves] == [(winner, -1)]


@pytest.mark.live_server
def test_two_expiry_runs_at_once_expire_what_remains_once(live):
    client_id = live["clients"][1]
    engine = sa.create_engine(live["url"])
    with engine.begin() as connection:
        org_id = _org_of(connection, client_id)
        grant_id = connection.execute(
            sa.text(
                "INSERT INTO credit_entries (organization_id, client_id, kind, quantity, expires_at) "
                "VALUES (:org, :client, 'grant', 5, now() - interval '1 hour') RETURNING id"
            ),
            {"org": org_id, "client": client_id},
        ).scalar_one()
        connection.execute(
            sa.text(
                "INSERT INTO credit_entries (organization_id, client_id, kind, quantity, grant_id) "
                "VALUES (:org, :client, 'reserve', -1, :grant)"
            ),
            {"org": org_id, "client": client_id, "grant": grant_id},
        )
    config = TestConfig()
    config.SQLALCHEMY_DATABASE_URI = live["url"]
    worker_app = create_app(config)
    barrier = threading.Barrier(2)
    expired: list[int] = []

    def run() -> None:
        with worker_app.app_context():
            barrier.wait()
            expired.append(expiry.expire_lapsed())

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with worker_app.app_context():
        assert expiry.expire_lapsed() == 0
    with engine.connect() as connection:
        rows = (
            connection.execute(
                sa.text("SELECT quantity FROM credit_entries WHERE grant_id = :g AND kind = 'expire'"), {"g": grant_id}
            )
            .scalars()
            .all()
        )
    engine.dispose()
    assert sorted(expired) == [0, 4]
    assert rows == [-4]


@pytest.mark.live_server
def test_two_renewal_runs_at_once_invoice_a_period_once(live, fake_invoices):
    client_id = live["clients"][2]
    engine = sa.create_engine(live["url"])
    with engine.begin() as connection:
        org_id = _org_of(connection, client_id)
        product_id = connection.execute(
            sa.text(
                "INSERT INTO products (organization_id, kind, name, price, interval, sessions_per_period) "
                "VALUES (:org, 'membership', 'Monthly', 6000, 'month', 4) RETURNING id"
            ),
            {"org": org_id},
        ).scalar_one()
    config = TestConfig()
    config.SQLALCHEMY_DATABASE_URI = live["url"]
    worker_app = create_app(config)
    with worker_app.app_context():
        membership = memberships.start(
            actor=None, organization_id=org_id, client_id=client_id, product_id=product_id,
            starts_on=date.today() - timedelta(days=40),
        )  # fmt: skip
        db.session.commit()
        membership_id = membership.id
    barrier = threading.Barrier(2)
    renewed: list[int] = []

    def run() -> None:
        with worker_app.app_context():
            barrier.wait()
            renewed.append(renewals.renew_due())

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with engine.connect() as connection:
        periods = (
            connection.execute(
                sa.text("SELECT period_start FROM invoices WHERE membership_id = :m ORDER BY period_start"),
                {"m": membership_id},
            )
            .scalars()
            .all()
        )
        grants = connection.execute(
            sa.text("SELECT count(*) FROM credit_entries WHERE membership_id = :m AND kind = 'grant'"),
            {"m": membership_id},
        ).scalar_one()
    engine.dispose()
    # 40 days in: the first period is over, the second runs; one run renewed it, the other found it done.
    assert sorted(renewed) == [0, 1]
    assert len(periods) == 2 and len(set(periods)) == 2
    assert grants == 2
