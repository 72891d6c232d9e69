"""activity: a finished workout is an entry about its client (action finish_workout)

Revision ID: a3c9e1f07b52
Revises: 9a7e3c5b1f20
Create Date: 2026-12-01 21:40:00

"""

from alembic import op

revision = "a3c9e1f07b52"
down_revision = "9a7e3c5b1f20"
branch_labels = None
depends_on = None

BEFORE = ("create", "update", "delete", "archive", "restore", "assign", "unassign")
AFTER = (*BEFORE, "finish_workout")


def upgrade():
    op.drop_constraint("action_valid", "activity_entries", type_="check")
    op.create_check_constraint("action_valid", "activity_entries", f"action IN {AFTER}")


def downgrade():
    op.execute("DELETE FROM activity_entries WHERE action = 'finish_workout'")
    op.drop_constraint("action_valid", "activity_entries", type_="check")
    op.create_check_constraint("action_valid", "activity_entries", f"action IN {BEFORE}")
