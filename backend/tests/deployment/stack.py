"""The production stack on loopback ports: PostgreSQL, app processes (gunicorn) and nginx with the committed nginx.conf.

There is no container engine on the test machines, so docker-compose.yml's services run natively here:
PostgreSQL from the binaries pgserver ships (always installed: the embedded database uses them), the app
as `gunicorn fitnesscrm.wsgi:app` from backend/ (so backend/gunicorn.conf.py is read), and Debian's nginx
(`make ops-tools`) with nginx.conf rendered by envsubst exactly as the nginx image renders it.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import requests

from tests.messaging.processes import free_port

BACKEND = Path(__file__).resolve().parents[2]
REPO = BACKEND.parent
# The names nginx.conf documents as filled in at install; nginx's own variables are never touched.
NGINX_VARIABLES = (
    "SERVER_NAME",
    "NGINX_HTTP_PORT",
    "NGINX_HTTPS_PORT",
    "TLS_CERTIFICATE",
    "TLS_CERTIFICATE_KEY",
    "SPA_ROOT",
    "APP_SERVER_1",
    "APP_SERVER_2",
)
# PostgreSQL refuses to run as root; as root the server runs as the user pgserver itself uses.
PG_SYSTEM_USER = "pgserver"


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", PG_SYSTEM_USER, "--", *command] if os.geteuid() == 0 else command


class Postgres:
    """A PostgreSQL server in `directory` on a loopback port, which the test can stop and start again."""

    def __init__(self, directory: Path):
        from pgserver import _commands, utils

        self.bin = Path(_commands.POSTGRES_BIN_PATH)
        self.data = directory / "data"
        self.log = directory / "postgres.log"
        self.port = free_port()
        directory.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            utils.ensure_user_exists(PG_SYSTEM_USER)
            utils.ensure_prefix_permissions(self.bin)
            user = pwd.getpwnam(PG_SYSTEM_USER)
            os.chown(directory, user.pw_uid, user.pw_gid)
        initdb = [str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]
        subprocess.run(_as_server_user(initdb), check=True, capture_output=True)  # noqa: S603 - a fixed command line
        self.url = f"postgresql+psycopg2://postgres@127.0.0.1:{self.port}/postgres"

    def copy_database(self, source_url: str, database: str) -> str:
        """Create `database` here as a copy of the one at `source_url` (the test run's migrated template); its URL.

        pg_dump and pg_restore take seconds where running every migration again takes a minute.
        """
        from sqlalchemy.engine import make_url

        source = make_url(source_url)
        dump = self.data.parent / f"{database}.dump"
        subprocess.run(  # noqa: S603 - a fixed command line
            [str(self.bin / "pg_dump"), "-Fc", "-f", str(dump), "-U", source.username or "postgres",
             "-h", source.query.get("host") or source.host, "-p", str(source.port or 5432), source.database],
            check=True, capture_output=True,
        )  # fmt: skip
        target = ["-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres"]
        subprocess.run([str(self.bin / "createdb"), *target, database], check=True, capture_output=True)  # noqa: S603
        restore = [str(self.bin / "pg_restore"), "--no-owner", "--exit-on-error", *target, "-d", database, str(dump)]
        subprocess.run(restore, check=True, capture_output=True)  # noqa: S603 - a fixed command line
        return self.url.rsplit("/", 1)[0] + f"/{database}"

    def _pg_ctl(self, *args: str) -> None:
        subprocess.run(  # noqa: S603 - a fixed command line
            _as_server_user([str(self.bin / "pg_ctl"), "-D", str(self.data), *args]), check=True, capture_output=True
        )

    def start(self) -> None:
        """Start and wait until it accepts connections."""
        # fsync off: a test server; a clean stop (below) writes every committed row out whatever it is.
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.data} -c fsync=off -c max_connections=100"
        self._pg_ctl("-l", str(self.log), "-o", options, "-w", "start")

    def stop(self) -> None:
        """Stop as an operator's restart does: sessions are ended at once, committed work is kept."""
        self._pg_ctl("-m", "fast", "-w", "stop")


class AppProcess:
    """One gunicorn (a master and WEB_CONCURRENCY=1 worker) serving the app on a loopback port."""

    def __init__(self, env: dict[str, str], log: Path):
        self.port = free_port()
        self.env = env
        self.log = log
        self.process: subprocess.Popen | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def launch(self) -> None:
        """Start without waiting (`wait` does): several processes load the app at once."""
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 - a fixed command line
                [sys.executable, "-m", "gunicorn", "--bind", self.address, "fitnesscrm.wsgi:app"],
                cwd=BACKEND,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def wait(self) -> None:
        wait_for(f"http://{self.address}/api/health", self.process, self.log)

    def workers(self) -> list[psutil.Process]:
        return psutil.Process(self.process.pid).children() if self.process else []

    def connections_from_nginx(self) -> int:
        """Open connections into this process's port: with no upstream keepalive, only WebSockets stay."""
        return sum(
            1
            for worker in self.workers()
            for connection in worker.net_connections(kind="tcp")
            if connection.status == psutil.CONN_ESTABLISHED and connection.laddr.port == self.port
        )

    def kill(self) -> None:
        """Die as a crashed machine's process does: SIGKILL to the worker and the master, no goodbye."""
        for worker in self.workers():
            worker.kill()
        self.process.kill()
        self.process.wait(timeout=10)

    def stop(self) -> None:
        """Quick shutdown (SIGINT); a worker still held by an open connection after 10 s is killed."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


class Nginx:
    """Debian's nginx running the committed nginx.conf, rendered with this stack's ports and paths."""

    def __init__(self, directory: Path, values: dict[str, str]):
        self.binary = shutil.which("nginx") or "/usr/sbin/nginx"
        self.prefix = directory
        self.conf = directory / "nginx.conf"
        self.conf.write_text(render_nginx_conf(values))
        self.process: subprocess.Popen | None = None
        self.log = directory / "nginx.log"

    def command(self, *args: str) -> list[str]:
        return [self.binary, "-p", f"{self.prefix}/", "-c", str(self.conf), "-e", "stderr", *args]

    def test(self) -> subprocess.CompletedProcess:
        """`nginx -t` on the rendered file."""
        command = self.command("-t", "-g", f"pid {self.prefix}/nginx-t.pid;")
        return subprocess.run(command, capture_output=True, text=True)  # noqa: S603 - a fixed command line

    def start(self, https_port: int) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 - a fixed command line
                self.command("-g", f"daemon off; pid {self.prefix}/nginx.pid;"), stdout=subprocess.DEVNULL, stderr=log
            )
        for _ in range(100):
            if self.process.poll() is not None:
                break
            try:
                requests.get(f"https://127.0.0.1:{https_port}/assets/", verify=False, timeout=2)  # noqa: S501
                return
            except requests.RequestException:
                time.sleep(0.1)
        raise RuntimeError("nginx did not start: " + self.log.read_text()[-2000:])

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()


def render_nginx_conf(values: dict[str, str]) -> str:
    """nginx.conf with its documented ${NAMES} filled in, as envsubst does, and nothing else changed."""
    assert set(values) == set(NGINX_VARIABLES), set(values) ^ set(NGINX_VARIABLES)
    text = (REPO / "nginx.conf").read_text()
    for name, value in values.items():
        text = text.replace("${" + name + "}", value)
    return text


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    """A throwaway certificate for 127.0.0.1 and localhost (openssl), as a real one from certbot would be laid out."""
    certificate, key = directory / "fullchain.pem", directory / "privkey.pem"
    command = [
        shutil.which("openssl") or "/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        "-keyout", str(key), "-out", str(certificate),
    ]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True)  # noqa: S603 - a fixed command line
    return certificate, key


def wait_for(url: str, process: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            if requests.get(url, timeout=5).status_code == 200:
                return
        except requests.RequestException:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer: " + log.read_text()[-3000:])
