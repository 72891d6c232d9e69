"""Does every credits and memberships endpoint answer each caller as allowed, and write nothing when it refuses?

The cases use the foundation's authorization matrix (tests/test_authorization.py): anonymous,
each role of a studio, and the owner of another studio (`stranger`).
"""

from __future__ import annotations

from datetime import date

import pytest

from fitnesscrm.billing.memberships import service as memberships
from fitnesscrm.extensions import db
from tests.billing.credits.conftest import give, membership_product
from tests.test_authorization import CALLERS, Case, assert_case

SEEN_BY_ALL = {"owner": 200, "admin": 200, "trainer": 200, "client": 200, "stranger": 404}
MANAGERS = {"owner": 200, "admin": 200, "trainer": 404, "client": 404, "stranger": 404}
ANY_ROLE = {"owner": 200, "admin": 200, "trainer": 200, "client": 200, "stranger": 200}
WRITE = {"owner": 200, "admin": 200, "stranger": 404}
CREATED = {"owner": 201, "admin": 201, "stranger": 404}
CLIENT = {"client_id": "client"}
OTHER_CLIENT = {"client_id": "other_client"}
MEMBERSHIP = {"membership_id": "membership"}
OTHER_MEMBERSHIP = {"membership_id": "other_membership"}
PAUSED = {"membership_id": "paused_membership"}

CASES = [
    Case("GET", "/api/clients/<int:client_id>/credits", SEEN_BY_ALL, params=CLIENT),
    Case("GET", "/api/clients/<int:client_id>/credits", MANAGERS, params=OTHER_CLIENT),
    Case("GET", "/api/clients/<int:client_id>/credits/ledger", SEEN_BY_ALL, params=CLIENT),
    Case("GET", "/api/clients/<int:client_id>/credits/ledger", MANAGERS, params=OTHER_CLIENT),
    Case("POST", "/api/clients/<int:client_id>/credits/adjustments", CREATED, params=CLIENT,
         body={"quantity": -1, "note": "Goodwill"}),
    Case("GET", "/api/clients/<int:client_id>/memberships", SEEN_BY_ALL, params=CLIENT),
    Case("GET", "/api/clients/<int:client_id>/memberships", MANAGERS, params=OTHER_CLIENT),
    Case("POST", "/api/clients/<int:client_id>/memberships", CREATED, params=CLIENT,
         body={"product_id": "{membership_product}"}),
    Case("GET", "/api/billing/memberships", ANY_ROLE),
    Case("POST", "/api/billing/memberships/<int:membership_id>/cancel", WRITE | {"client": 200},
         params=MEMBERSHIP, body={}),
    Case("POST", "/api/billing/memberships/<int:membership_id>/cancel", WRITE | {"client": 404},
         params=OTHER_MEMBERSHIP, body={}),
    Case("POST", "/api/billing/memberships/<int:membership_id>/pause", WRITE, params=MEMBERSHIP),
    Case("POST", "/api/billing/memberships/<int:membership_id>/resume", WRITE, params=PAUSED),
]  # fmt: skip


@pytest.fixture
def credits_studio(studio, fake_invoices):
    """The studio with credits for `client`, a membership product, and a membership each (one of them paused)."""
    give(studio.org.id, studio.client.id, 3)
    studio.membership_product = membership_product(studio.org.id, minimum_term_periods=2)

    def member(client, starts_on=None):
        return memberships.start(
            actor=None, organization_id=studio.org.id, client_id=client.id,
            product_id=studio.membership_product.id, starts_on=starts_on,
        )  # fmt: skip

    studio.membership = member(studio.client)
    studio.other_membership = member(studio.other_client)
    studio.paused_membership = member(studio.client, starts_on=date(2026, 1, 1))
    studio.paused_membership.status = "paused"
    db.session.commit()
    return studio


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.method} {case.rule}")
def test_credit_endpoint_answers_each_caller_as_allowed(case, caller, credits_studio, other_studio, client, client_as):
    assert_case(case, caller, credits_studio, other_studio, client, client_as)
