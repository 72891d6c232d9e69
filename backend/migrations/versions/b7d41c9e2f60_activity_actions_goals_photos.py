"""activity: goals set, changed, abandoned and reached, milestones reached, progress photos added and removed

Revision ID: b7d41c9e2f60
Revises: d9fb712ee237
Create Date: 2026-12-02 00:40:00

"""

from alembic import op

revision = "b7d41c9e2f60"
down_revision = "d9fb712ee237"
branch_labels = None
depends_on = None

BEFORE = ("create", "update", "delete", "archive", "restore", "assign", "unassign", "finish_workout", "comment")
ADDED = ("set_goal", "change_goal", "abandon_goal", "achieve_goal", "reach_milestone", "add_photo", "remove_photo")
AFTER = (*BEFORE, *ADDED)


def upgrade():
    op.drop_constraint("action_valid", "activity_entries", type_="check")
    op.create_check_constraint("action_valid", "activity_entries", f"action IN {AFTER}")


def downgrade():
    op.execute(f"DELETE FROM activity_entries WHERE action IN {ADDED}")
    op.drop_constraint("action_valid", "activity_entries", type_="check")
    op.create_check_constraint("action_valid", "activity_entries", f"action IN {BEFORE}")
