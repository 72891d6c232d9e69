"""The outbox benchmark: `.venv/bin/python bench/outbox_bench.py`.

Starts an embedded PostgreSQL in a temporary directory (or uses BENCH_DATABASE_URL) and a local SMTP
server (aiosmtpd, as the tests use), queues `--messages` welcome emails through the outbox in one
transaction (one row and one delivery job each, as an event would), then runs a job worker in this
process until the queue is empty and reports messages per second, for each `--concurrency`:
every message rendered from its Jinja templates, claimed (`FOR UPDATE SKIP LOCKED`, committed),
sent over its own SMTP connection, and marked sent.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import socket
import sys
import tempfile
import time
from pathlib import Path

BACKEND_DIR = Path(__file__).resolve().parent.parent / "backend"
sys.path.insert(0, str(BACKEND_DIR))

import sqlalchemy as sa  # noqa: E402
from aiosmtpd.controller import Controller  # noqa: E402
from flask_migrate import upgrade  # noqa: E402

from fitnesscrm.app import MIGRATIONS_DIR, create_app  # noqa: E402
from fitnesscrm.config import TestConfig  # noqa: E402
from fitnesscrm.extensions import db  # noqa: E402


class Counter:
    """An SMTP handler that only counts what it accepted."""

    def __init__(self) -> None:
        self.received = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.received += 1
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def queue(organization_id: int, count: int, round_: int) -> None:
    from fitnesscrm.notifications import service

    for n in range(count):
        service.queue_email(
            organization_id=organization_id,
            template="welcome",
            to_address=f"member{n}@bench.example",
            to_name=f"Member {n}",
            subject="Welcome to Bench Studio",
            context={"first_name": "Member", "email": f"member{n}@bench.example", "url": "http://127.0.0.1/"},
            idempotency_key=f"bench:{round_}:{n}",
        )
    db.session.commit()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4])
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    work_dir = Path(tempfile.mkdtemp(prefix="fitnesscrm-outbox-bench-"))
    smtp = Counter()
    controller = Controller(smtp, hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        url = os.environ.get("BENCH_DATABASE_URL")
        if not url:
            from fitnesscrm.core import embedded_postgres

            url = embedded_postgres.start(work_dir / "pg", database="bench")
        config = TestConfig()
        config.SQLALCHEMY_DATABASE_URI = url
        config.MAIL_SUPPRESS_SEND = False
        config.MAIL_SERVER, config.MAIL_PORT, config.MAIL_USE_TLS = "127.0.0.1", controller.port, False
        app = create_app(config)
        from fitnesscrm.core.jobs import run_worker
        from fitnesscrm.notifications.models import OutboxMessage
        from fitnesscrm.organizations.models import Organization

        load_average = ", ".join(f"{value:.1f}" for value in os.getloadavg())
        print(f"# Outbox benchmark ({os.cpu_count()} CPUs, load average {load_average}; aiosmtpd on loopback)\n")
        print("| worker concurrency | messages | seconds | messages/s |\n|---:|---:|---:|---:|")
        with app.app_context():
            upgrade(directory=str(MIGRATIONS_DIR))
            organization = Organization(name="Bench Studio", timezone="Europe/London", country="GB")
            db.session.add(organization)
            db.session.commit()
            for round_, concurrency in enumerate(args.concurrency):
                before = smtp.received
                queue(organization.id, args.messages, round_)
                started = time.perf_counter()
                run_worker(concurrency=concurrency, queues=["notifications"], wait=False, install_signal_handlers=False)
                elapsed = time.perf_counter() - started
                sent = db.session.scalar(
                    sa.select(sa.func.count()).where(
                        OutboxMessage.status == "sent", OutboxMessage.idempotency_key.startswith(f"bench:{round_}:")
                    )
                )
                received = smtp.received - before
                assert sent == received == args.messages, (sent, received)
                print(f"| {concurrency} | {received:,} | {elapsed:.1f} | {received / elapsed:.0f} |")
    finally:
        controller.stop()
        shutil.rmtree(work_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
