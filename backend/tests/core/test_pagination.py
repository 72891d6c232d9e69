"""Do lists count cheaply (exactly where that is cheap, "N+" past a limit) and find search pages whatever the word?"""

from __future__ import annotations

import pytest

from fitnesscrm.clients.service import SORT_COLUMNS
from fitnesscrm.core import pagination
from tests.factories import AssignmentFactory, ClientFactory


def _names(response) -> list[str]:
    assert response.status_code == 200, response.get_json()
    return [item["last_name"] for item in response.get_json()["items"]]


def _meta(response) -> dict:
    return response.get_json()["meta"]


def test_plain_list_total_is_exact_past_the_count_limit(studio, client_as, monkeypatch):
    monkeypatch.setattr(pagination, "COUNT_LIMIT", 3)
    for n in range(5):
        ClientFactory(organization_id=studio.org.id, last_name=f"Plain{n}", status="active")
    meta = _meta(client_as(studio.owner).get("/api/clients?per_page=2"))
    assert (meta["total"], meta["total_is_exact"], meta["pages"]) == (7, True, 4)  # 5 + the studio's 2


def test_filtered_list_counts_up_to_the_limit_then_says_more(studio, client_as, monkeypatch):
    monkeypatch.setattr(pagination, "COUNT_LIMIT", 3)
    for n in range(5):
        client = ClientFactory(organization_id=studio.org.id, last_name=f"Coached{n}")
        AssignmentFactory(
            organization_id=studio.org.id, client_id=client.id, trainer_id=studio.other_trainer.id, is_primary=False
        )
    api = client_as(studio.owner)
    first = _meta(api.get(f"/api/clients?trainer_id={studio.other_trainer.id}&per_page=2"))
    assert first == {
        "total": 3, "total_is_exact": False, "pages": 2, "page": 1, "per_page": 2, "has_next": True, "has_prev": False,
    }  # fmt: skip
    # Counting goes on to the end of the page asked for, and is exact once it reaches the last row.
    second = _meta(api.get(f"/api/clients?trainer_id={studio.other_trainer.id}&per_page=2&page=2"))
    assert (second["total"], second["total_is_exact"], second["has_next"]) == (4, False, True)
    last = api.get(f"/api/clients?trainer_id={studio.other_trainer.id}&per_page=2&page=3")
    assert (_meta(last)["total"], _meta(last)["total_is_exact"], _meta(last)["has_next"]) == (6, True, False)
    assert len(_names(last)) == 2  # with the studio's other client, six in all


def test_search_counts_matches_up_to_the_match_limit(studio, client_as, monkeypatch):
    monkeypatch.setattr(pagination, "MATCH_LIMIT", 3)
    for n in range(5):
        ClientFactory(organization_id=studio.org.id, first_name="Marvin", last_name=f"Match{n}")
    response = client_as(studio.owner).get("/api/clients?q=marv&per_page=2")
    assert _names(response) == ["Match0", "Match1"]
    meta = _meta(response)
    assert (meta["total"], meta["total_is_exact"], meta["has_next"]) == (3, False, True)
    assert _names(client_as(studio.owner).get("/api/clients?q=marv&per_page=2&page=3")) == ["Match4"]


def test_search_finds_the_page_when_matches_cluster_late_in_the_sort(studio, client_as, monkeypatch):
    # Few matches are gathered and sorted; many, walked for; many clustered at the end, gathered after all.
    monkeypatch.setattr(pagination, "MATCH_LIMIT", 2)
    monkeypatch.setattr(pagination, "WALK_FACTOR", 1)
    for n in range(12):
        ClientFactory(organization_id=studio.org.id, first_name="Early", last_name=f"Aardvark{n:02}")
    for n in range(5):
        ClientFactory(organization_id=studio.org.id, first_name="Late", last_name=f"Zulu{n}")
    api = client_as(studio.owner)
    response = api.get("/api/clients?q=zulu&per_page=2&page=2")
    assert _names(response) == ["Zulu2", "Zulu3"]
    assert (_meta(response)["total"], _meta(response)["total_is_exact"]) == (5, True)
    assert _names(api.get("/api/clients?q=aardvark&per_page=3")) == ["Aardvark00", "Aardvark01", "Aardvark02"]


@pytest.mark.parametrize("sort", [*SORT_COLUMNS, *(f"-{name}" for name in SORT_COLUMNS)])
def test_search_orders_like_the_list_for_every_sort(studio, client_as, sort):
    for n, status in enumerate(["lead", "active", "paused", "inactive", "active", "lead"]):
        ClientFactory(
            organization_id=studio.org.id,
            first_name="Sortable",
            last_name=f"Same{n % 3}",
            email=None if n % 2 else f"s{5 - n}@example.com",
            status=status,
        )
    api = client_as(studio.owner)
    searched = api.get(f"/api/clients?q=sortable&sort={sort}&per_page=100").get_json()["items"]
    ids = ",".join(str(item["id"]) for item in searched)
    listed = api.get(f"/api/clients?ids={ids}&sort={sort}&per_page=100").get_json()["items"]
    assert len(searched) == 6
    assert [item["id"] for item in searched] == [item["id"] for item in listed]


@pytest.mark.parametrize("sort", ["last_name", "-last_name", "email", "-email", "start_date", "-created_at"])
def test_every_page_of_a_known_total_holds_the_right_rows_read_from_either_end(studio, client_as, sort):
    # Pages past the middle of a kept total are read backwards from the end; NULLs must land alike.
    for n in range(7):
        ClientFactory(
            organization_id=studio.org.id,
            last_name=f"Paged{n % 4}",
            email=None if n % 3 == 0 else f"paged{n}@example.com",
            start_date=None if n % 2 else f"2026-01-0{n + 1}",
        )
    api = client_as(studio.owner)
    everyone = [item["id"] for item in api.get(f"/api/clients?sort={sort}&per_page=100").get_json()["items"]]
    paged = []
    for page in range(1, 6):
        body = api.get(f"/api/clients?sort={sort}&per_page=2&page={page}").get_json()
        assert body["meta"]["total_is_exact"] and body["meta"]["total"] == 9
        paged += [item["id"] for item in body["items"]]
    assert len(everyone) == 9
    assert paged == everyone
