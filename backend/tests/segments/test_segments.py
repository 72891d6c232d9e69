"""Do segments hold exactly the clients their filters describe, counted live, within the caller's studio?"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.billing.models import Membership, Product
from fitnesscrm.clients.models import Client
from fitnesscrm.extensions import db
from fitnesscrm.scheduling.models import Participant, Session
from fitnesscrm.segments import service
from tests.factories import AssignmentFactory, ClientFactory, principal_for


def _ids(studio, **filters) -> set[int]:
    condition = service.condition(organization_id=studio.org.id, filters=filters)
    return set(db.session.execute(sa.select(Client.id).where(condition)).scalars())


def _session(studio, client, *, days_ago: int, status: str = "completed") -> None:
    starts = datetime.now(UTC) - timedelta(days=days_ago)
    session = Session(
        organization_id=studio.org.id,
        trainer_id=studio.trainer.id,
        kind="personal",
        status=status,
        starts_at=starts,
        ends_at=starts + timedelta(hours=1),
        timezone="UTC",
    )
    db.session.add(session)
    db.session.flush()
    db.session.add(
        Participant(
            organization_id=studio.org.id,
            session_id=session.id,
            client_id=client.id,
            starts_at=session.starts_at,
            ends_at=session.ends_at,
        )
    )
    db.session.flush()


def test_condition_filters_by_status_tags_and_trainer(studio):
    vip = ClientFactory(organization_id=studio.org.id, status="lead", tags=["vip", "morning"])
    AssignmentFactory(organization_id=studio.org.id, client_id=vip.id, trainer_id=studio.trainer.id)
    archived = ClientFactory(organization_id=studio.org.id, status="archived", tags=["vip"])

    assert _ids(studio) == {studio.client.id, studio.other_client.id, vip.id}
    assert _ids(studio, statuses=["lead"]) == {vip.id}
    assert _ids(studio, statuses=["archived"]) == {archived.id}
    assert _ids(studio, tags_any=["vip", "evening"]) == {vip.id}
    assert _ids(studio, tags_all=["vip", "evening"]) == set()
    assert _ids(studio, tags_all=["vip", "morning"]) == {vip.id}
    assert _ids(studio, trainer_id=studio.trainer.id) == {studio.client.id, vip.id}


def test_condition_filters_by_membership_sessions_and_start_date(studio):
    product = Product(organization_id=studio.org.id, kind="membership", name="Monthly", price=5000, interval="month")
    db.session.add(product)
    db.session.flush()
    today = date.today()
    db.session.add(
        Membership(
            organization_id=studio.org.id,
            client_id=studio.client.id,
            product_id=product.id,
            price=5000,
            interval="month",
            started_on=today,
            current_period_start=today,
            current_period_end=today + timedelta(days=30),
            minimum_term_ends_on=today,
        )
    )
    _session(studio, studio.client, days_ago=3)
    _session(studio, studio.other_client, days_ago=40)
    _session(studio, studio.other_client, days_ago=2, status="cancelled")
    studio.client.start_date = date(2024, 1, 10)
    studio.other_client.start_date = date(2025, 6, 1)
    db.session.flush()

    assert _ids(studio, membership="active") == {studio.client.id}
    assert _ids(studio, membership="none") == {studio.other_client.id}
    # A cancelled session does not count as one held.
    assert _ids(studio, no_session_in_days=30) == {studio.other_client.id}
    assert _ids(studio, no_session_in_days=60) == set()
    assert _ids(studio, joined_after="2025-01-01") == {studio.other_client.id}
    assert _ids(studio, joined_before="2025-01-01") == {studio.client.id}


def test_condition_of_another_studios_segment_matches_nobody(studio, other_studio):
    segment = service.create(actor=principal_for(other_studio.owner), name="Everyone", filters={})
    theirs = service.condition(organization_id=other_studio.org.id, segment_id=segment["id"])
    assert len(db.session.execute(sa.select(Client.id).where(theirs)).all()) == 2
    condition = service.condition(organization_id=studio.org.id, segment_id=segment["id"])
    assert db.session.execute(sa.select(Client.id).where(condition)).all() == []


def test_create_counts_live_and_lists_with_a_sentence(client_as, studio):
    api = client_as(studio.owner)
    created = api.post(
        "/api/segments",
        json={
            "name": "Lapsed VIPs",
            "filters": {"tags_any": ["VIP"], "no_session_in_days": 30, "statuses": ["active"]},
        },
    )
    assert created.status_code == 201, created.get_json()
    segment = created.get_json()
    assert segment["count"] == 0
    assert segment["summary"] == "Active clients, tagged vip, with no session in 30 days."

    studio.client.tags = ["vip"]
    db.session.commit()
    assert api.get(f"/api/segments/{segment['id']}/count").get_json() == {"count": 1, "reachable": 1}
    preview = api.get(f"/api/segments/{segment['id']}/preview").get_json()
    assert [row["name"] for row in preview["clients"]] == ["Casey Holloway"]
    [listed] = api.get("/api/segments").get_json()["items"]
    assert listed["count"] == 1 and listed["name"] == "Lapsed VIPs"


def test_preview_of_unsaved_filters_counts_without_saving(client_as, studio):
    response = client_as(studio.admin).post("/api/segments/preview", json={"filters": {"statuses": ["active"]}})
    assert response.status_code == 200
    assert response.get_json()["count"] == 2
    assert client_as(studio.admin).get("/api/segments").get_json()["meta"]["total"] == 0


def test_filters_are_validated(client_as, studio, other_studio):
    api = client_as(studio.owner)
    bad_status = api.post("/api/segments", json={"name": "X", "filters": {"statuses": ["gone"]}})
    assert bad_status.status_code == 422
    dated = api.post("/api/segments", json={"name": "New", "filters": {"joined_after": "2026-02-01"}})
    assert dated.status_code == 201 and dated.get_json()["filters"] == {"joined_after": "2026-02-01"}
    assert dated.get_json()["summary"] == "All clients, who started on or after 1 February 2026."
    reversed_dates = api.post(
        "/api/segments", json={"name": "X", "filters": {"joined_after": "2026-02-01", "joined_before": "2026-01-01"}}
    )
    assert reversed_dates.status_code == 422
    foreign_trainer = api.post("/api/segments", json={"name": "X", "filters": {"trainer_id": other_studio.trainer.id}})
    assert foreign_trainer.status_code == 422
    assert foreign_trainer.get_json()["error"]["fields"] == {"filters": {"trainer_id": ["No such trainer."]}}


def test_update_records_the_change_as_sentences(client_as, studio):
    api = client_as(studio.owner)
    segment = api.post("/api/segments", json={"name": "Leads", "filters": {"statuses": ["lead"]}}).get_json()
    updated = api.patch(
        f"/api/segments/{segment['id']}",
        json={"name": "Hot leads", "filters": {"statuses": ["lead"], "tags_any": ["hot"]}},
    )
    assert updated.status_code == 200
    assert updated.get_json()["summary"] == "Lead clients, tagged hot."
    entries = api.get("/api/activity?entity_type=segment").get_json()["items"]
    changes = {change["field"]: change for change in entries[0]["changes"]}
    assert (
        changes["filters"]["before"] == "Lead clients." and changes["filters"]["after"] == "Lead clients, tagged hot."
    )


def test_list_runs_the_same_statements_whatever_the_page_size(client_as, studio, count_statements):
    api = client_as(studio.owner)
    api.post("/api/segments", json={"name": "Seg 0", "filters": {"trainer_id": studio.trainer.id}})
    with count_statements() as few:
        assert len(api.get("/api/segments").get_json()["items"]) == 1
    for number in range(1, 6):
        api.post(
            "/api/segments",
            json={"name": f"Seg {number}", "filters": {"trainer_id": studio.trainer.id, "membership": "none"}},
        )
    with count_statements() as many:
        assert len(api.get("/api/segments").get_json()["items"]) == 6
    assert many.count == few.count


def test_other_studios_segment_is_not_found(client_as, studio, other_studio):
    segment = client_as(other_studio.owner).post("/api/segments", json={"name": "Theirs"}).get_json()
    api = client_as(studio.owner)
    assert api.get(f"/api/segments/{segment['id']}").status_code == 404
    assert api.delete(f"/api/segments/{segment['id']}").status_code == 404


def test_trainers_may_not_see_segments(client_as, studio):
    assert client_as(studio.trainer_user).get("/api/segments").status_code == 403
