"""Does a message posted through one app process reach sockets held by another, through Redis, and only theirs?

redis-server and two gunicorn processes are started here; python-socketio's client holds a
socket on each, over WebSocket only (as the SPA connects), so nothing depends on sticky sessions.
"""

from __future__ import annotations

import os
import queue
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import socketio
import sqlalchemy as sa
from flask_jwt_extended import create_access_token
from flask_migrate import upgrade
from sqlalchemy.engine import make_url

from fitnesscrm.app import MIGRATIONS_DIR, create_app
from fitnesscrm.assignments import service as assignments
from fitnesscrm.auth.service import load_session
from fitnesscrm.config import TestConfig
from fitnesscrm.extensions import db
from fitnesscrm.messaging.models import Thread
from fitnesscrm.models import Client, Organization, Trainer, User
from tests.messaging.processes import app_servers, redis_server

pytestmark = pytest.mark.live_server
WAIT = 10


def _user(org, email, role, first, last):
    return User(organization_id=org.id, email=email, password_hash="x", role=role, first_name=first, last_name=last)


@pytest.fixture(scope="module")
def servers(database_url: str) -> Iterator[dict]:
    """A committed studio (two coached clients with logins, one other studio), redis-server and two app processes."""
    name = f"fitnesscrm_chat_{os.getpid()}"
    admin = sa.create_engine(make_url(database_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = make_url(database_url).set(database=name).render_as_string(hide_password=False)
    config = TestConfig()
    config.SQLALCHEMY_DATABASE_URI = url
    app = create_app(config)
    try:
        with app.app_context():
            upgrade(directory=str(MIGRATIONS_DIR))
            org, elsewhere = Organization(name="Chat Studio"), Organization(name="Elsewhere")
            db.session.add_all([org, elsewhere])
            db.session.flush()
            people = {
                "owner": _user(org, "owner@chat.test", "owner", "Olive", "Owner"),
                "trainer": _user(org, "sam@chat.test", "trainer", "Sam", "Coach"),
                "client": _user(org, "cleo@chat.test", "client", "Cleo", "Client"),
                "other_client": _user(org, "otto@chat.test", "client", "Otto", "Other"),
                "stranger": _user(elsewhere, "stan@chat.test", "owner", "Stan", "Stranger"),
            }
            db.session.add_all(people.values())
            db.session.flush()
            trainer = Trainer(organization_id=org.id, first_name="Sam", last_name="Coach", email="sam@chat.test",
                              user_id=people["trainer"].id)  # fmt: skip
            clients = [
                Client(
                    organization_id=org.id,
                    first_name=user.first_name,
                    last_name=user.last_name,
                    user_id=user.id,
                    status="active",
                )
                for user in (people["client"], people["other_client"])
            ]
            db.session.add_all([trainer, *clients])
            db.session.commit()
            owner = load_session(user_id=people["owner"].id, issued_ms=2**62, jti="setup").principal
            for client in clients:
                assignments.assign(actor=owner, client_id=client.id, trainer_id=trainer.id)
            threads = dict(db.session.execute(sa.select(Thread.client_id, Thread.id)).all())
            tokens = {role: create_access_token(identity=str(user.id)) for role, user in people.items()}
            ids = {"thread": threads[clients[0].id], "other_thread": threads[clients[1].id]}
            db.engine.dispose()
        env = {"APP_ENV": "test", "DATABASE_URL": url, "JWT_SECRET_KEY": app.config["JWT_SECRET_KEY"]}
        with (
            tempfile.TemporaryDirectory(prefix="fcrm-redis-") as directory,
            redis_server(Path(directory)) as redis,
            app_servers(2, {**env, "REDIS_URL": f"{redis}/0"}, threads=20) as bases,
        ):
            yield {"bases": bases, "tokens": tokens, **ids}
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


class Listener:
    """A python-socketio client on one server that files every event it receives."""

    def __init__(self, base: str, token: str):
        self.events: queue.Queue = queue.Queue()
        self.client = socketio.Client(reconnection=False)
        for name in ("message", "thread", "unread", "read", "typing"):
            self.client.on(name, lambda data, name=name: self.events.put((name, data)))
        self.client.connect(base, auth={"token": token}, transports=["websocket"], wait_timeout=WAIT)

    def next(self, name: str) -> dict:
        while True:
            received, data = self.events.get(timeout=WAIT)
            if received == name:
                return data

    def drained(self) -> list:
        found = []
        while not self.events.empty():
            found.append(self.events.get_nowait())
        return found


def test_message_through_one_process_reaches_a_socket_on_the_other(servers):
    one, two = servers["bases"]
    listener = Listener(two, servers["tokens"]["client"])
    intruder = Listener(two, servers["tokens"]["other_client"])
    stranger = Listener(one, servers["tokens"]["stranger"])
    try:
        assert listener.client.transport() == "websocket"
        assert listener.client.call("join", {"thread_id": servers["thread"]}, timeout=WAIT)["ok"] is True
        for outsider in (intruder, stranger):
            ack = outsider.client.call("join", {"thread_id": servers["thread"]}, timeout=WAIT)
            assert ack["ok"] is False and ack["error"]["code"] == "not_found"
        response = requests.post(
            f"{one}/api/threads/{servers['thread']}/messages",
            json={"body": "Across processes"},
            headers={"Authorization": f"Bearer {servers['tokens']['trainer']}"},
            timeout=WAIT,
        )
        assert response.status_code == 201, response.text
        heard = listener.next("message")
        assert (heard["id"], heard["body"]) == (response.json()["id"], "Across processes")
        assert listener.next("unread")["unread_count"] == 1
        # Everything the outsiders could have been sent has arrived by now, on the same Redis channel.
        requests.get(f"{two}/api/health", timeout=WAIT)
        assert intruder.drained() == [] and stranger.drained() == []
    finally:
        for socket in (listener, intruder, stranger):
            socket.client.disconnect()


def test_socket_without_a_token_is_refused_by_a_live_server(servers):
    client = socketio.Client(reconnection=False)
    with pytest.raises(socketio.exceptions.ConnectionError):
        client.connect(servers["bases"][0], transports=["websocket"], wait_timeout=WAIT)
