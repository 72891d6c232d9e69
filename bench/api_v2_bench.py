"""The /api/v2 benchmark: `make bench-api-v2` (`.venv/bin/python bench/api_v2_bench.py`).

Loads one studio with `--clients` clients into `BENCH_DATABASE_URL` or a fresh embedded PostgreSQL,
makes an API key for it (its studio's rate limit raised out of the way: the limit is counted but never
reached), and serves with gunicorn, like bench/run_foundation.py (2 sync workers each):

- the app, measured on `GET /api/v2/clients?limit=25` with `Authorization: Bearer fcrm_…`;
- the same app plus `bench/api_v2_bare_app.py`'s route, which runs the same query, page and schema
  without the key check and rate limit: the "bare endpoint".

It reports requests per second, p50/p95/p99 of each and the ratio keyed / bare: what the key check, its
last-use note and the rate limit cost. The report is printed and written to
`bench/results/api-v2-<UTC timestamp>.md`.
"""

from __future__ import annotations

import argparse
import atexit
import logging
import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from run_foundation import (  # noqa: E402 - after the path is set
    BACKEND_DIR,
    RESULTS_DIR,
    Gunicorn,
    find_wrk,
    measure,
    run_migrations,
    wait_quiet,
)

log = logging.getLogger("bench.api_v2")


def parse_args() -> argparse.Namespace:
    env = os.environ.get
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=int(env("BENCH_CLIENTS", "5000")))
    parser.add_argument("--duration", type=float, default=float(env("BENCH_DURATION", "10")), help="s per endpoint")
    parser.add_argument("--warmup", type=float, default=float(env("BENCH_WARMUP", "2")), help="s before each")
    parser.add_argument("--concurrency", type=int, default=int(env("BENCH_CONCURRENCY", "2")))
    parser.add_argument("--workers", type=int, default=int(env("BENCH_WORKERS", "2")))
    parser.add_argument("--worker-class", default=env("BENCH_WORKER_CLASS", "sync"), choices=["sync", "gthread"])
    parser.add_argument("--threads", type=int, default=int(env("BENCH_THREADS", "1")), help="gthread only")
    parser.add_argument("--loadgen", default=env("BENCH_LOADGEN", "auto"), choices=["auto", "wrk", "python"])
    parser.add_argument("--wait-quiet", type=float, default=float(env("BENCH_WAIT_QUIET", "0")))
    return parser.parse_args()


def load(url: str, clients: int) -> tuple[int, str]:
    """One studio with an owner, `clients` clients and an API key; returns (organization id, key)."""
    os.environ["DATABASE_URL"] = url
    from fitnesscrm.app import create_app
    from fitnesscrm.config import config_from_env
    from fitnesscrm.core.tenancy import Principal, Role
    from fitnesscrm.developers.keys import service
    from fitnesscrm.developers.keys.models import ApiSettings
    from fitnesscrm.extensions import db
    from fitnesscrm.models import Organization, User

    os.environ.setdefault("APP_ENV", "development")
    app = create_app(config_from_env())
    with app.app_context():
        org = Organization(name="Bench Studio", timezone="Europe/London")
        db.session.add(org)
        db.session.flush()
        owner = User(organization_id=org.id, email="bench-owner@example.com", password_hash="!", role="owner",  # noqa: S106 - nobody signs in
                     first_name="Bea", last_name="Bench")  # fmt: skip
        db.session.add(owner)
        db.session.add(ApiSettings(organization_id=org.id, rate_limit_per_minute=100_000))
        db.session.flush()
        db.session.execute(
            sa.text(
                "INSERT INTO clients (organization_id, first_name, last_name, email, status, tags,"
                " created_at, updated_at)"
                " SELECT :org, 'Client', 'N' || n, 'client' || n || '@bench.example', 'active', '{}', now(), now()"
                " FROM generate_series(1, :count) AS n"
            ),
            {"org": org.id, "count": clients},
        )
        db.session.commit()
        actor = Principal(user_id=owner.id, organization_id=org.id, role=Role.OWNER, email=owner.email, name="Bea")
        _, key = service.create(actor=actor, name="Bench", scopes=["clients:read"])
        organization_id = org.id
        db.engine.dispose()
    return organization_id, key


def main() -> int:
    args = parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s", stream=sys.stderr)
    for noisy in ("alembic", "pgserver", "urllib3", "procrastinate"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    when = datetime.now(UTC)
    work_dir = Path(tempfile.mkdtemp(prefix="fitnesscrm-bench-v2-"))
    atexit.register(shutil.rmtree, work_dir, ignore_errors=True)
    url = os.environ.get("BENCH_DATABASE_URL")
    if not url:
        from fitnesscrm.core import embedded_postgres

        url = embedded_postgres.start(work_dir / "pg", database="bench")
    run_migrations(url)
    organization_id, key = load(url, args.clients)
    wrk = find_wrk(args.loadgen)
    env = {**os.environ, "APP_ENV": "development", "DATABASE_URL": url, "PYTHONPATH": f"{BACKEND_DIR}:{BENCH_DIR}"}
    servers = []
    try:
        app = Gunicorn("app", "fitnesscrm.wsgi:app", chdir=BACKEND_DIR, env=env, args=args, log_dir=work_dir)
        servers.append(app)
        bare = Gunicorn("bare", "api_v2_bare_app:app", chdir=BACKEND_DIR, env=env, args=args, log_dir=work_dir)
        servers.append(bare)
        app.wait_ready("/api/health")
        bare.wait_ready("/api/health")
        wait_quiet(args.wait_quiet)
        keyed_headers = {"Authorization": f"Bearer {key}"}
        bare_path = f"/bench/v2-clients?organization_id={organization_id}&limit=25"
        results = [
            measure("bare query (first)", bare.url, bare_path, {}, args, wrk),
            measure("GET /api/v2/clients with a key", app.url, "/api/v2/clients?limit=25", keyed_headers, args, wrk),
            measure("bare query (last)", bare.url, bare_path, {}, args, wrk),
        ]
    finally:
        for server in servers:
            server.stop()
    failures = [result for result in results if result.failure]
    bare_rps = [result.rps for result in results if result.label.startswith("bare") and not result.failure]
    keyed = results[1]
    ratio = keyed.rps / (sum(bare_rps) / len(bare_rps)) if bare_rps and not keyed.failure else 0.0
    lines = [
        f"# /api/v2 benchmark, {when:%Y-%m-%d %H:%M} UTC",
        "",
        f"{args.clients:,} clients; {args.workers} {args.worker_class} workers; {args.concurrency} connections; "
        f"{args.duration:g} s each after {args.warmup:g} s warm-up; load generator {'wrk' if wrk else 'Python'}; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the end.",
        "",
        "| endpoint | req/s | p50 ms | p95 ms | p99 ms | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        *(
            f"| {r.label} | {r.rps:.1f} | {r.p50_ms:.2f} | {r.p95_ms:.2f} | {r.p99_ms:.2f} | {r.errors} |"
            if not r.failure
            else f"| {r.label} | failed: {r.failure} | | | | |"
            for r in results
        ),
        "",
        f"**Ratio keyed / bare: {ratio:.2f}** (the key check, its last-use note and the rate limit cost "
        f"{(1 - ratio) * 100:.0f}% of the bare query's throughput).",
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / f"api-v2-{when:%Y%m%dT%H%M%SZ}.md").write_text(report)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
