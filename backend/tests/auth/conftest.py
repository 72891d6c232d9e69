"""A committed database for the auth tests that race requests against each other."""

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

RACE_DATABASE = f"fitnesscrm_auth_race_{os.getpid()}"


@pytest.fixture(scope="module")
def committed_app(database_url: str) -> Iterator[Flask]:
    """An app on its own database where every request really commits, so that concurrent ones can collide.

    Argon2 runs at a realistic cost, which widens the window between a request's checks and its insert.
    """
    admin = sa.create_engine(make_url(database_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{RACE_DATABASE}"'))
    config = TestConfig()
    config.SQLALCHEMY_DATABASE_URI = make_url(database_url).set(database=RACE_DATABASE).render_as_string(False)
    config.ARGON2_TIME_COST = 2
    config.ARGON2_MEMORY_COST_KIB = 32768
    application = create_app(config)
    try:
        with application.app_context():
            upgrade(directory=str(MIGRATIONS_DIR))
            engine = db.engine
        yield application
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{RACE_DATABASE}" WITH (FORCE)'))
        admin.dispose()
