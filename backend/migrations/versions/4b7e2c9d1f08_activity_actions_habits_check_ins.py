"""activity entries may record habits and check-ins (assigned, changed, archived; submitted, replied, reviewed)

Revision ID: 4b7e2c9d1f08
Revises: b4e6c2a9d817
Create Date: 2026-12-02 00:35:00.000000

"""

from alembic import op

# revision identifiers, used by Alembic.
revision = "4b7e2c9d1f08"
down_revision = "b4e6c2a9d817"
branch_labels = None
depends_on = None

BEFORE = ("create", "update", "delete", "archive", "restore", "assign", "unassign", "finish_workout", "comment",
          "set_goal", "change_goal", "abandon_goal", "achieve_goal", "reach_milestone", "add_photo", "remove_photo")
ADDED = ("assign_habit", "change_habit", "archive_habit", "assign_check_in", "end_check_in", "submit_check_in",
         "reply_check_in", "review_check_in")  # fmt: skip
AFTER = (*BEFORE, *ADDED)


def _allow(actions: tuple[str, ...]) -> None:
    op.drop_constraint(op.f("ck_activity_entries_action_valid"), "activity_entries", type_="check")
    op.create_check_constraint(op.f("ck_activity_entries_action_valid"), "activity_entries", f"action IN {actions}")


def upgrade():
    _allow(AFTER)


def downgrade():
    op.execute(f"DELETE FROM activity_entries WHERE action IN {ADDED}")
    _allow(BEFORE)
