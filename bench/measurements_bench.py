"""The measurements benchmark: `.venv/bin/python bench/measurements_bench.py`.

Starts an embedded PostgreSQL in a temporary directory (or uses BENCH_DATABASE_URL), migrates
it, loads one studio whose client has 10,000 weights (one a day, about 27 years, a slow trend
with daily noise; bulk-inserted) and a body-fat reading a week, then calls the chart endpoint
through Flask's test client (the whole request: authentication, scope, SQL, conversion,
serialisation) and prints p50/p95 in ms:

- `GET /api/clients/<id>/measurements/chart?type_id=<weight>`: every entry (10,000; the answer
  keeps 400 points, the newest entry on or before each of 400 evenly spaced days, each with its
  moving average);
- the same for the last 90 days and the last year (the range the phone opens with);
- body composition over all of it, and the first page of the entries list;
- and, to read them against, `GET /api/auth/me` (what any signed-in request costs on the machine).

Target: the chart's p95 under 30 ms. Options: `--requests` per row (default 200), `--entries`.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

BACKEND_DIR = Path(__file__).resolve().parent.parent / "backend"
sys.path.insert(0, str(BACKEND_DIR))

import sqlalchemy as sa  # noqa: E402
from flask_jwt_extended import create_access_token  # noqa: E402
from flask_migrate import upgrade  # noqa: E402

from fitnesscrm.app import MIGRATIONS_DIR, create_app  # noqa: E402
from fitnesscrm.config import TestConfig  # noqa: E402
from fitnesscrm.extensions import db  # noqa: E402

TARGET_P95_MS = 30.0


def load(entries: int) -> dict:
    """One studio, its owner and a client with `entries` daily weights and a weekly body fat, ending today."""
    from fitnesscrm.auth.models import User
    from fitnesscrm.clients.models import Client
    from fitnesscrm.organizations.models import Organization
    from fitnesscrm.progress.models import Measurement, MeasurementType

    organization = Organization(name="Bench Studio", timezone="Europe/London", country="GB")
    db.session.add(organization)
    db.session.flush()
    # The owner never signs in: the benchmark makes their token itself.
    owner = User(organization_id=organization.id, email="owner@bench.example", role="owner", first_name="Olive",
                 last_name="Owner", password_hash="!")  # noqa: S106  # fmt: skip
    client = Client(organization_id=organization.id, first_name="Casey", last_name="Client",
                    email="casey@bench.example", status="active", tags=[])  # fmt: skip
    db.session.add_all([owner, client])
    db.session.flush()
    ids = dict(db.session.execute(sa.select(MeasurementType.slug, MeasurementType.id).where(
        MeasurementType.organization_id.is_(None))).all())  # fmt: skip
    first = date.today() - timedelta(days=entries - 1)
    rows = []
    for n in range(entries):
        day = first + timedelta(days=n)
        trend = 95 - 15 * n / entries + 2 * ((n * 7919) % 100) / 100
        rows.append({"organization_id": organization.id, "client_id": client.id, "type_id": ids["weight"],
                     "measured_on": day, "value_si": round(trend, 1)})  # fmt: skip
        if n % 7 == 0:
            rows.append({"organization_id": organization.id, "client_id": client.id, "type_id": ids["body_fat"],
                         "measured_on": day, "value_si": round(28 - 10 * n / entries, 1)})  # fmt: skip
    db.session.execute(sa.insert(Measurement), rows)
    db.session.commit()
    # As autovacuum leaves a table after a bulk load: statistics and the visibility map (index-only scans).
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(sa.text("VACUUM ANALYZE measurements"))
    return {"owner": owner.id, "client": client.id, "weight": ids["weight"], "rows": len(rows)}


def timed(api, path: str, headers: dict, requests: int) -> tuple[float, float, int]:
    for _ in range(10):
        api.get(path, headers=headers)
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        response = api.get(path, headers=headers)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.get_data(as_text=True)[:200]
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)], len(response.get_data())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    work_dir = Path(tempfile.mkdtemp(prefix="fitnesscrm-measurements-bench-"))
    try:
        url = os.environ.get("BENCH_DATABASE_URL")
        if not url:
            from fitnesscrm.core import embedded_postgres

            url = embedded_postgres.start(work_dir / "pg", database="bench")
        config = TestConfig()
        config.SQLALCHEMY_DATABASE_URI = url
        config.RATELIMIT_ENABLED = False
        app = create_app(config)
        with app.app_context():
            upgrade(directory=str(MIGRATIONS_DIR))
            started = time.perf_counter()
            facts = load(args.entries)
            loaded = time.perf_counter() - started
            headers = {"Authorization": f"Bearer {create_access_token(identity=str(facts['owner']))}"}
        api = app.test_client()
        client, weight = facts["client"], facts["weight"]
        today = date.today()
        base = f"/api/clients/{client}/measurements"
        rows = [
            # What any signed-in request costs here (authentication, one query): read the rows against it.
            ("baseline: GET /api/auth/me", "/api/auth/me"),
            (f"chart, all {args.entries:,} entries", f"{base}/chart?type_id={weight}"),
            ("chart, last year", f"{base}/chart?type_id={weight}&from={today - timedelta(days=365)}"),
            ("chart, last 90 days", f"{base}/chart?type_id={weight}&from={today - timedelta(days=90)}"),
            ("body composition, all", f"{base}/body-composition"),
            ("entries list, first page", base),
        ]
        load_average = ", ".join(f"{value:.1f}" for value in os.getloadavg())
        print(
            f"# Measurements benchmark ({os.cpu_count()} CPUs, load average {load_average}; Flask test client, "
            f"{args.requests} requests a row)"
        )
        print(f"\n{facts['rows']:,} measurements of one client loaded in {loaded:.1f} s.\n")
        print(f"| request | p50 ms | p95 ms | bytes | p95 < {TARGET_P95_MS:.0f} ms |\n|---|---:|---:|---:|---|")
        for label, path in rows:
            p50, p95, size = timed(api, path, headers, args.requests)
            print(f"| {label} | {p50:.1f} | {p95:.1f} | {size:,} | {'ok' if p95 < TARGET_P95_MS else '**over**'} |")
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
