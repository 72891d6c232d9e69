"""Does the app answer errors in one shape, report its health and refuse unsafe production settings?"""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError

from fitnesscrm.config import DevelopmentConfig, ProductionConfig, config_from_env, secret_problem
from fitnesscrm.extensions import db

PUBLIC_OPERATIONS = {
    ("get", "/api/health"),
    ("get", "/api/health/live"),
    ("get", "/api/health/ready"),
    ("post", "/api/auth/signup"),
    ("post", "/api/auth/login"),
    ("post", "/api/auth/token"),
    ("post", "/api/invitations/preview"),
    ("post", "/api/invitations/accept"),
    ("post", "/api/auth/password-reset"),
    ("post", "/api/auth/password-reset/preview"),
    ("post", "/api/auth/password-reset/confirm"),
    ("post", "/api/auth/unlock"),
    ("post", "/api/auth/unlock/confirm"),
    # two-factor sign-in's second step: the signed token from the password step is the permission
    ("post", "/api/auth/login/two-factor"),
    ("post", "/api/auth/token/two-factor"),
    ("post", "/api/auth/login/two-factor/setup"),
    ("post", "/api/auth/login/two-factor/enable"),
}


def test_unknown_api_route_is_json_404(client):
    response = client.get("/api/no-such-thing")
    assert response.status_code == 404
    assert response.get_json() == {
        "error": {
            "code": "not_found",
            "message": "No such API endpoint.",
            "request_id": response.headers["X-Request-ID"],
        }
    }


def test_wrong_method_is_json_405(client_as, studio):
    response = client_as(studio.owner).put("/api/trainers")
    assert response.status_code == 405
    assert response.get_json()["error"]["code"] == "method_not_allowed"


def test_malformed_json_body_is_a_4xx_in_the_error_shape(client_as, studio):
    response = client_as(studio.owner).post("/api/trainers", data="{oops", content_type="application/json")
    assert 400 <= response.status_code < 500
    assert set(response.get_json()["error"]) >= {"code", "message"}


def test_unknown_fields_are_rejected(client_as, studio):
    response = client_as(studio.owner).post(
        "/api/trainers", json={"first_name": "A", "last_name": "B", "email": "a@b.co", "organization_id": 999}
    )
    assert response.status_code == 422
    assert "organization_id" in response.get_json()["error"]["fields"]


def test_unexpected_exception_is_a_json_500_without_details(app, client_as, studio, monkeypatch):
    from fitnesscrm.trainers import service

    def explode(**_kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(service, "get_all", explode)
    app.config["PROPAGATE_EXCEPTIONS"] = False
    try:
        response = client_as(studio.owner).get("/api/trainers")
    finally:
        app.config["PROPAGATE_EXCEPTIONS"] = None
    assert response.status_code == 500
    assert response.get_json()["error"] == {
        "code": "internal_error",
        "message": "Something went wrong on our side.",
        "request_id": response.headers["X-Request-ID"],
    }


def test_health_is_200_when_the_database_answers(client):
    response = client.get("/api/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "database": "ok"}


def test_health_is_503_when_the_database_does_not_answer(client, monkeypatch):
    def down(*_args, **_kwargs):
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    monkeypatch.setattr(db.session, "execute", down)
    response = client.get("/api/health")
    assert response.status_code == 503
    assert response.get_json() == {"status": "degraded", "database": "unavailable"}


def test_openapi_document_describes_every_operation(client):
    spec = client.get("/api/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    assert {"cookieAuth", "bearerAuth"} <= set(spec["components"]["securitySchemes"])
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            assert operation.get("summary"), f"{method.upper()} {path} has no summary"
            # A feed's, a signed file link's or an unsubscribe link's token is its own permission.
            if (method, path) in PUBLIC_OPERATIONS or path.startswith(
                ("/api/calendar/feeds/", "/api/files/", "/api/unsubscribe/")
            ):
                continue
            assert operation.get("security"), f"{method.upper()} {path} is not marked as authenticated"


def test_api_docs_page_is_served(client):
    assert client.get("/api/docs").status_code == 200


STRONG = {
    "SECRET_KEY": "k3Vq9-Zt1mW8xYbR2pLc7NfHs4GdJe6UaQo0Tr5Iy",
    "JWT_SECRET_KEY": "Jw8Rt2-Lm5Qx9Vz1Nb4Hc7Ks3Fd6Ga0Pe9Yu2To8I",
    "DATA_ENCRYPTION_KEY": "Dk4Pz7-Wq2Lr8Xm5Nc1Hv9Tb3Gs6Fa0Je4Yo7Ui2K",
}


def _production_env(monkeypatch, **overrides):
    settings = {
        **STRONG,
        "DATABASE_URL": "postgresql://db/x",
        "RATELIMIT_STORAGE_URI": "redis://redis:6379/0",
        "PUBLIC_BASE_URL": "https://crm.example.com",
        **overrides,
    }
    for name, value in settings.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)


def test_production_config_refuses_missing_secrets(monkeypatch):
    _production_env(monkeypatch, SECRET_KEY=None, JWT_SECRET_KEY=None)
    with pytest.raises(RuntimeError, match="SECRET_KEY is not set"):
        ProductionConfig()


@pytest.mark.parametrize(
    "name, value, reason",
    [
        ("JWT_SECRET_KEY", "x", "at least 32"),
        ("JWT_SECRET_KEY", "dev-jwt-secret-change-me-0123456789abcdef", "published"),
        ("SECRET_KEY", "dev-secret-key-change-me-0123456789abcdef", "published"),
        ("SECRET_KEY", "ab" * 30, "repeats"),
        ("JWT_SECRET_KEY", STRONG["SECRET_KEY"], "the same"),
    ],
)
def test_production_config_refuses_weak_or_published_secrets(monkeypatch, name, value, reason):
    _production_env(monkeypatch, **{name: value})
    with pytest.raises(RuntimeError, match=reason):
        ProductionConfig()


def test_production_config_accepts_strong_secrets(monkeypatch):
    _production_env(monkeypatch)
    config = ProductionConfig()
    assert STRONG["SECRET_KEY"] == config.SECRET_KEY
    assert STRONG["JWT_SECRET_KEY"] == config.JWT_SECRET_KEY


def test_unset_app_env_is_production_and_refuses_to_run_without_secrets(monkeypatch):
    _production_env(monkeypatch, APP_ENV=None, SECRET_KEY=None, JWT_SECRET_KEY=None)
    with pytest.raises(RuntimeError, match="JWT_SECRET_KEY is not set"):
        config_from_env()


def test_development_config_generates_secrets_once_and_keeps_them(monkeypatch, tmp_path):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("JWT_SECRET_KEY", raising=False)
    monkeypatch.setattr(DevelopmentConfig, "VAR_DIR", tmp_path)
    first, second = DevelopmentConfig(), DevelopmentConfig()
    assert secret_problem("JWT_SECRET_KEY", first.JWT_SECRET_KEY) is None
    assert secret_problem("SECRET_KEY", first.SECRET_KEY) is None
    assert first.JWT_SECRET_KEY != first.SECRET_KEY
    assert (second.SECRET_KEY, second.JWT_SECRET_KEY) == (first.SECRET_KEY, first.JWT_SECRET_KEY)
    kept = tmp_path / "secret-keys.json"
    assert kept.stat().st_mode & 0o777 == 0o600
    assert [path.name for path in tmp_path.iterdir()] == ["secret-keys.json"]


def test_development_config_refuses_the_published_secret(monkeypatch, tmp_path):
    monkeypatch.setenv("JWT_SECRET_KEY", "dev-jwt-secret-change-me-0123456789abcdef")
    monkeypatch.setattr(DevelopmentConfig, "VAR_DIR", tmp_path)
    with pytest.raises(RuntimeError, match="published"):
        DevelopmentConfig()


def test_production_config_refuses_per_process_rate_limits(monkeypatch):
    _production_env(monkeypatch, RATELIMIT_STORAGE_URI="memory://")
    with pytest.raises(RuntimeError, match="shared storage"):
        ProductionConfig()
