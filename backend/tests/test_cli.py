"""Do the `flask` commands (demo-data, prune-revoked-tokens, repair-dates) do what they say, in one transaction?"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.assignments.models import Assignment
from fitnesscrm.auth import service as auth
from fitnesscrm.auth.models import RefreshToken, RefreshTokenFamily, RevokedToken, User
from fitnesscrm.clients.models import CLIENT_STATUSES, Client
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization
from fitnesscrm.trainers.models import Trainer
from tests.factories import UserFactory

DEMO_LOGINS = [
    "owner@demo.fitnesscrm.dev",
    "admin@demo.fitnesscrm.dev",
    *(f"trainer{n}@demo.fitnesscrm.dev" for n in range(1, 6)),
    "client@demo.fitnesscrm.dev",
]


def _count(model, *where) -> int:
    return db.session.execute(sa.select(sa.func.count()).select_from(model).where(*where)).scalar_one()


@pytest.fixture
def demo(app):
    """The demo studio, loaded through the CLI; returns the command's result."""
    result = app.test_cli_runner().invoke(args=["demo-data"])
    assert result.exit_code == 0, result.output
    return result


def test_demo_data_creates_one_studio_with_trainers_and_clients(demo):
    org = db.session.execute(sa.select(Organization)).scalar_one()
    assert (org.name, org.timezone) == ("Iron & Oak Fitness", "America/New_York")
    assert _count(Trainer, Trainer.organization_id == org.id) == 5
    assert _count(Client, Client.organization_id == org.id) == 60
    statuses = set(db.session.execute(sa.select(Client.status).distinct()).scalars())
    assert statuses == set(CLIENT_STATUSES)
    assert "Created Iron & Oak Fitness: 5 trainers, 60 clients" in demo.output


def test_demo_data_logins_work_with_the_demo_password(demo):
    for email in DEMO_LOGINS:
        assert auth.authenticate(email=email, password="demo-password-123").email == email
        assert email in demo.output
    assert "demo-password-123" in demo.output


def test_demo_data_links_logins_to_their_profiles(demo):
    trainer_users = db.session.execute(
        sa.select(User.email, Trainer.email).join(Trainer, Trainer.user_id == User.id).order_by(User.email)
    ).all()
    assert [user for user, _ in trainer_users] == DEMO_LOGINS[2:7]
    assert all(user == trainer for user, trainer in trainer_users)
    client = db.session.execute(sa.select(Client).join(User, Client.user_id == User.id)).scalar_one()
    assert client.email == "client@demo.fitnesscrm.dev"
    assert _count(Assignment, Assignment.client_id == client.id, Assignment.ended_at.is_(None)) >= 1


def test_demo_data_has_primary_trainers_second_trainers_and_unassigned_clients(demo):
    per_client = dict(
        db.session.execute(
            sa.select(Client.id, sa.func.count(Assignment.id))
            .outerjoin(Assignment, Assignment.client_id == Client.id)
            .group_by(Client.id)
        ).all()
    )
    counts = set(per_client.values())
    assert {0, 1, 2} <= counts
    assert sum(1 for n in per_client.values() if n >= 1) > 30
    assert _count(Assignment, Assignment.is_primary) == sum(1 for n in per_client.values() if n >= 1)


def test_demo_data_spreads_clients_over_months_and_logs_their_creation(demo):
    now = datetime.now(UTC)
    oldest, newest = db.session.execute(sa.select(sa.func.min(Client.created_at), sa.func.max(Client.created_at))).one()
    assert now - timedelta(days=200) < oldest < now - timedelta(days=90)
    assert now - timedelta(days=14) < newest <= now
    assert _count(ActivityEntry, ActivityEntry.action == "create", ActivityEntry.entity_type == "client") == 60
    assert _count(ActivityEntry, ActivityEntry.action == "create", ActivityEntry.entity_type == "trainer") == 5
    assert _count(ActivityEntry, ActivityEntry.action == "assign") == _count(Assignment)


def test_demo_data_if_empty_a_second_time_creates_nothing(demo, app):
    result = app.test_cli_runner().invoke(args=["demo-data", "--if-empty"])
    assert result.exit_code == 0
    assert "no demo data added" in result.output
    assert _count(Organization) == 1
    assert _count(Client) == 60


def test_demo_data_if_empty_skips_a_database_with_any_organization(app, studio):
    result = app.test_cli_runner().invoke(args=["demo-data", "--if-empty"])
    assert "no demo data added" in result.output
    assert _count(Organization, Organization.name == "Iron & Oak Fitness") == 0


def test_demo_data_twice_without_if_empty_fails_and_adds_nothing(demo, app):
    result = app.test_cli_runner().invoke(args=["demo-data"])
    assert result.exit_code != 0
    assert "already exist" in result.output
    assert _count(Organization) == 1


def test_prune_revoked_tokens_deletes_only_expired_rows(app):
    now = datetime.now(UTC)
    user = UserFactory()
    db.session.add_all(
        [
            RevokedToken(jti="expired-1", expires_at=now - timedelta(minutes=1)),
            RevokedToken(jti="expired-2", expires_at=now - timedelta(days=3)),
            RevokedToken(jti="still-valid", expires_at=now + timedelta(minutes=10)),
            RefreshTokenFamily(id="old-family", user_id=user.id, expires_at=now - timedelta(days=1)),
            RefreshTokenFamily(id="live-family", user_id=user.id, expires_at=now + timedelta(days=1)),
        ]
    )
    db.session.flush()
    db.session.add_all(
        [
            RefreshToken(jti="old-family-token", family_id="old-family", expires_at=now - timedelta(days=1)),
            RefreshToken(jti="rotated-expired", family_id="live-family", expires_at=now - timedelta(hours=1)),
            RefreshToken(jti="live-token", family_id="live-family", expires_at=now + timedelta(days=1)),
        ]
    )
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["prune-revoked-tokens"])
    assert result.exit_code == 0
    assert "Deleted 5 expired token records." in result.output
    assert list(db.session.execute(sa.select(RevokedToken.jti)).scalars()) == ["still-valid"]
    assert list(db.session.execute(sa.select(RefreshToken.jti)).scalars()) == ["live-token"]
    assert list(db.session.execute(sa.select(RefreshTokenFamily.id)).scalars()) == ["live-family"]


def _insert_out_of_range_rows(studio) -> dict:
    """What the API saved before it bounded dates: a session ending in the year 10000 (UTC) and the like."""
    org, trainer, client = studio.org.id, studio.trainer.id, studio.client.id
    insert_session = sa.text(
        "INSERT INTO sessions (organization_id, trainer_id, kind, status, starts_at, ends_at, timezone, capacity) "
        "VALUES (:org, :trainer, 'personal', 'scheduled', :starts, :ends, 'UTC', 1) RETURNING id"
    )
    broken = db.session.execute(
        insert_session,
        {"org": org, "trainer": trainer, "starts": "9999-12-31 23:00+00", "ends": "9999-12-31 23:30-01"},
    ).scalar_one()
    fine = db.session.execute(
        insert_session,
        {"org": org, "trainer": trainer, "starts": "2030-01-07 10:00+00", "ends": "2030-01-07 11:00+00"},
    ).scalar_one()
    db.session.execute(
        sa.text(
            "INSERT INTO session_participants (organization_id, session_id, client_id, starts_at, ends_at, active) "
            "VALUES (:org, :session, :client, '9999-12-31 23:00+00', '9999-12-31 23:30-01', true)"
        ),
        {"org": org, "session": broken, "client": client},
    )
    db.session.execute(
        sa.text(
            "INSERT INTO time_off (organization_id, trainer_id, starts_at, ends_at) "
            "VALUES (:org, :trainer, '0001-01-01 00:00+00', '0001-01-01 01:00+00')"
        ),
        {"org": org, "trainer": trainer},
    )
    db.session.execute(
        sa.text("UPDATE clients SET date_of_birth = '0001-01-01' WHERE id = :client"), {"client": client}
    )
    db.session.commit()
    return {"broken": broken, "fine": fine}


def test_repair_dates_deletes_unreadable_sessions_and_clears_impossible_birthdays(app, studio, client_as):
    ids = _insert_out_of_range_rows(studio)
    api = client_as(studio.owner)
    assert api.get("/api/sessions").status_code == 500  # the row nobody could read or remove

    result = app.test_cli_runner().invoke(args=["repair-dates"])

    assert result.exit_code == 0, result.output
    assert f"sessions: deleted 1 row (key {ids['broken']})" in result.output
    assert "session_participants: deleted 1 row" in result.output
    assert "time_off: deleted 1 row" in result.output
    assert f"clients.date_of_birth: cleared in 1 row (key {studio.client.id})" in result.output
    sessions = api.get("/api/sessions")
    assert sessions.status_code == 200
    assert [s["id"] for s in sessions.get_json()["items"]] == [ids["fine"]]
    assert api.get("/api/sessions/export").status_code == 200
    assert api.get(f"/api/trainers/{studio.trainer.id}/time-off").get_json()["items"] == []
    assert db.session.get(Client, studio.client.id).date_of_birth is None


def test_repair_dates_dry_run_reports_and_changes_nothing(app, studio):
    ids = _insert_out_of_range_rows(studio)
    result = app.test_cli_runner().invoke(args=["repair-dates", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "Dry run, nothing saved:" in result.output
    assert f"sessions: would delete 1 row (key {ids['broken']})" in result.output
    remaining = db.session.execute(sa.text("SELECT count(*) FROM sessions WHERE id = :id"), {"id": ids["broken"]})
    assert remaining.scalar_one() == 1


def test_repair_dates_with_nothing_out_of_range_changes_nothing(app, studio):
    result = app.test_cli_runner().invoke(args=["repair-dates"])
    assert result.exit_code == 0
    assert "nothing to repair" in result.output
