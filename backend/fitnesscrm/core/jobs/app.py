"""The one procrastinate App, and the decorators that put tasks on it."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from typing import Any

import procrastinate
from flask import Flask

from fitnesscrm.observability import request_id

# The connector is replaced by one for the app's database while a worker runs (worker.py); the web
# app never uses it, since `defer` writes on the caller's own SQLAlchemy connection (deferring.py).
jobs = procrastinate.App(connector=procrastinate.PsycopgConnector())

# Periodic tasks get a few quick retries: a daily run lost to a database restart should not wait a day.
PERIODIC_RETRY = procrastinate.RetryStrategy(max_attempts=3, exponential_wait=10)


class TaskContext:
    """The Flask app whose context every task runs in: the app of the worker running in this process."""

    app: Flask | None = None


def _in_app_context(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> Any:
        flask_app = TaskContext.app
        if flask_app is None:
            raise RuntimeError("Tasks run in a worker (`flask worker`, run_until_idle), which knows the Flask app")
        # One id for every line this run logs, as a request has (observability/request_id.py).
        run_id = request_id.outside_request.set(f"job-{uuid.uuid4().hex}")
        try:
            # A context of its own: Flask-SQLAlchemy scopes db.session to it and removes the session at its end.
            with flask_app.app_context():
                return func(*args, **kwargs)
        finally:
            request_id.outside_request.reset(run_id)

    return run


def task(
    *,
    name: str,
    queue: str = "default",
    retry: procrastinate.RetryStrategy | int | None = None,
    pass_context: bool = False,
    **kwargs: Any,
) -> Callable[[Callable[..., Any]], procrastinate.tasks.Task]:
    """Declare a task on `jobs`; it runs inside a Flask app context with a fresh db.session."""

    def decorate(func: Callable[..., Any]) -> procrastinate.tasks.Task:
        return jobs.task(name=name, queue=queue, retry=retry or False, pass_context=pass_context, **kwargs)(
            _in_app_context(func)
        )

    return decorate


def periodic(*, cron: str, name: str) -> Callable[[Callable[..., Any]], procrastinate.tasks.Task]:
    """Declare a task deferred by the worker on the `cron` schedule (UTC); it receives `timestamp` (epoch seconds)."""

    def decorate(func: Callable[..., Any]) -> procrastinate.tasks.Task:
        declared = task(name=name, queue="periodic", retry=PERIODIC_RETRY)(func)
        return jobs.periodic(cron=cron, periodic_id=name)(declared)

    return decorate
