"""notification_opt_outs becomes notification_preferences: a yes or a no per channel and topic

SMS is opt-in, so a stored choice can now be a yes as well as a no. Every existing row was a no.

Revision ID: b7d2e4f6a8c1
Revises: a3c9e5f1d7b2
Create Date: 2026-12-02 07:40:00.000000

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "b7d2e4f6a8c1"
down_revision = "a3c9e5f1d7b2"
branch_labels = None
depends_on = None


def upgrade():
    op.rename_table("notification_opt_outs", "notification_preferences")
    op.execute("ALTER INDEX pk_notification_opt_outs RENAME TO pk_notification_preferences")
    op.execute(
        "ALTER INDEX ix_notification_opt_outs_organization_id RENAME TO ix_notification_preferences_organization_id"
    )
    op.execute("ALTER INDEX uq_notification_opt_outs_address_topic RENAME TO uq_notification_preferences_address_topic")
    op.execute(
        "ALTER TABLE notification_preferences RENAME CONSTRAINT fk_notification_opt_outs_organization_id_organizations"
        " TO fk_notification_preferences_organization_id_organizations"
    )
    op.add_column(
        "notification_preferences", sa.Column("enabled", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.alter_column("notification_preferences", "enabled", server_default=None)
    op.add_column(
        "notification_preferences",
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
    )
    op.create_check_constraint(
        op.f("ck_notification_preferences_channel_valid"),
        "notification_preferences",
        "channel IN ('email', 'sms', 'push')",
    )


def downgrade():
    # A stored yes has no place in the table of noes: it goes back to being the channel's default.
    op.execute("DELETE FROM notification_preferences WHERE enabled")
    op.drop_constraint(op.f("ck_notification_preferences_channel_valid"), "notification_preferences", type_="check")
    op.drop_column("notification_preferences", "updated_at")
    op.drop_column("notification_preferences", "enabled")
    op.execute(
        "ALTER TABLE notification_preferences RENAME CONSTRAINT fk_notification_preferences_organization_id_organizations"
        " TO fk_notification_opt_outs_organization_id_organizations"
    )
    op.execute("ALTER INDEX uq_notification_preferences_address_topic RENAME TO uq_notification_opt_outs_address_topic")
    op.execute(
        "ALTER INDEX ix_notification_preferences_organization_id RENAME TO ix_notification_opt_outs_organization_id"
    )
    op.execute("ALTER INDEX pk_notification_preferences RENAME TO pk_notification_opt_outs")
    op.rename_table("notification_preferences", "notification_opt_outs")
