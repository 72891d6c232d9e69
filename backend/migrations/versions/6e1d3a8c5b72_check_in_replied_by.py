"""check_in_submissions.replied_by_user_id: who answered a check-in, shown with the reply

Revision ID: 6e1d3a8c5b72
Revises: 4b7e2c9d1f08
Create Date: 2026-12-02 04:30:00.000000

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "6e1d3a8c5b72"
down_revision = "4b7e2c9d1f08"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("check_in_submissions", sa.Column("replied_by_user_id", sa.Integer(), nullable=True))
    op.create_foreign_key(
        op.f("fk_check_in_submissions_replied_by_user_id_users"),
        "check_in_submissions",
        "users",
        ["replied_by_user_id"],
        ["id"],
        ondelete="SET NULL",
    )
    # Replies written before this column: the reviewer is who answered them in every case so far.
    op.execute(
        "UPDATE check_in_submissions SET replied_by_user_id = reviewed_by_user_id WHERE reply IS NOT NULL"
    )


def downgrade():
    op.drop_constraint(
        op.f("fk_check_in_submissions_replied_by_user_id_users"), "check_in_submissions", type_="foreignkey"
    )
    op.drop_column("check_in_submissions", "replied_by_user_id")
