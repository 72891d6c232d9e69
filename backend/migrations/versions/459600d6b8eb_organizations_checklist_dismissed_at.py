"""organizations.checklist_dismissed_at: when a manager hid the dashboard's first-run checklist

Revision ID: 459600d6b8eb
Revises: 37092016990f
Create Date: 2026-12-01 15:16:41.890381
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '459600d6b8eb'
down_revision = '37092016990f'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('organizations', sa.Column('checklist_dismissed_at', sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column('organizations', 'checklist_dismissed_at')
