"""Under gunicorn with several workers: JSON access and error logs, and metrics that add up every worker."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
import requests
import sqlalchemy as sa
from flask_jwt_extended import create_access_token
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.engine import make_url

from fitnesscrm.app import create_app
from fitnesscrm.config import TestConfig
from fitnesscrm.extensions import db
from fitnesscrm.models import Organization, User
from tests.messaging.processes import BACKEND, free_port

WORKERS = 2


@pytest.fixture(scope="module")
def server(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """gunicorn with two workers and LOG_FORMAT=json over a committed database with one studio owner."""
    name = f"fitnesscrm_observe_{os.getpid()}"
    admin = sa.create_engine(make_url(database_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))  # a copy of the migrated template
    url = make_url(database_url).set(database=name).render_as_string(hide_password=False)
    config = TestConfig()
    config.SQLALCHEMY_DATABASE_URI = url
    setup_app = create_app(config)
    directory = tmp_path_factory.mktemp("gunicorn")
    metrics_dir = directory / "metrics"
    process = None
    try:
        with setup_app.app_context():
            org = Organization(name="Observed Studio", timezone="Europe/London")
            db.session.add(org)
            db.session.flush()
            owner = User(
                organization_id=org.id, email="observed-owner@example.com", password_hash="x", role="owner",
                first_name="Olive", last_name="Owner",
            )  # fmt: skip
            db.session.add(owner)
            db.session.commit()
            ids = {"org": org.id, "owner": owner.id, "token": create_access_token(identity=str(owner.id))}
            db.engine.dispose()
        port = free_port()
        env = {
            **os.environ,
            "APP_ENV": "test",
            "LOG_FORMAT": "json",
            "DATABASE_URL": url,
            "JWT_SECRET_KEY": setup_app.config["JWT_SECRET_KEY"],
            "PYTHONPATH": str(BACKEND),
            "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir),
            "WEB_THREADS": "4",
            # As behind nginx: the access line names the client of X-Forwarded-For, as the app sees it.
            "TRUSTED_PROXY_COUNT": "1",
        }
        stdout, stderr = directory / "stdout.log", directory / "stderr.log"
        with stdout.open("w") as out, stderr.open("w") as err:
            process = subprocess.Popen(  # noqa: S603 - a fixed command line
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "-w",
                    str(WORKERS),
                    "-b",
                    f"127.0.0.1:{port}",
                    "fitnesscrm.wsgi:app",
                ],
                cwd=BACKEND,
                env=env,
                stdout=out,
                stderr=err,
            )
        base = f"http://127.0.0.1:{port}"
        _wait_for_workers(process, base, stderr)
        yield {"base": base, "process": process, "metrics_dir": metrics_dir, "stdout": stdout, "stderr": stderr, **ids}
    finally:
        if process is not None:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=30)
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _wait_for_workers(process: subprocess.Popen, base: str, stderr: Path) -> None:
    deadline = time.monotonic() + 180  # importing the app takes long on a busy machine
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            if requests.get(f"{base}/api/health/live", timeout=5).status_code == 200 and len(_workers(process)) == 2:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise RuntimeError("gunicorn did not start: " + stderr.read_text()[-2000:])


def _workers(process: subprocess.Popen) -> list[int]:
    return [child.pid for child in psutil.Process(process.pid).children()]


def _live_requests_counted(base: str) -> float:
    text = requests.get(f"{base}/metrics", timeout=10).text
    return sum(
        sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == "fitnesscrm_http_requests_total" and sample.labels["endpoint"] == "/api/health/live"
    )


def test_metrics_add_up_every_worker_and_survive_a_killed_one(server):
    base = server["base"]
    start = _live_requests_counted(base)
    sent = 0
    # New connections until both workers have answered some (the kernel picks the worker per connection).
    while sent < 400:
        for _ in range(20):
            assert requests.get(f"{base}/api/health/live", headers={"Connection": "close"}, timeout=10).ok
            sent += 1
        pids = {path.stem.rsplit("_", 1)[1] for path in server["metrics_dir"].glob("counter_*.db")}
        if len(pids) >= WORKERS:
            break
    assert len(pids) >= WORKERS, "one worker answered every request"
    # Whichever worker answers the scrape, it counts what every worker served.
    assert {_live_requests_counted(base) - start for _ in range(6)} == {sent}

    victim = _workers(server["process"])[0]
    os.kill(victim, signal.SIGKILL)
    for _ in range(100):
        workers = _workers(server["process"])
        if victim not in workers and len(workers) == WORKERS:
            break
        time.sleep(0.1)
    assert requests.get(f"{base}/api/health/live", timeout=10).ok
    assert _live_requests_counted(base) - start == sent + 1


def test_access_lines_are_json_with_the_request_id_route_and_caller(server):
    headers = {
        "Authorization": f"Bearer {server['token']}",
        "X-Request-ID": "gunicorn-json-1",
        "X-Forwarded-For": "203.0.113.7",
    }
    response = requests.get(f"{server['base']}/api/clients?page=1", headers=headers, timeout=10)
    assert response.status_code == 200
    assert response.headers["X-Request-ID"] == "gunicorn-json-1"
    missing = requests.get(
        f"{server['base']}/api/clients/123456", headers={**headers, "X-Request-ID": "gone-1"}, timeout=10
    )
    assert missing.status_code == 404

    lines = _json_lines(server["stdout"], until=lambda lines: {"gunicorn-json-1", "gone-1"} <= _ids(lines))
    line = next(line for line in lines if line.get("request_id") == "gunicorn-json-1")
    assert line["logger"] == "gunicorn.access" and line["level"] == "INFO"
    assert line["method"] == "GET" and line["path"] == "/api/clients" and line["status"] == 200
    assert line["endpoint"] == "/api/clients"
    assert line["user_id"] == server["owner"] and line["organization_id"] == server["org"]
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
    assert line["remote_addr"] == "203.0.113.7"
    gone = next(line for line in lines if line.get("request_id") == "gone-1")
    assert gone["status"] == 404 and gone["endpoint"] == "/api/clients/<int:client_id>"


def test_error_log_and_app_lines_are_json_too(server):
    lines = _json_lines(server["stderr"], until=lambda lines: any(line["logger"] == "gunicorn.error" for line in lines))
    assert any(line["message"].startswith("Booting worker") for line in lines)
    assert all({"time", "level", "logger", "message"} <= set(line) for line in lines)


def _ids(lines: list[dict]) -> set[str]:
    return {line.get("request_id") for line in lines}


def _json_lines(path: Path, *, until) -> list[dict]:
    """Every line of `path` parsed as JSON (each must be), once `until(lines)` holds (gunicorn writes them late)."""
    for _ in range(50):
        lines = [json.loads(text) for text in path.read_text().splitlines() if text.strip()]
        if until(lines):
            return lines
        time.sleep(0.1)
    raise AssertionError(f"{path.name} never had the expected lines: {path.read_text()[-2000:]}")
