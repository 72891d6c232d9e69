"""The embedded PostgreSQL server used when DATABASE_URL is unset."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

log = logging.getLogger(__name__)


def start(data_dir: Path, database: str = "fitnesscrm") -> str:
    """Start (or join) the server whose data lives in `data_dir` and return a URL to `database`.

    The server is shared by every process that asks for the same directory and stops
    when the last of them exits; the data stays for the next start.
    """
    import pgserver

    if not database.isidentifier():
        raise ValueError(f"Unsafe database name {database!r}")

    data_dir.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        server = pgserver.get_server(data_dir, cleanup_mode="stop")
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{database}';")  # noqa: S608 - checked identifier
    if "(1 row)" not in exists:
        server.psql(f'CREATE DATABASE "{database}";')
        log.info("Created database %s in %s", database, data_dir)
    socket_dir = server.get_uri().split("host=", 1)[1]
    return f"postgresql+psycopg2://postgres@/{database}?host={socket_dir}"
