"""Running the worker: in `flask worker` until stopped, or in this process until no job is ready."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager

import procrastinate
from flask import current_app
from sqlalchemy.engine import make_url

from fitnesscrm.core.jobs.app import TaskContext, jobs

DEFAULT_CONCURRENCY = 4


def conninfo(database_uri: str) -> str:
    """The libpq URL of the app's database (its SQLAlchemy URL names the psycopg2 driver)."""
    return make_url(database_uri).set(drivername="postgresql").render_as_string(hide_password=False)


@asynccontextmanager
async def opened(*, pool_size: int = 2) -> AsyncIterator[procrastinate.App]:
    """`jobs` connected to the current Flask app's database through psycopg 3, procrastinate's async driver."""
    connector = procrastinate.PsycopgConnector(
        conninfo=conninfo(current_app.config["SQLALCHEMY_DATABASE_URI"]), min_size=1, max_size=pool_size
    )
    with jobs.replace_connector(connector):
        async with jobs.open_async():
            yield jobs


def run_worker(
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    queues: Iterable[str] | None = None,
    wait: bool = True,
    install_signal_handlers: bool = True,
) -> None:
    """Run jobs for the current Flask app; with `wait`, until SIGINT/SIGTERM (running jobs finish first)."""

    async def work() -> None:
        # The worker's own queries (fetch, finish, heartbeat) share the pool; tasks use db.session.
        async with opened(pool_size=concurrency + 2):
            await jobs.run_worker_async(
                queues=list(queues) if queues else None,
                concurrency=concurrency,
                wait=wait,
                install_signal_handlers=install_signal_handlers,
                name=f"fitnesscrm-worker-{concurrency}",
            )

    previous, TaskContext.app = TaskContext.app, current_app._get_current_object()
    try:
        asyncio.run(work())
    finally:
        TaskContext.app = previous


def run_until_idle(*, queues: list[str] | None = None) -> None:
    """Run committed jobs in this process, one at a time, until none is ready (tests, `flask jobs run-once`)."""
    run_worker(concurrency=1, queues=queues, wait=False, install_signal_handlers=False)
