"""Do simultaneous overlapping bookings through several gunicorn workers give exactly one session?

The server processes must see committed data, so this module uses its own database on
the test run's PostgreSQL server, commits its setup there and drops it afterwards.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import sqlalchemy as sa
from flask_jwt_extended import create_access_token
from flask_migrate import upgrade
from sqlalchemy.engine import make_url

from fitnesscrm.app import MIGRATIONS_DIR, create_app
from fitnesscrm.config import TestConfig
from fitnesscrm.extensions import db
from fitnesscrm.models import Client, Organization, Trainer, User

BOOKINGS = 24
WORKERS = 4
LIVE_DATABASE = f"fitnesscrm_live_{os.getpid()}"
BACKEND = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def live(database_url: str) -> Iterator[dict]:
    """A migrated, committed database with one studio, served by gunicorn with several workers."""
    admin_engine = sa.create_engine(make_url(database_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{LIVE_DATABASE}"'))
    url = make_url(database_url).set(database=LIVE_DATABASE).render_as_string(hide_password=False)
    config = TestConfig()
    config.SQLALCHEMY_DATABASE_URI = url
    live_app = create_app(config)
    server = None
    try:
        with live_app.app_context():
            upgrade(directory=str(MIGRATIONS_DIR))
            org = Organization(name="Live Studio", timezone="Europe/London")
            db.session.add(org)
            db.session.flush()
            owner = User(
                organization_id=org.id, email="live-owner@example.com", password_hash="x", role="owner",
                first_name="Olive", last_name="Owner",
            )  # fmt: skip
            trainer = Trainer(organization_id=org.id, first_name="Tia", last_name="Trainer", email="tia@example.com")
            clients = [
                Client(organization_id=org.id, first_name="Client", last_name=str(n), status="active")
                for n in range(BOOKINGS)
            ]
            db.session.add_all([owner, trainer, *clients])
            db.session.commit()
            token = create_access_token(identity=str(owner.id))
            ids = {"trainer": trainer.id, "clients": [c.id for c in clients]}
            db.engine.dispose()
        port = _free_port()
        env = {
            **os.environ,
            "APP_ENV": "test",
            "DATABASE_URL": url,
            "JWT_SECRET_KEY": live_app.config["JWT_SECRET_KEY"],
            "PYTHONPATH": str(BACKEND),
        }
        server = subprocess.Popen(  # noqa: S603 - a fixed command line
            [sys.executable, "-m", "gunicorn", "-w", str(WORKERS), "-b", f"127.0.0.1:{port}", "fitnesscrm.wsgi:app"],
            cwd=BACKEND,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        base = f"http://127.0.0.1:{port}"
        for _ in range(150):
            try:
                if requests.get(f"{base}/api/health", timeout=5).status_code == 200:
                    break
            except requests.RequestException:
                time.sleep(0.2)
        else:
            raise RuntimeError("gunicorn did not start: " + server.stderr.read().decode()[-2000:])
        yield {"base": base, "token": token, **ids, "url": url}
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        with admin_engine.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{LIVE_DATABASE}" WITH (FORCE)'))
        admin_engine.dispose()


@pytest.mark.live_server
def test_simultaneous_overlapping_bookings_give_one_session_and_409s_naming_it(live):
    barrier = threading.Barrier(BOOKINGS)
    results: list[requests.Response] = [None] * BOOKINGS
    headers = {"Authorization": f"Bearer {live['token']}"}

    def book(n: int) -> None:
        # Every booking starts n minutes after 10:00 and lasts an hour: each overlaps all others.
        payload = {
            "trainer_id": live["trainer"],
            "starts_at": f"2030-05-06T10:{n:02d}:00+00:00",
            "ends_at": f"2030-05-06T11:{n:02d}:00+00:00",
            "client_ids": [live["clients"][n]],
        }
        with requests.Session() as http:
            barrier.wait()
            results[n] = http.post(f"{live['base']}/api/sessions", json=payload, headers=headers, timeout=60)

    threads = [threading.Thread(target=book, args=(n,)) for n in range(BOOKINGS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    statuses = sorted(response.status_code for response in results)
    assert statuses == [201] + [409] * (BOOKINGS - 1), [r.text[:200] for r in results if r.status_code >= 500]
    winner = next(response.json() for response in results if response.status_code == 201)
    for response in results:
        if response.status_code == 409:
            error = response.json()["error"]
            assert error["code"] == "booking_conflict"
            assert error["fields"]["conflict"]["session_id"] == winner["id"]
            assert error["fields"]["conflict"]["trainer_id"] == live["trainer"]
    engine = sa.create_engine(live["url"])
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM sessions")).scalar_one() == 1
    engine.dispose()
