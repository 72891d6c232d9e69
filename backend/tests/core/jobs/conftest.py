"""A committed database for job tests: a worker only sees jobs whose transaction committed.

The per-test rolled-back transaction of tests/conftest.py cannot hold a job a worker will run, so
these tests act in an app of their own over a database of their own, emptied of jobs after each test.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from flask import Flask
from flask_migrate import upgrade
from sqlalchemy.engine import make_url

from fitnesscrm.app import MIGRATIONS_DIR, create_app
from fitnesscrm.config import TestConfig
from fitnesscrm.extensions import db

# What the test tasks did, written in their own transactions; a separate table so no product table is bent to it.
RUNS_TABLE = "job_test_runs"


@pytest.fixture(scope="package")
def committed_app(database_url: str) -> Iterator[Flask]:
    """An app over a migrated database of its own, whose commits are real."""
    name = f"fitnesscrm_jobs_{os.getpid()}"
    admin = sa.create_engine(make_url(database_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    config = TestConfig()
    config.SQLALCHEMY_DATABASE_URI = make_url(database_url).set(database=name).render_as_string(hide_password=False)
    application = create_app(config)
    try:
        with application.app_context():
            upgrade(directory=str(MIGRATIONS_DIR))
            db.session.execute(sa.text(f"CREATE TABLE {RUNS_TABLE} (id serial PRIMARY KEY, label text NOT NULL)"))
            db.session.commit()
        # Yielded outside its context: the per-test fixtures bind whichever app is current to their transaction.
        yield application
        with application.app_context():
            db.engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def committed(committed_app: Flask) -> Iterator[Flask]:
    """The committed app's context for one test; its jobs, workers and runs are deleted afterwards."""
    with committed_app.app_context():
        try:
            yield committed_app
        finally:
            db.session.rollback()
            db.session.execute(
                sa.text(
                    "TRUNCATE procrastinate_jobs, procrastinate_events, procrastinate_periodic_defers, "
                    f"procrastinate_workers, {RUNS_TABLE} RESTART IDENTITY CASCADE"
                )
            )
            db.session.commit()


def runs() -> list[str]:
    """Labels the test tasks recorded, in order."""
    return list(db.session.scalars(sa.text(f"SELECT label FROM {RUNS_TABLE} ORDER BY id")))  # noqa: S608 - a constant


def job_rows(task_name: str) -> list[sa.Row]:
    """The task's jobs as procrastinate keeps them: status, attempts, args, scheduled_at."""
    rows = db.session.execute(
        sa.text(
            "SELECT id, status::text AS status, attempts, args, scheduled_at FROM procrastinate_jobs "
            "WHERE task_name = :name ORDER BY id"
        ),
        {"name": task_name},
    ).all()
    db.session.rollback()
    return rows
