"""A real SMTP server (aiosmtpd) the app sends through, and what it received, parsed with `email`.

conftest.py makes these fixtures available to every test: any test that needs to read an email
delivers the outbox rows its request queued (`sent_mail()`), so it proves the whole path.
"""

from __future__ import annotations

import email
import socket
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import default as default_policy

import pytest
import sqlalchemy as sa
from aiosmtpd.controller import Controller

from fitnesscrm.extensions import db


class Inbox:
    """Messages the SMTP server accepted, oldest first."""

    def __init__(self):
        self.received: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.received.append((list(envelope.rcpt_tos), envelope.original_content or envelope.content))
        return "250 OK: queued"

    @property
    def messages(self) -> list[EmailMessage]:
        return [email.message_from_bytes(raw, policy=default_policy) for _rcpt, raw in self.received]

    def to(self, address: str) -> list[EmailMessage]:
        return [email.message_from_bytes(raw, policy=default_policy) for rcpt, raw in self.received if address in rcpt]


class SmtpServer:
    """An aiosmtpd server on a fixed local port that a test can stop and start again."""

    def __init__(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.inbox = Inbox()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp(app, monkeypatch) -> Iterator[SmtpServer]:
    """An SMTP server the app sends through for this test (Flask-Mail no longer suppresses sending)."""
    server = SmtpServer()
    server.start()
    state = app.extensions["mail"]
    for name, value in {
        "server": "127.0.0.1",
        "port": server.port,
        "suppress": False,
        "use_tls": False,
        "use_ssl": False,
        "username": None,
        "password": None,
    }.items():
        monkeypatch.setattr(state, name, value)
    try:
        yield server
    finally:
        server.stop()


def text_of(message: EmailMessage) -> str:
    """The plain-text part of an email."""
    return message.get_body(preferencelist=("plain",)).get_content()


@pytest.fixture
def sent_mail(smtp):
    """`sent_mail()`: deliver every message waiting in the outbox, as the worker would; the emails that arrived.

    Each waiting row must be delivered (`sent`); the emails are parsed from what the SMTP server received.
    """
    from fitnesscrm.notifications import delivery
    from fitnesscrm.notifications.models import OutboxMessage

    def deliver() -> list[EmailMessage]:
        before = len(smtp.inbox.received)
        waiting = (
            db.session.execute(
                sa.select(OutboxMessage.id).where(OutboxMessage.status == "pending").order_by(OutboxMessage.id)
            )
            .scalars()
            .all()
        )
        for message_id in waiting:
            assert delivery.deliver_message(message_id=message_id) == "sent"
        return [email.message_from_bytes(raw, policy=default_policy) for _rcpt, raw in smtp.inbox.received[before:]]

    return deliver


@pytest.fixture
def deferred_deliveries():
    """`deferred_deliveries()`: the message ids whose delivery has been deferred, as the jobs layer holds them."""

    def read_jobs() -> list[int]:
        rows = db.session.execute(
            sa.text(
                "SELECT (args->>'message_id')::bigint FROM procrastinate_jobs "
                "WHERE task_name = 'notifications.deliver' ORDER BY id"
            )
        )
        return [row[0] for row in rows]

    return read_jobs
