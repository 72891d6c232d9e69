"""activity entries may record a workout comment (action "comment")

Revision ID: 9c3d5e7f1a2b
Revises: a3c9e1f07b52
Create Date: 2026-12-01 21:20:00.000000

"""

from alembic import op

# revision identifiers, used by Alembic.
revision = "9c3d5e7f1a2b"
down_revision = "a3c9e1f07b52"
branch_labels = None
depends_on = None

BEFORE = ("create", "update", "delete", "archive", "restore", "assign", "unassign", "finish_workout")
AFTER = (*BEFORE, "comment")


def _allow(actions: tuple[str, ...]) -> None:
    op.drop_constraint(op.f("ck_activity_entries_action_valid"), "activity_entries", type_="check")
    op.create_check_constraint(op.f("ck_activity_entries_action_valid"), "activity_entries", f"action IN {actions}")


def upgrade():
    _allow(AFTER)


def downgrade():
    op.execute("DELETE FROM activity_entries WHERE action = 'comment'")
    _allow(BEFORE)
