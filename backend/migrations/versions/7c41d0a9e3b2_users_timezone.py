"""users.timezone: each person's own IANA zone (null follows the organization's)

Revision ID: 7c41d0a9e3b2
Revises: 2f8623184f5a
Create Date: 2026-11-23 10:05:00.000000
"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '7c41d0a9e3b2'
down_revision = '2f8623184f5a'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('users', sa.Column('timezone', sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column('users', 'timezone')
