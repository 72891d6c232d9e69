"""Does the dashboard show owners the studio's numbers, trainers their own, and clients nothing?"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.dashboard import service
from fitnesscrm.extensions import db
from tests.factories import ActivityEntryFactory, AssignmentFactory, ClientFactory, TrainerFactory

ZEROS = {"lead": 0, "active": 0, "paused": 0, "inactive": 0, "archived": 0}


def _client(studio, *, trainer=None, **fields):
    client = ClientFactory(organization_id=studio.org.id, **fields)
    if trainer is not None:
        AssignmentFactory(organization_id=studio.org.id, client_id=client.id, trainer_id=trainer.id)
    return client


def _owner(studio) -> Principal:
    return Principal(user_id=studio.owner.id, organization_id=studio.org.id, role=Role.OWNER, email="o@x.io", name="O")


def test_dashboard_counts_the_whole_studio_for_owners(studio, other_studio, client_as):
    _client(studio, status="lead")
    _client(studio, status="paused", trainer=studio.trainer)
    _client(studio, status="inactive", trainer=studio.other_trainer)
    _client(studio, status="archived", archived_at=datetime.now(UTC))
    _client(studio, status="active")
    TrainerFactory(organization_id=studio.org.id, archived_at=datetime.now(UTC))
    _client(other_studio, status="lead")
    body = client_as(studio.owner).get("/api/dashboard").get_json()
    assert body["trainers"] == 2
    assert body["clients_by_status"] == {**ZEROS, "lead": 1, "active": 3, "paused": 1, "inactive": 1, "archived": 1}
    assert body["clients_total"] == 6
    assert body["unassigned_clients"] == 2  # the lead and the new active client; the archived one is not counted
    assert body["new_clients_this_week"] == 7
    assert body["new_clients_this_month"] == 7


def test_dashboard_ignores_ended_assignments_when_counting_unassigned(studio, client_as):
    client = _client(studio, status="active")
    AssignmentFactory(
        organization_id=studio.org.id, client_id=client.id, trainer_id=studio.trainer.id, ended_at=datetime.now(UTC)
    )
    assert client_as(studio.admin).get("/api/dashboard").get_json()["unassigned_clients"] == 1


def test_dashboard_for_trainers_counts_only_their_clients(studio, client_as):
    _client(studio, status="paused", trainer=studio.trainer)
    _client(studio, status="lead", trainer=studio.other_trainer)
    _client(studio, status="lead")
    body = client_as(studio.trainer_user).get("/api/dashboard").get_json()
    assert body["trainers"] is None
    assert body["unassigned_clients"] is None
    assert body["clients_by_status"] == {**ZEROS, "active": 1, "paused": 1}
    assert body["clients_total"] == 2
    assert body["new_clients_this_week"] == 2
    assert sum(week["count"] for week in body["new_clients_per_week"]) == 2


def test_dashboard_fills_empty_weeks_in_the_organization_time_zone(studio):
    studio.org.timezone = "Pacific/Auckland"  # NZDT, UTC+13, in March 2026
    for old in (studio.client, studio.other_client):
        old.created_at = datetime(2020, 1, 1, tzinfo=UTC)
    db.session.commit()
    now = datetime(2026, 3, 11, 2, 0, tzinfo=UTC)  # Wednesday 11 March, 15:00 local
    for instant in [
        datetime(2026, 3, 8, 11, 0, tzinfo=UTC),  # Monday 9 March 00:00 local
        datetime(2026, 3, 8, 10, 59, tzinfo=UTC),  # Sunday 8 March 23:59 local
        datetime(2026, 2, 28, 10, 59, tzinfo=UTC),  # Saturday 28 February 23:59 local
        datetime(2025, 12, 21, 11, 0, tzinfo=UTC),  # Monday 22 December 00:00 local: the first week charted
        datetime(2025, 12, 21, 10, 59, tzinfo=UTC),  # a minute too early for the chart
    ]:
        _client(studio, created_at=instant)
    result = service.get(actor=_owner(studio), now=now)
    weeks = result["new_clients_per_week"]
    assert [week["week_start"] for week in weeks] == [date(2025, 12, 22) + timedelta(weeks=n) for n in range(12)]
    assert {week["week_start"]: week["count"] for week in weeks if week["count"]} == {
        date(2025, 12, 22): 1,
        date(2026, 2, 23): 1,
        date(2026, 3, 2): 1,
        date(2026, 3, 9): 1,
    }
    assert result["new_clients_this_week"] == 1
    assert result["new_clients_this_month"] == 2


def test_dashboard_recent_activity_is_the_latest_ten_for_owners(studio, other_studio, client_as):
    start = datetime(2026, 1, 1, tzinfo=UTC)
    ids = [
        ActivityEntryFactory(organization_id=studio.org.id, created_at=start + timedelta(hours=n)).id for n in range(12)
    ]
    ActivityEntryFactory(organization_id=other_studio.org.id, created_at=start + timedelta(days=1))
    recent = client_as(studio.owner).get("/api/dashboard").get_json()["recent_activity"]
    assert [entry["id"] for entry in recent] == ids[::-1][:10]


def test_dashboard_recent_activity_for_trainers_is_theirs_and_their_clients(studio, client_as):
    def entry(label, **fields):
        ActivityEntryFactory(organization_id=studio.org.id, entity_label=label, **fields)

    entry("by me", actor_id=studio.trainer_user.id, entity_type="trainer", entity_id=studio.trainer.id)
    entry("my client", actor_id=studio.owner.id, entity_id=studio.client.id)
    entry("not my client", actor_id=studio.owner.id, entity_id=studio.other_client.id)
    entry("a trainer with my client's id", actor_id=studio.owner.id, entity_type="trainer", entity_id=studio.client.id)
    recent = client_as(studio.trainer_user).get("/api/dashboard").get_json()["recent_activity"]
    assert sorted(item["entity_label"] for item in recent) == ["by me", "my client"]


def test_dashboard_statement_count_does_not_grow_with_clients(studio, client_as, count_statements):
    def statements(user) -> int:
        api = client_as(user)
        db.session.commit()  # each measure then starts the same way, with the test harness's SAVEPOINT
        with count_statements() as counter:
            assert api.get("/api/dashboard").status_code == 200
        return counter.count

    few = {user: statements(user) for user in (studio.owner, studio.trainer_user)}
    for n in range(25):
        client = _client(studio, status=("lead", "active", "paused")[n % 3], trainer=studio.trainer)
        ActivityEntryFactory(organization_id=studio.org.id, entity_id=client.id)
    many = {user: statements(user) for user in (studio.owner, studio.trainer_user)}
    assert few == many
    assert max(many.values()) <= 7  # savepoint, token, principal, organization, counts, weeks, activity


def test_dashboard_requires_sign_in(client):
    assert client.get("/api/dashboard").status_code == 401


@pytest.mark.parametrize("role, status", [("owner", 200), ("admin", 200), ("trainer", 200), ("client", 403)])
def test_dashboard_is_for_staff_only(studio, client_as, role, status):
    assert client_as(studio.users[role]).get("/api/dashboard").status_code == status
