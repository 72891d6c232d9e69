"""activity entries may record a workout comment (action "comment")

Revision ID: 9c3d5e7f1a2b
Revises: 9a7e3c5b1f20
Create Date: 2026-12-01 21:20:00.000000

"""

from alembic import op

# revision identifiers, used by Alembic.
revision = "9c3d5e7f1a2b"
down_revision = "9a7e3c5b1f20"
branch_labels = None
depends_on = None

BEFORE = ("create", "update", "delete", "archive", "restore", "assign", "unassign")
AFTER = (*BEFORE, "comment")


def _allow(actions: tuple[str, ...]) -> None:
    op.drop_constraint(op.f("ck_activity_entries_action_valid"), "activity_entries", type_="check")
    op.create_check_constraint(op.f("ck_activity_entries_action_valid"), "activity_entries", f"action IN {actions}")


def upgrade():
    _allow(AFTER)


def downgrade():
    op.execute("DELETE FROM activity_entries WHERE action = 'comment'")
    _allow(BEFORE)
