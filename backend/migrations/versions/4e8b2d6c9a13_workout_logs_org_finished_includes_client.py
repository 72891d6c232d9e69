"""ix_workout_logs_org_finished includes client_id: a trainer's feed is read and counted from the index alone

Revision ID: 4e8b2d6c9a13
Revises: 9c3d5e7f1a2b
Create Date: 2026-12-01 21:50:00.000000

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "4e8b2d6c9a13"
down_revision = "9c3d5e7f1a2b"
branch_labels = None
depends_on = None


def _index(include: list[str]) -> None:
    op.drop_index("ix_workout_logs_org_finished", table_name="workout_logs")
    op.create_index(
        "ix_workout_logs_org_finished",
        "workout_logs",
        ["organization_id", sa.text("finished_at DESC"), "id"],
        postgresql_include=include,
        postgresql_where=sa.text("finished_at IS NOT NULL"),
    )


def upgrade():
    _index(["client_id"])


def downgrade():
    _index([])
