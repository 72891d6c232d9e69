"""Is a JSON body the API will not read a 4xx in the error shape, signed in or not, before anything runs?"""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from fitnesscrm.clients.models import Client
from fitnesscrm.core import json_body
from fitnesscrm.extensions import db

DEEP = "[" * 100_000 + "]" * 100_000
HUGE_INTEGER = '{"email": ' + "9" * 5000 + ', "password": "x"}'


@pytest.mark.parametrize(
    "body, message",
    [
        (DEEP, "nested more than 32 levels"),
        ('{"a": ' * 40 + "1" + "}" * 40, "nested more than 32 levels"),
        (HUGE_INTEGER, "at most 40 digits"),
        ('{"first_name": NaN, "last_name": "B"}', "NaN is not a JSON number"),
        ('{"first_name": ', "Not valid JSON"),
        (b'{"first_name": "\xff"}', "not UTF-8"),
    ],
)
@pytest.mark.parametrize(
    "path, signed_in", [("/api/clients", True), ("/api/auth/login", False), ("/api/auth/signup", False)]
)
def test_unreadable_json_is_a_400_naming_why(body, message, path, signed_in, studio, client, client_as):
    api = client_as(studio.owner) if signed_in else client
    response = api.post(path, data=body, content_type="application/json")
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["code"] == "bad_request"
    assert message in error["message"]


def test_body_over_the_size_limit_is_a_413_in_the_error_shape(studio, client_as, app):
    tags = ["vip"] * 500_000  # about 3.5 MB: this list of one tag, once de-duplicated, used to be saved
    response = client_as(studio.owner).post("/api/clients", json={"first_name": "A", "last_name": "B", "tags": tags})
    assert response.status_code == 413
    assert response.get_json()["error"] == {
        "code": "payload_too_large",
        "message": "The request body is larger than the 1024 KiB allowed.",
        "request_id": response.headers["X-Request-ID"],
    }
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Client).where(Client.first_name == "A")) == 0


def test_body_within_the_limits_is_read_as_before(studio, client_as):
    payload = {"first_name": "Ann", "last_name": "Lee", "tags": ["vip"], "notes": "x" * 4000}
    response = client_as(studio.owner).post("/api/clients", data=json.dumps(payload), content_type="application/json")
    assert response.status_code == 201, response.get_json()


def test_parse_reads_what_the_standard_library_reads_within_the_limits():
    text = '{"a": [1, -2, 3.5, "\\u00e9", true, null, {"b": []}], "big": 12345678901234567890}'
    assert json_body.parse(text) == json.loads(text)
    assert json_body.parse(text.encode()) == json.loads(text)
