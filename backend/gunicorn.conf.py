"""Gunicorn settings, read from backend/ by `make run`, the browser journeys and the Lighthouse bench.

Production can use the same file (run gunicorn from backend/) and pass `--bind` for its own address.
"""

import os
import sys

# Flask-SocketIO serves WebSockets under gthread through simple-websocket, which takes the raw socket
# from gunicorn (environ["gunicorn.socket"]); without it sockets would fall back to long-polling.
import simple_websocket  # noqa: F401

bind = f"127.0.0.1:{os.environ.get('PORT') or '5000'}"
# Threads keep a browser's parallel asset requests and keep-alive connections from queueing
# behind one another; processes let requests use both cores. An open WebSocket (chat, live
# badges) holds one thread for as long as the tab is open, so a worker needs many more threads
# than it has requests in flight. Several workers share sockets' events only through Redis
# (REDIS_URL): scripts/run.sh starts one worker without it.
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY") or 2)
threads = int(os.environ.get("WEB_THREADS") or 50)
# The app is built once in the master and forked into the workers. The embedded PostgreSQL
# (DATABASE_URL unset) is then joined by the master alone, which outlives every worker and stops
# the server on exit; a worker killed on timeout would otherwise leave its handle registered and
# the server running after Ctrl-C. create_app opens no database connection, so none is shared.
preload_app = True
accesslog = "-"
# Forwarded headers are trusted only through the app's TRUSTED_PROXY_COUNT (ProxyFix), as under `flask run`.
forwarded_allow_ips = ""
# The control socket's default path is one per user: several servers on a host (make run, the
# browser journeys, the benchmarks) would take it from each other.
control_socket_disable = True


def post_fork(server, worker):
    """Give each worker its own Socket.IO host id on Redis, and subscribe it to Redis now.

    The Redis manager draws its id when the app is built, in the master under preload_app, so every
    worker would inherit the same one and drop what the others publish as its own echo: an event
    emitted in one worker would never reach the sockets held by another. And python-socketio starts
    listening to Redis only when a worker's first socket connects: events published in the moment
    before its subscription is in place would pass that socket by.
    """
    import uuid

    from fitnesscrm.extensions import socketio

    engine = socketio.server
    manager = getattr(engine, "manager", None)
    if manager is not None and hasattr(manager, "host_id"):
        manager.host_id = uuid.uuid4().hex
        if not engine.manager_initialized:
            engine.manager_initialized = True
            manager.initialize()


# A request the app answers without reading its body (413 over the size limit, 401 on an upload
# without a session) is read to its end before the connection closes. A socket closed with bytes still
# unread answers the sender with a TCP reset: nginx, still passing on the body it buffered, fails
# ("Broken pipe"), answers 502 in place of the app's answer and leaves this process out for its
# fail_timeout, so two oversized requests from anyone would take every process out at once. From nginx
# over loopback the rest is read at once; a client that stalls, or sends more than nginx lets through
# (client_max_body_size 100m), is cut off at these limits and gets the reset.
REFUSED_BODY_READ_BYTES = 101 * 2**20
REFUSED_BODY_READ_SECONDS = 10.0


def post_request(worker, req, environ, resp):
    """Read the unread rest of the request's body, within the limits above."""
    import contextlib
    import socket
    import time

    from gunicorn.http.errors import ParseException

    body, sock = getattr(req, "body", None), getattr(getattr(req, "unreader", None), "sock", None)
    if body is None or getattr(body, "failed", False) or not isinstance(sock, socket.socket):
        return
    deadline = time.monotonic() + REFUSED_BODY_READ_SECONDS
    prior_timeout, read = sock.gettimeout(), 0
    try:
        while read < REFUSED_BODY_READ_BYTES:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            sock.settimeout(remaining)
            chunk = body.read(2**16)
            if not chunk:
                return
            read += len(chunk)
    except (OSError, ParseException):
        return  # the peer is gone, or the body is malformed: no answer is waiting on it
    finally:
        with contextlib.suppress(OSError):
            sock.settimeout(prior_timeout)


# Observability (docs/observability.md): logs in LOG_FORMAT (JSON in production), and request metrics kept in
# PROMETHEUS_MULTIPROC_DIR so that /metrics, served by any one worker, counts every worker's requests. The
# directory is prepared here, before the app (preloaded below) first imports prometheus_client.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from flask.cli import load_dotenv  # noqa: E402

load_dotenv()  # as fitnesscrm.wsgi does: LOG_FORMAT and the metrics directory may come from .env

from fitnesscrm.observability import gunicorn_hooks  # noqa: E402 - needs backend/ on the path

if gunicorn_hooks.log_format() == "json":
    logger_class = gunicorn_hooks.JsonLogger
_metrics_dir = gunicorn_hooks.prepare_metrics_dir()


def child_exit(server, worker):
    """A worker is gone (stopped, killed, timed out): take its live values out of the metrics."""
    gunicorn_hooks.worker_exited(worker.pid)


def on_exit(server):
    """The server stops: remove the metrics directory when it was a temporary one."""
    gunicorn_hooks.remove_metrics_dir_if_temporary(_metrics_dir)
