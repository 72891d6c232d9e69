"""Activity entries: search over person and record, sort by them, and when a session takes place

- search: generated tsvector over actor_name and entity_label (accents folded, as for clients),
  with a GIN index, so that q finds entries among a million without scanning them.
- ix_activity_org_actor_name, ix_activity_org_entity_label: sort by person or record as fast
  as by time.
- entity_at: when the record takes place (a session's start), shown in the reader's zone
  instead of a time written into the label.

Adding the stored column rewrites the table: about a minute per million entries.

Revision ID: c5e8a3f1b2d4
Revises: 8d4f2a1c7e90
Create Date: 2026-12-01 16:10:00.000000
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = 'c5e8a3f1b2d4'
down_revision = '8d4f2a1c7e90'
branch_labels = None
depends_on = None

SEARCH = "to_tsvector('simple'::regconfig, search_fold(actor_name || ' ' || entity_label))"


def upgrade():
    op.add_column('activity_entries', sa.Column('entity_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column(
        'activity_entries',
        sa.Column('search', postgresql.TSVECTOR(), sa.Computed(SEARCH, persisted=True), nullable=False),
    )
    op.create_index('ix_activity_search', 'activity_entries', ['search'], unique=False, postgresql_using='gin')
    op.create_index(
        'ix_activity_org_actor_name', 'activity_entries', ['organization_id', 'actor_name', 'id'], unique=False
    )
    op.create_index(
        'ix_activity_org_entity_label', 'activity_entries', ['organization_id', 'entity_label', 'id'], unique=False
    )


def downgrade():
    op.drop_index('ix_activity_org_entity_label', table_name='activity_entries')
    op.drop_index('ix_activity_org_actor_name', table_name='activity_entries')
    op.drop_index('ix_activity_search', table_name='activity_entries', postgresql_using='gin')
    op.drop_column('activity_entries', 'search')
    op.drop_column('activity_entries', 'entity_at')
