"""Is bad input a 4xx in the one error shape, before anything is written, wherever it is sent?

Each case below answered 500 before the shared fields in `core/fields.py` read every schema's input.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import marshmallow as ma
import pytest
import sqlalchemy as sa

from fitnesscrm.clients.models import Client
from fitnesscrm.core import fields
from fitnesscrm.extensions import db
from fitnesscrm.scheduling.models import Session, SessionSeries, TimeOff
from fitnesscrm.trainers.models import Trainer

T = "2030-01-07T{}:00+00:00"  # a Monday
SIGN_UP = {
    "organization_name": "Gym",
    "email": "new@example.com",
    "password": "long-enough-pw",
    "first_name": "A",
    "last_name": "B",
}
INTERVAL = {"weekday": 0, "starts_at": "09:00", "ends_at": "12:00"}


def _rows(model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def _session(start: str, end: str, **extra) -> dict:
    return {"trainer_id": "{trainer}", "starts_at": start, "ends_at": end, **extra}


# (name, method, path, body): the path may name {trainer}, {client}; the caller is the studio's owner.
BAD_INPUT = [
    ("NUL in a client's name", "post", "/api/clients", {"first_name": "Ja\x00ne", "last_name": "Doe"}),
    ("NUL in a trainer's bio", "patch", "/api/trainers/{trainer}", {"bio": "Strong\x00"}),
    ("NUL in a session's notes", "post", "/api/sessions", _session(T.format("10:00"), T.format("11:00"), notes="\x00")),
    ("NUL in a search", "get", "/api/clients?q=ja%00ne", None),
    ("NUL in a tag filter", "get", "/api/clients?tag=a%00", None),
    ("NUL in a specialization filter", "get", "/api/trainers?specialization=yoga%00", None),
    ("NUL in an activity filter", "get", "/api/activity?entity_type=client%00", None),
    ("NUL in a password at sign-up", "post", "/api/auth/signup", {**SIGN_UP, "password": "long-enough\x00"}),
    ("lone surrogate in a name", "post", "/api/clients", {"first_name": "\ud800", "last_name": "Doe"}),
    ("lone surrogate in a password", "post", "/api/auth/login", {"email": "a@example.com", "password": "\udfff"}),
    ("offset +16:00 in a query", "get", "/api/sessions?from=2030-01-07T00:00:00%2B16:00", None),
    (
        "offset -16:00 in a body",
        "post",
        "/api/sessions",
        _session("2030-01-07T10:00:00-16:00", "2030-01-07T11:00:00-16:00"),
    ),
    ("a session in year 1", "post", "/api/sessions", _session("0001-01-01T00:00Z", "0001-01-01T01:00Z")),
    (
        "a session ending in year 10000 in UTC",
        "post",
        "/api/sessions",
        _session("9999-12-31T23:00Z", "9999-12-31T23:30-01:00"),
    ),
    (
        "a series in year 9999",
        "post",
        "/api/series",
        {**_session("9999-12-30T10:00Z", "9999-12-30T11:00Z"), "rrule": "FREQ=DAILY"},
    ),
    (
        "time off in year 1",
        "post",
        "/api/trainers/{trainer}/time-off",
        {"starts_at": "0001-01-01T00:00Z", "ends_at": "0001-01-01T01:00Z"},
    ),
    (
        "free slots in year 9999",
        "get",
        "/api/trainers/{trainer}/free-slots?from=9999-12-31&to=9999-12-31&duration=30",
        None,
    ),
    (
        "free slots in year 1",
        "get",
        "/api/trainers/{trainer}/free-slots?from=0001-01-01&to=0001-01-02&duration=30",
        None,
    ),
    (
        "a client's start date in year 9999",
        "post",
        "/api/clients",
        {"first_name": "A", "last_name": "B", "start_date": "9999-12-31"},
    ),
    (
        "a working-hours interval without weekday",
        "put",
        "/api/trainers/{trainer}/working-hours",
        {"intervals": [{"starts_at": "09:00", "ends_at": "10:00"}, INTERVAL]},
    ),
    (
        "a working-hours interval without start",
        "put",
        "/api/trainers/{trainer}/working-hours",
        {"intervals": [{"weekday": 0, "ends_at": "10:00"}, INTERVAL]},
    ),
    (
        "a working-hours time with an offset",
        "put",
        "/api/trainers/{trainer}/working-hours",
        {"intervals": [{"weekday": 0, "starts_at": "09:00+05:00", "ends_at": "10:00"}, INTERVAL]},
    ),
    ("300 copies of one tag", "post", "/api/clients", {"first_name": "A", "last_name": "B", "tags": ["vip"] * 300}),
    (
        "an id as text",
        "post",
        "/api/sessions",
        _session(T.format("10:00"), T.format("11:00"), trainer_id="{trainer:s}"),
    ),
    (
        "an id as a fraction",
        "post",
        "/api/sessions",
        _session(T.format("10:00"), T.format("11:00"), trainer_id="{trainer:f}"),
    ),
    ("an id in a query in other digits", "get", "/api/clients?page=%D9%A1", None),
    ("a time zone of localtime", "patch", "/api/auth/me", {"timezone": "localtime"}),
    ("a time zone of Factory", "patch", "/api/organization", {"timezone": "Factory"}),
    ("a NUL in a studio's name at sign-up", "post", "/api/auth/signup", {**SIGN_UP, "organization_name": "Gym\x00"}),
]


def _fill(value, studio):
    """`{trainer}` and `{client}` replaced by the studio's ids, in text and in JSON values."""
    if isinstance(value, str):
        if value.startswith("{trainer"):
            as_json = {"{trainer}": studio.trainer.id, "{trainer:s}": str(studio.trainer.id)}
            return as_json.get(value, float(studio.trainer.id))
        return value.replace("{trainer}", str(studio.trainer.id)).replace("{client}", str(studio.client.id))
    if isinstance(value, dict):
        return {key: _fill(item, studio) for key, item in value.items()}
    if isinstance(value, list):
        return [_fill(item, studio) for item in value]
    return value


@pytest.mark.parametrize("name, method, path, body", BAD_INPUT, ids=[case[0] for case in BAD_INPUT])
def test_bad_input_is_a_4xx_in_the_error_shape_and_writes_nothing(name, method, path, body, studio, client_as):
    counts = {model: _rows(model) for model in (Client, Trainer, Session, SessionSeries, TimeOff)}
    body = _fill(body, studio)
    response = getattr(client_as(studio.owner), method)(_fill(path, studio), json=body)
    assert 400 <= response.status_code < 500, response.get_data(as_text=True)
    assert set(response.get_json()["error"]) <= {"code", "message", "fields", "request_id"}
    assert {model: _rows(model) for model in counts} == counts


def test_session_ending_after_9999_in_utc_is_refused_and_the_calendar_still_loads(studio, client_as):
    api = client_as(studio.owner)
    response = api.post(
        "/api/sessions",
        json={"trainer_id": studio.trainer.id, "starts_at": "9999-12-31T23:00Z", "ends_at": "9999-12-31T23:30-01:00"},
    )
    assert response.status_code == 422
    assert set(response.get_json()["error"]["fields"]) == {"starts_at", "ends_at"}
    assert api.get("/api/sessions").status_code == 200
    assert _rows(Session) == 0


def test_blank_email_on_a_client_means_none_on_create_and_change(studio, client_as):
    api = client_as(studio.owner)
    created = api.post("/api/clients", json={"first_name": "Ann", "last_name": "Lee", "email": ""})
    assert created.status_code == 201, created.get_json()
    assert created.get_json()["email"] is None
    changed = api.patch(f"/api/clients/{studio.client.id}", json={"email": "  "})
    assert changed.status_code == 200, changed.get_json()
    assert changed.get_json()["email"] is None


def test_blank_email_where_one_is_required_is_refused(studio, client_as):
    api = client_as(studio.owner)
    for response in (
        api.post("/api/trainers", json={"first_name": "A", "last_name": "B", "email": " "}),
        api.patch(f"/api/trainers/{studio.trainer.id}", json={"email": ""}),
        api.post("/api/invitations", json={"email": "", "role": "admin"}),
    ):
        assert response.status_code == 422
        assert response.get_json()["error"]["fields"]["email"] == ["Must not be blank."]


class _Query(fields.QuerySchema):
    id = fields.id_field()


class _Body(ma.Schema):
    id = fields.id_field()
    tags = fields.Tags()
    start = fields.DateTime()


def test_integers_in_a_query_are_plain_digits_and_in_json_are_integers():
    assert _Query().load({"id": "42"}) == {"id": 42}
    for text in ("4.0", " 4", "+4", "٤", "1_0", "4e1"):
        with pytest.raises(ma.ValidationError):
            _Query().load({"id": text})
    assert _Body().load({"id": 42}) == {"id": 42}
    for value in ("42", 42.0, True):
        with pytest.raises(ma.ValidationError):
            _Body().load({"id": value})


def test_list_length_is_checked_before_duplicates_are_dropped():
    assert _Body().load({"tags": ["VIP", "vip ", "Yoga"]}) == {"tags": ["vip", "yoga"]}
    with pytest.raises(ma.ValidationError, match="At most 20 items"):
        _Body().load({"tags": ["vip"] * 21})


def test_object_size_is_checked_before_its_entries_are_read():
    mapping = fields.Mapping(keys=fields.String(), values=fields.Integer(), max_items=2)
    assert mapping.deserialize({"a": 1, "b": 2}) == {"a": 1, "b": 2}
    with pytest.raises(ma.ValidationError, match="At most 2 entries"):
        mapping.deserialize({"a": 1, "b": 2, "c": "not read"})


@pytest.mark.parametrize(
    "text", ["1900-01-01T00:00:00+00:00", "2200-12-31T23:59:59Z", "2030-06-01T12:00:00+14:00", "2030-06-01T12:00-12:00"]
)
def test_instants_from_1900_to_2200_with_real_offsets_are_read(text):
    assert _Body().load({"start": text})["start"].utcoffset() is not None


@pytest.mark.parametrize(
    "text",
    ["1899-12-31T23:59:59Z", "2201-01-01T00:00:00Z", "2030-06-01T12:00:00+14:30", "2030-06-01T12:00:00", "x" * 100],
)
def test_instants_outside_the_range_or_without_a_real_offset_are_refused(text):
    with pytest.raises(ma.ValidationError):
        _Body().load({"start": text})


@pytest.mark.parametrize(
    "zone", ["Europe/Paris", "America/Argentina/Buenos_Aires", "UTC", "Etc/GMT+5", "Asia/Calcutta"]
)
def test_time_zones_of_the_iana_database_are_accepted(zone):
    assert zone in fields.time_zones()


@pytest.mark.parametrize("zone", ["localtime", "Factory", "posixrules", "US/Eastern", "EST5EDT", "Europe/Nowhere", ""])
def test_time_zones_browsers_do_not_list_are_refused(zone):
    assert zone not in fields.time_zones()


INTL_ZONES = """
const accepted = JSON.parse(require("fs").readFileSync(0, "utf8"));
const refused = accepted.filter((zone) => {
  try { new Intl.DateTimeFormat("en", { timeZone: zone }); return false; } catch { return true; }
});
console.log(JSON.stringify({ listed: Intl.supportedValuesOf("timeZone"), refused }));
"""


NODE = shutil.which("node")


@pytest.mark.skipif(NODE is None, reason="needs Node.js, as the web app's build does")
def test_time_zones_match_what_browsers_intl_knows():
    zones = json.dumps(sorted(fields.time_zones()))
    result = subprocess.run([NODE, "-e", INTL_ZONES], input=zones, capture_output=True, text=True, check=True)  # noqa: S603 - a fixed script
    intl = json.loads(result.stdout)
    assert intl["refused"] == []  # every zone the API accepts can be shown by a browser
    assert set(intl["listed"]) <= fields.time_zones()  # every zone the settings picker offers is accepted


class _Point(ma.Schema):
    day = ma.fields.Date(data_key="date")
    value = ma.fields.Float(allow_none=True)
    count = ma.fields.Integer()
    derived = ma.fields.Boolean()
    label = ma.fields.String(allow_none=True)


def test_flat_rows_write_what_marshmallow_would():
    from datetime import date
    from decimal import Decimal

    rows = [
        {"day": date(2026, 1, 2), "value": Decimal("80.4"), "count": 3, "derived": True, "label": "a"},
        {"day": date(2026, 1, 3), "value": None, "count": 0, "derived": False, "label": None},
    ]
    nested = ma.fields.List(ma.fields.Nested(_Point))
    assert fields.FlatRows(_Point).serialize("points", {"points": rows}) == nested.serialize("points", {"points": rows})


def test_flat_rows_refuse_fields_they_cannot_write():
    class Nested(ma.Schema):
        when = ma.fields.DateTime()

    with pytest.raises(TypeError, match="not DateTime"):
        fields.FlatRows(Nested)
