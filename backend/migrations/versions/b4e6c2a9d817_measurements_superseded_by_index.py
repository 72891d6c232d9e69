"""measurements: an index on superseded_by_id, so that a correction finds the value it replaced

Revision ID: b4e6c2a9d817
Revises: 5c1e7a9d3b20
Create Date: 2026-12-02 02:00:00.000000

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "b4e6c2a9d817"
down_revision = "5c1e7a9d3b20"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(
        "ix_measurements_superseded_by_id",
        "measurements",
        ["superseded_by_id"],
        unique=False,
        postgresql_where=sa.text("superseded_by_id IS NOT NULL"),
    )


def downgrade():
    op.drop_index("ix_measurements_superseded_by_id", table_name="measurements")
