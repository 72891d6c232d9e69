"""The scheduling benchmark: `.venv/bin/python bench/scheduling_bench.py`.

Starts an embedded PostgreSQL in a temporary directory, migrates it and loads 20 trainers with
five years of weekly sessions each (20 recurring weekly slots per trainer, 2.5 years back and
2.5 years ahead: ~104k sessions with a client each), then serves the app with gunicorn on
127.0.0.1 and measures:

1. latency of a trainer's week view, the whole studio's week view, and free-slot searches
   (one week, one month) for the busiest trainer, sequential requests;
2. bookings per second with 20 concurrent clients booking random, often colliding, one-hour
   slots of 5 trainers over 8 weeks, then counts overlapping non-cancelled sessions per trainer and per client in SQL
   (must be zero).

Prints a markdown report and writes it to bench/results/scheduling-<timestamp>.md.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import requests
import sqlalchemy as sa

BENCH_DIR = Path(__file__).resolve().parent
BACKEND_DIR = BENCH_DIR.parent / "backend"
RESULTS_DIR = BENCH_DIR / "results"
sys.path.insert(0, str(BACKEND_DIR))

TRAINERS = 20
CLIENTS = 400
SLOTS_PER_WEEK = 20  # Mon-Fri at 08:00, 10:00, 14:00, 17:00 local
YEARS = 5
BOOKING_TRAINERS = 5  # fresh trainers the booking storm targets, so that bookings collide
STORM_WEEKS = 8  # weeks the storm's slots fall in: room enough that not every attempt collides


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _load(url: str) -> dict:
    """Migrate and load the data set with set-based SQL; returns the ids the measurements need."""
    from flask_jwt_extended import create_access_token
    from flask_migrate import upgrade

    from fitnesscrm.app import MIGRATIONS_DIR, create_app
    from fitnesscrm.config import TestConfig
    from fitnesscrm.extensions import db

    config = TestConfig()
    config.SQLALCHEMY_DATABASE_URI = url
    app = create_app(config)
    with app.app_context():
        upgrade(directory=str(MIGRATIONS_DIR))
        run = db.session.execute
        org = run(sa.text("INSERT INTO organizations (name, timezone) VALUES ('Bench', 'Europe/London') RETURNING id"))
        org_id = org.scalar_one()
        owner_id = run(
            sa.text(
                "INSERT INTO users (organization_id, email, password_hash, role, first_name, last_name) "
                "VALUES (:org, 'owner@bench.example.com', 'x', 'owner', 'Olive', 'Owner') RETURNING id"
            ),
            {"org": org_id},
        ).scalar_one()
        run(
            sa.text(
                "INSERT INTO trainers (organization_id, first_name, last_name, email) "
                "SELECT :org, 'Trainer', n::text, 'trainer' || n || '@bench.example.com' "
                "FROM generate_series(1, :n) n"
            ),
            {"org": org_id, "n": TRAINERS + BOOKING_TRAINERS},
        )
        run(
            sa.text(
                "INSERT INTO clients (organization_id, first_name, last_name, status) "
                "SELECT :org, 'Client', n::text, 'active' FROM generate_series(1, :n) n"
            ),
            {"org": org_id, "n": CLIENTS},
        )
        trainer_ids = run(sa.text("SELECT id FROM trainers ORDER BY id")).scalars().all()
        client_ids = run(sa.text("SELECT id FROM clients ORDER BY id")).scalars().all()
        run(
            sa.text(
                "INSERT INTO working_hours (organization_id, trainer_id, weekday, starts_at, ends_at) "
                "SELECT :org, t, d, '07:00', '21:00' FROM unnest(CAST(:trainers AS int[])) t, generate_series(0, 4) d"
            ),
            {"org": org_id, "trainers": trainer_ids},
        )
        monday = date.today() - timedelta(days=date.today().weekday())
        first_week = monday - timedelta(weeks=52 * YEARS // 2)
        # Trainer k's slot s every week: local time in Europe/London, 1 hour, with client (k*20+s) mod CLIENTS.
        run(
            sa.text(
                """
                INSERT INTO sessions (organization_id, trainer_id, kind, status, starts_at, ends_at, timezone)
                SELECT :org, t.id, 'personal', 'scheduled', s.at, s.at + interval '1 hour', 'Europe/London'
                FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM trainers WHERE id = ANY(:busy)) t,
                     LATERAL (
                       SELECT ((CAST(:first AS date) + w * 7 + d) + make_interval(hours => h))
                              AT TIME ZONE 'Europe/London' AS at
                       FROM generate_series(0, :weeks - 1) w, generate_series(0, 4) d,
                            unnest(ARRAY[8, 10, 14, 17]) h
                     ) s
                """
            ),
            {"org": org_id, "busy": trainer_ids[:TRAINERS], "first": first_week, "weeks": 52 * YEARS},
        )
        run(
            sa.text(
                "INSERT INTO session_participants (organization_id, session_id, client_id, starts_at, ends_at) "
                "SELECT s.organization_id, s.id, "
                "  c.ids[1 + (s.trainer_id * 20 + extract(isodow FROM s.starts_at)::int * 4"
                "            + extract(hour FROM s.starts_at)::int) % :n], "
                "  s.starts_at, s.ends_at "
                "FROM sessions s, (SELECT CAST(:clients AS int[]) AS ids) c"
            ),
            {"clients": client_ids, "n": CLIENTS},
        )
        db.session.commit()
        token = create_access_token(identity=str(owner_id))
        secret = app.config["JWT_SECRET_KEY"]
        sessions = run(sa.text("SELECT count(*) FROM sessions")).scalar_one()
        db.engine.dispose()
    with sa.create_engine(url, isolation_level="AUTOCOMMIT").connect() as connection:
        connection.execute(sa.text("VACUUM ANALYZE"))
    return {
        "token": token, "secret": secret, "trainers": trainer_ids, "clients": client_ids,
        "monday": monday, "sessions": sessions,
    }  # fmt: skip


def _serve(url: str, secret: str, workers: int) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {
        **os.environ,
        "APP_ENV": "test",
        "DATABASE_URL": url,
        "JWT_SECRET_KEY": secret,
        "PYTHONPATH": str(BACKEND_DIR),
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", str(workers), "-b", f"127.0.0.1:{port}", "fitnesscrm.wsgi:app"],
        cwd=BACKEND_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if requests.get(f"{base}/api/health", timeout=5).status_code == 200:
                return server, base
        except requests.RequestException:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("gunicorn did not start")


def _latency(http: requests.Session, url: str, count: int) -> dict:
    http.get(url).raise_for_status()
    times, size = [], 0
    for _ in range(count):
        started = time.perf_counter()
        response = http.get(url)
        times.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
        size = len(response.json()["items"])
    times.sort()
    return {
        "p50": statistics.median(times), "p95": times[int(len(times) * 0.95) - 1],
        "mean": statistics.fmean(times), "items": size,
    }  # fmt: skip


def _storm(base: str, token: str, trainers: list[int], clients: list[int], seconds: float, threads: int) -> dict:
    """`threads` clients booking random one-hour slots over STORM_WEEKS weeks for `seconds`."""
    outcomes: Counter = Counter()
    lock = threading.Lock()
    week = datetime.combine(date.today() + timedelta(days=7 - date.today().weekday() + 7), datetime.min.time(), UTC)
    deadline = time.perf_counter() + seconds
    barrier = threading.Barrier(threads)

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        local: Counter = Counter()
        with requests.Session() as http:
            http.headers["Authorization"] = f"Bearer {token}"
            barrier.wait()
            while time.perf_counter() < deadline:
                day = timedelta(weeks=rng.randrange(STORM_WEEKS), days=rng.randrange(5))
                start = week + day + timedelta(hours=8 + rng.randrange(10), minutes=15 * rng.randrange(4))
                payload = {
                    "trainer_id": rng.choice(trainers),
                    "client_ids": [rng.choice(clients)],
                    "starts_at": start.isoformat(),
                    "ends_at": (start + timedelta(hours=1)).isoformat(),
                }
                local[http.post(f"{base}/api/sessions", json=payload, timeout=60).status_code] += 1
        with lock:
            outcomes.update(local)

    pool = [threading.Thread(target=worker, args=(n,)) for n in range(threads)]
    started = time.perf_counter()
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    elapsed = time.perf_counter() - started
    return {"outcomes": dict(outcomes), "elapsed": elapsed, "requests": sum(outcomes.values())}


OVERLAPS = """
SELECT
  (SELECT count(*) FROM sessions a JOIN sessions b
     ON a.trainer_id = b.trainer_id AND a.id < b.id
    AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)')
  WHERE a.status NOT IN ('cancelled', 'late_cancel') AND b.status NOT IN ('cancelled', 'late_cancel')),
  (SELECT count(*) FROM session_participants a JOIN session_participants b
     ON a.client_id = b.client_id AND a.id < b.id
    AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)')
  WHERE a.active AND b.active)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers (default 4)")
    parser.add_argument("--requests", type=int, default=200, help="requests per latency row (default 200)")
    parser.add_argument("--seconds", type=float, default=15.0, help="length of the booking storm (default 15)")
    parser.add_argument("--threads", type=int, default=20, help="concurrent booking clients (default 20)")
    args = parser.parse_args()

    import pgserver

    from fitnesscrm.core import embedded_postgres

    with tempfile.TemporaryDirectory(prefix="fcrm-sched-bench-") as data_dir:
        url = embedded_postgres.start(Path(data_dir), database="bench")
        started = time.perf_counter()
        data = _load(url)
        load_s = time.perf_counter() - started
        server, base = _serve(url, data["secret"], args.workers)
        try:
            http = requests.Session()
            http.headers["Authorization"] = f"Bearer {data['token']}"
            monday, busiest = data["monday"], data["trainers"][0]
            week = f"from={monday}T00:00:00Z&to={monday + timedelta(days=7)}T00:00:00Z"
            rows = {
                "trainer week view": f"/api/sessions?{week}&trainer_id={busiest}",
                "studio week view (20 trainers)": f"/api/sessions?{week}&per_page=500",
                "free slots, 1 week, 60 min": (
                    f"/api/trainers/{busiest}/free-slots?from={monday + timedelta(days=7)}"
                    f"&to={monday + timedelta(days=13)}&duration=60&step=15&per_page=500"
                ),
                "free slots, 31 days, 60 min": (
                    f"/api/trainers/{busiest}/free-slots?from={monday + timedelta(days=7)}"
                    f"&to={monday + timedelta(days=37)}&duration=60&step=15&per_page=500"
                ),
            }
            latency = {label: _latency(http, base + path, args.requests) for label, path in rows.items()}
            storm = _storm(
                base, data["token"], data["trainers"][TRAINERS:], data["clients"], args.seconds, args.threads
            )
        finally:
            server.terminate()
            server.wait(timeout=30)
        engine = sa.create_engine(url)
        with engine.connect() as connection:
            trainer_overlaps, client_overlaps = connection.execute(sa.text(OVERLAPS)).one()
            booked = connection.execute(
                sa.text("SELECT count(*) FROM sessions WHERE trainer_id = ANY(:ids)"),
                {"ids": data["trainers"][TRAINERS:]},
            ).scalar_one()
        engine.dispose()
        # Stop the server while its directory still exists, or it outlives the script.
        pgserver.get_server(Path(data_dir)).cleanup()

    outcomes = storm["outcomes"]
    lines = [
        f"# Scheduling benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"{os.cpu_count()} CPUs, gunicorn {args.workers} sync workers on 127.0.0.1, embedded PostgreSQL 16; "
        f"{data['sessions']:,} sessions (20 trainers x 5 years x 20 weekly slots), loaded in {load_s:.0f} s.",
        "",
        f"## Latency ({args.requests} sequential requests each, ms)",
        "",
        "| request | items | p50 | p95 | mean |",
        "|---|---:|---:|---:|---:|",
        *(
            f"| {label} | {row['items']} | {row['p50']:.1f} | {row['p95']:.1f} | {row['mean']:.1f} |"
            for label, row in latency.items()
        ),
        "",
        f"## Booking storm ({args.threads} concurrent clients, {storm['elapsed']:.1f} s, "
        f"{BOOKING_TRAINERS} trainers, {STORM_WEEKS} weeks of 15-minute-aligned one-hour slots)",
        "",
        f"- requests: {storm['requests']:,} ({storm['requests'] / storm['elapsed']:.0f}/s)",
        f"- 201 booked: {outcomes.get(201, 0):,} ({outcomes.get(201, 0) / storm['elapsed']:.0f}/s); "
        f"409 conflict: {outcomes.get(409, 0):,}; other: "
        f"{ {k: v for k, v in outcomes.items() if k not in (201, 409)} or 'none' }",
        f"- sessions stored for those trainers: {booked:,} (must equal the 201s)",
        f"- overlapping non-cancelled pairs in SQL afterwards: trainers {trainer_overlaps}, clients {client_overlaps}",
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / f"scheduling-{datetime.now(UTC):%Y%m%d-%H%M%S}.md").write_text(report)
    if trainer_overlaps or client_overlaps or booked != outcomes.get(201, 0):
        sys.exit("Double-booking found")


if __name__ == "__main__":
    main()
