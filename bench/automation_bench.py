"""The automation benchmark: `.venv/bin/python bench/automation_bench.py [--clients 50000]`.

Starts an embedded PostgreSQL in a temporary directory (or uses BENCH_DATABASE_URL), loads one studio
with `--clients` clients (birthdays spread over the year, start dates over two years, a past session
each, a tenth tagged "vip") and 10 rules: 7 on time triggers (birthday, no session in 14 and 30 days,
7 and 30 days after start, check-in overdue, membership expiring) with conditions, and 3 on events
whose runs (one per client in a tenth of the studio) are due now. Then calls `engine.process` — what
POST /api/automation/process-triggers and the worker's minute run — until nothing is due, and reports
per call: milliseconds, rules evaluated, runs fired, steps run and rows locked; then the cost of a
quiet call (nothing due), which is what every minute costs in steady state.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

BACKEND_DIR = Path(__file__).resolve().parent.parent / "backend"
sys.path.insert(0, str(BACKEND_DIR))

import sqlalchemy as sa  # noqa: E402
from flask_migrate import upgrade  # noqa: E402

from fitnesscrm.app import MIGRATIONS_DIR, create_app  # noqa: E402
from fitnesscrm.config import TestConfig  # noqa: E402
from fitnesscrm.extensions import db  # noqa: E402

EMAIL = {
    "type": "send_email",
    "subject": "Hi {{ first_name }}",
    "body": "Hello {{ full_name }}, from {{ studio_name }}",
}
TAG = {"type": "add_tag", "tag": "reached"}
RULES = [
    ("birthday", None, [], [EMAIL]),
    ("no_session_in_days", 14, [{"type": "status_in", "statuses": ["active"]}], [EMAIL, TAG]),
    ("no_session_in_days", 30, [{"type": "has_tag", "tag": "vip"}], [EMAIL]),
    ("days_after_start", 7, [], [EMAIL]),
    ("days_after_start", 30, [{"type": "lacks_tag", "tag": "vip"}], [TAG]),
    ("check_in_overdue", None, [], [EMAIL]),
    ("membership_expiring_in_days", 14, [], [EMAIL]),
    ("client_created", None, [], [EMAIL, {"type": "wait", "amount": 3, "unit": "days"}, EMAIL]),
    ("session_booked", None, [], [TAG]),
    ("goal_achieved", None, [{"type": "status_in", "statuses": ["active", "paused"]}], [EMAIL]),
]


def load(clients: int) -> int:
    """One studio, its clients, a session each in the past, and the 10 rules; the studio's id."""
    run = lambda sql, **params: db.session.execute(sa.text(sql), params)  # noqa: E731
    org = run(
        "INSERT INTO organizations (name, timezone, country) VALUES ('Bench', 'Europe/London', 'GB') RETURNING id"
    )
    org_id = org.scalar_one()
    owner = run(
        "INSERT INTO users (organization_id, email, password_hash, role, first_name, last_name) "
        "VALUES (:org, 'owner@bench.example', 'x', 'owner', 'Olive', 'Owner') RETURNING id",
        org=org_id,
    ).scalar_one()
    # A trainer per 1,000 clients' worth of sessions: one session a day each, so that none overlap.
    trainers = max(1, clients // 50)
    run(
        "INSERT INTO trainers (organization_id, first_name, last_name, email) "
        "SELECT :org, 'Trainer', 'T' || n, 'trainer' || n || '@bench.example' FROM generate_series(1, :count) n",
        org=org_id,
        count=trainers,
    )
    first_trainer = run("SELECT min(id) FROM trainers WHERE organization_id = :org", org=org_id).scalar_one()
    run(
        "INSERT INTO clients (organization_id, first_name, last_name, email, status, tags, date_of_birth, start_date) "
        "SELECT :org, 'Client', 'N' || n, 'client' || n || '@bench.example', "
        "CASE WHEN n % 7 = 0 THEN 'paused' ELSE 'active' END, "
        "CASE WHEN n % 10 = 0 THEN ARRAY['vip']::varchar[] ELSE '{}'::varchar[] END, "
        "date '1980-01-01' + (n % 366), current_date - (n % 730) FROM generate_series(1, :count) n",
        org=org_id,
        count=clients,
    )
    run(
        "CREATE TEMP TABLE bench_sessions AS SELECT c.id AS client_id, :first + (c.id % :trainers) AS trainer_id, "
        "date_trunc('hour', now()) - make_interval(days => (c.id / :trainers) + 1) AS starts_at "
        "FROM clients c WHERE c.organization_id = :org",
        org=org_id,
        first=first_trainer,
        trainers=trainers,
    )
    run(
        "INSERT INTO sessions (organization_id, trainer_id, kind, status, starts_at, ends_at, timezone, title) "
        "SELECT :org, trainer_id, 'personal', 'completed', starts_at, starts_at + interval '1 hour', 'UTC', "
        "'c' || client_id FROM bench_sessions",
        org=org_id,
    )
    run(
        "INSERT INTO session_participants (organization_id, session_id, client_id, starts_at, ends_at) "
        "SELECT :org, s.id, substr(s.title, 2)::int, s.starts_at, s.ends_at FROM sessions s "
        "WHERE s.organization_id = :org",
        org=org_id,
    )
    for n, (trigger, days, conditions, steps) in enumerate(RULES):
        rule = run(
            "INSERT INTO automation_rules (organization_id, name, trigger, trigger_days, conditions, steps, "
            "next_evaluation_at, created_by_id) VALUES (:org, :name, :trigger, :days, CAST(:conditions AS jsonb), "
            "CAST(:steps AS jsonb), CASE WHEN :timed THEN now() END, :owner) RETURNING id",
            org=org_id, name=f"Rule {n}", trigger=trigger, days=days, conditions=json.dumps(conditions),
            steps=json.dumps(steps), timed=days is not None or trigger in ("birthday", "check_in_overdue"),
            owner=owner,
        ).scalar_one()  # fmt: skip
        if trigger in ("client_created", "session_booked", "goal_achieved"):
            run(
                "INSERT INTO automation_runs (organization_id, rule_id, client_id, occasion, next_due_at) "
                "SELECT :org, :rule, id, :occasion, now() FROM clients WHERE organization_id = :org AND id % 10 = 0",
                org=org_id, rule=rule, occasion=trigger,
            )  # fmt: skip
    run("ANALYZE")
    db.session.commit()
    return org_id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--quiet-calls", type=int, default=20)
    parser.add_argument("--max-calls", type=int, default=8, help="stop after this many busy calls")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    work_dir = Path(tempfile.mkdtemp(prefix="fitnesscrm-automation-bench-"))
    try:
        url = os.environ.get("BENCH_DATABASE_URL")
        if not url:
            from fitnesscrm.core import embedded_postgres

            url = embedded_postgres.start(work_dir / "pg", database="bench")
        config = TestConfig()
        config.SQLALCHEMY_DATABASE_URI = url
        app = create_app(config)
        from fitnesscrm.automation import engine

        with app.app_context():
            upgrade(directory=str(MIGRATIONS_DIR))
            started = time.perf_counter()
            load(args.clients)
            loaded = time.perf_counter() - started
            load_average = ", ".join(f"{value:.1f}" for value in os.getloadavg())
            print(f"# Automation benchmark ({os.cpu_count()} CPUs, load average {load_average})\n")
            print(f"{args.clients:,} clients, {len(RULES)} rules, loaded in {loaded:.0f} s; batch size "
                  f"{app.config['AUTOMATION_BATCH_SIZE']}, {app.config['AUTOMATION_BATCHES_PER_CALL']} batches "
                  "per call.\n")  # fmt: skip
            print(
                "| call | ms | rules evaluated | runs fired | steps run | rows locked |\n"
                "|---:|---:|---:|---:|---:|---:|"
            )
            calls = 0
            total_steps = 0
            while True:
                calls += 1
                started = time.perf_counter()
                summary = engine.process()
                elapsed = (time.perf_counter() - started) * 1000
                total_steps += summary.steps_run
                print(f"| {calls} | {elapsed:.0f} | {summary.evaluated} | {summary.fired:,} | "
                      f"{summary.steps_run:,} | {summary.locked:,} |")  # fmt: skip
                if (summary.evaluated == 0 and summary.steps_run == 0) or calls >= args.max_calls:
                    break
            quiet = []
            for _ in range(args.quiet_calls):
                started = time.perf_counter()
                engine.process()
                quiet.append((time.perf_counter() - started) * 1000)
            messages = db.session.execute(
                sa.text("SELECT count(*) FROM outbox_messages WHERE template = 'automation'")
            ).scalar_one()
            runs = db.session.execute(sa.text("SELECT count(*) FROM automation_runs")).scalar_one()
            print(f"\n{runs:,} runs, {total_steps:,} steps, {messages:,} emails queued over {calls} calls.")
            print(f"Quiet call (nothing due): p50 {statistics.median(quiet):.1f} ms, max {max(quiet):.1f} ms.")
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
