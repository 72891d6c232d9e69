"""gunicorn's side of observability, used by backend/gunicorn.conf.py: JSON logs and metrics shared by workers.

Imported by the configuration file before the app (and before prometheus_client), so this module
imports neither at its top.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from gunicorn.glogging import Logger

from fitnesscrm.observability import logs

# Where the app leaves the route and caller for the access line (request_hooks.ACCESS_KEY, not imported:
# that module imports the app's own, which this file must not load before the app).
ACCESS_KEY = "fitnesscrm.access"

METRICS_DIR = "PROMETHEUS_MULTIPROC_DIR"
_prepared: str | None = None


def log_format() -> str:
    """LOG_FORMAT as the app will read it: json unless set, or unless APP_ENV names a development or test run."""
    explicit = os.environ.get("LOG_FORMAT")
    if explicit:
        return explicit
    return "json" if os.environ.get("APP_ENV", "production") == "production" else "text"


def prepare_metrics_dir() -> str:
    """Make PROMETHEUS_MULTIPROC_DIR (a new temporary directory when unset) and empty it of an earlier run's files.

    Counts left by a previous server would otherwise be added to this one's; the directory belongs to
    one gunicorn server, so another server on the host needs its own. gunicorn reads its configuration
    again on SIGHUP: the directory is prepared once per master, never emptied under running workers.
    """
    global _prepared
    if _prepared is not None:
        return _prepared
    directory = os.environ.get(METRICS_DIR)
    if directory:
        path = Path(directory)
        path.mkdir(parents=True, exist_ok=True)
        for stale in path.glob("*.db"):
            stale.unlink()
    else:
        path = Path(tempfile.mkdtemp(prefix="fitnesscrm-metrics-"))
        os.environ[METRICS_DIR] = str(path)
    _prepared = str(path)
    return _prepared


def remove_metrics_dir_if_temporary(made: str) -> None:
    """At the server's exit, remove the directory when it was a temporary one made by `prepare_metrics_dir`."""
    if Path(made).name.startswith("fitnesscrm-metrics-") and Path(made).parent == Path(tempfile.gettempdir()):
        shutil.rmtree(made, ignore_errors=True)


def worker_exited(pid: int) -> None:
    """A worker is gone: its live gauges leave the totals (its counters' files stay, so nothing is lost)."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(pid)


class JsonLogger(Logger):
    """gunicorn's error and access logs as one JSON object per line, with the request id on access lines."""

    def setup(self, cfg) -> None:
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                if getattr(handler, "_gunicorn", False):
                    handler.setFormatter(logs.JsonFormatter())

    def access(self, resp, req, environ, request_time) -> None:
        if not self.access_log_enabled:
            return
        status = resp.status.split(None, 1)[0] if isinstance(resp.status, str) else resp.status
        headers = {name.lower(): value for name, value in resp.headers}
        duration_ms = round(request_time.total_seconds() * 1000, 1)
        method, path = environ.get("REQUEST_METHOD"), environ.get("PATH_INFO")
        record = {
            "request_id": headers.get("x-request-id"),
            "method": method,
            "path": path,
            "status": int(status),
            "duration_ms": duration_ms,
            "remote_addr": environ.get("REMOTE_ADDR"),
            "user_agent": environ.get("HTTP_USER_AGENT"),
            "bytes": getattr(resp, "sent", None),
            # The route and the caller, when the app answered (request_hooks).
            **environ.get(ACCESS_KEY, {}),
        }
        self.access_log.log(logging.INFO, "%s %s %s %.1f ms", method, path, status, duration_ms, extra=record)
