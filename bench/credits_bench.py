"""The credit check's cost on the booking path: `.venv/bin/python bench/credits_bench.py`.

Starts an embedded PostgreSQL in a temporary directory, migrates it and loads one studio with
2,000 clients, each holding three grants and a ledger of ~60 reserve/release rows (~126k ledger
rows), under the `required` credit policy. Then books sessions in-process through
`scheduling.service.create` (the whole booking: checks, insert, reminders, activity entry, commit),
alternating bookings with billing's subscribers on and off, and times separately the subscriber's
own work (`billing.credits.booking.settle`: settings, per-client advisory lock, what the session
holds, the usable grants, the reserve row). Each booking is a fresh client in a free slot.

Prints a markdown report and writes it to bench/results/credits-<timestamp>.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

BENCH_DIR = Path(__file__).resolve().parent
BACKEND_DIR = BENCH_DIR.parent / "backend"
RESULTS_DIR = BENCH_DIR / "results"
sys.path.insert(0, str(BACKEND_DIR))

CLIENTS = 2000
TRAINERS = 10
LEDGER_ROWS_PER_CLIENT = 60


def _load(run, org_id: int) -> tuple[list[int], list[int]]:
    """Trainers, clients, grants and a ledger history with set-based SQL; the policy set to `required`."""
    run(
        sa.text(
            "INSERT INTO trainers (organization_id, first_name, last_name, email) "
            "SELECT :org, 'Trainer', n::text, 'trainer' || n || '@bench.example.com' FROM generate_series(1, :n) n"
        ),
        {"org": org_id, "n": TRAINERS},
    )
    run(
        sa.text(
            "INSERT INTO clients (organization_id, first_name, last_name, status) "
            "SELECT :org, 'Client', n::text, 'active' FROM generate_series(1, :n) n"
        ),
        {"org": org_id, "n": CLIENTS},
    )
    run(
        sa.text("INSERT INTO billing_settings (organization_id, credit_policy) VALUES (:org, 'required')"),
        {"org": org_id},
    )
    # Three grants each: one lapsed and used up, one pack for personal training, one for any kind.
    run(
        sa.text(
            """
            INSERT INTO credit_entries
              (organization_id, client_id, kind, quantity, session_kinds, expires_at, created_at)
            SELECT :org, c.id, 'grant', g.quantity, g.kinds, now() + g.expires, now() - interval '200 days'
            FROM clients c,
                 (VALUES (30, CAST('{}' AS varchar[]), interval '-30 days'),
                         (40, CAST('{personal}' AS varchar[]), interval '60 days'),
                         (20, CAST('{}' AS varchar[]), interval '300 days')) AS g(quantity, kinds, expires)
            """
        ),
        {"org": org_id},
    )
    # A history of reserves (and a release for every fifth) drawn on each client's grants.
    run(
        sa.text(
            """
            INSERT INTO credit_entries (organization_id, client_id, kind, quantity, grant_id, created_at)
            SELECT :org, g.client_id, CASE WHEN n % 5 = 0 THEN 'release' ELSE 'reserve' END,
                   CASE WHEN n % 5 = 0 THEN 1 ELSE -1 END, g.id, now() - make_interval(days => n)
            FROM (SELECT id, client_id, row_number() OVER (PARTITION BY client_id ORDER BY id) AS k
                  FROM credit_entries WHERE kind = 'grant') g,
                 generate_series(1, :per_grant) n
            WHERE g.k <= 3
            """
        ),
        {"org": org_id, "per_grant": LEDGER_ROWS_PER_CLIENT // 3},
    )
    trainers = run(sa.text("SELECT id FROM trainers ORDER BY id")).scalars().all()
    clients = run(sa.text("SELECT id FROM clients ORDER BY id")).scalars().all()
    return trainers, clients


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50": statistics.median(ordered),
        "p95": ordered[int(len(ordered) * 0.95) - 1],
        "mean": statistics.fmean(ordered),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bookings", type=int, default=600, help="bookings in all, half with billing on")
    args = parser.parse_args()

    import pgserver
    from flask_migrate import upgrade

    from fitnesscrm.app import MIGRATIONS_DIR, create_app
    from fitnesscrm.auth.service import load_session
    from fitnesscrm.billing.credits import booking
    from fitnesscrm.config import TestConfig
    from fitnesscrm.core import embedded_postgres
    from fitnesscrm.core import events as domain_events
    from fitnesscrm.extensions import db
    from fitnesscrm.scheduling import service as scheduling

    with tempfile.TemporaryDirectory(prefix="fcrm-credits-bench-") as data_dir:
        url = embedded_postgres.start(Path(data_dir), database="bench")
        config = TestConfig()
        config.SQLALCHEMY_DATABASE_URI = url
        app = create_app(config)
        with app.app_context():
            upgrade(directory=str(MIGRATIONS_DIR))
            run = db.session.execute
            org_id = run(
                sa.text("INSERT INTO organizations (name, timezone) VALUES ('Bench', 'Europe/London') RETURNING id")
            ).scalar_one()
            owner_id = run(
                sa.text(
                    "INSERT INTO users (organization_id, email, password_hash, role, first_name, last_name) "
                    "VALUES (:org, 'owner@bench.example.com', 'x', 'owner', 'Olive', 'Owner') RETURNING id"
                ),
                {"org": org_id},
            ).scalar_one()
            trainers, clients = _load(run, org_id)
            db.session.commit()
            ledger_rows = run(sa.text("SELECT count(*) FROM credit_entries")).scalar_one()
            db.session.commit()
        with sa.create_engine(url, isolation_level="AUTOCOMMIT").connect() as connection:
            connection.execute(sa.text("VACUUM ANALYZE"))

        subscribers = domain_events._subscribers
        billing_handlers = {
            event_type: [h for h in handlers if h.__module__ == booking.__name__]
            for event_type, handlers in subscribers.items()
        }
        settle_times: list[float] = []
        statements = {"inside": False, "count": 0}
        original_settle = booking.settle

        def timed_settle(*a, **kw):
            statements["inside"] = True
            started = time.perf_counter()
            try:
                return original_settle(*a, **kw)
            finally:
                settle_times.append((time.perf_counter() - started) * 1000)
                statements["inside"] = False

        sql_ms: list[float] = []

        def count(_conn, _cursor, _statement, _params, context, _many):
            statements["count"] += statements["inside"]
            context.bench_started = time.perf_counter()

        def timed_sql(_conn, _cursor, _statement, _params, context, _many):
            if statements["inside"]:
                sql_ms.append((time.perf_counter() - context.bench_started) * 1000)

        booking.settle = timed_settle
        with_billing: list[float] = []
        without_billing: list[float] = []
        base = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(days=7)
        with app.app_context():
            actor = load_session(user_id=owner_id, issued_ms=int(time.time() * 1000), jti="bench").principal
            sa.event.listen(db.engine, "before_cursor_execute", count)
            sa.event.listen(db.engine, "after_cursor_execute", timed_sql)
            load = os.getloadavg()[0]
            for n in range(args.bookings):
                on = n % 2 == 0
                for event_type, handlers in billing_handlers.items():
                    for handler in handlers:
                        if on and handler not in subscribers[event_type]:
                            subscribers[event_type].append(handler)
                        if not on and handler in subscribers[event_type]:
                            subscribers[event_type].remove(handler)
                start = base + timedelta(hours=n // TRAINERS)
                started = time.perf_counter()
                scheduling.create(
                    actor=actor, trainer_id=trainers[n % TRAINERS], starts_at=start,
                    ends_at=start + timedelta(hours=1), client_ids=[clients[n % CLIENTS]], override=True,
                    kind="personal",
                )  # fmt: skip
                (with_billing if on else without_billing).append((time.perf_counter() - started) * 1000)
            reserves = db.session.scalar(
                sa.text("SELECT count(*) FROM credit_entries WHERE kind = 'reserve' AND session_id IS NOT NULL")
            )
            db.engine.dispose()
        booking.settle = original_settle
        pgserver.get_server(Path(data_dir)).cleanup()

    warm = 20  # the first bookings of each kind warm caches and the connection pool
    settle, on, off = (_percentiles(s[warm // 2 :]) for s in (settle_times, with_billing, without_billing))
    lines = [
        f"# Credits benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"{os.cpu_count()} CPUs, in-process, embedded PostgreSQL; {CLIENTS:,} clients, {ledger_rows:,} ledger rows, "
        f"policy `required`; {args.bookings} bookings (half with billing's subscribers), {reserves} reserves written; "
        f"{statements['count'] / len(settle_times):.1f} statements per credit check (the first may flush the booking's "
        f"own pending rows); load average {load:.1f} when the bookings began.",
        "",
        "| ms | p50 | p95 | mean |",
        "|---|---|---|---|",
        f"| credit check (`settle`) alone | {settle['p50']:.2f} | {settle['p95']:.2f} | {settle['mean']:.2f} |",
        f"| booking with billing | {on['p50']:.2f} | {on['p95']:.2f} | {on['mean']:.2f} |",
        f"| booking without billing | {off['p50']:.2f} | {off['p95']:.2f} | {off['mean']:.2f} |",
        f"| difference of p50s | {on['p50'] - off['p50']:.2f} | | |",
        f"| time in the credit check's SQL, per check (mean) | | | {sum(sql_ms) / len(settle_times):.2f} |",
        "",
        "Target: the credit check adds under 2 ms at p50.",
    ]
    report = "\n".join(lines)
    print(report)
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / f"credits-{datetime.now(UTC):%Y%m%d-%H%M%S}.md").write_text(report + "\n")


if __name__ == "__main__":
    main()
