"""redis-server and app processes for the chat tests and benchmark that need several real servers."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests

BACKEND = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def redis_server(directory: Path) -> Iterator[str]:
    """A private redis-server on a free loopback port, keeping nothing on disk; yields its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed: `make redis` installs it")
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 - a fixed command line
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(directory),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.05)
        else:
            raise RuntimeError("redis-server did not start: " + process.stderr.read().decode()[-2000:])
        yield f"redis://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def app_servers(count: int, env: dict[str, str], *, threads: int = 50) -> Iterator[list[str]]:
    """`count` gunicorn processes (one gthread worker each) serving the app with `env`; yields their base URLs."""
    ports = [free_port() for _ in range(count)]
    processes = []
    try:
        for port in ports:
            command = [
                sys.executable, "-m", "gunicorn", "-w", "1", "--threads", str(threads),
                "-b", f"127.0.0.1:{port}", "--access-logfile", "/dev/null", "fitnesscrm.wsgi:app",
            ]  # fmt: skip
            processes.append(
                subprocess.Popen(  # noqa: S603 - a fixed command line
                    command,
                    cwd=BACKEND,
                    env={**os.environ, "PYTHONPATH": str(BACKEND), **env},
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
            )
        bases = [f"http://127.0.0.1:{port}" for port in ports]
        for base, process in zip(bases, processes, strict=True):
            _wait_until_up(base, process)
        yield bases
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


def _wait_until_up(base: str, process: subprocess.Popen) -> None:
    for _ in range(300):
        if process.poll() is not None:
            break
        try:
            if requests.get(f"{base}/api/health", timeout=5).status_code == 200:
                return
        except requests.RequestException:
            time.sleep(0.1)
    raise RuntimeError("gunicorn did not start: " + process.stderr.read().decode()[-2000:])
