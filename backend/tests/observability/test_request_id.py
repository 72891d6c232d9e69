"""Request ids: accepted or made, returned on every response, in every error body and on every log line."""

from __future__ import annotations

import io
import json
import logging
import re

import pytest

from fitnesscrm.config import Config, ProductionConfig
from fitnesscrm.observability import logs

GENERATED = re.compile(r"[0-9a-f]{32}")


@pytest.fixture
def log_lines():
    """Everything logged meanwhile through the app's own handler, as `fmt` ("json" or "text") lines."""
    streams: list[io.StringIO] = []
    handlers: list[logging.Handler] = []
    root = logging.getLogger()

    def capture(fmt: str) -> io.StringIO:
        stream = io.StringIO()
        handler = logs.handler(fmt, stream)
        root.addHandler(handler)
        streams.append(stream)
        handlers.append(handler)
        return stream

    yield capture
    for handler in handlers:
        root.removeHandler(handler)


def test_a_response_without_a_request_id_gets_a_new_one(client):
    first = client.get("/api/health/live").headers["X-Request-ID"]
    second = client.get("/api/health/live").headers["X-Request-ID"]
    assert GENERATED.fullmatch(first) and GENERATED.fullmatch(second)
    assert first != second


@pytest.mark.parametrize("given", ["abc-123", "0f8c1a2e-7d4b-4c3e-9a51-2b6f0e8d9c47", "nginx.req:42@edge/1+x=y"])
def test_a_safe_request_id_is_kept(client, given):
    assert client.get("/api/health/live", headers={"X-Request-ID": given}).headers["X-Request-ID"] == given


@pytest.mark.parametrize(
    "given", ["x" * 129, "two words", 'quote"d', "<script>", "semi;colon", '{"json": 1}', "tab\there", "é"]
)
def test_an_unsafe_or_too_long_request_id_is_replaced(client, given):
    returned = client.get("/api/health/live", headers={"X-Request-ID": given}).headers["X-Request-ID"]
    assert GENERATED.fullmatch(returned)


def test_the_longest_request_id_allowed_is_kept(client):
    given = "a" * 128
    assert client.get("/api/health/live", headers={"X-Request-ID": given}).headers["X-Request-ID"] == given


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("get", "/api/no-such-thing", 404), ("get", "/api/clients", 401), ("post", "/api/auth/login", 422)],
)
def test_an_error_body_carries_the_request_id_of_its_header(client, method, path, status):
    response = getattr(client, method)(path, json={}, headers={"X-Request-ID": "trace-me-1"})
    assert response.status_code == status
    assert response.get_json()["error"]["request_id"] == "trace-me-1"
    assert response.headers["X-Request-ID"] == "trace-me-1"


def test_a_generated_request_id_in_an_error_body_matches_its_header(client_as, studio):
    response = client_as(studio.client_user).get("/api/trainers")
    assert response.status_code == 403
    assert response.get_json()["error"]["request_id"] == response.headers["X-Request-ID"]


def test_every_json_log_line_of_a_request_carries_its_id_method_and_path(
    app, client_as, studio, monkeypatch, log_lines
):
    from fitnesscrm.trainers import service

    def explode(**_kwargs):
        logging.getLogger("fitnesscrm.trainers").warning("about to fail")
        raise RuntimeError("secret internals")

    monkeypatch.setattr(service, "get_all", explode)
    monkeypatch.setitem(app.config, "PROPAGATE_EXCEPTIONS", False)
    stream = log_lines("json")
    response = client_as(studio.owner).get("/api/trainers", headers={"X-Request-ID": "req-500"})
    assert response.status_code == 500
    assert response.get_json()["error"] == {
        "code": "internal_error",
        "message": "Something went wrong on our side.",
        "request_id": "req-500",
    }
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    ours = [line for line in lines if line.get("request_id") == "req-500"]
    assert [line["message"] for line in ours] == ["about to fail", "Unhandled error on GET /api/trainers"]
    warning, error = ours
    assert warning["level"] == "WARNING" and warning["logger"] == "fitnesscrm.trainers"
    assert error["level"] == "ERROR" and error["logger"] == "fitnesscrm.errors"
    assert {line["method"] for line in ours} == {"GET"} and {line["path"] for line in ours} == {"/api/trainers"}
    assert "RuntimeError: secret internals" in error["exception"]
    assert "exception" not in warning
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", error["time"])


def test_text_log_lines_carry_the_request_id_too(client_as, studio, monkeypatch, app, log_lines):
    from fitnesscrm.trainers import service

    def warn(**_kwargs):
        logging.getLogger("fitnesscrm.trainers").warning("looked at trainers")
        return []

    monkeypatch.setattr(service, "get_all", warn)
    stream = log_lines("text")
    client_as(studio.owner).get("/api/trainers", headers={"X-Request-ID": "text-id"})
    assert re.search(r"WARNING fitnesscrm\.trainers \[text-id\]: looked at trainers", stream.getvalue())


def test_a_line_logged_outside_any_request_has_no_request_id(log_lines):
    stream = log_lines("json")
    logging.getLogger("fitnesscrm.cli").warning("from a command")
    line = json.loads(stream.getvalue().splitlines()[-1])
    assert line["message"] == "from a command" and "request_id" not in line and "path" not in line


def test_an_unknown_log_format_stops_the_app_with_the_reason():
    with pytest.raises(RuntimeError, match=re.escape("LOG_FORMAT must be one of json, text, not 'xml'")):
        logs.formatter("xml")


def test_logs_are_json_in_production_and_text_elsewhere_by_default():
    assert ProductionConfig.LOG_FORMAT == "json"
    assert Config.LOG_FORMAT == "text"
