"""The billing benchmark: `.venv/bin/python bench/billing_bench.py`.

Starts an embedded PostgreSQL in a temporary directory, migrates it and loads 50 studios with
100,000 invoices (150,000 lines) and 300,000 payments between them (2,000 invoices and 6,000
payments a studio, over two years; ~3% of payments partly refunded) and 78,000 completed or missed
sessions of 150 trainers, half of them paid with a pack's credit, all with set-based
`INSERT ... SELECT generate_series` statements, then `VACUUM ANALYZE`. Then it measures, sequentially:

1. a studio's monthly revenue report for the last twelve months, `GET /api/billing/reports/revenue`
   through gunicorn (1 sync worker, so the figure is the service time), each request for another studio;
   then, for reference, the daily revenue, by-product, receivables and refunds reports the same way;
2. the invoice list as part A's `GET /api/billing/invoices` will query it (the endpoint is written in
   parallel): the studio's invoices with their client, filtered by status, client and issue-date range,
   newest first, one page of 25 plus the bounded count (`core.pagination.paginate`), timed in process;
3. the same report's SQL alone, in process.

Prints a markdown report with p50/p95 per row (target p95 < 50 ms) and `EXPLAIN (ANALYZE, BUFFERS)` of
the slowest list variant, and writes it to bench/results/billing-<timestamp>.md.
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
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import requests
import sqlalchemy as sa

BENCH_DIR = Path(__file__).resolve().parent
BACKEND_DIR = BENCH_DIR.parent / "backend"
RESULTS_DIR = BENCH_DIR / "results"
sys.path.insert(0, str(BACKEND_DIR))

STUDIOS = 50
INVOICES = 100_000
PAYMENTS = 300_000
CLIENTS_PER_STUDIO = 200
ZONES = ("America/New_York", "Europe/London", "Australia/Sydney", "America/Los_Angeles", "Asia/Tokyo")
TARGET_MS = 50
# The other reports, for reference (the data set has no memberships: MRR is not measured).
OTHER_REPORTS = {
    "Daily revenue report": "revenue?group=day",
    "Revenue by product": "revenue-by-product?",
    "Revenue by trainer": "revenue-by-trainer?",
    "Receivables by age": "receivables?",
    "Refunds, first page": "refunds?",
}

LOAD = [
    # Studios, each with an owner, trainers, clients and billing settings in its own zone.
    """
    INSERT INTO organizations (name, timezone)
    SELECT 'Studio ' || n, (CAST(:zones AS text[]))[1 + n % cardinality(CAST(:zones AS text[]))]
    FROM generate_series(1, :studios) n
    """,
    """
    INSERT INTO users (organization_id, email, password_hash, role, first_name, last_name)
    SELECT id, 'owner' || id || '@bench.example.com', 'x', 'owner', 'Olive', 'Owner ' || id FROM organizations
    """,
    "INSERT INTO billing_settings (organization_id, currency) SELECT id, 'USD' FROM organizations",
    """
    INSERT INTO clients (organization_id, first_name, last_name, status)
    SELECT o.id, 'Client', o.id || '-' || n, 'active' FROM organizations o, generate_series(1, :clients) n
    """,
    """
    INSERT INTO products (organization_id, kind, name, price, session_count, valid_days)
    SELECT id, 'pack', '10-session pack', 20000, 10, 180 FROM organizations
    """,
    """
    INSERT INTO products (organization_id, kind, name, price)
    SELECT id, 'item', 'Water bottle', 1250 FROM organizations
    """,
    # Invoices: studio n % 50, its clients in turn (ten invoices each), issued over two years, mostly paid or open.
    """
    INSERT INTO invoices (organization_id, client_id, kind, number, status, currency, issued_on, due_on)
    WITH c AS (SELECT organization_id, array_agg(id) AS ids FROM clients GROUP BY organization_id),
    o AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM organizations)
    SELECT o.id, c.ids[1 + (n / :studios) % cardinality(c.ids)], 'invoice', 'INV-' || n,
           (ARRAY['paid','paid','paid','paid','open','open','void','draft'])[1 + n % 8], 'USD',
           CAST(:today AS date) - (n * 104729 % 730)::int, CAST(:today AS date) - (n * 104729 % 730)::int + 14
    FROM generate_series(1::bigint, :invoices) n
    JOIN o ON o.k = n % :studios
    JOIN c ON c.organization_id = o.id
    """,
    "UPDATE invoices SET number = NULL, issued_on = NULL, due_on = NULL WHERE status = 'draft'",
    # One or two lines per invoice, a pack and sometimes a bottle.
    """
    INSERT INTO invoice_lines (organization_id, invoice_id, position, description, product_id, quantity,
                               unit_price, net, total)
    SELECT i.organization_id, i.id, 0, p.name, p.id, 1, p.price, p.price, p.price
    FROM invoices i JOIN products p ON p.organization_id = i.organization_id AND p.kind = 'pack'
    """,
    """
    INSERT INTO invoice_lines (organization_id, invoice_id, position, description, product_id, quantity,
                               unit_price, net, total)
    SELECT i.organization_id, i.id, 1, p.name, p.id, 1 + i.id % 3, p.price, p.price * (1 + i.id % 3),
           p.price * (1 + i.id % 3)
    FROM invoices i JOIN products p ON p.organization_id = i.organization_id AND p.kind = 'item'
    WHERE i.id % 2 = 0
    """,
    """
    UPDATE invoices i SET subtotal = l.total, total = l.total
    FROM (SELECT invoice_id, sum(total) AS total FROM invoice_lines GROUP BY invoice_id) l WHERE l.invoice_id = i.id
    """,
    # Payments: three per invoice on average, over the paid and open invoices, received after the issue date.
    """
    INSERT INTO payments (organization_id, invoice_id, client_id, amount, currency, method, status, received_at)
    SELECT i.organization_id, i.id, i.client_id, greatest(1, i.total / 4), 'USD',
           (ARRAY['cash','bank_transfer','card_terminal','stripe'])[1 + n % 4],
           CASE WHEN n % 29 = 0 THEN 'failed' ELSE 'succeeded' END,
           (i.issued_on + (n % 20)::int) + make_interval(mins => ((n * 37) % 1440)::int)
    FROM generate_series(1::bigint, :payments) n
    CROSS JOIN (SELECT count(*) AS eligible FROM invoices WHERE status IN ('paid', 'open')) e
    JOIN (SELECT *, row_number() OVER (ORDER BY id) - 1 AS k FROM invoices WHERE status IN ('paid', 'open')) i
      ON i.k = n % e.eligible
    """,
    """
    UPDATE invoices i SET amount_paid = p.amount
    FROM (SELECT invoice_id, sum(amount) AS amount FROM payments WHERE status = 'succeeded' GROUP BY invoice_id) p
    WHERE p.invoice_id = i.id
    """,
    """
    INSERT INTO refunds (organization_id, payment_id, amount, reason, refunded_at)
    SELECT organization_id, id, greatest(1, amount / 2), 'Goodwill', received_at + interval '3 days'
    FROM payments WHERE status = 'succeeded' AND id % 33 = 0
    """,
    "UPDATE payments p SET amount_refunded = r.amount FROM refunds r WHERE r.payment_id = p.id",
    # Sessions for revenue by trainer: three trainers a studio, each one 1:1 session a weekday over the
    # two years, mostly completed, with a client of the studio.
    """
    INSERT INTO trainers (organization_id, first_name, last_name, email)
    SELECT o.id, 'Trainer', o.id || '-' || n, 'trainer' || o.id || '-' || n || '@bench.example.com'
    FROM organizations o, generate_series(1, 3) n
    """,
    """
    INSERT INTO sessions (organization_id, trainer_id, kind, status, starts_at, ends_at, timezone, price)
    SELECT t.organization_id, t.id, 'personal', CASE WHEN d % 10 = 0 THEN 'no_show' ELSE 'completed' END,
           (CAST(:today AS date) - d) + make_interval(hours => 8 + t.id % 10),
           (CAST(:today AS date) - d) + make_interval(hours => 9 + t.id % 10), 'UTC', 60.00
    FROM trainers t, generate_series(1, 730) d
    WHERE extract(isodow FROM CAST(:today AS date) - d) < 6
    """,
    """
    WITH c AS (SELECT organization_id, array_agg(id) AS ids FROM clients GROUP BY organization_id)
    INSERT INTO session_participants (organization_id, session_id, client_id, starts_at, ends_at)
    SELECT s.organization_id, s.id, c.ids[1 + s.id % cardinality(c.ids)], s.starts_at, s.ends_at
    FROM sessions s JOIN c USING (organization_id)
    """,
    # Each client holds a pack (a grant on one of their invoices); half of the sessions were paid with it.
    """
    INSERT INTO credit_entries (organization_id, client_id, kind, quantity, invoice_id, product_id)
    SELECT DISTINCT ON (i.client_id) i.organization_id, i.client_id, 'grant', 10, i.id, l.product_id
    FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id AND l.position = 0
    WHERE i.status IN ('paid', 'open')
    ORDER BY i.client_id, i.id
    """,
    """
    INSERT INTO credit_entries (organization_id, client_id, kind, quantity, grant_id, session_id)
    SELECT sp.organization_id, sp.client_id, 'reserve', -1, g.id, sp.session_id
    FROM session_participants sp JOIN credit_entries g ON g.client_id = sp.client_id AND g.kind = 'grant'
    WHERE sp.session_id % 2 = 0
    """,
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _percentiles(times: list[float]) -> dict:
    times = sorted(times)
    return {"p50": statistics.median(times), "p95": times[max(0, int(len(times) * 0.95) - 1)], "n": len(times)}


def _load(url: str) -> dict:
    from flask_migrate import upgrade

    from fitnesscrm.app import MIGRATIONS_DIR, create_app
    from fitnesscrm.config import TestConfig
    from fitnesscrm.extensions import db

    config = TestConfig()
    config.SQLALCHEMY_DATABASE_URI = url
    app = create_app(config)
    started = time.perf_counter()
    with app.app_context():
        upgrade(directory=str(MIGRATIONS_DIR))
        params = {
            "zones": list(ZONES), "studios": STUDIOS, "clients": CLIENTS_PER_STUDIO, "invoices": INVOICES,
            "payments": PAYMENTS, "today": date.today(),
        }  # fmt: skip
        for statement in LOAD:
            db.session.execute(sa.text(statement), params)
        db.session.commit()
        counts = {
            table: db.session.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in (
                "organizations",
                "invoices",
                "invoice_lines",
                "payments",
                "refunds",
                "sessions",
                "credit_entries",
            )
        }
        db.engine.dispose()
    with sa.create_engine(url, isolation_level="AUTOCOMMIT").connect() as connection:
        connection.execute(sa.text("VACUUM ANALYZE"))
    counts["seconds"] = time.perf_counter() - started
    return counts


def _serve(url: str, secret: str) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {**os.environ, "APP_ENV": "test", "DATABASE_URL": url, "JWT_SECRET_KEY": secret,
           "PYTHONPATH": str(BACKEND_DIR)}  # fmt: skip
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", "1", "-b", f"127.0.0.1:{port}", "fitnesscrm.wsgi:app"],
        cwd=BACKEND_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if requests.get(f"{base}/api/health", timeout=5).status_code == 200:
                return server, base
        except requests.RequestException:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("gunicorn did not start")


def _time(run: Callable[[int], None], count: int) -> dict:
    run(0)
    times = []
    for n in range(count):
        started = time.perf_counter()
        run(n)
        times.append((time.perf_counter() - started) * 1000)
    return _percentiles(times)


def _invoice_list(organization_id: int, *, status=None, client_id=None, issued_from=None, issued_to=None, page=1):
    """The statement part A's invoice list is expected to run: scoped, filtered, newest first, client joined."""
    from sqlalchemy.orm import joinedload

    from fitnesscrm.billing.models import Invoice

    stmt = sa.select(Invoice).where(Invoice.organization_id == organization_id).options(joinedload(Invoice.client))
    if status:
        stmt = stmt.where(Invoice.status.in_(status))
    if client_id:
        stmt = stmt.where(Invoice.client_id == client_id)
    if issued_from:
        stmt = stmt.where(Invoice.issued_on >= issued_from)
    if issued_to:
        stmt = stmt.where(Invoice.issued_on <= issued_to)
    return stmt.order_by(Invoice.issued_on.desc().nulls_first(), Invoice.id.desc())


def _measure(url: str, count: int) -> tuple[list[tuple[str, dict]], str]:
    from flask_jwt_extended import create_access_token

    from fitnesscrm.app import create_app
    from fitnesscrm.billing.reports import revenue
    from fitnesscrm.billing.reports.context import Studio, day_range, first_of_month
    from fitnesscrm.config import TestConfig
    from fitnesscrm.core.pagination import paginate
    from fitnesscrm.extensions import db

    config = TestConfig()
    config.SQLALCHEMY_DATABASE_URI = url
    app = create_app(config)
    rows: list[tuple[str, dict]] = []
    rng = random.Random(7)
    today = date.today()
    first = first_of_month(today, 11)
    with app.app_context():
        studios = db.session.execute(sa.text("SELECT o.id, o.timezone, u.id FROM organizations o JOIN users u "
                                             "ON u.organization_id = o.id ORDER BY o.id")).all()  # fmt: skip
        by_studio = sa.text("SELECT organization_id, array_agg(id) FROM clients GROUP BY organization_id")
        clients = dict(db.session.execute(by_studio).all())
        tokens = [create_access_token(identity=str(user)) for _, _, user in studios]
        secret = app.config["JWT_SECRET_KEY"]

        server, base = _serve(url, secret)
        try:
            with requests.Session() as http:

                def report(n: int) -> None:
                    response = http.get(f"{base}/api/billing/reports/revenue?from={first}&to={today}&group=month",
                                        headers={"Authorization": f"Bearer {tokens[n % len(tokens)]}"})  # fmt: skip
                    response.raise_for_status()
                    assert len(response.json()["periods"]) == 12

                rows.append(("Monthly revenue report, 12 months (HTTP, gunicorn)", _time(report, count)))
                for name, path in OTHER_REPORTS.items():

                    def other(n: int, path=path) -> None:
                        response = http.get(f"{base}/api/billing/reports/{path}&from={first}&to={today}",
                                            headers={"Authorization": f"Bearer {tokens[n % len(tokens)]}"})  # fmt: skip
                        response.raise_for_status()

                    rows.append((f"{name}, 12 months (HTTP, gunicorn)", _time(other, count)))
        finally:
            server.terminate()
            server.wait()

        def report_sql(n: int) -> None:
            org, zone, _ = studios[n % len(studios)]
            studio = Studio(organization_id=org, zone=zone, currency="USD", today=today)
            revenue.by_period(studio=studio, days=day_range(studio, first, today, group="month"), group="month")
            db.session.rollback()

        rows.append(("Monthly revenue report, its SQL alone", _time(report_sql, count)))
        org, zone, _ = studios[0]
        studio = Studio(organization_id=org, zone=zone, currency="USD", today=today)
        days = day_range(studio, first, today, group="month")
        report_plan = "\n".join(
            db.session.execute(
                sa.text(f"EXPLAIN (ANALYZE, BUFFERS) {revenue.BY_PERIOD.text}"),
                {"org": org, "zone": zone, "start": days.start, "end": days.end, "unit": "month",
                 "step": revenue.STEPS["month"], "first": days.first, "last": days.last},
            ).scalars()
        )  # fmt: skip
        db.session.rollback()
        product_plan = "\n".join(
            db.session.execute(
                sa.text(f"EXPLAIN (ANALYZE, BUFFERS) {revenue.BY_PRODUCT.text}"),
                {"org": org, "start": days.start, "end": days.end, "first": days.first, "last": days.last},
            ).scalars()
        )
        db.session.rollback()

        variants = {
            "org only, page 1": lambda org: {},
            "org only, page 40": lambda org: {"page": 40},
            "status open": lambda org: {"status": ["open"]},
            "status paid + this quarter": lambda org: {"status": ["paid"], "issued_from": today - timedelta(days=90)},
            "one client": lambda org: {"client_id": rng.choice(clients[org])},
            "one client + status open": lambda org: {"client_id": rng.choice(clients[org]), "status": ["open"]},
            "issued last month": lambda org: {"issued_from": first_of_month(today, 1),
                                              "issued_to": first_of_month(today) - timedelta(days=1)},
        }  # fmt: skip
        slowest = (0.0, "")
        for name, make in variants.items():

            def listing(n: int, make=make) -> None:
                org = studios[n % len(studios)][0]
                args = make(org)
                page = args.pop("page", 1)
                found = paginate(_invoice_list(org, **args), page=page, per_page=25)
                assert found.items or args
                db.session.rollback()

            timing = _time(listing, count)
            rows.append((f"Invoice list: {name} (SQL, 2 statements)", timing))
            if timing["p95"] > slowest[0]:
                slowest = (timing["p95"], name)
        org = studios[0][0]
        args = variants[slowest[1]](org)
        args.pop("page", None)
        compiled = _invoice_list(org, **args).limit(25).compile(db.engine, compile_kwargs={"literal_binds": True})
        plan = "\n".join(db.session.execute(sa.text(f"EXPLAIN (ANALYZE, BUFFERS) {compiled}")).scalars())
        db.session.rollback()
    return rows, (
        f"The revenue report's statement:\n\n```\n{report_plan}\n```\n\n"
        f"Revenue by product:\n\n```\n{product_plan}\n```\n\n"
        f"Slowest list variant ({slowest[1]}), page 1:\n\n```\n{plan}\n```"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="timed requests per row")
    args = parser.parse_args()

    from fitnesscrm.core import embedded_postgres

    with tempfile.TemporaryDirectory(prefix="fcrm-billing-bench-") as data_dir:
        url = embedded_postgres.start(Path(data_dir), database="bench")
        counts = _load(url)
        rows, plan = _measure(url, args.requests)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    lines = [
        f"# Billing benchmark, {stamp} UTC",
        "",
        f"Data: {counts['organizations']} studios, {counts['invoices']:,} invoices, {counts['invoice_lines']:,} lines, "
        f"{counts['payments']:,} payments, {counts['refunds']:,} refunds, {counts['sessions']:,} sessions, "
        f"{counts['credit_entries']:,} credit entries; loaded in {counts['seconds']:.0f} s. "
        f"Load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs.",
        "",
        f"| measured ({args.requests} sequential requests each) | p50 ms | p95 ms | p95 < {TARGET_MS} ms |",
        "|---|---:|---:|---|",
        *(f"| {name} | {t['p50']:.1f} | {t['p95']:.1f} | {'yes' if t['p95'] < TARGET_MS else '**no**'} |"
          for name, t in rows),
        "",
        plan,
    ]  # fmt: skip
    report = "\n".join(lines)
    print(report)
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / f"billing-{stamp}.md").write_text(report + "\n")


if __name__ == "__main__":
    main()
