"""Is sensitive free text unreadable in the database, plain through the API, rotatable, loud on a wrong key?"""

from __future__ import annotations

import importlib.util
import json
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import sqlalchemy as sa
from flask_migrate import downgrade, upgrade

from fitnesscrm.activity import labels
from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.app import MIGRATIONS_DIR, create_app
from fitnesscrm.billing.models import BillingSettings
from fitnesscrm.clients.models import Client
from fitnesscrm.config import TestConfig
from fitnesscrm.core import crypto
from fitnesscrm.core.models import Base
from fitnesscrm.developers.webhooks.models import WebhookEvent
from fitnesscrm.extensions import db
from fitnesscrm.progress.models import CheckInForm, CheckInSubmission
from fitnesscrm.scheduling.models import Session
from fitnesscrm.training.models import WorkoutLog
from tests.factories import ClientFactory
from tests.progress.checkins.conftest import QUESTIONS

NEW_KEY = "n3W-k3y-Qx9Vz1Nb4Hc7Ks3Fd6Ga0Pe9Yu2To8I"
NOTES = "Torn left ACL in 2021; avoid deep lunges"
GOALS = "Lower blood pressure before the March check-up"
MIGRATION = Path(__file__).resolve().parents[2] / "migrations/versions/a3c9e5d71f20_encrypt_sensitive_free_text.py"


def raw(table: str, column: str, key) -> str | None:
    """The stored value as PostgreSQL holds it, read with SQL, not the ORM."""
    return db.session.execute(sa.text(f"SELECT {column} FROM {table} WHERE id = :id"), {"id": key}).scalar_one()  # noqa: S608


def assert_sealed(stored: str | None, plaintext: str) -> None:
    assert stored is not None
    assert plaintext not in stored
    assert stored.startswith("gAAAAA")  # a Fernet token: version byte 0x80, base64


def a_submission(studio, reply: str | None = None) -> CheckInSubmission:
    form = CheckInForm(
        organization_id=studio.org.id, name="Weekly", questions=QUESTIONS, created_by_user_id=studio.trainer_user.id
    )
    db.session.add(form)
    db.session.flush()
    made = CheckInSubmission(
        organization_id=studio.org.id, client_id=studio.client.id, form_id=form.id, due_on=date(2030, 1, 7),
        questions=QUESTIONS, answers={"energy": 6, "win": "x", "diet": "Off"}, reply=reply,
    )  # fmt: skip
    db.session.add(made)
    db.session.commit()
    return made


def test_the_encrypted_columns_are_the_sensitive_free_text_ones():
    encrypted = {
        f"{table.name}.{column.name}"
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, crypto.EncryptedText)
    }
    assert encrypted == {
        "clients.goals",
        "clients.notes",
        "sessions.notes",
        "session_series.notes",
        "session_status_changes.note",
        "workout_logs.note",
        "check_in_submissions.reply",
        "webhook_events.body",
    }


def test_client_notes_and_goals_are_ciphertext_in_the_column_and_plain_through_the_api(studio, client_as):
    api = client_as(studio.owner)
    response = api.patch(f"/api/clients/{studio.client.id}", json={"notes": NOTES, "goals": GOALS})
    assert response.status_code == 200, response.get_json()

    assert_sealed(raw("clients", "notes", studio.client.id), NOTES)
    assert_sealed(raw("clients", "goals", studio.client.id), GOALS)
    read = api.get(f"/api/clients/{studio.client.id}").get_json()
    assert (read["notes"], read["goals"]) == (NOTES, GOALS)
    listed = api.get("/api/clients", query_string={"q": "Holloway"}).get_json()["items"]
    assert [item["id"] for item in listed] == [studio.client.id]


def test_the_same_text_is_stored_differently_each_time(studio):
    other = ClientFactory(organization_id=studio.org.id, notes=NOTES)
    studio.client.notes = NOTES
    db.session.commit()
    assert raw("clients", "notes", studio.client.id) != raw("clients", "notes", other.id)


def test_notes_do_not_feed_search_and_names_still_find_the_client(studio, client_as):
    studio.client.notes = "Zephyrine knee brace"
    db.session.commit()
    api = client_as(studio.owner)
    assert api.get("/api/clients", query_string={"q": "Zephyrine"}).get_json()["items"] == []
    assert [c["id"] for c in api.get("/api/clients", query_string={"q": "Casey"}).get_json()["items"]] == [
        studio.client.id
    ]


def test_the_client_still_cannot_read_the_coaches_notes(studio, client_as):
    studio.client.notes = NOTES
    db.session.commit()
    own = client_as(studio.client_user).get(f"/api/clients/{studio.client.id}").get_json()
    assert NOTES not in str(own)


def test_session_notes_are_ciphertext_in_the_column_and_plain_through_the_api(studio, client_as):
    api = client_as(studio.owner)
    booked = api.post(
        "/api/sessions",
        json={
            "trainer_id": studio.trainer.id, "starts_at": "2030-01-07T10:00:00+00:00",
            "ends_at": "2030-01-07T11:00:00+00:00", "client_ids": [studio.client.id], "notes": NOTES,
        },
    )  # fmt: skip
    assert booked.status_code == 201, booked.get_json()
    session_id = booked.get_json()["id"]

    assert_sealed(raw("sessions", "notes", session_id), NOTES)
    assert api.get(f"/api/sessions/{session_id}").get_json()["notes"] == NOTES
    assert db.session.get(Session, session_id).notes == NOTES


def test_an_attendance_note_is_encrypted_and_read_back_in_the_history(studio, client_as):
    api = client_as(studio.owner)
    booked = api.post(
        "/api/sessions",
        json={
            "trainer_id": studio.trainer.id, "starts_at": "2024-01-08T10:00:00+00:00",
            "ends_at": "2024-01-08T11:00:00+00:00", "client_ids": [studio.client.id],
        },
    ).get_json()  # fmt: skip
    marked = api.post(f"/api/sessions/{booked['id']}/attendance", json={"status": "no_show", "note": NOTES})
    assert marked.status_code == 200, marked.get_json()

    stored = db.session.execute(
        sa.text("SELECT note FROM session_status_changes WHERE session_id = :id"), {"id": booked["id"]}
    ).scalar_one()
    assert_sealed(stored, NOTES)
    history = api.get(f"/api/sessions/{booked['id']}/history").get_json()["items"]
    assert [change["note"] for change in history] == [NOTES]


def test_a_series_copies_its_notes_encrypted_into_each_session(studio, client_as):
    api = client_as(studio.owner)
    made = api.post(
        "/api/series",
        json={
            "trainer_id": studio.trainer.id, "starts_at": "2030-01-07T10:00:00+00:00",
            "ends_at": "2030-01-07T11:00:00+00:00", "rrule": "FREQ=WEEKLY;COUNT=3", "client_ids": [studio.client.id],
            "notes": NOTES,
        },
    )  # fmt: skip
    assert made.status_code == 201, made.get_json()
    series_id = made.get_json()["id"]
    assert_sealed(raw("session_series", "notes", series_id), NOTES)
    stored = db.session.execute(sa.text("SELECT notes FROM sessions WHERE series_id = :id"), {"id": series_id})
    tokens = stored.scalars().all()
    assert len(tokens) == 3
    for token in tokens:
        assert_sealed(token, NOTES)
        assert crypto.decrypt(token) == NOTES


def test_a_synced_workout_note_is_encrypted_though_the_upsert_is_sql_text(studio, client_as):
    api = client_as(studio.client_user)
    log_id = str(uuid.uuid4())
    now = datetime.now(UTC).isoformat()
    log = {"id": log_id, "name": "Full body A", "started_at": now, "client_updated_at": now, "note": NOTES}
    answer = api.post("/api/workouts/sync", json={"logs": [log]})
    assert answer.status_code == 200, answer.get_json()

    assert_sealed(raw("workout_logs", "note", log_id), NOTES)
    assert db.session.get(WorkoutLog, uuid.UUID(log_id)).note == NOTES
    assert answer.get_json()["logs"][0]["note"] == NOTES


def test_a_check_in_reply_is_encrypted_and_the_log_keeps_no_text_of_it(studio, client_as):
    sent = a_submission(studio)
    replied = client_as(studio.trainer_user).put(f"/api/check-ins/{sent.id}/reply", json={"reply": NOTES})
    assert replied.status_code == 200, replied.get_json()

    assert_sealed(raw("check_in_submissions", "reply", sent.id), NOTES)
    assert client_as(studio.client_user).get(f"/api/check-ins/{sent.id}").get_json()["reply"] == NOTES
    logged = db.session.scalars(sa.select(ActivityEntry).where(ActivityEntry.action == "reply_check_in")).one()
    assert NOTES not in str(logged.changes)
    assert logged.changes["reply"]["after"] == {"private": crypto.fingerprint(NOTES)}


def test_a_webhook_event_body_copying_notes_is_encrypted_and_sent_as_written(studio):
    body = json.dumps({"type": "session.updated", "data": {"notes": NOTES}})
    db.session.add(WebhookEvent(id="evt_encrypted0000000000000", organization_id=studio.org.id, type="x", body=body))
    db.session.commit()
    assert_sealed(raw("webhook_events", "body", "evt_encrypted0000000000000"), NOTES)
    db.session.expire_all()
    assert db.session.get(WebhookEvent, "evt_encrypted0000000000000").body == body  # the exact bytes signed


def test_the_activity_log_says_notes_changed_without_their_text(studio, client_as):
    api = client_as(studio.owner)
    api.patch(f"/api/clients/{studio.client.id}", json={"notes": NOTES})
    api.patch(f"/api/clients/{studio.client.id}", json={"notes": NOTES})  # unchanged: nothing to log
    api.patch(f"/api/clients/{studio.client.id}", json={"notes": "Cleared to squat again"})

    entries = db.session.scalars(
        sa.select(ActivityEntry).where(ActivityEntry.entity_type == "client", ActivityEntry.action == "update")
    ).all()
    assert len(entries) == 2
    stored = db.session.execute(sa.text("SELECT changes::text FROM activity_entries")).scalars().all()
    assert not [text for text in stored if "ACL" in text or "squat" in text]
    shown = labels.present(entries[-1].changes)
    hidden = {"before": labels.PRIVATE_TEXT, "after": labels.PRIVATE_TEXT}
    assert shown == [{"field": "notes", "label": "Notes", "kind": "text", **hidden}]
    feed = api.get("/api/activity", query_string={"entity_type": "client"})
    assert feed.status_code == 200
    assert "ACL" not in feed.get_data(as_text=True)


def test_a_list_of_clients_with_notes_costs_no_extra_statements(studio, client_as, count_statements):
    api = client_as(studio.owner)
    for n in range(5):
        ClientFactory(organization_id=studio.org.id, notes=f"{NOTES} ({n})", goals=GOALS)
    with count_statements() as few:
        assert len(api.get("/api/clients", query_string={"per_page": 100}).get_json()["items"]) == 7
    for n in range(40):
        ClientFactory(organization_id=studio.org.id, notes=f"{NOTES} ({n})", goals=GOALS)
    with count_statements() as many:
        response = api.get("/api/clients", query_string={"per_page": 100})
    assert len(response.get_json()["items"]) == 47
    assert many.count == few.count


def test_rotation_rewrites_every_encrypted_column_so_the_old_key_can_go(app, studio, monkeypatch):
    old_key = app.config["DATA_ENCRYPTION_KEY"]
    studio.client.notes, studio.client.goals = NOTES, GOALS
    extra = [ClientFactory(organization_id=studio.org.id, notes=f"note {n}") for n in range(4)]
    sent = a_submission(studio, reply="Sleep more")
    db.session.add(BillingSettings(organization_id=studio.org.id, stripe_secret_key_encrypted=crypto.encrypt("sk_1")))
    db.session.commit()
    before = raw("clients", "notes", studio.client.id)

    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_KEY", NEW_KEY)
    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_OLD_KEYS", old_key)
    db.session.expire_all()
    assert db.session.get(Client, studio.client.id).notes == NOTES  # readable with the old key meanwhile
    result = app.test_cli_runner().invoke(args=["crypto", "rotate", "--batch", "2"])
    assert result.exit_code == 0, result.output
    assert "Re-encrypted 8 stored values" in result.output  # 5 notes, 1 goals, 1 reply, 1 Stripe key
    again = app.test_cli_runner().invoke(args=["crypto", "rotate"])
    assert "Re-encrypted 0 stored values" in again.output  # nothing left: a rerun is cheap and harmless

    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_OLD_KEYS", "")
    db.session.expire_all()
    assert raw("clients", "notes", studio.client.id) != before
    assert db.session.get(Client, studio.client.id).goals == GOALS
    assert [db.session.get(Client, c.id).notes for c in extra] == [f"note {n}" for n in range(4)]
    assert db.session.get(CheckInSubmission, sent.id).reply == "Sleep more"
    assert crypto.decrypt(db.session.get(BillingSettings, studio.org.id).stripe_secret_key_encrypted) == "sk_1"


def test_an_interrupted_rotation_keeps_what_it_did_and_continues_when_run_again(app, studio, monkeypatch):
    old_key = app.config["DATA_ENCRYPTION_KEY"]
    first = ClientFactory(organization_id=studio.org.id, notes="first")
    lost = ClientFactory(organization_id=studio.org.id, notes="lost")
    last = ClientFactory(organization_id=studio.org.id, notes="last")
    ids = [first.id, lost.id, last.id]  # read now: a row refreshed under the wrong key cannot load
    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_KEY", "a-key-nobody-kept-0123456789abcdefghij")
    unreadable = crypto.encrypt("lost")
    db.session.execute(sa.text("UPDATE clients SET notes = :token WHERE id = :id"), {"token": unreadable, "id": ids[1]})
    db.session.commit()

    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_KEY", NEW_KEY)
    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_OLD_KEYS", old_key)
    result = app.test_cli_runner().invoke(args=["crypto", "rotate", "--batch", "1"])
    assert result.exit_code == 1
    assert f"clients.notes (id {ids[1]}) cannot be decrypted" in result.output

    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_OLD_KEYS", "")
    db.session.expire_all()
    assert db.session.get(Client, ids[0]).notes == "first"  # its batch was committed with the new key
    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_OLD_KEYS", f"{old_key},a-key-nobody-kept-0123456789abcdefghij")
    resumed = app.test_cli_runner().invoke(args=["crypto", "rotate", "--batch", "1"])
    assert resumed.exit_code == 0, resumed.output
    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_OLD_KEYS", "")
    db.session.expire_all()
    assert [db.session.get(Client, client_id).notes for client_id in ids] == ["first", "lost", "last"]


def test_a_wrong_key_is_a_clear_503_not_garbage(app, studio, client_as, monkeypatch):
    studio.client.notes = NOTES
    db.session.commit()
    client_id, api = studio.client.id, client_as(studio.owner)
    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_KEY", NEW_KEY)
    db.session.expire_all()
    response = api.get(f"/api/clients/{client_id}")
    assert response.status_code == 503
    error = response.get_json()["error"]
    assert error["code"] == "unavailable"
    assert "encryption key changed" in error["message"]


def test_crypto_check_names_the_column_a_wrong_key_cannot_open(app, studio, monkeypatch):
    studio.client.notes = NOTES
    db.session.commit()
    fine = app.test_cli_runner().invoke(args=["crypto", "check"])
    assert fine.exit_code == 0, fine.output
    assert "open every value sampled" in fine.output

    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_KEY", NEW_KEY)
    wrong = app.test_cli_runner().invoke(args=["crypto", "check"])
    assert wrong.exit_code == 1
    assert "clients.notes holds values that DATA_ENCRYPTION_KEY" in wrong.output


def _migration():
    spec = importlib.util.spec_from_file_location("encrypt_migration", MIGRATION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_migration_encrypts_plaintext_rows_and_scrubs_the_log_and_downgrade_decrypts(studio):
    migration = _migration()
    client_id = studio.client.id
    plain = sa.text("UPDATE clients SET notes = :notes, goals = NULL")
    db.session.execute(plain, {"notes": NOTES})
    db.session.add(
        ActivityEntry(
            organization_id=studio.org.id, actor_name="Ann", action="update", entity_type="client",
            entity_id=client_id, entity_label="Casey Holloway",
            changes={"notes": {"before": None, "after": NOTES}, "status": {"before": "lead", "after": "active"}},
        )
    )  # fmt: skip
    db.session.flush()
    connection = db.session.connection()

    converted = migration.convert(connection, crypto.encrypt)
    scrubbed = migration.scrub_activity(connection)
    assert converted == db.session.scalar(sa.text("SELECT count(*) FROM clients WHERE notes IS NOT NULL"))
    assert scrubbed == 1
    assert_sealed(raw("clients", "notes", client_id), NOTES)
    db.session.expire_all()
    assert db.session.get(Client, client_id).notes == NOTES
    entry = db.session.scalars(sa.select(ActivityEntry).where(ActivityEntry.entity_label == "Casey Holloway")).one()
    assert entry.changes["notes"] == {"before": None, "after": {"private": crypto.fingerprint(NOTES)}}
    assert entry.changes["status"] == {"before": "lead", "after": "active"}

    migration.convert(connection, crypto.decrypt)
    assert raw("clients", "notes", client_id) == NOTES


def test_the_migration_round_trips_a_real_database_with_plaintext_in_it(app):
    """Downgrade a copy of the migrated template, put plain text in, upgrade: ciphertext; downgrade: plain again."""
    server = sa.make_url(app.config["SQLALCHEMY_DATABASE_URI"])
    admin = sa.create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text('CREATE DATABASE "encryption_migration" TEMPLATE template1'))
    config = TestConfig()
    config.SQLALCHEMY_DATABASE_URI = server.set(database="encryption_migration").render_as_string(hide_password=False)
    other = create_app(config)
    try:
        with other.app_context():
            downgrade(directory=str(MIGRATIONS_DIR), revision="177c9e76fb04")
            with db.engine.begin() as connection:
                org = connection.execute(sa.text("INSERT INTO organizations (name) VALUES ('Gym') RETURNING id"))
                connection.execute(
                    sa.text(
                        "INSERT INTO clients (organization_id, first_name, last_name, notes, goals)"
                        " VALUES (:org, 'Casey', 'Holloway', :notes, :goals)"
                    ),
                    {"org": org.scalar_one(), "notes": NOTES, "goals": GOALS},
                )
            upgrade(directory=str(MIGRATIONS_DIR))
            with db.engine.connect() as connection:
                notes, goals = connection.execute(sa.text("SELECT notes, goals FROM clients")).one()
            assert_sealed(notes, NOTES)
            assert_sealed(goals, GOALS)
            assert db.session.scalars(sa.select(Client.notes)).one() == NOTES
            db.session.remove()

            downgrade(directory=str(MIGRATIONS_DIR), revision="177c9e76fb04")
            with db.engine.connect() as connection:
                assert connection.execute(sa.text("SELECT notes, goals FROM clients")).one() == (NOTES, GOALS)
            db.engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text('DROP DATABASE IF EXISTS "encryption_migration" WITH (FORCE)'))
        admin.dispose()
