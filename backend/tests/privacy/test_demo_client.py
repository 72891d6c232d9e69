"""Does the demo's richest client export completely, and does erasing them leave no trace of the person?

The demo studio is loaded once, with its client who has a login (photos, check-ins, chat, workouts,
invoices, messages) given a name, email and phone number found nowhere else. The export is read
first; then the client is erased and every text column of every table is searched for them. Each test
rolls back what it did, so each starts from the loaded studio.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.auth.models import User
from fitnesscrm.clients.models import Client
from fitnesscrm.core import crypto
from fitnesscrm.core.storage import backends
from fitnesscrm.demo import content
from fitnesscrm.demo import service as demo
from fitnesscrm.extensions import db
from fitnesscrm.privacy.models import ClientErasure
from tests.conftest import loaded

FIRST, LAST, PHONE = "Zephyrine", "Quaxleworth", "+13125559876"
EMAIL = f"client@{content.EMAIL_DOMAIN}"
TEXT_TYPES = ("text", "character varying", "json", "jsonb", "ARRAY", "character")


@pytest.fixture(scope="module")
def studio(module_transaction):
    """The demo studio whose client with a login is called Zephyrine Quaxleworth."""
    made = demo._Builder.client

    def named(builder, org, *, status, added):
        client = made(builder, org, status=status, added=added)
        builder.named = getattr(builder, "named", 0) + 1
        if builder.named == 2:  # the first active client, the one given a login (see add_clients)
            client.first_name, client.last_name, client.phone = FIRST, LAST, PHONE
        return client

    with module_transaction.bound(), pytest.MonkeyPatch.context() as patch:
        patch.setattr(demo._Builder, "client", named)
        result = demo.load(now=datetime.now(UTC))
        client = db.session.execute(sa.select(Client).where(Client.first_name == FIRST)).scalar_one()
        owner = db.session.execute(
            sa.select(User).where(User.organization_id == result.organization_id, User.role == "owner")
        ).scalar_one()
        assert client.user_id is not None and client.email == EMAIL
        client_user = db.session.get(User, client.user_id)
        return loaded(
            SimpleNamespace(org_id=result.organization_id, client=client, owner=owner, client_user=client_user)
        )


def _hits() -> dict[str, int]:
    """Where the person still appears: `table.column` → rows, over every text, JSON and array column."""
    columns = db.session.execute(
        sa.text(
            "SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c "
            "JOIN information_schema.tables t USING (table_schema, table_name) "
            "WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.data_type = ANY(:types)"
        ),
        {"types": list(TEXT_TYPES)},
    ).all()
    patterns = [f"%{term.lower()}%" for term in (FIRST, LAST, EMAIL, PHONE, PHONE.removeprefix("+1"))]
    found = {}
    for table, column, _ in columns:
        count = db.session.execute(
            sa.text(f'SELECT count(*) FROM "{table}" WHERE lower("{column}"::text) LIKE ANY(:patterns)'),  # noqa: S608
            {"patterns": patterns},
        ).scalar_one()
        if count:
            found[f"{table}.{column}"] = count
    terms = [term.lower() for term in (FIRST, LAST, EMAIL, PHONE)]
    for column in crypto.encrypted_text_columns():  # read through the column's type: decrypted
        for value in db.session.execute(sa.select(column)).scalars():
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            if value and any(term in text.lower() for term in terms):
                key = f"{column.table.name}.{column.name} (decrypted)"
                found[key] = found.get(key, 0) + 1
    for model, names in crypto.ENCRYPTED_COLUMNS:
        for name in names:
            for value in db.session.execute(sa.select(getattr(model, name))).scalars():
                text = crypto.decrypt(value).lower() if value else ""
                if any(term in text for term in terms):
                    key = f"{model.__tablename__}.{name} (decrypted)"
                    found[key] = found.get(key, 0) + 1
    return found


def test_1_the_export_holds_every_kind_of_record_and_the_files(client_as, studio):
    answer = client_as(studio.client_user).get(f"/api/clients/{studio.client.id}/data-export")

    assert answer.status_code == 200, answer.get_data(as_text=True)[:300]
    assert answer.mimetype == "application/zip"
    assert f"{FIRST} {LAST} - data" in answer.headers["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(answer.get_data()))
    assert archive.testzip() is None
    data = json.loads(archive.read("data.json"))
    records = data["records"]
    assert records["clients"][0]["first_name"] == FIRST
    assert "password_hash" not in records["users"][0]
    kinds = ("assignments", "session_participants", "sessions", "measurements", "check_in_submissions", "goals",
             "habits", "habit_logs", "progress_photos", "workout_logs", "set_logs", "chat_threads", "chat_messages",
             "invoices", "payments", "outbox_messages", "activity_entries", "stored_files")  # fmt: skip
    for kind in kinds:
        assert records.get(kind), f"no {kind} in the export"
    photos = [name for name in archive.namelist() if name.startswith("photos/")]
    assert len(photos) == len(records["progress_photos"])
    stored = {row["id"]: row for row in records["stored_files"]}
    first = archive.read(photos[0])
    assert len(first) == stored[int(photos[0].split("/")[1].split("-")[0])]["size_bytes"]
    assert "Zephyrine Quaxleworth" in archive.read("README.txt").decode()
    # Nothing of another client's: every client_id in the export is theirs.
    for name, rows in records.items():
        for row in rows:
            assert row.get("client_id") in (None, studio.client.id), name
    entry = db.session.execute(
        sa.select(ActivityEntry).where(ActivityEntry.action == "export", ActivityEntry.entity_id == studio.client.id)
    ).scalar_one()
    assert entry.entity_label == f"{FIRST} {LAST}"


def test_2_erasure_leaves_no_trace_of_the_person_and_keeps_the_money_records(client_as, studio):
    before = _hits()
    assert {"clients.first_name", "users.email", "activity_entries.entity_label"} <= before.keys(), before
    invoices = sa.text("SELECT count(*), sum(total) FROM invoices WHERE client_id = :id")
    payments = sa.text("SELECT count(*), sum(amount) FROM payments WHERE client_id = :id")
    money = [db.session.execute(q, {"id": studio.client.id}).one() for q in (invoices, payments)]
    assert money[0][0] > 0
    keys = db.session.execute(
        sa.text(
            "SELECT f.key FROM stored_files f JOIN progress_photos p ON p.stored_file_id = f.id WHERE p.client_id = :id"
        ),
        {"id": studio.client.id},
    ).scalars().all()  # fmt: skip
    storage = backends.current()
    assert keys and all(storage.exists(key) for key in keys)

    answer = client_as(studio.owner).post(
        f"/api/clients/{studio.client.id}/erasure", json={"confirmation": "  zephyrine   QUAXLEWORTH "}
    )

    assert answer.status_code == 200, answer.get_json()
    assert answer.get_json()["erased"] is True
    assert _hits() == {}
    assert [db.session.execute(q, {"id": studio.client.id}).one() for q in (invoices, payments)] == money
    assert not any(storage.exists(key) for key in keys)
    client = db.session.get(Client, studio.client.id)
    assert (client.full_name, client.status, client.email) == (f"Erased client #{client.id}", "archived", None)
    user = db.session.get(User, studio.client.user_id)
    assert user.is_active is False
    audit = db.session.execute(
        sa.select(ActivityEntry).where(ActivityEntry.action == "erase", ActivityEntry.entity_id == client.id)
    ).scalar_one()
    assert (audit.actor_id, audit.entity_label, audit.changes) == (studio.owner.id, f"Erased client #{client.id}", {})
    erasure = db.session.get(ClientErasure, client.id)
    assert (erasure.reason, erasure.erased_by_user_id) == ("request", studio.owner.id)


def test_3_an_erased_client_cannot_sign_in_nor_be_erased_twice(client, client_as, studio):
    first = client_as(studio.owner).post(
        f"/api/clients/{studio.client.id}/erasure", json={"confirmation": f"{FIRST} {LAST}"}
    )
    assert first.status_code == 200

    signed_in = client.post("/api/auth/login", json={"email": EMAIL, "password": content.PASSWORD})
    again = client_as(studio.owner).post(
        f"/api/clients/{studio.client.id}/erasure", json={"confirmation": f"Erased client #{studio.client.id}"}
    )

    assert signed_in.status_code == 401
    assert again.status_code == 409 and again.get_json()["error"]["message"] == "This client was already erased."
