"""Keeping the queue healthy: jobs of dead workers run again, and finished jobs do not pile up forever.

Both run on the worker's own event loop and connections (async tasks need no Flask app): they only
touch procrastinate's tables, through its job manager.
"""

from __future__ import annotations

import logging

from fitnesscrm.core.jobs.app import PERIODIC_RETRY, jobs

log = logging.getLogger(__name__)

# A worker sends a heartbeat every 10 s and is taken for dead after 30 s without one; a minute of
# silence leaves no doubt, and a job whose worker is alive is never taken from it.
STALLED_AFTER_SECONDS = 60
# Succeeded jobs are kept a week for looking into what ran; failed and cancelled ones a month.
KEEP_SUCCEEDED_HOURS = 7 * 24
KEEP_FAILED_HOURS = 30 * 24


async def retry_stalled() -> int:
    """Put back in the queue every job still `doing` on a worker that stopped sending heartbeats; how many."""
    stalled = list(await jobs.job_manager.get_stalled_jobs(seconds_since_heartbeat=STALLED_AFTER_SECONDS))
    for job in stalled:
        log.warning("Retrying job %s (%s): its worker stopped while running it", job.id, job.task_name)
        await jobs.job_manager.retry_job(job)
    return len(stalled)


@jobs.periodic(cron="* * * * *", periodic_id="retry-stalled-jobs")
@jobs.task(name="retry-stalled-jobs", queue="periodic", retry=PERIODIC_RETRY)
async def retry_stalled_jobs(timestamp: int) -> None:
    """Every minute: a job whose worker was killed mid-run runs again (tasks are written to be run twice)."""
    await retry_stalled()


@jobs.periodic(cron="37 4 * * *", periodic_id="delete-old-jobs")
@jobs.task(name="delete-old-jobs", queue="periodic", retry=PERIODIC_RETRY)
async def delete_old_jobs(timestamp: int) -> None:
    """Daily: forget finished jobs past their keeping time (the per-minute tasks alone add 500,000 a year)."""
    await jobs.job_manager.delete_old_jobs(nb_hours=KEEP_SUCCEEDED_HOURS)
    await jobs.job_manager.delete_old_jobs(
        nb_hours=KEEP_FAILED_HOURS, include_failed=True, include_cancelled=True, include_aborted=True
    )
