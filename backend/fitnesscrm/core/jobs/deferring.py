"""Deferring a job inside the caller's transaction, so that it exists exactly when the change that caused it does."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from procrastinate import manager, tasks
from procrastinate.contrib.sqlalchemy import SQLAlchemyPsycopg2Connector
from procrastinate.jobs import Job, JobDeferrer

from fitnesscrm.extensions import db

# Only ever given a connection (db.session's), so it never opens an engine of its own.
_in_transaction = manager.JobManager(connector=SQLAlchemyPsycopg2Connector())


def defer(
    task_: tasks.Task, *, run_at: datetime | None = None, queueing_lock: str | None = None, **task_kwargs: Any
) -> int:
    """Queue `task_(**task_kwargs)` on db.session's transaction; returns the job id.

    Nothing is committed here: the job becomes visible to workers when the caller commits, and a
    rollback takes it away with everything else. `queueing_lock` refuses (procrastinate's
    AlreadyEnqueued) a second job with the same lock while one is still waiting.
    """
    job = task_.configure(schedule_at=run_at, queueing_lock=queueing_lock).job
    if queueing_lock is None:
        return _insert(job, task_kwargs)
    # A refused lock is a unique violation, which would abort the caller's whole transaction; a
    # savepoint confines it to this insert.
    with db.session.begin_nested():
        return _insert(job, task_kwargs)


def _insert(job: Job, task_kwargs: dict[str, Any]) -> int:
    return JobDeferrer(job_manager=_in_transaction, job=job, connection=db.session.connection()).defer(**task_kwargs)
