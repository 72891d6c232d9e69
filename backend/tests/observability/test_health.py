"""Liveness and readiness: what each checks, and 503 with the reason when not ready."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from fitnesscrm.app import create_app
from fitnesscrm.config import TestConfig
from fitnesscrm.extensions import db
from fitnesscrm.health import service
from tests.messaging.processes import free_port, redis_server


@pytest.fixture(scope="module")
def app_without_database():
    """The app pointed at a port where no database listens."""
    config = TestConfig()
    config.SQLALCHEMY_DATABASE_URI = f"postgresql://nobody@127.0.0.1:{free_port()}/nothing"
    return create_app(config)


def test_liveness_answers_without_touching_the_database(client, count_statements):
    with count_statements() as counter:
        response = client.get("/api/health/live")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}
    assert counter.count == 0


def test_liveness_answers_while_the_database_is_down(app_without_database):
    assert app_without_database.test_client().get("/api/health/live").status_code == 200


def test_ready_when_the_database_is_at_the_code_migration_head(client):
    response = client.get("/api/health/ready")
    assert response.status_code == 200
    assert response.get_json() == {
        "status": "ready",
        "checks": {"database": "ok", "migrations": "ok", "redis": "not configured"},
    }


def test_not_ready_while_the_database_is_down(app_without_database):
    response = app_without_database.test_client().get("/api/health/ready")
    assert response.status_code == 503
    body = response.get_json()
    assert body["status"] == "unavailable"
    assert body["checks"]["database"] == "The database does not answer."
    # The older combined check keeps its answer.
    assert app_without_database.test_client().get("/api/health").status_code == 503


def test_not_ready_when_the_database_lags_the_code_migrations(app, client):
    heads = sorted(service.migration_heads(app.extensions["migrate"].directory))
    db.session.execute(sa.text("UPDATE alembic_version SET version_num = 'abc123old'"))
    response = client.get("/api/health/ready")
    assert response.status_code == 503
    migrations = response.get_json()["checks"]["migrations"]
    assert migrations.startswith(f"The database is at abc123old but this code expects {', '.join(heads)}")
    assert "flask db upgrade" in migrations


def test_not_ready_before_the_schema_exists(client):
    db.session.execute(sa.text("DROP TABLE alembic_version"))  # rolled back with the test
    response = client.get("/api/health/ready")
    assert response.status_code == 503
    assert response.get_json()["checks"] == {
        "database": "ok",
        "migrations": "The database has no schema yet: run `flask db upgrade`.",
        "redis": "not configured",
    }


def test_ready_checks_redis_when_it_is_configured(app, client, monkeypatch, tmp_path):
    with redis_server(tmp_path) as url:
        monkeypatch.setitem(app.config, "REDIS_URL", url)
        response = client.get("/api/health/ready")
        assert response.status_code == 200
        assert response.get_json()["checks"]["redis"] == "ok"
    stopped = client.get("/api/health/ready")
    assert stopped.status_code == 503
    assert stopped.get_json() == {
        "status": "unavailable",
        "checks": {"database": "ok", "migrations": "ok", "redis": "Redis does not answer."},
    }


def test_health_endpoints_need_no_sign_in(client):
    for path in ("/api/health", "/api/health/live", "/api/health/ready"):
        assert client.get(path).status_code == 200
