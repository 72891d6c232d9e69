"""Mixed read/write load through gunicorn: `make bench-mixed`, the per-second figure of docs/scaling.md.

Starts an embedded PostgreSQL in a temporary directory (or uses BENCH_DATABASE_URL), migrates it and
loads the foundation data set (bench/load_foundation_data.py: 100k clients, 1k trainers, 1M activity
entries), serves the app with gunicorn (`--workers`, sync by default, as `make bench`), signs in as
the owner and then, from `--concurrency` threads for `--duration` seconds (after `--warmup`), sends a
mix of what a studio's staff do all day, picked at random by weight:

    35  GET   /api/clients?page=N         a page of the client list (pages 1-40)
    20  GET   /api/clients/<id>           one client with their trainers
    10  GET   /api/clients?q=<prefix>     a name search
    10  GET   /api/activity?per_page=25   the activity log
     5  GET   /api/dashboard              the dashboard
    10  POST  /api/clients                a new client (a domain event, an activity entry)
    10  PATCH /api/clients/<id>           an edited phone and note (an activity entry)

It prints requests per second in all and for writes, p50/p95/p99 per kind and every non-2xx answer,
and writes the report to bench/results/mixed-<UTC timestamp>.md. The load generator is Python
threads (one requests.Session each) on the same cores as the server, so the figures are a floor:
on a 2-core host the client takes a share of the CPU that a real deployment's clients would not.
"""

from __future__ import annotations

import argparse
import atexit
import logging
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import psutil
import requests
import run_foundation as foundation
import sqlalchemy as sa

log = logging.getLogger("bench")

SEARCHES = ["mar", "smith", "jo", "lee", "gar", "wil", "ann", "chr"]
# (kind, weight, is_write)
MIX = [
    ("list page", 35, False),
    ("client detail", 20, False),
    ("search", 10, False),
    ("activity", 10, False),
    ("dashboard", 5, False),
    ("create client", 10, True),
    ("edit client", 10, True),
]


def parse_args() -> argparse.Namespace:
    env = os.environ.get
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=float(env("BENCH_DURATION", "30")), help="s measured")
    parser.add_argument("--warmup", type=float, default=float(env("BENCH_WARMUP", "3")), help="s before")
    parser.add_argument("--concurrency", type=int, default=int(env("BENCH_CONCURRENCY", "4")), help="threads")
    parser.add_argument("--workers", type=int, default=int(env("BENCH_WORKERS", "2")))
    parser.add_argument("--worker-class", default=env("BENCH_WORKER_CLASS", "sync"), choices=["sync", "gthread"])
    parser.add_argument("--threads", type=int, default=int(env("BENCH_THREADS", "1")), help="gthread only")
    parser.add_argument(
        "--wait-quiet", type=float, default=float(env("BENCH_WAIT_QUIET", "0")),
        help="wait up to N s for other processes to leave the CPU < 25%% busy",
    )  # fmt: skip
    return parser.parse_args()


class Mix:
    """The requests of one run and what they took, shared by the load threads."""

    def __init__(self, base_url: str, token: str, client_ids: list[int]):
        self.base_url = base_url
        self.headers = {"Authorization": f"Bearer {token}"}
        self.client_ids = client_ids
        self.run_token = uuid.uuid4().hex[:8]
        self.recording = False
        self.lock = threading.Lock()
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.failures: dict[str, list[str]] = defaultdict(list)

    def request(self, session: requests.Session, rng: random.Random, kind: str) -> tuple[int, str]:
        """Send one request of `kind`; its status and the start of its body."""
        url = self.base_url
        if kind == "list page":
            response = session.get(f"{url}/api/clients?page={rng.randint(1, 40)}&per_page=25")
        elif kind == "client detail":
            response = session.get(f"{url}/api/clients/{rng.choice(self.client_ids)}")
        elif kind == "search":
            response = session.get(f"{url}/api/clients?q={rng.choice(SEARCHES)}")
        elif kind == "activity":
            response = session.get(f"{url}/api/activity?per_page=25")
        elif kind == "dashboard":
            response = session.get(f"{url}/api/dashboard")
        elif kind == "create client":
            # The run's token keeps a rerun on a reused database (BENCH_DATABASE_URL) from repeating an email.
            n = rng.randrange(10**9)
            email = f"bench-{self.run_token}-{n}@example.test"
            body = {"first_name": "Bench", "last_name": f"Client {n}", "email": email}
            response = session.post(f"{url}/api/clients", json=body)
        else:
            body = {"phone": f"+1 415 555 {rng.randint(1000, 9999)}", "notes": f"Checked in {rng.randint(1, 99)} times"}
            response = session.patch(f"{url}/api/clients/{rng.choice(self.client_ids)}", json=body)
        return response.status_code, response.text[:160]

    def run(self, seed: int, until: float) -> None:
        """One load thread: requests picked by weight until `until` (monotonic)."""
        rng = random.Random(seed)
        kinds, weights = [k for k, _, _ in MIX], [w for _, w, _ in MIX]
        with requests.Session() as session:
            session.headers.update(self.headers)
            while time.monotonic() < until:
                kind = rng.choices(kinds, weights)[0]
                started = time.perf_counter()
                try:
                    status, text = self.request(session, rng, kind)
                except requests.RequestException as error:
                    status, text = 0, str(error)
                took = (time.perf_counter() - started) * 1000
                if not self.recording:
                    continue
                with self.lock:
                    self.latencies[kind].append(took)
                    if not 200 <= status < 300:
                        self.failures[kind].append(f"{status} {text}")


def server_processes(app: foundation.Gunicorn, url: str) -> list[psutil.Process]:
    """The gunicorn master and workers, and the PostgreSQL server of `url` with its backends (a local one only)."""
    processes = [psutil.Process(app.process.pid), *app.workers()]
    host = sa.engine.make_url(url).query.get("host") or ""
    for process in psutil.process_iter(["name", "cmdline"]):
        args = process.info["cmdline"] or []
        # The embedded server's postmaster: `postgres -D <dir> … -k <dir>`, its socket directory the URL's host.
        if process.info["name"] == "postgres" and "-k" in args[:-1] and args[args.index("-k") + 1] == host:
            processes += [process, *process.children(recursive=True)]
    return processes


def cpu_seconds(processes: list[psutil.Process]) -> tuple[float, float]:
    """CPU seconds (user + system) used so far by the app's processes and by PostgreSQL's."""
    app = database = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
            name = process.name()
        except psutil.NoSuchProcess:
            continue
        if name == "postgres":
            database += times.user + times.system
        else:
            app += times.user + times.system
    return app, database


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def render(ctx: dict, mix: Mix, seconds: float) -> str:
    writes = {kind for kind, _, is_write in MIX if is_write}
    total = sum(len(v) for v in mix.latencies.values())
    written = sum(len(mix.latencies[k]) for k in writes)
    failed = sum(len(v) for v in mix.failures.values())
    app_ms, db_ms = (1000 * spent / max(total, 1) for spent in ctx["cpu"])
    cpu_ms = app_ms + db_ms
    lines = [
        f"# Mixed read/write benchmark, {ctx['when']}",
        "",
        f"- commit {ctx['commit']}; {ctx['cpus']} CPUs; {ctx['pg_version']}; {ctx['counts']} ({ctx['loaded']})",
        f"- on disk: {ctx['sizes']}",
        f"- gunicorn: {ctx['args'].workers} {ctx['args'].worker_class} workers"
        + (f" × {ctx['args'].threads} threads" if ctx["args"].worker_class == "gthread" else "")
        + f"; load generator: {ctx['args'].concurrency} Python threads on the same host",
        f"- machine: load average before {ctx['load_before']}, after {ctx['load_after']}; "
        f"CPU busy with other processes before measuring: {ctx['idle_cpu']:.0f}%",
        f"- measured {seconds:.0f} s after {ctx['args'].warmup:.0f} s of warm-up",
        "",
        f"**{total / seconds:.0f} requests/s** in all, of them **{written / seconds:.0f} writes/s**; "
        f"{failed} answered other than 2xx.",
        "",
        f"CPU a request: **{cpu_ms:.1f} ms** (gunicorn {app_ms:.1f} ms, PostgreSQL {db_ms:.1f} ms, counted from the "
        f"processes' CPU time while measuring): {ctx['cpus']} idle cores would serve about "
        f"**{ctx['cpus'] * 1000 / cpu_ms if cpu_ms else 0:.0f} requests/s** of this mix, the load generator elsewhere.",
        "",
        "| kind | requests | req/s | p50 ms | p95 ms | p99 ms | not 2xx |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for kind, _, _ in MIX:
        values = mix.latencies[kind]
        p50 = statistics.median(values) if values else 0.0
        lines.append(
            f"| {kind} | {len(values)} | {len(values) / seconds:.1f} | {p50:.1f} "
            f"| {percentile(values, 0.95):.1f} | {percentile(values, 0.99):.1f} | {len(mix.failures[kind])} |"
        )
    for kind, failures in mix.failures.items():
        if failures:
            lines += ["", f"First failures of {kind}:", *(f"- `{f}`" for f in failures[:3])]
    return "\n".join(lines) + "\n"


def _sizes(connection: sa.Connection) -> str:
    """The database's size on disk and its two big tables' bytes a row (indexes and TOAST included)."""
    total = connection.execute(sa.text("SELECT pg_database_size(current_database())")).scalar_one()
    parts = [f"database {total / 2**20:,.0f} MB"]
    for table in ("clients", "activity_entries"):
        size, rows = connection.execute(
            sa.text(f"SELECT pg_total_relation_size('{table}'), (SELECT count(*) FROM {table})")
        ).one()
        parts.append(f"{table} {size / 2**20:,.0f} MB ({size / max(rows, 1):,.0f} bytes a row)")
    return "; ".join(parts)


def main() -> int:
    args = parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s", stream=sys.stderr)
    for noisy in ("alembic", "pgserver", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    when = datetime.now(UTC)
    work_dir = Path(tempfile.mkdtemp(prefix="fitnesscrm-mixed-"))
    atexit.register(shutil.rmtree, work_dir, ignore_errors=True)
    url = os.environ.get("BENCH_DATABASE_URL")
    if not url:
        from fitnesscrm.core import embedded_postgres

        url = embedded_postgres.start(work_dir / "pg", database="bench")
    foundation.run_migrations(url)
    started = time.perf_counter()
    owner = foundation.data.load(url)
    load_s = time.perf_counter() - started
    counts, pg_version = foundation._database_facts(url)
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        client_ids = list(
            connection.execute(
                sa.text("SELECT id FROM clients WHERE organization_id = :org AND archived_at IS NULL LIMIT 5000"),
                {"org": owner.organization_id},
            ).scalars()
        )
        sizes = _sizes(connection)
    engine.dispose()

    env = {**os.environ, "APP_ENV": "development", "DATABASE_URL": url, "JWT_ACCESS_MINUTES": "240"}
    app = foundation.Gunicorn(
        "app", "fitnesscrm.wsgi:app", chdir=foundation.BACKEND_DIR, args=args, log_dir=work_dir,
        env={**env, "PYTHONPATH": str(foundation.BACKEND_DIR)},
    )  # fmt: skip
    try:
        app.wait_ready("/api/health", timeout=300)  # a busy shared host can take minutes to start it
        token = foundation._token(app.url, owner)
        if token is None:
            raise RuntimeError("could not sign in as the owner")
        mix = Mix(app.url, token, client_ids)
        idle_cpu = foundation.wait_quiet(args.wait_quiet)
        load_before = foundation._loadavg()
        until = time.monotonic() + args.warmup + args.duration
        threads = [threading.Thread(target=mix.run, args=(n, until)) for n in range(args.concurrency)]
        for thread in threads:
            thread.start()
        time.sleep(args.warmup)
        processes = server_processes(app, url)
        cpu_before = cpu_seconds(processes)
        mix.recording = True
        measured_from = time.monotonic()
        for thread in threads:
            thread.join()
        seconds = time.monotonic() - measured_from
        cpu_after = cpu_seconds(processes)
    finally:
        app.stop()
    report = render(
        {
            "when": when.strftime("%Y-%m-%d %H:%M UTC"),
            "commit": foundation._git_commit(),
            "cpus": os.cpu_count(),
            "pg_version": pg_version,
            "counts": counts,
            "sizes": sizes,
            "loaded": "reused" if owner.reused else f"loaded in {load_s:.0f} s",
            "load_before": load_before,
            "load_after": foundation._loadavg(),
            "idle_cpu": idle_cpu,
            "cpu": (cpu_after[0] - cpu_before[0], cpu_after[1] - cpu_before[1]),
            "args": args,
        },
        mix,
        seconds,
    )
    foundation.RESULTS_DIR.mkdir(exist_ok=True)
    out = foundation.RESULTS_DIR / f"mixed-{when.strftime('%Y%m%d-%H%M%S')}.md"
    out.write_text(report)
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
