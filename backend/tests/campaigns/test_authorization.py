"""Does every segment and campaign endpoint answer each caller as allowed, and write nothing when it refuses?

The cases use the foundation's authorization matrix (tests/test_authorization.py): anonymous,
each role of a studio, and the owner of another studio (`stranger`). Owners and admins only.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.test_authorization import CALLERS, Case, assert_case

OWN = {"owner": 200, "admin": 200, "stranger": 200}
CREATED = {"owner": 201, "admin": 201, "stranger": 201}
ONE = {"owner": 200, "admin": 200, "stranger": 404}
DELETED = {"owner": 204, "admin": 204, "stranger": 404}
SEGMENT = {"segment_id": "segment"}
SPARE_SEGMENT = {"segment_id": "spare_segment"}
CAMPAIGN = {"campaign_id": "campaign"}
SCHEDULED = {"campaign_id": "scheduled_campaign"}
CONTENT = {"subject": "Hi {{ first_name }}", "body_html": "<p>News</p>"}

CASES = [
    Case("GET", "/api/segments", OWN),
    Case("POST", "/api/segments", CREATED, body={"name": "Leads", "filters": {"statuses": ["lead"]}}),
    Case("POST", "/api/segments/preview", OWN, body={"filters": {"tags_any": ["vip"]}}),
    Case("GET", "/api/segments/<int:segment_id>", ONE, params=SEGMENT),
    Case("PATCH", "/api/segments/<int:segment_id>", ONE, params=SEGMENT, body={"name": "Renamed"}),
    Case("DELETE", "/api/segments/<int:segment_id>", DELETED, params=SPARE_SEGMENT),
    Case("GET", "/api/segments/<int:segment_id>/count", ONE, params=SEGMENT),
    Case("GET", "/api/segments/<int:segment_id>/preview", ONE, params=SEGMENT),
    Case("GET", "/api/campaigns", OWN),
    Case(
        "POST",
        "/api/campaigns",
        {"owner": 201, "admin": 201, "stranger": 422},
        body={"name": "News", "segment_id": "{segment}", **CONTENT},
    ),
    Case("GET", "/api/campaigns/merge-fields", OWN),
    Case("POST", "/api/campaigns/preview", OWN, body=CONTENT),
    Case("GET", "/api/campaigns/<int:campaign_id>", ONE, params=CAMPAIGN),
    Case("PATCH", "/api/campaigns/<int:campaign_id>", ONE, params=CAMPAIGN, body={"name": "Renamed"}),
    Case("DELETE", "/api/campaigns/<int:campaign_id>", DELETED, params=CAMPAIGN),
    Case("POST", "/api/campaigns/<int:campaign_id>/send", ONE, params=CAMPAIGN, body={}),
    Case("POST", "/api/campaigns/<int:campaign_id>/cancel", ONE, params=SCHEDULED),
    Case("GET", "/api/campaigns/<int:campaign_id>/report", ONE, params=CAMPAIGN),
]


@pytest.fixture
def campaigns_studio(studio, client_as):
    """The studio with a segment in use, a spare one, a draft campaign and a scheduled one."""
    owner = client_as(studio.owner)

    def made(response):
        assert response.status_code in (200, 201), response.get_json()
        return SimpleNamespace(id=response.get_json()["id"])

    studio.segment = made(owner.post("/api/segments", json={"name": "Active", "filters": {"statuses": ["active"]}}))
    studio.spare_segment = made(owner.post("/api/segments", json={"name": "Spare"}))
    campaign = {"name": "News", "segment_id": studio.segment.id, **CONTENT}
    studio.campaign = made(owner.post("/api/campaigns", json=campaign))
    studio.scheduled_campaign = made(owner.post("/api/campaigns", json=campaign))
    made(
        owner.post(f"/api/campaigns/{studio.scheduled_campaign.id}/send", json={"scheduled_at": "2030-01-01T09:00:00Z"})
    )
    return studio


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.method} {case.rule}")
def test_campaigns_endpoint_answers_each_caller_as_allowed(
    case, caller, campaigns_studio, other_studio, client, client_as
):
    assert_case(case, caller, campaigns_studio, other_studio, client, client_as)
