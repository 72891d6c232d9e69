"""Encrypt check-in answers, measurement and photo notes and per-exercise workout notes at rest

Revision ID: b7e2d4a91c36
Revises: 43069a9ccec0
Create Date: 2026-12-03 04:00:00.000000

Health information still kept in plain text: a client's weekly check-in answers (sleep, energy,
pain), the notes beside a measurement or a progress photo, and the notes per exercise of a
logged workout. The JSON columns become `text` holding the Fernet token of their JSON text, the
notes `text` holding the token of theirs (a 500-character note takes up to about 2,800 as a
token), encrypted in Python a batch of rows at a time as a3c9e5d71f20 did. The photo ids among
the answers are copied first into the new plain `photo_file_ids`, the column SQL reads to refuse
an upload that already answers another submission. None of these fields is written to the
activity log, so there is nothing to scrub there. Downgrade decrypts and restores the types.
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from fitnesscrm.core import crypto


# revision identifiers, used by Alembic.
revision = 'b7e2d4a91c36'
down_revision = '43069a9ccec0'
branch_labels = None
depends_on = None

# table → (primary key, encrypted columns), as of this revision.
COLUMNS = {
    "check_in_submissions": ("id", ("answers",)),
    "measurements": ("id", ("note",)),
    "progress_photos": ("id", ("note",)),
    "workout_logs": ("id", ("exercise_notes",)),
}
BATCH = 1000

# The stored file ids of each submission's photo answers ({"stored_file_id": n}), while `answers` is still JSONB.
FILL_PHOTO_FILE_IDS = """
    UPDATE check_in_submissions s SET photo_file_ids = ARRAY(
        SELECT CAST(answer.value ->> 'stored_file_id' AS integer)
        FROM jsonb_each(s.answers) AS answer
        WHERE jsonb_typeof(answer.value) = 'object' AND answer.value ? 'stored_file_id'
    )
    WHERE jsonb_typeof(s.answers) = 'object'
      AND EXISTS (
        SELECT FROM jsonb_each(s.answers) AS answer
        WHERE jsonb_typeof(answer.value) = 'object' AND answer.value ? 'stored_file_id'
      )
"""


def convert(connection, transform) -> int:
    """Rewrite every listed column's values with `transform`, batch by batch; how many values changed."""
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


def upgrade():
    op.add_column(
        "check_in_submissions",
        sa.Column("photo_file_ids", postgresql.ARRAY(sa.Integer()), server_default="{}", nullable=False),
    )
    op.execute(FILL_PHOTO_FILE_IDS)
    op.create_index(
        "ix_check_in_submissions_photo_file_ids", "check_in_submissions", ["photo_file_ids"], unique=False,
        postgresql_using="gin",
    )
    op.alter_column(
        "check_in_submissions", "answers", type_=sa.Text(), existing_type=postgresql.JSONB(),
        existing_nullable=False, postgresql_using="answers::text",
    )
    # The database cannot encrypt a default: every write of the app names the notes.
    op.alter_column("workout_logs", "exercise_notes", server_default=None, existing_type=postgresql.JSONB())
    op.alter_column(
        "workout_logs", "exercise_notes", type_=sa.Text(), existing_type=postgresql.JSONB(),
        existing_nullable=False, postgresql_using="exercise_notes::text",
    )
    op.alter_column("measurements", "note", type_=sa.Text(), existing_type=sa.String(500))
    op.alter_column("progress_photos", "note", type_=sa.Text(), existing_type=sa.String(500))
    convert(op.get_bind(), crypto.encrypt)


def downgrade():
    convert(op.get_bind(), crypto.decrypt)
    op.alter_column("progress_photos", "note", type_=sa.String(500), existing_type=sa.Text())
    op.alter_column("measurements", "note", type_=sa.String(500), existing_type=sa.Text())
    op.alter_column(
        "workout_logs", "exercise_notes", type_=postgresql.JSONB(), existing_type=sa.Text(),
        existing_nullable=False, postgresql_using="exercise_notes::jsonb",
    )
    op.alter_column(
        "workout_logs", "exercise_notes", server_default="{}", existing_type=postgresql.JSONB()
    )
    op.alter_column(
        "check_in_submissions", "answers", type_=postgresql.JSONB(), existing_type=sa.Text(),
        existing_nullable=False, postgresql_using="answers::jsonb",
    )
    op.drop_index("ix_check_in_submissions_photo_file_ids", table_name="check_in_submissions", postgresql_using="gin")
    op.drop_column("check_in_submissions", "photo_file_ids")
