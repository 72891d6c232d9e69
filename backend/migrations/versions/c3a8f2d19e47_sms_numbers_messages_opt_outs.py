"""SMS: each studio's sending number, every text sent or received, and numbers that texted STOP

Revision ID: c3a8f2d19e47
Revises: b8d2f4a6c1e9
Create Date: 2026-12-02 08:00:00.000000

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "c3a8f2d19e47"
down_revision = "b8d2f4a6c1e9"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "sms_numbers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phone_number", sa.String(length=20), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_sms_numbers_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sms_numbers")),
        sa.UniqueConstraint("organization_id", name="uq_sms_numbers_organization_id"),
        sa.UniqueConstraint("phone_number", name=op.f("uq_sms_numbers_phone_number")),
    )
    op.create_index(op.f("ix_sms_numbers_organization_id"), "sms_numbers", ["organization_id"], unique=False)
    op.create_table(
        "sms_messages",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("from_number", sa.String(length=20), nullable=False),
        sa.Column("to_number", sa.String(length=20), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("twilio_sid", sa.String(length=64), nullable=True),
        sa.Column("outbox_message_id", sa.BigInteger(), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("keyword", sa.String(length=8), nullable=True),
        sa.Column("error_code", sa.Integer(), nullable=True),
        sa.Column("error_message", sa.String(length=500), nullable=True),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("direction IN ('in', 'out')", name=op.f("ck_sms_messages_direction_valid")),
        sa.CheckConstraint(
            "status IN ('sending', 'accepted', 'queued', 'sent', 'delivered', 'undelivered', 'failed', 'received')",
            name=op.f("ck_sms_messages_status_valid"),
        ),
        sa.CheckConstraint(
            "keyword IS NULL OR keyword IN ('stop', 'start', 'help')", name=op.f("ck_sms_messages_keyword_valid")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_sms_messages_client_id_clients"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_sms_messages_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["outbox_message_id"],
            ["outbox_messages.id"],
            name=op.f("fk_sms_messages_outbox_message_id_outbox_messages"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sms_messages")),
        sa.UniqueConstraint("outbox_message_id", name=op.f("uq_sms_messages_outbox_message_id")),
        sa.UniqueConstraint("twilio_sid", name=op.f("uq_sms_messages_twilio_sid")),
    )
    op.create_index(op.f("ix_sms_messages_client_id"), "sms_messages", ["client_id"], unique=False)
    op.create_index(op.f("ix_sms_messages_organization_id"), "sms_messages", ["organization_id"], unique=False)
    op.create_index(
        "ix_sms_messages_org_direction_created",
        "sms_messages",
        ["organization_id", "direction", "created_at"],
        unique=False,
    )
    op.create_index("ix_sms_messages_org_to_number", "sms_messages", ["organization_id", "to_number"], unique=False)
    op.create_table(
        "sms_opt_outs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phone_number", sa.String(length=20), nullable=False),
        sa.Column("keyword", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_sms_opt_outs_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sms_opt_outs")),
        sa.UniqueConstraint("organization_id", "phone_number", name="uq_sms_opt_outs_org_number"),
    )
    op.create_index(op.f("ix_sms_opt_outs_organization_id"), "sms_opt_outs", ["organization_id"], unique=False)


def downgrade():
    op.drop_table("sms_opt_outs")
    op.drop_table("sms_messages")
    op.drop_table("sms_numbers")
