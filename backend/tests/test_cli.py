"""Do the `flask` commands (demo-data on a used database, prune-revoked-tokens, repair-dates) do what they say?

The demo-data command on an empty database is tested in `tests/demo/test_demo_data_command.py`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.auth.models import RefreshToken, RefreshTokenFamily, RevokedToken
from fitnesscrm.clients.models import Client
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization
from tests.factories import UserFactory


def test_demo_data_if_empty_skips_a_database_with_any_organization(app, studio):
    result = app.test_cli_runner().invoke(args=["demo-data", "--if-empty"])
    assert "no demo data added" in result.output
    assert db.session.scalar(sa.select(sa.func.count()).where(Organization.name == "Iron & Oak Fitness")) == 0


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
