"""Background jobs on procrastinate: PostgreSQL is the queue, so there is no other server to run.

A domain declares a task with `task` (or `periodic`), defers it with `defer` inside the transaction
of the change that causes it, and `flask worker` runs it in an app context of its own. See docs/jobs.md.
"""

from fitnesscrm.core.jobs import maintenance  # noqa: F401 - registers the queue's own periodic tasks
from fitnesscrm.core.jobs.app import jobs, periodic, task
from fitnesscrm.core.jobs.deferring import defer
from fitnesscrm.core.jobs.worker import run_until_idle, run_worker

__all__ = ["defer", "jobs", "periodic", "run_until_idle", "run_worker", "task"]
