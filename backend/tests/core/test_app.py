"""Does the app answer errors in one shape, report its health and refuse unsafe production settings?"""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError

from fitnesscrm.config import ProductionConfig
from fitnesscrm.extensions import db

PUBLIC_OPERATIONS = {
    ("get", "/api/health"),
    ("post", "/api/auth/signup"),
    ("post", "/api/auth/login"),
    ("post", "/api/auth/token"),
    ("post", "/api/invitations/preview"),
    ("post", "/api/invitations/accept"),
}


def test_unknown_api_route_is_json_404(client):
    response = client.get("/api/no-such-thing")
    assert response.status_code == 404
    assert response.get_json() == {"error": {"code": "not_found", "message": "No such API endpoint."}}


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
    assert response.get_json() == {"error": {"code": "internal_error", "message": "Something went wrong on our side."}}


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
            if (method, path) in PUBLIC_OPERATIONS or path.startswith("/api/calendar/feeds/"):
                continue
            assert operation.get("security"), f"{method.upper()} {path} is not marked as authenticated"


def test_api_docs_page_is_served(client):
    assert client.get("/api/docs").status_code == 200


def test_production_config_refuses_missing_secrets(monkeypatch):
    for name in ("SECRET_KEY", "JWT_SECRET_KEY", "DATABASE_URL", "RATELIMIT_STORAGE_URI"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        ProductionConfig()


def test_production_config_refuses_per_process_rate_limits(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "s" * 40)
    monkeypatch.setenv("JWT_SECRET_KEY", "j" * 40)
    monkeypatch.setenv("DATABASE_URL", "postgresql://db/x")
    monkeypatch.setenv("RATELIMIT_STORAGE_URI", "memory://")
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://crm.example.com")
    with pytest.raises(RuntimeError, match="shared storage"):
        ProductionConfig()
