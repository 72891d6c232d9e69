"""Invoice counters per kind: credit notes are numbered in their own sequence (CN-2026-000007)

Revision ID: 5b1e7c9d2a40
Revises: 009c426e3510
Create Date: 2026-12-02 11:10:00.000000

"""

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "5b1e7c9d2a40"
down_revision = "009c426e3510"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("invoice_counters", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=12), server_default="invoice", nullable=False))
        batch_op.drop_constraint("pk_invoice_counters", type_="primary")
        batch_op.create_primary_key("pk_invoice_counters", ["organization_id", "kind", "year"])


def downgrade():
    op.execute("DELETE FROM invoice_counters WHERE kind <> 'invoice'")
    with op.batch_alter_table("invoice_counters", schema=None) as batch_op:
        batch_op.drop_constraint("pk_invoice_counters", type_="primary")
        batch_op.create_primary_key("pk_invoice_counters", ["organization_id", "year"])
        batch_op.drop_column("kind")
