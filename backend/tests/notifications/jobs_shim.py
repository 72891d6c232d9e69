"""A stand-in for `fitnesscrm.core.jobs` while that part is not on this branch: tests only, never product code.

It implements the interface the outbox codes against just far enough for tests that call the task
bodies directly: `task` and `periodic` return the function, `defer` records the call. Installed by
backend/tests/conftest.py before any test module imports the app, only when the real module cannot be
imported, so it retires itself once jobs lands.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass
class Deferred:
    task: Any
    run_at: datetime | None
    kwargs: dict


deferred: list[Deferred] = []
_installed = False


def installed() -> bool:
    """Whether the stand-in, not the real jobs module, is what the app uses in this run."""
    return _installed


def install() -> bool:
    """Register the stand-in as `fitnesscrm.core.jobs` unless the real one exists; whether it did."""
    global _installed
    if _installed:
        return True
    if importlib.util.find_spec("fitnesscrm.core.jobs") is not None:
        return False
    module = types.ModuleType("fitnesscrm.core.jobs")

    def task(*, name: str, queue: str = "default", retry=None, pass_context: bool = False, **kwargs):
        def decorator(function):
            function.name = name
            return function

        return decorator

    def defer(task_, *, run_at=None, queueing_lock=None, **task_kwargs) -> int:
        deferred.append(Deferred(task=task_, run_at=run_at, kwargs=task_kwargs))
        return len(deferred)

    def periodic(*, cron: str, name: str):
        return task(name=name)

    module.jobs = None
    module.task, module.defer, module.periodic = task, defer, periodic
    sys.modules["fitnesscrm.core.jobs"] = module
    import fitnesscrm.core

    fitnesscrm.core.jobs = module
    _installed = True
    return True
