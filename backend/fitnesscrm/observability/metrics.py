"""Prometheus metrics at /metrics: requests per endpoint, and the job queue and outbox backlog read at scrape time.

Under gunicorn every worker is its own process, so request counts live in PROMETHEUS_MULTIPROC_DIR
(set up by backend/gunicorn.conf.py before prometheus_client is imported) and a scrape, served by
any one worker, adds up all of them. Without that directory (flask run, tests) the counts are this
process's own. The queue and outbox figures are counted in SQL on each scrape, never cached.

The endpoint is outside /api and the OpenAPI document: it is for the operator's Prometheus, allowed
with the bearer METRICS_TOKEN or from an address in METRICS_ALLOWED_NETWORKS.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
from collections.abc import Iterator

import sqlalchemy as sa
from flask import Blueprint, Flask, Response, current_app, request
from prometheus_client import CollectorRegistry, Counter, Histogram, disable_created_metrics
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.exposition import choose_encoder
from prometheus_client.multiprocess import MultiProcessCollector
from sqlalchemy.exc import SQLAlchemyError

from fitnesscrm.errors import Forbidden
from fitnesscrm.extensions import db

blp = Blueprint("metrics", __name__)
# A *_created series per counter doubles what Prometheus stores and says nothing a restart's reset doesn't.
disable_created_metrics()

# The process's own request metrics; a scrape reads them from here or, under gunicorn, from the shared directory.
REQUEST_REGISTRY = CollectorRegistry(auto_describe=True)
REQUESTS = Counter(
    "fitnesscrm_http_requests",
    "HTTP requests answered, by route (the rule, never a path with ids in it), method and status class.",
    ("method", "endpoint", "status_class"),
    registry=REQUEST_REGISTRY,
)
LATENCY = Histogram(
    "fitnesscrm_http_request_duration_seconds",
    "Seconds from a request's arrival in the app to its response (a streamed body's sending not included).",
    ("method", "endpoint"),
    registry=REQUEST_REGISTRY,
)
# A request that matched no route counts under this name rather than its path (which anyone can vary).
UNMATCHED = "unmatched"

JOB_STATUSES = ("todo", "doing")
OUTBOX_STATUSES = ("pending", "sending", "failed")
NETWORKS_KEY = "fitnesscrm.metrics_networks"


def observe(*, method: str, endpoint: str | None, status: int, seconds: float) -> None:
    """Count one answered request and its duration."""
    endpoint = endpoint or UNMATCHED
    REQUESTS.labels(method, endpoint, f"{status // 100}xx").inc()
    LATENCY.labels(method, endpoint).observe(seconds)


def allowed_networks(setting: str) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    """METRICS_ALLOWED_NETWORKS (comma-separated CIDRs) parsed; a mistake stops the app at start with its reason."""
    networks = []
    for part in (piece.strip() for piece in setting.split(",")):
        if not part:
            continue
        try:
            networks.append(ipaddress.ip_network(part, strict=False))
        except ValueError as error:
            raise RuntimeError(f"METRICS_ALLOWED_NETWORKS: {part!r} is not a network ({error})") from error
    return tuple(networks)


def init_app(app: Flask) -> None:
    """Check the access settings once, at start-up."""
    app.extensions[NETWORKS_KEY] = allowed_networks(app.config["METRICS_ALLOWED_NETWORKS"])


def _may_read() -> bool:
    token = current_app.config.get("METRICS_TOKEN")
    header = request.headers.get("Authorization", "")
    if token and header.startswith("Bearer "):
        return hmac.compare_digest(header.removeprefix("Bearer ").encode(), token.encode())
    try:
        address = ipaddress.ip_address(request.remote_addr or "")
    except ValueError:
        return False
    return any(address in network for network in current_app.extensions[NETWORKS_KEY])


class _ThisProcess:
    """The request metrics of this process, when there is no multiprocess directory."""

    def collect(self) -> Iterator[Metric]:
        yield from REQUEST_REGISTRY.collect()


class _Backlog:
    """The job queue and the outbox, counted in two indexed queries when Prometheus scrapes."""

    def collect(self) -> Iterator[Metric]:
        database_up = GaugeMetricFamily("fitnesscrm_database_up", "1 when the database answered this scrape's queries.")
        try:
            jobs, outbox = _job_counts(), _outbox_counts()
        except SQLAlchemyError:
            db.session.rollback()
            database_up.add_metric([], 0)
            yield database_up
            return
        database_up.add_metric([], 1)
        yield database_up
        depth = GaugeMetricFamily(
            "fitnesscrm_job_queue_depth",
            "Jobs waiting (todo) or running (doing), per queue.",
            labels=("queue", "status"),
        )
        for (queue, status), count in sorted(jobs.items()):
            depth.add_metric([queue, status], count)
        yield depth
        backlog = GaugeMetricFamily(
            "fitnesscrm_outbox_backlog",
            "Outbox messages not yet sent: pending, being sent, or failed and waiting for a retry; per channel.",
            labels=("channel", "status"),
        )
        for (channel, status), count in sorted(outbox.items()):
            backlog.add_metric([channel, status], count)
        yield backlog


def _job_counts() -> dict[tuple[str, str], int]:
    """Jobs per queue and status; every known queue appears, with 0 when it is empty."""
    from fitnesscrm.core.jobs.app import jobs

    counts = {(task.queue, status): 0 for task in jobs.tasks.values() for status in JOB_STATUSES}
    rows = db.session.execute(
        sa.text(
            "SELECT queue_name, status::text, count(*) FROM procrastinate_jobs"
            " WHERE status IN ('todo', 'doing') GROUP BY queue_name, status"
        )
    )
    counts.update({(queue, status): count for queue, status, count in rows})
    return counts


def _outbox_counts() -> dict[tuple[str, str], int]:
    """Unsent outbox messages per channel and status (the outbox's partial index covers exactly these)."""
    from fitnesscrm.notifications.models import CHANNELS, OutboxMessage

    counts = {(channel, status): 0 for channel in CHANNELS for status in OUTBOX_STATUSES}
    rows = db.session.execute(
        sa.select(OutboxMessage.channel, OutboxMessage.status, sa.func.count())
        .where(OutboxMessage.status.in_(OUTBOX_STATUSES))
        .group_by(OutboxMessage.channel, OutboxMessage.status)
    )
    counts.update({(channel, status): count for channel, status, count in rows})
    return counts


@blp.route("/metrics", methods=["GET"])
def metrics() -> Response:
    """Prometheus's text format: request counts and latencies, job queue depth, outbox backlog."""
    if not _may_read():
        raise Forbidden("Metrics are for the operator: send the metrics token, or scrape from an allowed network.")
    registry = CollectorRegistry(auto_describe=False)
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        MultiProcessCollector(registry)
    else:
        registry.register(_ThisProcess())
    registry.register(_Backlog())
    # The format Prometheus asks for: its classic text (0.0.4) unless it accepts OpenMetrics.
    encode, content_type = choose_encoder(request.headers.get("Accept"))
    response = Response(encode(registry), content_type=content_type)
    response.headers["Cache-Control"] = "no-store"
    return response
