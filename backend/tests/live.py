"""A studio served by real gunicorn processes over a committed database, for tests that need real servers.

conftest.py makes the fixture available to every test; it is module-scoped, so each
module gets its own database on the test run's PostgreSQL server, dropped afterwards.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
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
BACKEND = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def live(database_url: str, request: pytest.FixtureRequest) -> Iterator[dict]:
    """A migrated, committed database with one studio, served by gunicorn with several workers.

    It yields the server's `base` URL, the owner's Bearer `token`, the `trainer` id, the ids of
    BOOKINGS `clients` and the database `url`.
    """
    live_database = f"fitnesscrm_live_{os.getpid()}_{request.module.__name__.rsplit('.', 1)[-1]}"
    admin_engine = sa.create_engine(make_url(database_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{live_database}"'))
    url = make_url(database_url).set(database=live_database).render_as_string(hide_password=False)
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
            # Requests at once: 4 workers of 4 threads, fewer than the bookings, as in production before chat
            # raised the default to 50 threads for its sockets. With 50, all 24 bookings wait on each other
            # in PostgreSQL at once, each holding a pooled connection, and under a loaded test run some
            # waited past the client's 60 s.
            "WEB_THREADS": "4",
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
            # Quick shutdown (SIGINT): the tests are done, and SIGTERM's graceful one waits out gunicorn's
            # 30 s graceful timeout for the keep-alive connections the tests' clients left open.
            server.send_signal(signal.SIGINT)
            server.wait(timeout=30)
        with admin_engine.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{live_database}" WITH (FORCE)'))
        admin_engine.dispose()
