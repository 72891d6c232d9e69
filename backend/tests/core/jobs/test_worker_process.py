"""`flask worker` as it runs in production: a process of its own that runs committed jobs and stops on SIGTERM."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from fitnesscrm.cli import extend_series_daily
from fitnesscrm.core.jobs import defer
from fitnesscrm.extensions import db
from tests.core.jobs.conftest import job_rows

BACKEND = Path(__file__).resolve().parents[3]


def _read_until(process: subprocess.Popen, text: str, timeout: float) -> str:
    """The worker's log up to the first line containing `text`; fails after `timeout` seconds."""
    seen = ""
    selector = selectors.DefaultSelector()
    selector.register(process.stderr, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if selector.select(timeout=0.5):
            line = process.stderr.readline().decode()
            if not line and process.poll() is not None:
                break
            seen += line
            if text in line:
                return seen
    raise AssertionError(f"the worker never said {text!r}:\n{seen[-3000:]}")


def _workers() -> int:
    count = db.session.scalar(sa.text("SELECT count(*) FROM procrastinate_workers"))
    db.session.rollback()
    return count


@pytest.mark.live_server
def test_flask_worker_runs_committed_jobs_and_stops_on_sigterm(committed):
    env = {
        **os.environ,
        "APP_ENV": "test",
        "FLASK_APP": "fitnesscrm.app:create_app",
        "DATABASE_URL": committed.config["SQLALCHEMY_DATABASE_URI"],
        "PYTHONPATH": str(BACKEND),
        "JOBS_CONCURRENCY": "2",
    }
    worker = subprocess.Popen([sys.executable, "-m", "flask", "worker"], cwd=BACKEND, env=env, stderr=subprocess.PIPE)
    try:
        _read_until(worker, "Starting worker", timeout=60)
        assert _workers() == 1

        defer(extend_series_daily, timestamp=int(time.time()))
        db.session.commit()
        # NOTIFY wakes the worker at commit (about 0.1 s here); the bound leaves room for a busy machine.
        deadline = time.monotonic() + 4
        while job_rows("extend-series")[0].status != "succeeded":
            assert time.monotonic() < deadline, job_rows("extend-series")
            time.sleep(0.1)

        worker.send_signal(signal.SIGTERM)
        assert worker.wait(timeout=30) == 0
        assert _workers() == 0
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
