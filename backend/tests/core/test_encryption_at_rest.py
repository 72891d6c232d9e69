"""Is sensitive free text unreadable in the database, plain through the API, rotatable, loud on a wrong key?"""

from __future__ import annotations

import importlib.util
import io
import json
import uuid
import zipfile
from datetime import UTC, date, datetime, timedelta
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
from fitnesscrm.core.storage.models import StoredFile
from fitnesscrm.developers.webhooks.models import WebhookEvent
from fitnesscrm.extensions import db
from fitnesscrm.privacy import erasure
from fitnesscrm.progress.models import CheckInForm, CheckInSubmission, Measurement, MeasurementType, ProgressPhoto
from fitnesscrm.scheduling.models import Session
from fitnesscrm.training.models import WorkoutLog
from tests.factories import ClientFactory
from tests.progress.checkins.conftest import QUESTIONS
from tests.training.factories import WorkoutLogFactory

NEW_KEY = "n3W-k3y-Qx9Vz1Nb4Hc7Ks3Fd6Ga0Pe9Yu2To8I"
NOTES = "Torn left ACL in 2021; avoid deep lunges"
GOALS = "Lower blood pressure before the March check-up"
PAIN = "Lower back pain after deadlifts; slept 4 hours"
MIGRATION = Path(__file__).resolve().parents[2] / "migrations/versions/a3c9e5d71f20_encrypt_sensitive_free_text.py"


def raw(table: str, column: str, key) -> str | None:
    """The stored value as PostgreSQL holds it, read with SQL, not the ORM."""
    return db.session.execute(sa.text(f"SELECT {column} FROM {table} WHERE id = :id"), {"id": key}).scalar_one()  # noqa: S608


def assert_sealed(stored: str | None, plaintext: str) -> None:
    assert stored is not None
    assert plaintext not in stored
    assert stored.startswith("gAAAAA")  # a Fernet token: version byte 0x80, base64


def a_submission(studio, reply: str | None = None, *, client=None, answers=None) -> CheckInSubmission:
    form = CheckInForm(
        organization_id=studio.org.id, name="Weekly", questions=QUESTIONS, created_by_user_id=studio.trainer_user.id
    )
    db.session.add(form)
    db.session.flush()
    made = CheckInSubmission(
        organization_id=studio.org.id, client_id=(client or studio.client).id, form_id=form.id,
        due_on=date(2030, 1, 7), questions=QUESTIONS, answers=answers or {"energy": 6, "win": "x", "diet": "Off"},
        reply=reply,
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
        "measurements.note",
        "progress_photos.note",
        "check_in_submissions.answers",
        "workout_logs.exercise_notes",
    }
    assert {
        f"{column.table.name}.{column.name}"
        for column in crypto.encrypted_text_columns()
        if isinstance(column.type, crypto.EncryptedJSON)
    } == {"check_in_submissions.answers", "workout_logs.exercise_notes"}


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
    per_exercise = {"exercise:1": PAIN}
    log = {"id": log_id, "name": "Full body A", "started_at": now, "client_updated_at": now, "note": NOTES,
           "exercise_notes": per_exercise}  # fmt: skip
    answer = api.post("/api/workouts/sync", json={"logs": [log]})
    assert answer.status_code == 200, answer.get_json()

    assert_sealed(raw("workout_logs", "note", log_id), NOTES)
    assert_sealed(raw("workout_logs", "exercise_notes", log_id), "Lower back")
    assert db.session.get(WorkoutLog, uuid.UUID(log_id)).note == NOTES
    assert db.session.get(WorkoutLog, uuid.UUID(log_id)).exercise_notes == per_exercise
    assert (answer.get_json()["logs"][0]["note"], answer.get_json()["logs"][0]["exercise_notes"]) == (
        NOTES,
        per_exercise,
    )


def test_check_in_answers_are_ciphertext_in_the_column_and_plain_through_the_api(studio, client_as):
    answers = {"energy": 3, "weight": 81.4, "win": "Walked every day", "notes": PAIN, "diet": "Off"}
    sent = a_submission(studio, answers=answers)

    stored = raw("check_in_submissions", "answers", sent.id)
    assert_sealed(stored, "Lower back")
    assert "energy" not in stored
    assert crypto.decrypt_json(stored) == answers
    read = client_as(studio.trainer_user).get(f"/api/check-ins/{sent.id}").get_json()
    shown = {item["question"]["key"]: item["answer"] for item in read["items"]}
    assert shown["notes"] == {"text": PAIN}
    assert shown["energy"] == {"number": 3}
    assert shown["weight"] == {"number": 81.4}


def test_a_measurement_note_is_encrypted_and_read_back_in_the_list(studio, client_as):
    weight = db.session.execute(
        sa.select(MeasurementType.id).where(MeasurementType.organization_id.is_(None), MeasurementType.slug == "weight")
    ).scalar_one()
    api = client_as(studio.client_user)
    url = f"/api/clients/{studio.client.id}/measurements"
    day = str(date.today() - timedelta(days=3))
    sent = api.post(url, json={"measured_on": day, "entries": [{"type_id": weight, "value": 80}], "note": PAIN})
    assert sent.status_code == 201, sent.get_json()

    assert_sealed(raw("measurements", "note", sent.get_json()[0]["id"]), PAIN)
    assert [item["note"] for item in api.get(url).get_json()["items"]] == [PAIN]


def test_a_progress_photo_note_is_encrypted(studio):
    stored = StoredFile(
        organization_id=studio.org.id, kind="photo", key=uuid.uuid4().hex, original_name="front.jpg",
        content_type="image/jpeg", size_bytes=1000, sha256="0" * 64, uploaded_by_user_id=studio.client_user.id,
    )  # fmt: skip
    db.session.add(stored)
    db.session.flush()
    photo = ProgressPhoto(organization_id=studio.org.id, client_id=studio.client.id, taken_on=date(2026, 1, 5),
                          pose="front", stored_file_id=stored.id, note=PAIN)  # fmt: skip
    db.session.add(photo)
    db.session.commit()

    assert_sealed(raw("progress_photos", "note", photo.id), PAIN)
    db.session.expire_all()
    assert db.session.get(ProgressPhoto, photo.id).note == PAIN


def test_the_clients_data_export_holds_their_answers_and_notes_decrypted(studio, client_as):
    a_submission(studio, answers={"energy": 3, "win": "Walked", "notes": PAIN, "diet": "Off"})
    WorkoutLogFactory(organization_id=studio.org.id, client_id=studio.client.id, exercise_notes={"exercise:1": PAIN})
    db.session.commit()
    answer = client_as(studio.client_user).get(f"/api/clients/{studio.client.id}/data-export")
    assert answer.status_code == 200
    records = json.loads(zipfile.ZipFile(io.BytesIO(answer.get_data())).read("data.json"))["records"]
    assert [row["answers"]["notes"] for row in records["check_in_submissions"]] == [PAIN]
    assert [row["exercise_notes"] for row in records["workout_logs"]] == [{"exercise:1": PAIN}]


def test_erasure_leaves_the_name_in_no_decrypted_answer_or_exercise_note(studio):
    other = ClientFactory(organization_id=studio.org.id)
    name = f"{studio.client.first_name} {studio.client.last_name}"
    own = a_submission(studio, answers={"energy": 5, "win": "Walked", "notes": PAIN, "diet": "Off"})
    sent = a_submission(studio, client=other, answers={"energy": 5, "win": f"Trained with {name}", "diet": "Mostly"})
    log = WorkoutLogFactory(
        organization_id=studio.org.id, client_id=other.id, exercise_notes={"exercise:1": f"{name.upper()} spotted me"}
    )
    db.session.commit()
    own_id = own.id

    erasure.erase(studio.client)
    db.session.commit()
    db.session.expire_all()
    assert db.session.get(CheckInSubmission, own_id) is None  # their own health data goes with them
    assert db.session.get(CheckInSubmission, sent.id).answers == {
        "energy": 5,
        "win": "Trained with [erased]",
        "diet": "Mostly",
    }
    assert db.session.get(WorkoutLog, log.id).exercise_notes == {"exercise:1": "[erased] spotted me"}
    assert_sealed(raw("check_in_submissions", "answers", sent.id), "[erased]")


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
    sent = a_submission(studio, reply="Sleep more", answers={"energy": 2, "win": PAIN, "diet": "Off"})
    db.session.add(BillingSettings(organization_id=studio.org.id, stripe_secret_key_encrypted=crypto.encrypt("sk_1")))
    weight = db.session.scalars(sa.select(MeasurementType).where(MeasurementType.slug == "weight")).first()
    measured = Measurement(organization_id=studio.org.id, client_id=studio.client.id, type_id=weight.id,
                           measured_on=date(2026, 1, 5), value_si=80, note=PAIN)  # fmt: skip
    db.session.add(measured)
    logged = WorkoutLogFactory(organization_id=studio.org.id, client_id=studio.client.id, exercise_notes={"a": PAIN})
    db.session.commit()
    before = raw("clients", "notes", studio.client.id)

    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_KEY", NEW_KEY)
    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_OLD_KEYS", old_key)
    db.session.expire_all()
    assert db.session.get(Client, studio.client.id).notes == NOTES  # readable with the old key meanwhile
    result = app.test_cli_runner().invoke(args=["crypto", "rotate", "--batch", "2"])
    assert result.exit_code == 0, result.output
    # 5 notes, 1 goals, 1 reply, 1 Stripe key; 1 check-in's answers, 1 measurement note, 1 log's exercise notes
    assert "Re-encrypted 11 stored values" in result.output
    again = app.test_cli_runner().invoke(args=["crypto", "rotate"])
    assert "Re-encrypted 0 stored values" in again.output  # nothing left: a rerun is cheap and harmless

    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_OLD_KEYS", "")
    db.session.expire_all()
    assert raw("clients", "notes", studio.client.id) != before
    assert db.session.get(Client, studio.client.id).goals == GOALS
    assert [db.session.get(Client, c.id).notes for c in extra] == [f"note {n}" for n in range(4)]
    assert db.session.get(CheckInSubmission, sent.id).reply == "Sleep more"
    assert db.session.get(CheckInSubmission, sent.id).answers == {"energy": 2, "win": PAIN, "diet": "Off"}
    assert db.session.get(Measurement, measured.id).note == PAIN
    assert db.session.get(WorkoutLog, logged.id).exercise_notes == {"a": PAIN}
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


def test_the_health_migration_encrypts_answers_and_notes_keeps_photo_ids_and_downgrade_restores_them(app):
    """Downgrade a copy of the migrated template to before b7e2d4a91c36, put health data in, upgrade, downgrade."""
    server = sa.make_url(app.config["SQLALCHEMY_DATABASE_URI"])
    admin = sa.create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text('CREATE DATABASE "health_encryption_migration" TEMPLATE template1'))
    config = TestConfig()
    config.SQLALCHEMY_DATABASE_URI = server.set(database="health_encryption_migration").render_as_string(
        hide_password=False
    )
    other = create_app(config)
    answers = {"energy": 3, "notes": PAIN, "photo": {"stored_file_id": 41}, "diet": "Off"}
    log_id = uuid.uuid4()
    try:
        with other.app_context():
            downgrade(directory=str(MIGRATIONS_DIR), revision="43069a9ccec0")
            with db.engine.begin() as connection:
                org = connection.execute(sa.text("INSERT INTO organizations (name) VALUES ('Gym') RETURNING id"))
                ids = {"org": org.scalar_one()}
                ids["client"] = connection.execute(
                    sa.text(
                        "INSERT INTO clients (organization_id, first_name, last_name)"
                        " VALUES (:org, 'Casey', 'Holloway') RETURNING id"
                    ),
                    ids,
                ).scalar_one()
                ids["form"] = connection.execute(
                    sa.text(
                        "INSERT INTO check_in_forms (organization_id, name, questions)"
                        " VALUES (:org, 'Weekly', CAST(:questions AS jsonb)) RETURNING id"
                    ),
                    {**ids, "questions": json.dumps(QUESTIONS)},
                ).scalar_one()
                connection.execute(
                    sa.text(
                        "INSERT INTO check_in_submissions (organization_id, client_id, form_id, due_on, questions,"
                        " answers) VALUES (:org, :client, :form, '2026-01-05', CAST(:questions AS jsonb),"
                        " CAST(:answers AS jsonb))"
                    ),
                    {**ids, "questions": json.dumps(QUESTIONS), "answers": json.dumps(answers)},
                )
                connection.execute(
                    sa.text(
                        "INSERT INTO measurements (organization_id, client_id, type_id, measured_on, value_si, note)"
                        " SELECT :org, :client, id, '2026-01-05', 80, :note FROM measurement_types"
                        " WHERE organization_id IS NULL AND slug = 'weight'"
                    ),
                    {**ids, "note": PAIN},
                )
                connection.execute(
                    sa.text(
                        "INSERT INTO workout_logs (id, organization_id, client_id, name, started_at, client_updated_at,"
                        " exercise_notes) VALUES (:id, :org, :client, 'Full body', now(), now(), CAST(:notes AS jsonb))"
                    ),
                    {**ids, "id": log_id, "notes": json.dumps({"exercise:1": PAIN})},
                )
            upgrade(directory=str(MIGRATIONS_DIR))
            with db.engine.connect() as connection:
                stored = connection.execute(sa.text("SELECT answers, photo_file_ids FROM check_in_submissions")).one()
                note = connection.execute(sa.text("SELECT note FROM measurements")).scalar_one()
                per_exercise = connection.execute(sa.text("SELECT exercise_notes FROM workout_logs")).scalar_one()
            assert_sealed(stored.answers, "Lower back")
            assert stored.photo_file_ids == [41]
            assert_sealed(note, PAIN)
            assert_sealed(per_exercise, "Lower back")
            assert db.session.scalars(sa.select(CheckInSubmission.answers)).one() == answers
            assert db.session.scalars(sa.select(Measurement.note)).one() == PAIN
            assert db.session.scalars(sa.select(WorkoutLog.exercise_notes)).one() == {"exercise:1": PAIN}
            db.session.remove()

            downgrade(directory=str(MIGRATIONS_DIR), revision="43069a9ccec0")
            with db.engine.connect() as connection:
                assert connection.execute(sa.text("SELECT answers FROM check_in_submissions")).scalar_one() == answers
                assert connection.execute(sa.text("SELECT note FROM measurements")).scalar_one() == PAIN
                assert connection.execute(sa.text("SELECT exercise_notes FROM workout_logs")).scalar_one() == {
                    "exercise:1": PAIN
                }
            db.engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text('DROP DATABASE IF EXISTS "health_encryption_migration" WITH (FORCE)'))
        admin.dispose()
