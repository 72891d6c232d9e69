"""scripts/backup.sh and scripts/restore.sh, run as an operator runs them, on the demo studio.

The demo data goes into a database of its own on the test run's PostgreSQL server (PostgreSQL 16,
so the scripts use the server's own client tools through PG_BIN, as docs/backups.md tells users of
the embedded server to), with its uploaded files in a directory of its own. Each restore goes into a
new, empty database and directory, and every table's rows, every sequence and every file must come
back identical.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import subprocess
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import pgserver
import pytest
import sqlalchemy as sa
from alembic.script import ScriptDirectory
from sqlalchemy.engine import make_url

from fitnesscrm.app import MIGRATIONS_DIR, create_app
from fitnesscrm.config import TestConfig
from fitnesscrm.extensions import db

REPO = Path(__file__).resolve().parents[3]
BACKEND = REPO / "backend"
PG_BIN = Path(pgserver.__file__).parent / "pginstall" / "bin"
DEBIAN_PG_BIN = Path("/usr/lib/postgresql/15/bin")
PASSPHRASE = "correct horse battery staple"
BACKUP_NAME = r"fitnesscrm-\d{8}T\d{6}Z\.tar"


class Server:
    """Databases made and dropped on the test run's PostgreSQL server, for the scripts to work on."""

    def __init__(self, database_url: str, tag: str) -> None:
        self.url = make_url(database_url)
        self.tag = tag
        self.admin = sa.create_engine(self.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
        self.made: list[str] = []

    def create(self, name: str, *, empty: bool = True) -> str:
        """A new database: empty (from template0), or a copy of the migrated template1."""
        database = f"{name}_{self.tag}"
        template = " TEMPLATE template0" if empty else ""
        with self.admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{database}"{template}'))
        self.made.append(database)
        return self.url.set(database=database).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        with self.admin.connect() as connection:
            for database in self.made:
                connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        self.admin.dispose()


def run(command: list[str], **env: str | Path) -> subprocess.CompletedProcess[str]:
    """Run a script with only the settings given (and PATH), as a cron job would."""
    environment = {"PATH": os.environ["PATH"], "LANG": "C.UTF-8"}
    environment.update({name: str(value) for name, value in env.items()})
    return subprocess.run(command, env=environment, capture_output=True, text=True, timeout=600, check=False)  # noqa: S603


def flask(*args: str, url: str, files: Path) -> str:
    """Run the app's own CLI command on the database at `url` with its files in `files`; returns its output.

    In this process, on an app of its own (as tests/live.py builds one): the same command a shell runs,
    without the seconds a new interpreter takes to import the app.
    """
    config = TestConfig()
    config.SQLALCHEMY_DATABASE_URI = url
    config.STORAGE_LOCAL_DIR = files
    application = create_app(config)
    with application.app_context():
        try:
            result = application.test_cli_runner().invoke(args=list(args))
        finally:
            db.session.remove()
            db.engine.dispose()
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result.output


def backup(backup_dir: Path, *, url: str, files: Path, **settings: str | Path) -> subprocess.CompletedProcess[str]:
    settings = {"DATABASE_URL": url, "BACKUP_DIR": backup_dir, "STORAGE_LOCAL_DIR": files, "PG_BIN": PG_BIN, **settings}
    return run([str(REPO / "scripts" / "backup.sh")], **settings)


def restore(archive: Path, *, url: str, files: Path, force: bool = False, **settings: str | Path):
    settings = {"DATABASE_URL": url, "STORAGE_LOCAL_DIR": files, "PG_BIN": PG_BIN, **settings}
    return run([str(REPO / "scripts" / "restore.sh"), *(["--force"] if force else []), str(archive)], **settings)


def contents(url: str) -> dict[str, tuple[int, str]]:
    """Every table's row count and the md5 of its rows in order, and every sequence's position."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            tables = connection.execute(
                sa.text(
                    "SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables"
                    " WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')"
                )
            ).scalars()
            found = {
                table: tuple(
                    connection.execute(
                        sa.text(
                            "SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), ''))"  # noqa: S608
                            f" FROM {table} t"
                        )
                    ).one()
                )
                for table in list(tables)
            }
            sequences = connection.execute(
                sa.text("SELECT format('%I.%I', schemaname, sequencename), last_value FROM pg_sequences")
            ).all()
            found.update({f"sequence {name}": (value or 0, "") for name, value in sequences})
            return found
    finally:
        engine.dispose()


def file_hashes(directory: Path) -> dict[str, str]:
    return {
        str(path.relative_to(directory)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def server(database_url: str) -> Iterator[Server]:
    server = Server(database_url, tag=str(os.getpid()))
    try:
        yield server
    finally:
        server.drop_all()


@pytest.fixture(scope="module")
def demo(server: Server, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The demo studio, loaded by `flask demo-data` into a database and files directory of its own."""
    root = tmp_path_factory.mktemp("demo")
    url = server.create("backup_source", empty=False)
    # As `make demo-data` does: the built-in exercise library first, so the demo has its training logs too.
    flask("exercises", "seed", url=url, files=root / "uploads")
    assert "Created Iron & Oak Fitness" in flask("demo-data", url=url, files=root / "uploads")
    found = {"url": url, "files": root / "uploads", "contents": contents(url), "hashes": file_hashes(root / "uploads")}
    # What the round trip must carry: a studio's worth of rows in many tables, and uploaded files.
    assert sum(1 for count, _ in found["contents"].values() if count > 0) > 40
    assert len(found["hashes"]) > 5
    return found


@pytest.fixture(scope="module")
def plain_backup(demo: dict, tmp_path_factory: pytest.TempPathFactory) -> Path:
    backup_dir = tmp_path_factory.mktemp("plain-backups")
    made = backup(backup_dir, url=demo["url"], files=demo["files"])
    assert made.returncode == 0, made.stderr
    (archive,) = backup_dir.iterdir()
    assert f"to {archive} (" in made.stdout
    return archive


@pytest.fixture(scope="module")
def encrypted_backup(demo: dict, tmp_path_factory: pytest.TempPathFactory) -> Path:
    backup_dir = tmp_path_factory.mktemp("encrypted-backups")
    made = backup(backup_dir, url=demo["url"], files=demo["files"], BACKUP_PASSPHRASE=PASSPHRASE)
    assert made.returncode == 0, made.stderr
    (archive,) = backup_dir.iterdir()
    return archive


def test_backup_holds_the_database_and_files_in_one_timestamped_tar(plain_backup, demo):
    assert re.fullmatch(BACKUP_NAME, plain_backup.name)
    with tarfile.open(plain_backup) as archive:
        assert sorted(archive.getnames()) == ["SHA256SUMS", "database.dump", "files.tar", "manifest.txt"]
        manifest = archive.extractfile("manifest.txt").read().decode()
        assert archive.extractfile("database.dump").read(5) == b"PGDMP"
    assert f"files={len(demo['hashes'])}\n" in manifest
    assert "server_major=16\n" in manifest


def test_restore_into_a_fresh_database_gives_back_every_row_and_file(plain_backup, demo, server, tmp_path):
    url = server.create("restored_plain")
    restored = restore(plain_backup, url=url, files=tmp_path / "uploads")

    assert restored.returncode == 0, restored.stderr
    assert contents(url) == demo["contents"]
    assert file_hashes(tmp_path / "uploads") == demo["hashes"]
    assert "flask db upgrade" in restored.stdout
    # The app takes the restored database as its own: its migrations find it at their head.
    flask("db", "upgrade", url=url, files=tmp_path / "uploads")
    assert contents(url) == demo["contents"]


def test_encrypted_backup_is_unreadable_without_its_passphrase_and_restores_with_it(
    encrypted_backup, demo, server, tmp_path
):
    assert encrypted_backup.name.endswith(".tar.enc")
    data = encrypted_backup.read_bytes()
    assert data.startswith(b"Salted__")
    assert b"PGDMP" not in data and b"manifest.txt" not in data and b"JFIF" not in data

    url = server.create("restored_encrypted")
    restored = restore(encrypted_backup, url=url, files=tmp_path / "uploads", BACKUP_PASSPHRASE=PASSPHRASE)

    assert restored.returncode == 0, restored.stderr
    assert contents(url) == demo["contents"]
    assert file_hashes(tmp_path / "uploads") == demo["hashes"]


def test_restore_with_a_wrong_passphrase_fails_clearly_and_writes_nothing(encrypted_backup, server, tmp_path):
    url = server.create("restored_wrong_passphrase")
    wrong = restore(encrypted_backup, url=url, files=tmp_path / "uploads", BACKUP_PASSPHRASE="not the passphrase")
    missing = restore(encrypted_backup, url=url, files=tmp_path / "uploads")

    assert wrong.returncode != 0
    assert "passphrase is wrong" in wrong.stderr and "Nothing was restored" in wrong.stderr
    assert missing.returncode != 0
    assert "is encrypted: set BACKUP_PASSPHRASE" in missing.stderr
    assert contents(url) == {}
    assert not (tmp_path / "uploads").exists()


def test_restore_refuses_a_database_or_directory_in_use_unless_forced(plain_backup, demo, server, tmp_path):
    url = server.create("restored_twice")
    files = tmp_path / "uploads"
    assert restore(plain_backup, url=url, files=files).returncode == 0
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE clients SET first_name = 'Changed since the backup'"))
        connection.execute(sa.text("CREATE TABLE made_since_the_backup (id int)"))
    engine.dispose()
    (files / "added-since-the-backup").write_text("new")

    refused = restore(plain_backup, url=url, files=files)
    refused_files = restore(plain_backup, url=server.create("restored_empty"), files=files)
    forced = restore(plain_backup, url=url, files=files, force=True)

    assert refused.returncode != 0
    assert "is not empty" in refused.stderr and "--force" in refused.stderr
    assert refused_files.returncode != 0
    assert "already holds files" in refused_files.stderr
    assert forced.returncode == 0, forced.stderr
    assert contents(url) == demo["contents"]
    assert file_hashes(files) == demo["hashes"]
    (aside,) = tmp_path.glob("uploads.before-restore-*")
    assert (aside / "added-since-the-backup").read_text() == "new"


def test_a_restore_that_fails_halfway_leaves_the_database_as_it_was(plain_backup, server, tmp_path):
    url = server.create("restored_failing")
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.execute(sa.text("CREATE SCHEMA keep; CREATE TABLE keep.marker (note text)"))
        connection.execute(sa.text("INSERT INTO keep.marker VALUES ('still here')"))
    engine.dispose()
    # A backup whose checksums match but whose dump ends halfway: pg_restore writes the tables and some
    # of their rows, then fails; --force has dropped the schema `keep` by then, in the same transaction.
    broken = tmp_path / "broken.tar"
    with tarfile.open(plain_backup) as original, tarfile.open(broken, "w") as copy:
        members = {member.name: original.extractfile(member).read() for member in original.getmembers()}
        members["database.dump"] = members["database.dump"][: len(members["database.dump"]) // 2]
        checked = ("manifest.txt", "database.dump", "files.tar")
        sums = "".join(f"{hashlib.sha256(members[name]).hexdigest()}  {name}\n" for name in checked)
        members["SHA256SUMS"] = sums.encode()
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            copy.addfile(info, io.BytesIO(data))

    failed = restore(broken, url=url, files=tmp_path / "uploads", force=True)

    assert failed.returncode != 0
    assert "rolled back" in failed.stderr
    assert set(contents(url)) == {"keep.marker"}
    assert not (tmp_path / "uploads").exists()
    assert list(tmp_path.glob("uploads.restoring*")) == []


def test_a_database_only_backup_from_an_older_release_restores_and_migrates_to_head(server, tmp_path):
    # A release behind this one (the newest migration undone), with its files in S3: the backup holds the
    # database alone, the restore needs no files directory, and `flask db upgrade` brings it up to date.
    url = server.create("older_release", empty=False)
    flask("db", "downgrade", url=url, files=tmp_path / "unused")
    older = contents(url)
    made = backup(tmp_path / "backups", url=url, files="", STORAGE_BACKEND="s3")
    (archive,) = (tmp_path / "backups").iterdir()
    restored_url = server.create("restored_older_release")

    restored = restore(archive, url=restored_url, files="")

    assert made.returncode == 0, made.stderr
    assert "the uploaded files are in S3, not in this backup" in made.stdout
    with tarfile.open(archive) as members:
        assert "files.tar" not in members.getnames()
    assert restored.returncode == 0, restored.stderr
    assert "the backup holds no files" in restored.stdout
    assert contents(restored_url) == older
    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert _migration(restored_url) != head
    flask("db", "upgrade", url=restored_url, files=tmp_path / "unused")
    assert _migration(restored_url) == head


def _migration(url: str) -> str:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one()
    finally:
        engine.dispose()


def test_backup_keeps_only_the_newest_backup_keep(demo, tmp_path):
    backup_dir = tmp_path / "backups"
    backup_dir.mkdir()
    (backup_dir / "notes.txt").write_text("not a backup; never deleted")
    made = []
    for _ in range(3):
        result = backup(backup_dir, url=demo["url"], files=demo["files"], BACKUP_KEEP="2")
        assert result.returncode == 0, result.stderr
        made.append(next(line for line in result.stdout.splitlines() if line.startswith("Backed up")))
        time.sleep(1.1)  # names are to the second

    names = sorted(path.name for path in backup_dir.iterdir())
    assert len(names) == 3 and names[-1] == "notes.txt"
    assert all(f"/{name} (" in "".join(made[1:]) for name in names[:2])
    assert "Deleted" in result.stdout and "BACKUP_KEEP=2" in result.stdout


def test_backup_passes_a_password_in_the_url_to_the_tools_not_their_command_line(demo, tmp_path):
    # The tools are wrapped to write down what they were given. The test server trusts local connections,
    # so the password itself is not checked by it: the wrappers check where it went.
    calls = tmp_path / "calls.log"
    wrapped = tmp_path / "bin"
    wrapped.mkdir()
    for tool in ("psql", "pg_dump", "pg_restore"):
        script = f'#!/bin/sh\necho "$PGPASSWORD | $*" >>"{calls}"\nexec "{PG_BIN / tool}" "$@"\n'
        (wrapped / tool).write_text(script)
        (wrapped / tool).chmod(0o755)
    url = make_url(demo["url"]).set(password="s3cr@t/pw").render_as_string(hide_password=False)
    assert "s3cr%40t%2Fpw" in url

    result = backup(tmp_path / "backups", url=url, files=demo["files"], PG_BIN=wrapped)

    assert result.returncode == 0, result.stderr
    assert "s3cr" not in result.stdout + result.stderr
    given = [line.split(" | ", 1) for line in calls.read_text().splitlines()]
    assert any("--format=custom" in arguments for _, arguments in given)
    assert all(password == "s3cr@t/pw" and "s3cr" not in arguments for password, arguments in given)


@pytest.mark.parametrize(
    ("unset", "override", "message"),
    [
        ("DATABASE_URL", {}, "DATABASE_URL is not set"),
        ("BACKUP_DIR", {}, "BACKUP_DIR is not set"),
        ("STORAGE_LOCAL_DIR", {}, "STORAGE_LOCAL_DIR is not set"),
        (None, {"BACKUP_KEEP": "0"}, "BACKUP_KEEP must be a whole number"),
        (None, {"STORAGE_BACKEND": "ftp"}, "STORAGE_BACKEND must be local or s3"),
        (None, {"DATABASE_URL": "mysql://root@localhost/crm"}, "must be a postgresql:// URL"),
        (None, {"BACKUP_PASSPHRASE_FILE": "/nonexistent/passphrase"}, "cannot be read"),
    ],
)
def test_backup_refuses_to_run_without_its_settings_and_says_why(demo, tmp_path, unset, override, message):
    settings = {
        "DATABASE_URL": demo["url"], "BACKUP_DIR": tmp_path / "backups", "STORAGE_LOCAL_DIR": demo["files"],
        "PG_BIN": PG_BIN, **override,
    }  # fmt: skip
    settings.pop(unset, None)

    result = run([str(REPO / "scripts" / "backup.sh")], **settings)

    assert result.returncode != 0
    assert message in result.stderr
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_backup_that_fails_midway_leaves_no_file(demo, tmp_path):
    # pg_dump dying after writing its output: the backup stops there, and nothing in BACKUP_DIR looks like one.
    failing_bin = tmp_path / "bin"
    failing_bin.mkdir()
    for tool in ("psql", "pg_restore"):
        (failing_bin / tool).symlink_to(PG_BIN / tool)
    script = f'#!/bin/sh\n"{PG_BIN}/pg_dump" "$@" || exit\n[ "$1" = --version ] || exit 3\n'
    (failing_bin / "pg_dump").write_text(script)
    (failing_bin / "pg_dump").chmod(0o755)
    backup_dir = tmp_path / "backups"
    missing = make_url(demo["url"]).set(database="no_such_database").render_as_string(hide_password=False)

    failed = backup(backup_dir, url=demo["url"], files=demo["files"], PG_BIN=failing_bin)
    unreachable = backup(backup_dir, url=missing, files=demo["files"])

    assert failed.returncode != 0
    assert list(backup_dir.iterdir()) == []
    assert unreachable.returncode != 0
    assert "cannot reach the database" in unreachable.stderr
    assert '"no_such_database" does not exist' in unreachable.stderr
    assert list(backup_dir.iterdir()) == []


@pytest.mark.skipif(not (DEBIAN_PG_BIN / "pg_dump").exists(), reason="Debian's postgresql-client-15 is not installed")
def test_backup_names_the_fix_when_pg_dump_is_older_than_the_server(demo, tmp_path):
    result = backup(tmp_path, url=demo["url"], files=demo["files"], PG_BIN=DEBIAN_PG_BIN)

    assert result.returncode != 0
    assert "is PostgreSQL 15 but the server is 16; set PG_BIN" in result.stderr
    assert list(tmp_path.iterdir()) == []
