"""Does every operation in the OpenAPI document answer generated requests without a server error, as documented?

Schemathesis reads the app's own document, so an operation added later is covered without
touching this file. Each operation gets a bounded number of generated requests (valid and
invalid ones, plus the boundary values of every parameter), sent as the studio's owner with
the rate limits off; the public ones (sign-up, login, invitations) ignore the token. The
documented examples are sent with the ids of real rows (and the owner's credentials for
login), and so is half of the generated ids, so that requests also reach the rules behind
the 404s. `derandomize` makes every run send the same requests.
"""

from __future__ import annotations

import os
from types import SimpleNamespace

import hypothesis
import pytest
import schemathesis
import sqlalchemy as sa
from flask_jwt_extended import create_access_token
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from fitnesscrm.app import create_app
from fitnesscrm.assignments.models import Assignment
from fitnesscrm.config import TestConfig
from fitnesscrm.developers.keys import service as keys
from fitnesscrm.developers.keys.scopes import SCOPES
from fitnesscrm.extensions import db, limiter
from tests.factories import PASSWORD, principal_for

# Generated requests per operation, besides the boundary cases; `make api-fuzz` runs more.
MAX_EXAMPLES = int(os.environ.get("API_FUZZ_EXAMPLES", "15"))


def _document_app():
    """The app as far as its OpenAPI document goes, built at import so that pytest lists one test per operation."""
    config = TestConfig()
    # The document needs no database; this address is never connected to.
    config.SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://unused@127.0.0.1:1/unused"
    return create_app(config)


schema = schemathesis.openapi.from_wsgi("/api/openapi.json", _document_app())
# The public API, /api/v2, called with an API key holding every scope.
schema_v2 = schemathesis.openapi.from_wsgi("/api/v2/openapi.json", _document_app())


@pytest.fixture
def rows(studio, client_as, monkeypatch):
    """A session, a series, time off, a feed, an invitation and billing rows, by the ids and tokens requests use."""
    monkeypatch.setattr(limiter, "enabled", False)
    owner = client_as(studio.owner)
    slot = {"trainer_id": studio.trainer.id, "client_ids": [studio.client.id]}
    session = owner.post(
        "/api/sessions", json={**slot, "starts_at": "2030-01-07T10:00:00Z", "ends_at": "2030-01-07T11:00:00Z"}
    ).get_json()
    series = owner.post(
        "/api/series",
        json={**slot, "starts_at": "2030-01-08T10:00:00Z", "ends_at": "2030-01-08T11:00:00Z", "rrule": "FREQ=WEEKLY"},
    ).get_json()
    time_off = owner.post(
        f"/api/trainers/{studio.trainer.id}/time-off",
        json={"starts_at": "2030-02-01T00:00:00Z", "ends_at": "2030-02-02T00:00:00Z"},
    ).get_json()
    feed = owner.post("/api/calendar/feeds", json={"trainer_id": studio.trainer.id}).get_json()
    invitation = owner.post("/api/invitations", json={"email": "new.coach@example.com", "role": "trainer"}).get_json()
    # billing (invoices): a tax rate, a product, a discount, an open invoice and a payment on it
    tax_rate = owner.post("/api/billing/tax-rates", json={"name": "VAT", "basis_points": 2000}).get_json()
    product = owner.post(
        "/api/billing/products", json={"kind": "item", "name": "Bottle", "price": 1200, "tax_rate_id": tax_rate["id"]}
    ).get_json()
    discount = owner.post("/api/billing/discounts", json={"name": "Friends", "basis_points": 1000}).get_json()
    invoice = owner.post(
        "/api/billing/invoices",
        json={"client_id": studio.client.id, "lines": [{"description": "PT", "unit_price": 9000}], "finalise": True},
    ).get_json()
    payment = owner.post(
        f"/api/billing/invoices/{invoice['id']}/payments", json={"amount": 1000, "method": "cash"}
    ).get_json()
    return SimpleNamespace(
        ids={
            "trainer_id": studio.trainer.id,
            "client_id": studio.client.id,
            "session_id": session["id"],
            "series_id": series["id"],
            "time_off_id": time_off["id"],
            "feed_id": feed["id"],
            "invitation_id": invitation["id"],
            "tax_rate_id": tax_rate["id"],
            "product_id": product["id"],
            "discount_id": discount["id"],
            "invoice_id": invoice["id"],
            "payment_id": payment["id"],
            "assignment_id": db.session.scalar(
                sa.select(Assignment.id).where(Assignment.client_id == studio.client.id)
            ),
        },
        tokens={"token": feed["token"]},
        invitation_token=invitation["accept_url"].rsplit("token=", 1)[1],
        owner_token=create_access_token(identity=str(studio.owner.id)),
        api_key=keys.create(actor=principal_for(studio.owner), name="Fuzzing", scopes=list(SCOPES))[1],
        owner_email=studio.owner.email,
    )


def _use_real_ids(case, rows) -> None:
    """Swap ids and tokens for those of real rows: always in the documented examples, else for even values."""
    always = case.meta is not None and case.meta.phase.name == "examples"
    for name, value in (case.path_parameters or {}).items():
        if name in rows.ids and isinstance(value, int) and (always or value % 2 == 0):
            case.path_parameters[name] = rows.ids[name]
        elif name in rows.tokens and isinstance(value, str) and (always or len(value) % 2 == 0):
            case.path_parameters[name] = rows.tokens[name]
    if not isinstance(case.body, dict):
        return
    for name, value in case.body.items():
        if name in rows.ids and type(value) is int and (always or value % 2 == 0):
            case.body[name] = rows.ids[name]
        elif name == "client_ids" and isinstance(value, list) and (always or len(value) % 2 == 0):
            case.body[name] = [rows.ids["client_id"]]
        elif name == "token" and isinstance(value, str) and (always or len(value) % 2 == 0):
            case.body[name] = rows.invitation_token
    if always and case.path.startswith("/api/auth/") and "email" in case.body and "password" in case.body:
        case.body.update(email=rows.owner_email, password=PASSWORD)


@schema.parametrize()
@hypothesis.settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(hypothesis.HealthCheck),
)
def test_operation_answers_generated_requests_without_server_errors(case, app, rows):
    _use_real_ids(case, rows)
    case.call_and_validate(
        app=app,
        headers={"Authorization": f"Bearer {rows.owner_token}"},
        checks=[not_a_server_error, response_schema_conformance],
    )


@schema_v2.parametrize()
@hypothesis.settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(hypothesis.HealthCheck),
)
def test_v2_operation_answers_generated_requests_without_server_errors(case, app, rows):
    _use_real_ids(case, rows)
    case.call_and_validate(
        app=app,
        headers={"Authorization": f"Bearer {rows.api_key}"},
        checks=[not_a_server_error, response_schema_conformance],
    )
