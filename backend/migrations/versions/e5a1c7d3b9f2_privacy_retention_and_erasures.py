"""privacy: a studio's retention setting, the record of erased clients, activity actions export and erase

Revision ID: e5a1c7d3b9f2
Revises: a3c9e5d71f20
Create Date: 2026-12-02 21:15:00.000000

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "e5a1c7d3b9f2"
down_revision = "a3c9e5d71f20"
branch_labels = None
depends_on = None

BEFORE = (
    "create", "update", "delete", "archive", "restore", "assign", "unassign", "finish_workout", "comment",
    "set_goal", "change_goal", "abandon_goal", "achieve_goal", "reach_milestone", "add_photo", "remove_photo",
    "assign_habit", "change_habit", "archive_habit", "assign_check_in", "end_check_in", "submit_check_in",
    "reply_check_in", "review_check_in",
    "revoke", "send", "complete", "reopen", "disable", "enable",
)  # fmt: skip
ADDED = ("export", "erase")
# Waiver signatures stay final, except that those of an erased client may be deleted with the rest of them.
WAIVER_RULE = """
    CREATE OR REPLACE FUNCTION waiver_signatures_are_final() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE'
           AND (NOT EXISTS (SELECT 1 FROM organizations WHERE id = OLD.organization_id)
                OR NOT EXISTS (SELECT 1 FROM clients WHERE id = OLD.client_id){erased}) THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'A waiver signature cannot be changed or deleted.'
            USING ERRCODE = 'integrity_constraint_violation';
    END
    $$
"""
ERASED = "\n                OR EXISTS (SELECT 1 FROM client_erasures WHERE client_id = OLD.client_id)"


def _allow(actions: tuple[str, ...]) -> None:
    op.drop_constraint(op.f("ck_activity_entries_action_valid"), "activity_entries", type_="check")
    op.create_check_constraint(op.f("ck_activity_entries_action_valid"), "activity_entries", f"action IN {actions}")


def upgrade():
    op.create_table(
        "privacy_settings",
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("erase_archived_after_months", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "erase_archived_after_months BETWEEN 1 AND 120",
            name=op.f("ck_privacy_settings_retention_months_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"], ["organizations.id"],
            name=op.f("fk_privacy_settings_organization_id_organizations"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("organization_id", name=op.f("pk_privacy_settings")),
    )  # fmt: skip
    op.create_table(
        "client_erasures",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("erased_by_user_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=12), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("reason IN ('request', 'retention')", name=op.f("ck_client_erasures_reason_valid")),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_client_erasures_client_id_clients"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["erased_by_user_id"], ["users.id"],
            name=op.f("fk_client_erasures_erased_by_user_id_users"), ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"], ["organizations.id"],
            name=op.f("fk_client_erasures_organization_id_organizations"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_client_erasures")),
    )  # fmt: skip
    op.create_index(op.f("ix_client_erasures_organization_id"), "client_erasures", ["organization_id"])
    _allow((*BEFORE, *ADDED))
    op.execute(WAIVER_RULE.format(erased=ERASED))


def downgrade():
    op.execute(WAIVER_RULE.format(erased=""))
    op.execute(f"DELETE FROM activity_entries WHERE action IN {ADDED}")  # noqa: S608 - constants
    _allow(BEFORE)
    op.drop_index(op.f("ix_client_erasures_organization_id"), table_name="client_erasures")
    op.drop_table("client_erasures")
    op.drop_table("privacy_settings")
