"""Load the training benchmark's data set into a migrated database.

One organization ("Benchmark Training", Europe/London) with its owner, 10 trainers (the first
one with a login) coaching 50 clients each, 500 clients (the first one with a portal login),
12 exercises of its own, and for every client a program started two years ago on three weekdays
with its prescribed workouts laid out until four weeks ahead (~156,000), about 85% of the past
ones completed and logged (~133,000 workout logs), 4 exercises x 3 sets per log (~1.6 million
sets, with load_kg, e1rm_kg and volume_kg computed as `training.formulas` does, loads rising
over the two years), the personal records those sets broke (heaviest load and best e1RM, per
client and exercise, in order) and a coach's comment on one workout in twenty.

Everything is set-based SQL (INSERT ... SELECT generate_series), deterministic (setseed), with
the big tables' plain indexes dropped and rebuilt in the same transaction. Re-running against
a database that already holds the organization does nothing.

    DATABASE_URL=postgresql+psycopg2://... python bench/load_training_data.py
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent / "backend"))
sys.path.insert(0, str(BENCH_DIR))

from load_foundation_data import OWNER_PASSWORD, _password_hash, _step  # noqa: E402 - after the path is set

log = logging.getLogger("bench.training")

ORG_NAME = "Benchmark Training"
PASSWORD = OWNER_PASSWORD  # what _password_hash hashes; throwaway accounts in a throwaway database
OWNER_EMAIL = "owner@benchmark-training.example.com"
TRAINER_EMAIL = "coach@benchmark-training.example.com"
CLIENT_EMAIL = "client@benchmark-training.example.com"

TRAINERS = 10
CLIENTS = 500
WEEKS_BACK = 104
WEEKS_AHEAD = 4
EXERCISES = (
    "Back Squat",
    "Bench Press",
    "Barbell Row",
    "Overhead Press",
    "Deadlift",
    "Pull-up",
    "Romanian Deadlift",
    "Incline Dumbbell Press",
    "Lat Pulldown",
    "Leg Press",
    "Dumbbell Row",
    "Hip Thrust",
)
DAYS = 3
PER_DAY = 4
SETS = 3
COMPLETED_SHARE = 0.85


@dataclass
class Accounts:
    owner: str
    trainer: str
    client: str
    password: str
    organization_id: int
    client_id: int
    reused: bool = False


def _content(exercise_ids: list[int]) -> dict:
    """One week of DAYS days with PER_DAY exercises each: the document every client's program holds."""

    keys = iter(range(1_000))

    def key() -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"bench/{next(keys)}"))

    days = []
    for day in range(DAYS):
        blocks = []
        for slot in range(PER_DAY):
            prescription = {
                "sets": SETS,
                "reps_min": 5,
                "reps_max": 8,
                "load": {"type": "kg", "value": 60},
                "rest_seconds": 120,
                "progression": {"kind": "add_load", "increment": 2.5, "unit": "kg"},
            }
            exercise = {"key": key(), "exercise_id": exercise_ids[day * PER_DAY + slot], "prescription": prescription}
            blocks.append(
                {
                    "key": key(),
                    "kind": "single",
                    "name": None,
                    "rounds": None,
                    "rest_seconds": None,
                    "exercises": [exercise],
                }
            )
        days.append({"key": key(), "name": f"Day {day + 1}", "notes": None, "blocks": blocks})
    return {"phases": [], "weeks": [{"key": key(), "name": None, "phase_key": None, "days": days}]}


def _existing(conn) -> Accounts | None:
    org_id = conn.execute(sa.text("SELECT id FROM organizations WHERE name = :n"), {"n": ORG_NAME}).scalar()
    if org_id is None:
        return None
    client_id = conn.execute(
        sa.text("SELECT c.id FROM clients c JOIN users u ON u.id = c.user_id WHERE u.email = :e"), {"e": CLIENT_EMAIL}
    ).scalar_one()
    return Accounts(OWNER_EMAIL, TRAINER_EMAIL, CLIENT_EMAIL, PASSWORD, org_id, client_id, reused=True)


def load(url: str) -> Accounts:
    """Fill the database at `url` (already migrated) and return the accounts the benchmark signs in with."""
    engine = sa.create_engine(url)
    started = time.perf_counter()
    with engine.connect() as conn:
        existing = _existing(conn)
        if existing is not None:
            log.info("Training data already present (organization %s); not loading again", existing.organization_id)
            return existing
        conn.exec_driver_sql("SET synchronous_commit = off")
        conn.exec_driver_sql("SET maintenance_work_mem = '256MB'")
        conn.exec_driver_sql("SET work_mem = '64MB'")
        conn.exec_driver_sql("SELECT setseed(0.42)")
        accounts = _people(conn, _password_hash(url))
        _without_foreign_key_checks(conn)
        _training(conn, accounts.organization_id, _no_exercise_notes(url))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as auto:
        auto.exec_driver_sql("VACUUM (ANALYZE)")
    engine.dispose()
    log.info("Loaded in %.1f s", time.perf_counter() - started)
    return accounts


def _no_exercise_notes(url: str) -> str:
    """An empty `workout_logs.exercise_notes` as the app stores it: encrypted with the key the served app reads."""
    from fitnesscrm.app import create_app
    from fitnesscrm.config import DevelopmentConfig
    from fitnesscrm.core import crypto

    config = DevelopmentConfig()
    config.SQLALCHEMY_DATABASE_URI = url
    with create_app(config).app_context():
        return crypto.encrypt_json({})


def _without_foreign_key_checks(conn) -> None:
    """Skip the per-row foreign key triggers of the training tables' inserts, where the role may.

    Every id written comes from the rows just inserted, so nothing is checked that could fail; the
    checks are most of the time of 1.6 million set inserts. The training tables have no other
    triggers (the client counts' triggers are on clients and assignments, loaded before this).
    """
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("SET session_replication_role = replica")
    except sa.exc.DBAPIError:
        log.info("Not a superuser: foreign keys are checked row by row (slower)")


def _people(conn, password_hash: str) -> Accounts:
    run = conn.execute
    org = run(
        sa.text("INSERT INTO organizations (name, timezone) VALUES (:n, 'Europe/London') RETURNING id"), {"n": ORG_NAME}
    ).scalar_one()
    user = sa.text(
        "INSERT INTO users (organization_id, email, password_hash, role, first_name, last_name) "
        "VALUES (:o, :e, :h, :r, :f, :l) RETURNING id"
    )
    run(user, {"o": org, "e": OWNER_EMAIL, "h": password_hash, "r": "owner", "f": "Olivia", "l": "Owner"})
    coach = run(user, {"o": org, "e": TRAINER_EMAIL, "h": password_hash, "r": "trainer", "f": "Casey", "l": "Coach"})
    client_user = run(
        user, {"o": org, "e": CLIENT_EMAIL, "h": password_hash, "r": "client", "f": "Alex", "l": "Client"}
    )
    run(
        sa.text(
            "INSERT INTO trainers (organization_id, user_id, first_name, last_name, email) "
            "SELECT :o, CASE WHEN n = 1 THEN :u END, CASE WHEN n = 1 THEN 'Casey' ELSE 'Trainer' END, "
            "  CASE WHEN n = 1 THEN 'Coach' ELSE n::text END, 'trainer' || n || '@benchmark-training.example.com' "
            "FROM generate_series(1, :n) n"
        ),
        {"o": org, "u": coach.scalar_one(), "n": TRAINERS},
    )
    run(
        sa.text(
            "INSERT INTO clients (organization_id, user_id, first_name, last_name, status, start_date) "
            "SELECT :o, CASE WHEN n = 1 THEN :u END, "
            "  (ARRAY['Alex','Sam','Jo','Kim','Lee','Max','Ria','Tom'])[1 + n % 8], 'Client ' || n, "
            "  'active', current_date - 730 FROM generate_series(1, :n) n"
        ),
        {"o": org, "u": client_user.scalar_one(), "n": CLIENTS},
    )
    run(
        sa.text(
            "INSERT INTO assignments (organization_id, client_id, trainer_id, is_primary) "
            "SELECT :o, c.id, t.ids[1 + (c.rn - 1) % :t], true "
            "FROM (SELECT id, row_number() OVER (ORDER BY id) rn FROM clients WHERE organization_id = :o) c, "
            "     (SELECT array_agg(id ORDER BY id) ids FROM trainers WHERE organization_id = :o) t"
        ),
        {"o": org, "t": TRAINERS},
    )
    client_id = run(sa.text("SELECT id FROM clients WHERE organization_id = :o ORDER BY id LIMIT 1"), {"o": org})
    conn.commit()
    return Accounts(OWNER_EMAIL, TRAINER_EMAIL, CLIENT_EMAIL, PASSWORD, org, client_id.scalar_one())


def _training(conn, org: int, no_notes: str) -> None:
    run = conn.execute
    exercise_ids = [
        run(
            sa.text(
                "INSERT INTO exercises (organization_id, name, category, primary_muscles, equipment, measurement) "
                "VALUES (:o, :n, 'strength', '{quadriceps}', '{barbell}', 'reps_load') RETURNING id"
            ),
            {"o": org, "n": name},
        ).scalar_one()
        for name in EXERCISES
    ]
    content = _content(exercise_ids)
    days = content["weeks"][0]["days"]
    run(
        sa.text(
            "INSERT INTO client_programs (organization_id, client_id, name, content, start_date, training_weekdays, "
            "  status, template_version) "
            "SELECT :o, id, 'Strength 3-day', CAST(:content AS jsonb), "
            "  current_date - :back * 7 - extract(isodow FROM current_date)::int + 1, "
            "  CASE id % 2 WHEN 0 THEN ARRAY[1, 3, 5] ELSE ARRAY[2, 4, 6] END::smallint[], 'active', NULL "
            "FROM clients WHERE organization_id = :o"
        ),
        {"o": org, "content": json.dumps(content), "back": WEEKS_BACK},
    )
    conn.commit()
    # Each training weekday is the program's next day in turn; past ones are done COMPLETED_SHARE of the time.
    _step(
        conn,
        "program_workouts",
        """
        INSERT INTO program_workouts (organization_id, client_program_id, client_id, scheduled_date, week_number,
          day_number, week_key, day_key, name, content, completed_at)
        SELECT p.organization_id, p.id, p.client_id, d.day::date, d.n / 3 + 1, d.n % 3 + 1,
               p.content #>> '{weeks,0,key}', p.content #>> ARRAY['weeks', '0', 'days', (d.n % 3)::text, 'key'],
               'Day ' || (d.n % 3 + 1), p.content #> ARRAY['weeks', '0', 'days', (d.n % 3)::text],
               CASE WHEN d.day < current_date AND random() < :share
                    THEN (d.day::date + time '17:30') AT TIME ZONE 'Europe/London' + random() * interval '2 hours' END
        FROM client_programs p,
             LATERAL (SELECT day, row_number() OVER (ORDER BY day) - 1 AS n
                      FROM generate_series(p.start_date, current_date + :ahead * 7, interval '1 day') day
                      WHERE extract(isodow FROM day)::int = ANY(p.training_weekdays)) d
        WHERE p.organization_id = :o
        """,
        rebuild_indexes=True,
        o=org,
        share=COMPLETED_SHARE,
        ahead=WEEKS_AHEAD,
    )
    _step(
        conn,
        "workout_logs",
        """
        INSERT INTO workout_logs (id, organization_id, client_id, program_workout_id, name, started_at, finished_at,
          duration_seconds, client_updated_at, exercise_notes)
        SELECT gen_random_uuid(), organization_id, client_id, id, name, completed_at - interval '55 minutes',
               completed_at, 3300, completed_at, :no_notes
        FROM program_workouts WHERE organization_id = :o AND completed_at IS NOT NULL
        """,
        rebuild_indexes=True,
        o=org,
        no_notes=no_notes,
    )
    # Loads rise 2.5 kg a month from a per-client, per-exercise start, rounded to 2.5 kg; reps 5-8.
    slot_exercises = [block["exercises"][0]["exercise_id"] for day in days for block in day["blocks"]]
    _step(
        conn,
        "set_logs",
        """
        INSERT INTO set_logs (id, organization_id, workout_log_id, client_id, exercise_id, prescription_key,
          set_number, status, reps, load_value, load_unit, load_kg, e1rm_kg, volume_kg, performed_at,
          client_updated_at)
        SELECT gen_random_uuid(), s.organization_id, s.workout_log_id, s.client_id, s.exercise_id, NULL,
               s.set_number, 'done', s.reps, s.load, 'kg', s.load,
               round(CASE WHEN s.reps = 1 THEN s.load WHEN s.reps < 10 THEN s.load * 36 / (37 - s.reps)
                          ELSE s.load * (1 + s.reps / 30.0) END, 3),
               s.load * s.reps, s.at, s.at
        FROM (
          SELECT w.organization_id, w.id AS workout_log_id, w.client_id,
                 x.ids[(pw.day_number - 1) * 4 + e] AS exercise_id,
                 st AS set_number, 5 + floor(random() * 4)::int AS reps,
                 round((40 + (w.client_id * 7 + e * 11) % 40 + (w.started_at::date - p.start_date) / 30.0 * 2.5)
                       / 2.5) * 2.5 AS load,
                 w.started_at + ((e - 1) * 3 + st) * interval '4 minutes' AS at
          FROM workout_logs w
          JOIN program_workouts pw ON pw.id = w.program_workout_id
          JOIN client_programs p ON p.id = pw.client_program_id,
               (SELECT CAST(:ids AS int[]) AS ids) x, generate_series(1, 4) e, generate_series(1, 3) st
          WHERE w.organization_id = :o
        ) s
        """,
        rebuild_indexes=True,
        o=org,
        ids=slot_exercises,
    )
    _step(
        conn,
        "workout_logs",
        """
        UPDATE workout_logs w SET total_volume_kg = v.total
        FROM (SELECT workout_log_id, sum(volume_kg) total FROM set_logs WHERE organization_id = :o
              GROUP BY workout_log_id) v
        WHERE w.id = v.workout_log_id
        """,
        o=org,
    )
    # A record is a done set beating every earlier set of the client's exercise; ties break nothing.
    for kind, column in (("heaviest_load", "load_kg"), ("best_e1rm", "e1rm_kg")):
        _step(
            conn,
            "personal_records",
            f"""
            INSERT INTO personal_records (organization_id, client_id, exercise_id, set_log_id, kind, value,
              previous_value, load_kg, reps, achieved_at)
            SELECT organization_id, client_id, exercise_id, id, '{kind}', {column}, best_before, load_kg, reps,
                   performed_at
            FROM (SELECT *, max({column}) OVER (PARTITION BY client_id, exercise_id ORDER BY performed_at, id
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS best_before
                  FROM set_logs WHERE organization_id = :o) s
            WHERE best_before IS NULL OR {column} > best_before
            """,
            o=org,
        )
    _step(
        conn,
        "workout_comments",
        """
        INSERT INTO workout_comments (organization_id, workout_log_id, author_user_id, author_name, body,
          created_at, updated_at)
        SELECT w.organization_id, w.id, u.id, 'Casey Coach', 'Solid session: keep the same load next time.',
               w.finished_at + interval '3 hours', w.finished_at + interval '3 hours'
        FROM workout_logs w, (SELECT id FROM users WHERE email = :coach) u
        WHERE w.organization_id = :o AND random() < 0.05
        """,
        o=org,
        coach=TRAINER_EMAIL,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"), help="default: $DATABASE_URL")
    args = parser.parse_args()
    if not args.database_url:
        parser.error("set DATABASE_URL or pass --database-url")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    accounts = load(args.database_url)
    print(f"owner {accounts.owner}, trainer {accounts.trainer}, client {accounts.client}; password {accounts.password}")


if __name__ == "__main__":
    main()
