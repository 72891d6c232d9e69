"""Deferring in the caller's transaction, running, retrying and periodic jobs, on a committed database."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta

import procrastinate
import pytest
import sqlalchemy as sa
from procrastinate.periodic import PeriodicDeferrer

from fitnesscrm.auth.models import SignInThrottle
from fitnesscrm.core.jobs import defer, jobs, maintenance, run_until_idle, task
from fitnesscrm.core.jobs.worker import opened
from fitnesscrm.extensions import db
from tests.core.jobs.conftest import RUNS_TABLE, job_rows, runs


@task(name="tests.record-run")
def record_run(label: str) -> None:
    """Record that it ran, in a transaction of its own."""
    db.session.execute(sa.text(f"INSERT INTO {RUNS_TABLE} (label) VALUES (:label)"), {"label": label})  # noqa: S608
    db.session.commit()


@task(name="tests.always-fails", retry=procrastinate.RetryStrategy(max_attempts=2, exponential_wait=5))
def always_fails(label: str) -> None:
    """Record the attempt, then fail as a refused SMTP connection would."""
    record_run(label)
    raise ConnectionRefusedError("the mail server refused the connection")


def test_defer_in_rolled_back_transaction_never_runs(committed):
    db.session.execute(sa.text(f"INSERT INTO {RUNS_TABLE} (label) VALUES ('request')"))  # noqa: S608
    job_id = defer(record_run, label="rolled back")
    assert job_id > 0
    db.session.rollback()

    run_until_idle()

    assert runs() == []
    assert job_rows("tests.record-run") == []


def test_defer_is_invisible_to_workers_until_commit(committed):
    defer(record_run, label="pending")
    # A worker in this same process, on its own connections, while the transaction is still open.
    run_until_idle()
    assert db.session.scalar(sa.text(f"SELECT count(*) FROM {RUNS_TABLE}")) == 0  # noqa: S608
    db.session.commit()

    run_until_idle()

    assert runs() == ["pending"]


def test_committed_job_runs_once(committed):
    defer(record_run, label="committed")
    db.session.commit()

    run_until_idle()
    run_until_idle()

    assert runs() == ["committed"]
    [job] = job_rows("tests.record-run")
    assert (job.status, job.attempts, job.args) == ("succeeded", 1, {"label": "committed"})


def test_defer_run_at_waits_until_then(committed):
    defer(record_run, run_at=datetime.now(UTC) + timedelta(hours=1), label="later")
    db.session.commit()

    run_until_idle()

    assert runs() == []
    [job] = job_rows("tests.record-run")
    assert job.status == "todo"


def test_queueing_lock_refuses_a_second_waiting_job_and_keeps_the_transaction(committed):
    defer(record_run, queueing_lock="reminders:7", label="first")
    with pytest.raises(procrastinate.exceptions.AlreadyEnqueued):
        defer(record_run, queueing_lock="reminders:7", label="second")
    # The refused insert did not abort the caller's transaction.
    defer(record_run, label="other")
    db.session.commit()

    run_until_idle()

    assert runs() == ["first", "other"]


def test_failing_task_retries_with_growing_backoff_then_fails(committed):
    defer(always_fails, label="attempt")
    db.session.commit()
    waits = []
    for _ in range(2):
        before = datetime.now(UTC)
        run_until_idle()
        [job] = job_rows("tests.always-fails")
        assert job.status == "todo"
        waits.append((job.scheduled_at - before).total_seconds())
        # Time passes: the retry is due now.
        db.session.execute(sa.text("UPDATE procrastinate_jobs SET scheduled_at = now() WHERE id = :id"), {"id": job.id})
        db.session.commit()

    run_until_idle()

    [job] = job_rows("tests.always-fails")
    assert (job.status, job.attempts) == ("failed", 3)
    assert runs() == ["attempt"] * 3
    # exponential_wait=5: 5 s after the first failure, 25 s after the second.
    assert 4 <= waits[0] <= 7
    assert 24 <= waits[1] <= 27


def test_task_outside_a_worker_refuses_to_run():
    with pytest.raises(RuntimeError, match="worker"):
        record_run(label="direct")


def test_periodic_jobs_are_registered_daily():
    schedules = {key[0]: periodic.cron for key, periodic in jobs.periodic_registry.periodic_tasks.items()}

    assert schedules["extend-series"].endswith("* * *")
    assert schedules["prune-expired-tokens"].endswith("* * *")


def test_periodic_jobs_are_deferred_by_the_worker_and_do_their_work(committed):
    stale = SignInThrottle(key="a" * 64, failures=3, last_attempt_at=datetime.now(UTC) - timedelta(days=2))
    db.session.add(stale)
    db.session.commit()
    at = time.time()

    async def defer_due() -> None:
        # What the worker's periodic deferrer does at each tick, here for the last daily run of each.
        async with opened():
            deferrer = PeriodicDeferrer(registry=jobs.periodic_registry, max_delay=2 * 86400)
            await deferrer.defer_jobs(deferrer.get_previous_tasks(at=at))
            # The same tick again defers nothing more: one job per task and scheduled time.
            again = PeriodicDeferrer(registry=jobs.periodic_registry, max_delay=2 * 86400)
            await again.defer_jobs(again.get_previous_tasks(at=at))

    asyncio.run(defer_due())
    run_until_idle()

    for name in ("extend-series", "prune-expired-tokens"):
        [job] = job_rows(name)
        assert job.status == "succeeded"
        assert at - 86400 <= job.args["timestamp"] <= at
    assert db.session.get(SignInThrottle, "a" * 64) is None


def test_a_job_whose_worker_died_runs_again_and_a_live_workers_job_is_left_alone(committed):
    defer(record_run, label="interrupted")
    db.session.commit()
    # Two workers took jobs: one went silent two minutes ago (killed), the other is beating.
    dead, alive = (
        db.session.scalar(
            sa.text(
                "INSERT INTO procrastinate_workers (last_heartbeat) VALUES (now() - make_interval(secs => :age)) "
                "RETURNING id"
            ),
            {"age": age},
        )
        for age in (120, 5)
    )
    db.session.execute(
        sa.text("UPDATE procrastinate_jobs SET status = 'doing', worker_id = :worker WHERE task_name = :name"),
        {"worker": dead, "name": "tests.record-run"},
    )
    busy = defer(record_run, label="still running")
    db.session.execute(
        sa.text("UPDATE procrastinate_jobs SET status = 'doing', worker_id = :worker WHERE id = :id"),
        {"worker": alive, "id": busy},
    )
    db.session.commit()

    async def sweep() -> int:
        async with opened():
            return await maintenance.retry_stalled()

    assert asyncio.run(sweep()) == 1
    run_until_idle(queues=["default"])

    assert runs() == ["interrupted"]
    assert [row.status for row in job_rows("tests.record-run")] == ["succeeded", "doing"]


def test_old_finished_jobs_are_deleted_and_recent_ones_kept(committed):
    for label in ("last month", "yesterday"):
        defer(record_run, label=label)
    db.session.commit()
    run_until_idle(queues=["default"])
    old, _recent = (row.id for row in job_rows("tests.record-run"))
    db.session.execute(
        sa.text("UPDATE procrastinate_events SET at = now() - interval '30 days' WHERE job_id = :id"),
        {"id": old},
    )
    db.session.commit()

    async def tidy() -> None:
        async with opened():
            await maintenance.delete_old_jobs(timestamp=0)

    asyncio.run(tidy())

    assert [row.id for row in job_rows("tests.record-run")] == [_recent]
