"""What readiness checks: the database answers, its schema is at the code's migration head, Redis answers."""

from __future__ import annotations

import functools
import logging

import redis
import sqlalchemy as sa
from alembic.config import Config as AlembicConfig
from alembic.script import ScriptDirectory
from flask import current_app
from sqlalchemy.exc import SQLAlchemyError

from fitnesscrm.extensions import db

log = logging.getLogger(__name__)
OK = "ok"
UNDEFINED_TABLE = "42P01"
# Seconds a readiness probe waits for Redis: a probe must answer before the balancer gives up on it.
REDIS_TIMEOUT_SECONDS = 2


@functools.cache
def migration_heads(directory: str) -> frozenset[str]:
    """The revisions the code's migrations end at, read from the migrations directory once per process."""
    config = AlembicConfig()
    config.set_main_option("script_location", directory)
    return frozenset(ScriptDirectory.from_config(config).get_heads())


@functools.cache
def _redis_client(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_timeout=REDIS_TIMEOUT_SECONDS, socket_connect_timeout=REDIS_TIMEOUT_SECONDS)


def check_database() -> dict[str, str]:
    """The database's and the schema's state in a sentence each ("ok" when fine), in one query."""
    migrations_dir = current_app.extensions["migrate"].directory
    try:
        applied = frozenset(db.session.scalars(sa.text("SELECT version_num FROM alembic_version")))
    except SQLAlchemyError as error:
        db.session.rollback()
        if getattr(getattr(error, "orig", None), "pgcode", None) == UNDEFINED_TABLE:
            return {"database": OK, "migrations": "The database has no schema yet: run `flask db upgrade`."}
        log.warning("Readiness: the database does not answer: %s", error)
        return {"database": "The database does not answer.", "migrations": "Unknown while the database is down."}
    heads = migration_heads(migrations_dir)
    if applied == heads:
        return {"database": OK, "migrations": OK}
    return {
        "database": OK,
        "migrations": (
            f"The database is at {', '.join(sorted(applied)) or 'no revision'} but this code expects "
            f"{', '.join(sorted(heads))}: run `flask db upgrade` (or deploy the code that matches)."
        ),
    }


def check_redis() -> str:
    """ "ok" when REDIS_URL's server answers a PING; "not configured" without REDIS_URL; else why not."""
    url = current_app.config.get("REDIS_URL")
    if not url:
        return "not configured"
    try:
        _redis_client(url).ping()
    except redis.RedisError as error:
        log.warning("Readiness: Redis does not answer: %s", error)
        return "Redis does not answer."
    return OK
