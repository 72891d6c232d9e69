"""Billing reports read a studio's payments and refunds of a range from covering indexes

Revision ID: 5e2b8c4f1a93
Revises: 5b1e7c9d2a40
Create Date: 2026-12-02 11:25:00

"""

from alembic import op

# revision identifiers, used by Alembic.
revision = "5e2b8c4f1a93"
down_revision = "5b1e7c9d2a40"
branch_labels = None
depends_on = None


def upgrade():
    op.drop_index("ix_payments_org_received", table_name="payments")
    op.create_index(
        "ix_payments_org_received",
        "payments",
        ["organization_id", "received_at"],
        postgresql_include=["status", "amount", "invoice_id"],
    )
    op.create_index(
        "ix_refunds_org_refunded", "refunds", ["organization_id", "refunded_at"], postgresql_include=["amount", "payment_id"]
    )


def downgrade():
    op.drop_index("ix_refunds_org_refunded", table_name="refunds")
    op.drop_index("ix_payments_org_received", table_name="payments")
    op.create_index("ix_payments_org_received", "payments", ["organization_id", "received_at"])
