"""Helpers for the campaign tests: a segment, a campaign, and sending it as the worker would."""

from __future__ import annotations

import pytest


@pytest.fixture
def make_campaign(client_as, studio):
    """`make_campaign(**fields)`: a draft campaign to every active client of `studio`, made by its owner."""
    api = client_as(studio.owner)
    segment = api.post("/api/segments", json={"name": "Active", "filters": {"statuses": ["active"]}}).get_json()

    def make(**fields):
        body = {
            "name": "Spring news",
            "segment_id": segment["id"],
            "subject": "Hello {{ first_name }}",
            "body_html": (
                '<p>Hi {{ first_name }}, see <a href="https://example.com/spring?a=1&amp;b=2">our timetable</a>'
                ' and <a href="https://example.org/shop">the shop</a>.</p>'
            ),
            **fields,
        }
        response = api.post("/api/campaigns", json=body)
        assert response.status_code == 201, response.get_json()
        return response.get_json()

    return make
