"""Load the foundation benchmark's data set into an empty, migrated database.

One organization with its owner, 1,000 trainers, 100,000 clients, ~130,000 assignments and
1,000,000 activity entries, written with set-based SQL (INSERT ... SELECT generate_series), then
ANALYZE. Deterministic (setseed) so that runs compare. Takes about a minute on 2 cores.

    DATABASE_URL=postgresql+psycopg2://... python bench/load_foundation_data.py

Re-running against a database that already holds the benchmark organization does nothing.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "backend"))

log = logging.getLogger("bench.load")

ORG_NAME = "Benchmark Fitness"
OWNER_EMAIL = "owner@benchmark-fitness.example.com"
OWNER_PASSWORD = "bench-password-0123456789"  # noqa: S105 - a throwaway account in a throwaway database

TRAINERS = 1_000
CLIENTS = 100_000
ACTIVITY = 1_000_000
# A last name given to a handful of clients only, for the "rare search" case.
RARE_LAST_NAME = "Quillfeather"


def _words(text: str) -> list[str]:
    return text.split()


FIRST_NAMES = _words(
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan "
    "Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Margaret "
    "Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin "
    "Amanda Brian Melissa George Deborah Timothy Stephanie Ronald Rebecca Edward Sharon Jason Laura Jeffrey "
    "Cynthia Ryan Kathleen Jacob Amy Gary Angela Nicholas Shirley Eric Anna Jonathan Brenda Stephen Pamela "
    "Larry Emma Justin Nicole Scott Helen Brandon Samantha Benjamin Katherine Samuel Christine Maria Marcus "
    "Martin Mason Madison Olivia Noah Liam Sofia Mateo Chloé Zoë Aiden Priya Wei Yuki Omar Fatima"
)
LAST_NAMES = _words(
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez "
    "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark "
    "Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams "
    "Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz "
    "Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson "
    "Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray "
    "Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins "
    "Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero "
    "Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant "
    "Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez "
    "McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford "
    "Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Muñoz Hunt Hicks Holmes Palmer "
    "Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels "
    "Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold "
    "Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson "
    "Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Peña Richards"
)
AREA_CODES = _words(
    "212 213 214 305 310 312 323 347 404 412 415 469 503 512 602 617 646 702 713 718 720 773 804 818 917 971"
)
CLIENT_TAGS = _words("vip referral weight-loss strength marathon rehab online corporate student senior")
SPECIALIZATIONS = _words("strength yoga pilates hiit boxing running nutrition mobility crossfit swimming")
DOMAINS = _words("gmail.com yahoo.com outlook.com icloud.com proton.me example.org fastmail.com")


@dataclass(frozen=True)
class Owner:
    email: str
    password: str
    organization_id: int
    reused: bool = False  # the data was already there


def _array(values) -> str:
    return "(ARRAY[" + ",".join("'" + value.replace("'", "''") + "'" for value in values) + "]::text[])"


def _encrypted(url: str, texts: list[str]) -> list[str]:
    """`texts` as the app stores its encrypted columns (core.crypto), with the key the served app reads.

    Plain text in those columns would be unreadable to the app: each client gets one of these tokens.
    """
    from fitnesscrm.app import create_app
    from fitnesscrm.config import DevelopmentConfig
    from fitnesscrm.core import crypto

    config = DevelopmentConfig()
    config.SQLALCHEMY_DATABASE_URI = url
    with create_app(config).app_context():
        return [crypto.encrypt(text) for text in texts]


def _password_hash(url: str) -> str:
    """The owner's hash, made by the app's own hash_password with the app's Argon2 settings."""
    from fitnesscrm.app import create_app
    from fitnesscrm.auth.service import hash_password
    from fitnesscrm.config import DevelopmentConfig

    config = DevelopmentConfig()
    config.SQLALCHEMY_DATABASE_URI = url
    with create_app(config).app_context():
        return hash_password(OWNER_PASSWORD)


def _step(conn, table: str, sql: str, *, rebuild_indexes: bool = False, **params) -> None:
    """Run one INSERT into `table` and commit.

    With `rebuild_indexes`, the table's plain indexes (not those behind constraints) are dropped first
    and created again from their own definitions afterwards, in the same transaction: one sorted
    build per index is much faster than a million inserts into each, and a failure rolls it all back.
    """
    started = time.perf_counter()
    definitions = []
    if rebuild_indexes:
        definitions = conn.execute(
            sa.text(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                "AND tablename = :t AND indexname NOT IN "
                "(SELECT conname FROM pg_constraint WHERE conrelid = CAST(:t AS regclass))"
            ),
            {"t": table},
        ).all()
        for name, _ in definitions:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
    result = conn.execute(sa.text(sql), params)
    for _, definition in definitions:
        conn.exec_driver_sql(definition)
    conn.commit()
    count = f"{result.rowcount:,} rows" if result.rowcount and result.rowcount > 0 else ""
    rebuilt = f" ({len(definitions)} indexes rebuilt)" if definitions else ""
    log.info("%-18s %s%s in %.1f s", table, count, rebuilt, time.perf_counter() - started)


def _existing(conn) -> Owner | None:
    org_id = conn.execute(sa.text("SELECT id FROM organizations WHERE name = :n"), {"n": ORG_NAME}).scalar()
    if org_id is None:
        return None
    clients = conn.execute(sa.text("SELECT count(*) FROM clients WHERE organization_id = :o"), {"o": org_id}).scalar()
    if clients < CLIENTS:
        raise RuntimeError(f"{ORG_NAME!r} exists with only {clients} clients; load into an empty database")
    return Owner(OWNER_EMAIL, OWNER_PASSWORD, org_id, reused=True)


def load(url: str) -> Owner:
    """Fill the database at `url` (already migrated) and return the owner's credentials."""
    engine = sa.create_engine(url)
    total_started = time.perf_counter()
    with engine.connect() as conn:
        existing = _existing(conn)
        if existing is not None:
            log.info("Benchmark data already present (organization %s); not loading again", existing.organization_id)
            return existing
        conn.exec_driver_sql("SET synchronous_commit = off")
        conn.exec_driver_sql("SET maintenance_work_mem = '256MB'")
        conn.exec_driver_sql("SET work_mem = '64MB'")
        conn.exec_driver_sql("SELECT setseed(0.42)")

        org_id = conn.execute(
            sa.text("INSERT INTO organizations (name, timezone) VALUES (:n, 'America/New_York') RETURNING id"),
            {"n": ORG_NAME},
        ).scalar_one()
        owner_id = conn.execute(
            sa.text(
                "INSERT INTO users (organization_id, email, password_hash, role, first_name, last_name) "
                "VALUES (:o, :e, :h, 'owner', 'Olivia', 'Owner') RETURNING id"
            ),
            {"o": org_id, "e": OWNER_EMAIL, "h": _password_hash(url)},
        ).scalar_one()
        conn.commit()

        _step(
            conn,
            "trainers",
            f"""
            INSERT INTO trainers (organization_id, first_name, last_name, email, phone, specializations, bio,
                                  hourly_rate, archived_at, created_at, updated_at)
            SELECT :org, fn, ln,
                   lower(fn || '.' || ln || '.' || i || '@studio-staff.example.com'),
                   '+1 ' || {_array(AREA_CODES)}[1 + i % {len(AREA_CODES)}] || ' '
                       || (200 + (i * 7919) % 800) || ' ' || lpad(((i * 104729) % 10000)::text, 4, '0'),
                   ARRAY(SELECT s FROM unnest({_array(SPECIALIZATIONS)}) WITH ORDINALITY AS t(s, k)
                         WHERE (h >> k::int) & 3 = 0 LIMIT 4),
                   CASE WHEN i % 3 = 0 THEN NULL ELSE 'Coach ' || fn || ' has trained clients for '
                        || (1 + i % 20) || ' years.' END,
                   40 + (i * 37) % 111 + 0.5 * (i % 2),
                   CASE WHEN i % 33 = 0 THEN now() - (i % 300) * interval '1 day' END,
                   created, created + (i % 90) * interval '1 day'
            FROM (
                SELECT i, {_array(FIRST_NAMES)}[1 + floor(random() * {len(FIRST_NAMES)})::int] AS fn,
                       {_array(LAST_NAMES)}[1 + floor(random() * {len(LAST_NAMES)})::int] AS ln,
                       floor(random() * 2147483647)::int AS h,
                       now() - interval '4 years' + i * interval '1 day' AS created
                FROM generate_series(1, {TRAINERS}) AS i
            ) AS src
            """,
            org=org_id,
        )

        # Statuses: 58% active, 15% lead, 12% paused, 13% inactive, 2% archived (lists hide archived clients,
        # so ~98k stay visible and page 3900 of 25 is a real page). created_at rises with id over ~3 years;
        # every 10th client has no phone, every 20th no email.
        _step(
            conn,
            "clients",
            f"""
            INSERT INTO clients (organization_id, first_name, last_name, email, phone, date_of_birth, gender,
                                 goals, notes, emergency_contact_name, emergency_contact_phone, tags, status,
                                 status_before_archive, start_date, source, archived_at, created_at, updated_at)
            SELECT :org, fn, ln,
                   CASE WHEN i % 20 = 0 THEN NULL
                        ELSE lower(fn || '.' || ln || i || '@' || {_array(DOMAINS)}[1 + i % {len(DOMAINS)}]) END,
                   CASE WHEN i % 10 = 0 THEN NULL
                        WHEN i % 4 = 0 THEN '+1' || area || exch || line
                        WHEN i % 4 = 1 THEN '(' || area || ') ' || exch || '-' || line
                        WHEN i % 4 = 2 THEN area || '.' || exch || '.' || line
                        ELSE '+1 ' || area || ' ' || exch || ' ' || line END,
                   DATE '1950-01-01' + (h % 20000),
                   (ARRAY['female', 'male', 'non_binary', 'other', 'prefer_not_to_say', NULL])[1 + h % 6],
                   CASE WHEN h % 3 = 0 THEN (CAST(:goals AS text[]))[1 + h % 20] END,
                   CASE WHEN h % 5 = 0 THEN (CAST(:notes AS text[]))[1 + h % 14] END,
                   CASE WHEN h % 4 = 0 THEN {_array(FIRST_NAMES)}[1 + h % {len(FIRST_NAMES)}] || ' ' || ln END,
                   CASE WHEN h % 4 = 0 THEN '+1 555 ' || lpad((h % 10000000)::text, 7, '0') END,
                   ARRAY(SELECT t FROM unnest({_array(CLIENT_TAGS)}) WITH ORDINALITY AS x(t, k)
                         WHERE (h >> k::int) & 7 = 0),
                   status,
                   CASE WHEN status = 'archived' THEN 'active' END,
                   CASE WHEN status <> 'lead' THEN (created + (h % 30) * interval '1 day')::date END,
                   (ARRAY['walk-in', 'instagram', 'referral', 'website', 'google', NULL])[1 + h % 6],
                   CASE WHEN status = 'archived' THEN created + interval '200 days' END,
                   created, created + (h % 60) * interval '1 day'
            FROM (
                SELECT i, h, created,
                       {_array(FIRST_NAMES)}[1 + floor(random() * {len(FIRST_NAMES)})::int] AS fn,
                       CASE WHEN i % 33331 = 17 THEN '{RARE_LAST_NAME}'
                            ELSE {_array(LAST_NAMES)}[1 + floor(random() * {len(LAST_NAMES)})::int] END AS ln,
                       {_array(AREA_CODES)}[1 + h % {len(AREA_CODES)}] AS area,
                       (200 + (h / 7) % 800)::text AS exch,
                       lpad(((h / 5600) % 10000)::text, 4, '0') AS line,
                       CASE WHEN r < 0.58 THEN 'active' WHEN r < 0.73 THEN 'lead' WHEN r < 0.85 THEN 'paused'
                            WHEN r < 0.98 THEN 'inactive' ELSE 'archived' END AS status
                FROM (
                    SELECT i, floor(random() * 2147483647)::int AS h, random() AS r,
                           now() - ({CLIENTS} - i) * interval '15 minutes' - random() * interval '10 minutes'
                               AS created
                    FROM generate_series(1, {CLIENTS}) AS i
                ) AS base
            ) AS src
            ORDER BY i
            """,
            rebuild_indexes=True,
            org=org_id,
            goals=_encrypted(url, [f"Lose {5 + n} kg and run a 10k" for n in range(20)]),
            notes=_encrypted(url, [f"Prefers mornings; knee injury in {2010 + n}" for n in range(14)]),
        )

        conn.exec_driver_sql(
            "CREATE TEMP TABLE bench_trainer_ids AS "
            f"SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM trainers WHERE organization_id = {org_id}"
        )
        conn.exec_driver_sql(
            "CREATE TEMP TABLE bench_client_ids AS "
            f"SELECT row_number() OVER (ORDER BY id) AS n, id, created_at FROM clients WHERE organization_id = {org_id}"
        )
        conn.exec_driver_sql("CREATE UNIQUE INDEX ON bench_trainer_ids (n)")
        # Every client but each 20th has an open primary trainer (95k); each 5th also an open second
        # trainer (20k); each 7th an earlier, ended assignment (~14k): ~129k in all.
        _step(
            conn,
            "assignments",
            f"""
            INSERT INTO assignments (organization_id, client_id, trainer_id, is_primary, assigned_at,
                                     assigned_by_id, ended_at, ended_by_id)
            SELECT :org, c.id, t.id, kind = 1,
                   c.created_at + interval '2 days' + (kind * 30) * interval '1 day', :owner,
                   CASE WHEN kind = 3 THEN c.created_at + interval '20 days' END,
                   CASE WHEN kind = 3 THEN :owner END
            FROM bench_client_ids c
            CROSS JOIN LATERAL (VALUES
                (1, (c.n * 37) % {TRAINERS}, c.n % 20 <> 0),
                (2, (c.n * 37 + 500) % {TRAINERS}, c.n % 5 = 1),
                (3, (c.n * 13 + 7) % {TRAINERS}, c.n % 7 = 3)
            ) AS k(kind, trainer_n, wanted)
            JOIN bench_trainer_ids t ON t.n = k.trainer_n
            WHERE k.wanted
            """,
            org=org_id,
            owner=owner_id,
        )

        # 70% about clients, 25% about assignments, 5% about trainers; created_at rises with id over ~3 years.
        _step(
            conn,
            "activity_entries",
            f"""
            INSERT INTO activity_entries (organization_id, actor_id, actor_name, action, entity_type, entity_id,
                                          entity_label, changes, created_at)
            SELECT :org, :owner, 'Olivia Owner', action, entity_type,
                   CASE entity_type WHEN 'trainer' THEN 1 + h % {TRAINERS} ELSE 1 + h % {CLIENTS} END,
                   {_array(FIRST_NAMES)}[1 + h % {len(FIRST_NAMES)}] || ' '
                       || {_array(LAST_NAMES)}[1 + (h / 97) % {len(LAST_NAMES)}],
                   CASE action
                       WHEN 'update' THEN jsonb_build_object('status', jsonb_build_object(
                           'before', 'lead', 'after', 'active'), 'phone', jsonb_build_object(
                           'before', NULL, 'after', '+1 415 555 ' || lpad((h % 10000)::text, 4, '0')))
                       WHEN 'create' THEN jsonb_build_object('first_name', jsonb_build_object(
                           'before', NULL, 'after', {_array(FIRST_NAMES)}[1 + h % {len(FIRST_NAMES)}]))
                       WHEN 'archive' THEN jsonb_build_object('archived_at', jsonb_build_object(
                           'before', NULL, 'after', '2025-01-01T10:00:00+00:00'))
                       ELSE '{{}}'::jsonb END,
                   now() - ({ACTIVITY} - i) * interval '90 seconds'
            FROM (
                SELECT i, h,
                       CASE WHEN r < 0.70 THEN 'client' WHEN r < 0.95 THEN 'assignment' ELSE 'trainer' END
                           AS entity_type,
                       CASE WHEN r < 0.70 THEN (ARRAY['create', 'update', 'update', 'update', 'archive',
                                                      'restore', 'delete'])[1 + h % 7]
                            WHEN r < 0.95 THEN (ARRAY['assign', 'unassign'])[1 + h % 2]
                            ELSE (ARRAY['create', 'update', 'archive'])[1 + h % 3] END AS action
                FROM (
                    SELECT i, floor(random() * 2147483647)::int AS h, random() AS r
                    FROM generate_series(1, {ACTIVITY}) AS i
                ) AS base
            ) AS src
            """,
            rebuild_indexes=True,
            org=org_id,
            owner=owner_id,
        )

        started = time.perf_counter()
        conn.commit()
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as auto:
            # The triggers that keep client counts rewrote every assigned client's row while the
            # assignments went in; a table that grew one row at a time would not carry those dead rows.
            auto.exec_driver_sql("VACUUM (FULL) clients")
            auto.exec_driver_sql("VACUUM (ANALYZE)")
        log.info("%-18s in %.1f s", "vacuum analyze", time.perf_counter() - started)
    engine.dispose()
    log.info("Loaded in %.1f s", time.perf_counter() - total_started)
    return Owner(OWNER_EMAIL, OWNER_PASSWORD, org_id)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"), help="default: $DATABASE_URL")
    args = parser.parse_args()
    if not args.database_url:
        parser.error("set DATABASE_URL or pass --database-url")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    owner = load(args.database_url)
    print(f"owner: {owner.email} / {owner.password} (organization {owner.organization_id})")


if __name__ == "__main__":
    main()
