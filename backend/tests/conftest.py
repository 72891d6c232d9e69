"""One embedded PostgreSQL per test run, migrated once; every test inside a rolled-back transaction.

The server is private to the run (to each xdist worker), so it is tuned for speed over durability
and its `template1` is migrated first: every database a test makes (`CREATE DATABASE`, as the live
servers, the job and the race tests do) starts as a copy of the migrated schema, and their own
`upgrade()` then has nothing left to do. The demo studio, which takes seconds to load, is loaded once
per run and moment into a database of its own (`demo_databases`), which modules share read-only.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from flask_jwt_extended import create_access_token
from flask_migrate import upgrade
from sqlalchemy.engine import make_url

from fitnesscrm.app import MIGRATIONS_DIR, create_app
from fitnesscrm.config import TestConfig
from fitnesscrm.core import embedded_postgres
from fitnesscrm.extensions import db, limiter
from tests.live import live  # noqa: F401 - the `live` fixture, for tests marked live_server
from tests.mail import deferred_deliveries, sent_mail, smtp  # noqa: F401 - mail fixtures for every test

logging.getLogger("pgserver").setLevel(logging.WARNING)


# A crash loses nothing a test run needs: the data directory is thrown away at its end anyway.
FAST_SETTINGS = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}


@pytest.fixture(scope="session")
def database_url() -> Iterator[str]:
    """A fresh database on a PostgreSQL server private to this test run, copied from a migrated template1."""
    with tempfile.TemporaryDirectory(prefix="fcrm-test-pg-") as data_dir:
        template = embedded_postgres.start(Path(data_dir), database="template1")
        admin = sa.create_engine(make_url(template).set(database="postgres"), isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as connection:
                for name, value in FAST_SETTINGS.items():
                    connection.execute(sa.text(f"ALTER SYSTEM SET {name} = '{value}'"))
                connection.execute(sa.text("SELECT pg_reload_conf()"))
            _migrate(template)
            with admin.connect() as connection:
                connection.execute(sa.text('CREATE DATABASE "fitnesscrm_test"'))
        finally:
            admin.dispose()
        yield make_url(template).set(database="fitnesscrm_test").render_as_string(hide_password=False)


def _migrate(url: str) -> None:
    """Run every migration on the database at `url` and leave no connection to it open (a template must have none)."""
    config = TestConfig()
    config.SQLALCHEMY_DATABASE_URI = url
    application = create_app(config)
    with application.app_context():
        upgrade(directory=str(MIGRATIONS_DIR))
        db.session.remove()
        for engine in db.engines.values():
            engine.dispose()


@pytest.fixture(scope="session")
def app(database_url: str) -> Iterator[Flask]:
    config = TestConfig()
    config.SQLALCHEMY_DATABASE_URI = database_url
    application = create_app(config)
    with application.app_context():
        upgrade(directory=str(MIGRATIONS_DIR))  # at head already (a copy of template1): only checks
        # The built-in exercises are present wherever the app runs (`make migrate` seeds them too).
        from fitnesscrm.training.exercises import builtin

        builtin.seed()
        yield application


class SharedTransaction:
    """A connection with a transaction open for a whole module, for data too slow to make per test."""

    def __init__(self, connection: sa.Connection):
        self.connection = connection

    @contextmanager
    def bound(self) -> Iterator[None]:
        """Run the block on this transaction, as a module fixture writing the shared data does."""
        with _bound_to(self.connection):
            yield


@contextmanager
def _bound_to(connection: sa.Connection) -> Iterator[None]:
    engines = db.engines
    engine = engines[None]
    original = db.session
    # Flask-SQLAlchemy picks the bind from db.engines and ignores a session's own bind,
    # so the connection stands in for the engine meanwhile.
    engines[None] = connection
    db.session = db._make_scoped_session({"join_transaction_mode": "create_savepoint"})
    try:
        yield
    finally:
        db.session.remove()
        db.session = original
        engines[None] = engine


@pytest.fixture(autouse=True)
def transaction(app: Flask, request: pytest.FixtureRequest) -> Iterator[None]:
    """Bind the session to one outer transaction that is rolled back after the test.

    A test that uses `module_transaction` runs in a savepoint of the module's transaction instead,
    so it starts from the module's shared data and leaves it as it was; other tests never see it.
    """
    shared = request.getfixturevalue("module_transaction") if "module_transaction" in request.fixturenames else None
    connection = shared.connection if shared else db.engines[None].connect()
    outer = connection.begin_nested() if shared else connection.begin()
    limiter.reset()
    try:
        with _bound_to(connection):
            yield
    finally:
        outer.rollback()
        if not shared:
            connection.close()


@pytest.fixture(scope="module")
def module_transaction(app: Flask) -> Iterator[SharedTransaction]:
    """One transaction for a whole module, rolled back at its end.

    A module fixture writes its data once inside `module_transaction.bound()` (the demo studio takes
    seconds to load); the tests that use that fixture then each run in a savepoint on top of it.
    """
    connection = db.engines[None].connect()
    outer = connection.begin()
    try:
        yield SharedTransaction(connection)
    finally:
        outer.rollback()
        connection.close()


class DemoDatabases:
    """Databases each holding the demo studio, loaded (seconds of work) once per run and moment, not once per module.

    A module asks for `transaction(now)`: a connection to the database of the studio loaded at `now`
    with a transaction open for the module and rolled back at its end, as `module_transaction` gives,
    so the database stays as loaded for the next module. `now=None` is "as of now": the studio loaded
    at the current moment is reused while it is less than `FRESH` old, then loaded anew.
    """

    FRESH = timedelta(minutes=10)

    def __init__(self, database_url: str):
        self.url = make_url(database_url)
        self.loaded: dict[datetime, tuple[sa.Engine, object]] = {}

    def transaction(self, now: datetime | None) -> Iterator[SharedTransaction]:
        """The module's transaction on the demo database loaded at `now`; its studio is `.demo`, the moment `.now`."""
        moment = now or self._current() or datetime.now(UTC)
        engine, studio = self.loaded.get(moment) or self._load(moment)
        connection = engine.connect()
        outer = connection.begin()
        shared = SharedTransaction(connection)
        shared.demo, shared.now = studio, moment
        try:
            yield shared
        finally:
            outer.rollback()
            connection.close()

    def _current(self) -> datetime | None:
        """The moment of a studio loaded "as of now" recently enough to stand for now."""
        return next((m for m in self.loaded if timedelta(0) <= datetime.now(UTC) - m < self.FRESH), None)

    def _load(self, moment: datetime) -> tuple[sa.Engine, object]:
        """A new database (a copy of the migrated template1) with the built-in exercises and the demo studio."""
        from fitnesscrm.demo import service as demo
        from fitnesscrm.training.exercises import builtin

        name = f"fitnesscrm_demo_{len(self.loaded) + 1}"
        admin = sa.create_engine(self.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as connection:
                connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
        finally:
            admin.dispose()
        engine = sa.create_engine(self.url.set(database=name))
        with engine.connect() as connection, connection.begin(), _bound_to(connection):
            builtin.seed()
            studio = demo.load(now=moment)
        self.loaded[moment] = (engine, studio)
        return engine, studio


@pytest.fixture(scope="session")
def demo_databases(app: Flask, database_url: str) -> Iterator[DemoDatabases]:
    """The run's demo studio databases (see DemoDatabases); a module's `module_transaction` may stand on one."""
    databases = DemoDatabases(database_url)
    yield databases
    for engine, _studio in databases.loaded.values():
        engine.dispose()


class ApiClient(FlaskClient):
    """A test client that calls the API as one user with a Bearer token (or anonymously)."""

    token: str | None = None

    def open(self, *args, **kwargs):
        if self.token:
            headers = dict(kwargs.pop("headers", None) or {})
            headers.setdefault("Authorization", f"Bearer {self.token}")
            kwargs["headers"] = headers
        return super().open(*args, **kwargs)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """An anonymous client."""
    app.test_client_class = ApiClient
    return app.test_client()


@pytest.fixture
def client_as(app: Flask):
    """`client_as(user)`: a client signed in as `user` with a Bearer token."""
    return clients_for(app)


def clients_for(app: Flask):
    """`client_as` for fixtures wider than a test, which cannot ask for it."""

    def make(user) -> ApiClient:
        app.test_client_class = ApiClient
        api_client = app.test_client()
        api_client.token = create_access_token(identity=str(user.id))
        return api_client

    return make


@pytest.fixture
def count_statements():
    """`with count_statements() as counter: ...` then `counter.count`: SQL statements run inside."""

    class Counter:
        count = 0

    @contextmanager
    def counting():
        counter = Counter()

        def before(*_args):
            counter.count += 1

        engine = db.engine
        sa.event.listen(engine, "before_cursor_execute", before)
        try:
            yield counter
        finally:
            sa.event.remove(engine, "before_cursor_execute", before)

    return counting


def make_studio():
    """An organization with one user of each role, two trainers and two clients.

    `trainer` coaches `client` (who has a login); `other_trainer` coaches `other_client`.
    """
    from types import SimpleNamespace

    from tests.factories import (
        AssignmentFactory,
        ClientFactory,
        OrganizationFactory,
        TrainerFactory,
        UserFactory,
    )

    org = OrganizationFactory()
    # Read once: each factory commits, which expires `org`, and reading org.id again would reload it every time.
    org_id = org.id
    owner = UserFactory(organization_id=org_id, role="owner")
    admin = UserFactory(organization_id=org_id, role="admin")
    trainer_user = UserFactory(organization_id=org_id, role="trainer")
    client_user = UserFactory(organization_id=org_id, role="client")
    trainer = TrainerFactory(organization_id=org_id, user_id=trainer_user.id)
    other_trainer = TrainerFactory(organization_id=org_id)
    # Fixed names: a random one (Faker has "Nunez", "Pena") would match the search tests' queries.
    client = ClientFactory(organization_id=org_id, user_id=client_user.id, first_name="Casey", last_name="Holloway")
    other_client = ClientFactory(organization_id=org_id, first_name="Morgan", last_name="Ashby")
    AssignmentFactory(organization_id=org_id, client_id=client.id, trainer_id=trainer.id)
    AssignmentFactory(organization_id=org_id, client_id=other_client.id, trainer_id=other_trainer.id)
    return SimpleNamespace(
        org=org,
        owner=owner,
        admin=admin,
        trainer_user=trainer_user,
        client_user=client_user,
        trainer=trainer,
        other_trainer=other_trainer,
        client=client,
        other_client=other_client,
        users={"owner": owner, "admin": admin, "trainer": trainer_user, "client": client_user},
    )


def loaded(studio):
    """`studio` with every row it names read while the session is still open, then `studio`.

    A module fixture's rows outlive its session (`module_transaction.bound()`), detached: what a test
    reads of them (ids, mostly) must have been loaded before.
    """
    rows = [*vars(studio).values(), *getattr(studio, "users", {}).values()]
    for row in rows:
        if hasattr(row, "__table__") and row in db.session:
            db.session.refresh(row)
    return studio


@pytest.fixture
def studio():
    """The organization the test acts in (see make_studio)."""
    return make_studio()


@pytest.fixture
def other_studio():
    """A second organization whose rows the first must never see."""
    return make_studio()
