"""Encrypt coach notes and health free text at rest; scrub their text from the activity log

Revision ID: a3c9e5d71f20
Revises: 177c9e76fb04
Create Date: 2026-12-02 21:10:00.000000

The columns stay `text`; their values become Fernet tokens made with DATA_ENCRYPTION_KEY
(core.crypto), in Python, a batch of rows at a time. The activity log's before/after of those
fields becomes the keyed digest the app now records (core.changes). Downgrade decrypts the
columns again; the log's old text is gone for good (it was the point).
"""
import json

from alembic import op
import sqlalchemy as sa

from fitnesscrm.core import crypto


# revision identifiers, used by Alembic.
revision = 'a3c9e5d71f20'
down_revision = '177c9e76fb04'
branch_labels = None
depends_on = None

# table → (primary key, encrypted columns), as of this revision.
COLUMNS = {
    "clients": ("id", ("goals", "notes")),
    "sessions": ("id", ("notes",)),
    "session_status_changes": ("id", ("note",)),
    "session_series": ("id", ("notes",)),
    "workout_logs": ("id", ("note",)),
    "check_in_submissions": ("id", ("reply",)),
    "webhook_events": ("id", ("body",)),
}
# The activity log's entity types whose `goals`/`notes` changes held the encrypted text.
LOGGED = {"client": ("goals", "notes", "reply"), "session": ("notes",), "session_series": ("notes",)}
BATCH = 1000


def convert(connection, transform) -> int:
    """Rewrite every encrypted column's values with `transform`, batch by batch; how many values changed."""
    changed = 0
    for table, (key, columns) in COLUMNS.items():
        after = None
        while True:
            rows = connection.execute(
                sa.text(
                    f"SELECT {key}, {', '.join(columns)} FROM {table}"
                    f" WHERE ({' OR '.join(f'{c} IS NOT NULL' for c in columns)})"
                    + (f" AND {key} > :after" if after is not None else "")
                    + f" ORDER BY {key} LIMIT {BATCH}"
                ),
                {"after": after} if after is not None else {},
            ).all()
            if not rows:
                break
            updates = [
                {"row_id": row[0], **{c: (None if v is None else transform(v)) for c, v in zip(columns, row[1:])}}
                for row in rows
            ]
            connection.execute(
                sa.text(f"UPDATE {table} SET {', '.join(f'{c} = :{c}' for c in columns)} WHERE {key} = :row_id"),
                updates,
            )
            changed += sum(v is not None for row in rows for v in row[1:])
            after = rows[-1][0]
    return changed


def _private(value):
    return {"private": crypto.fingerprint(value)} if isinstance(value, str) and value != "" else value


def scrub_activity(connection) -> int:
    """Replace the logged text of encrypted fields with their digest; how many entries changed."""
    changed = 0
    for entity_type, fields in LOGGED.items():
        after = 0
        while True:
            rows = connection.execute(
                sa.text(
                    "SELECT id, changes FROM activity_entries WHERE entity_type = :type AND id > :after"
                    " AND changes ?| CAST(:fields AS text[]) ORDER BY id LIMIT :batch"
                ),
                {"type": entity_type, "after": after, "fields": list(fields), "batch": BATCH},
            ).all()
            if not rows:
                break
            updates = []
            for entry_id, changes in rows:
                scrubbed = dict(changes)
                for field in fields:
                    change = scrubbed.get(field)
                    if isinstance(change, dict):
                        scrubbed[field] = {side: _private(value) for side, value in change.items()}
                    elif isinstance(change, str):
                        scrubbed[field] = _private(change)
                if scrubbed != changes:
                    updates.append({"entry_id": entry_id, "changes": json.dumps(scrubbed)})
            if updates:
                connection.execute(
                    sa.text("UPDATE activity_entries SET changes = CAST(:changes AS jsonb) WHERE id = :entry_id"),
                    updates,
                )
                changed += len(updates)
            after = rows[-1][0]
    return changed


def upgrade():
    # A 500-character note takes up to about 2,800 characters as a token (4 bytes a letter, base64).
    op.alter_column("session_status_changes", "note", type_=sa.Text(), existing_type=sa.String(500))
    connection = op.get_bind()
    convert(connection, crypto.encrypt)
    scrub_activity(connection)


def downgrade():
    convert(op.get_bind(), crypto.decrypt)
    op.alter_column("session_status_changes", "note", type_=sa.String(500), existing_type=sa.Text())
