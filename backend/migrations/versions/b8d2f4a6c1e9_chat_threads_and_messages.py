"""Chat: threads, their members' read positions, messages with a search vector, and the trace of edits

Every client who has a trainer today gets their thread, with their trainers as members, as the
assignment would have made it had chat existed then.

Revision ID: b8d2f4a6c1e9
Revises: a3c9e5f1d7b2
Create Date: 2026-12-02 07:30:00.000000
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = 'b8d2f4a6c1e9'
down_revision = 'a3c9e5f1d7b2'
branch_labels = None
depends_on = None

BACKFILL_THREADS = """
INSERT INTO chat_threads (organization_id, kind, client_id, created_at, last_activity_at)
SELECT c.organization_id, 'client', c.id, min(a.assigned_at), min(a.assigned_at)
FROM clients c JOIN assignments a ON a.client_id = c.id AND a.ended_at IS NULL
GROUP BY c.id
"""
BACKFILL_MEMBERS = """
INSERT INTO chat_thread_members (organization_id, thread_id, user_id, joined_at)
SELECT t.organization_id, t.id, tr.user_id, min(a.assigned_at)
FROM chat_threads t
JOIN assignments a ON a.client_id = t.client_id AND a.ended_at IS NULL
JOIN trainers tr ON tr.id = a.trainer_id AND tr.user_id IS NOT NULL
GROUP BY t.id, tr.user_id
"""


def upgrade():
    op.create_table(
        'chat_threads',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=True),
        sa.Column('title', sa.String(length=120), nullable=True),
        sa.Column('created_by_user_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('last_activity_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('last_message_id', sa.Integer(), nullable=True),
        sa.Column('organization_id', sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('client', 'group')", name=op.f('ck_chat_threads_kind_valid')),
        sa.CheckConstraint(
            "(kind = 'client') = (client_id IS NOT NULL)", name=op.f('ck_chat_threads_client_iff_client_kind')
        ),
        sa.CheckConstraint("kind = 'client' OR title IS NOT NULL", name=op.f('ck_chat_threads_group_has_title')),
        sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_chat_threads_client_id_clients'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['created_by_user_id'], ['users.id'], name=op.f('fk_chat_threads_created_by_user_id_users'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_chat_threads_organization_id_organizations'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_chat_threads')),
        sa.UniqueConstraint('client_id', name=op.f('uq_chat_threads_client_id')),
    )
    op.create_index('ix_chat_threads_org_activity', 'chat_threads', ['organization_id', 'last_activity_at', 'id'])
    op.create_index(op.f('ix_chat_threads_organization_id'), 'chat_threads', ['organization_id'])
    op.create_table(
        'chat_messages',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('thread_id', sa.Integer(), nullable=False),
        sa.Column('author_user_id', sa.Integer(), nullable=True),
        sa.Column('body', sa.Text(), nullable=True),
        sa.Column('via', sa.String(length=10), server_default='app', nullable=False),
        sa.Column('attachment_file_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('edited_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            'search',
            postgresql.TSVECTOR(),
            sa.Computed("to_tsvector('simple'::regconfig, coalesce(body, ''))", persisted=True),
            nullable=False,
        ),
        sa.Column('organization_id', sa.Integer(), nullable=False),
        sa.CheckConstraint("via IN ('app', 'sms')", name=op.f('ck_chat_messages_via_valid')),
        sa.CheckConstraint(
            'deleted_at IS NOT NULL OR body IS NOT NULL OR attachment_file_id IS NOT NULL',
            name=op.f('ck_chat_messages_says_something'),
        ),
        sa.ForeignKeyConstraint(['attachment_file_id'], ['stored_files.id'], name=op.f('fk_chat_messages_attachment_file_id_stored_files'), ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['author_user_id'], ['users.id'], name=op.f('fk_chat_messages_author_user_id_users'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_chat_messages_organization_id_organizations'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['thread_id'], ['chat_threads.id'], name=op.f('fk_chat_messages_thread_id_chat_threads'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_chat_messages')),
    )
    op.create_index(op.f('ix_chat_messages_attachment_file_id'), 'chat_messages', ['attachment_file_id'])
    op.create_index(op.f('ix_chat_messages_organization_id'), 'chat_messages', ['organization_id'])
    op.create_index('ix_chat_messages_search', 'chat_messages', ['search'], postgresql_using='gin')
    op.create_index('ix_chat_messages_thread_id', 'chat_messages', ['thread_id', 'id'])
    op.create_foreign_key(
        op.f('fk_chat_threads_last_message_id_chat_messages'), 'chat_threads', 'chat_messages',
        ['last_message_id'], ['id'], ondelete='SET NULL',
    )
    op.create_table(
        'chat_thread_members',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('thread_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('last_read_message_id', sa.Integer(), nullable=True),
        sa.Column('joined_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('left_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('organization_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_chat_thread_members_organization_id_organizations'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['thread_id'], ['chat_threads.id'], name=op.f('fk_chat_thread_members_thread_id_chat_threads'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_chat_thread_members_user_id_users'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_chat_thread_members')),
        sa.UniqueConstraint('thread_id', 'user_id', name='uq_chat_thread_members_thread_user'),
    )
    op.create_index(op.f('ix_chat_thread_members_organization_id'), 'chat_thread_members', ['organization_id'])
    op.create_index('ix_chat_thread_members_user', 'chat_thread_members', ['user_id', 'thread_id'])
    op.create_table(
        'chat_message_edits',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('message_id', sa.Integer(), nullable=False),
        sa.Column('action', sa.String(length=10), nullable=False),
        sa.Column('previous_body', sa.Text(), nullable=True),
        sa.Column('changed_by_user_id', sa.Integer(), nullable=True),
        sa.Column('changed_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('organization_id', sa.Integer(), nullable=False),
        sa.CheckConstraint("action IN ('edit', 'delete')", name=op.f('ck_chat_message_edits_action_valid')),
        sa.ForeignKeyConstraint(['changed_by_user_id'], ['users.id'], name=op.f('fk_chat_message_edits_changed_by_user_id_users'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['message_id'], ['chat_messages.id'], name=op.f('fk_chat_message_edits_message_id_chat_messages'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_chat_message_edits_organization_id_organizations'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_chat_message_edits')),
    )
    op.create_index(op.f('ix_chat_message_edits_message_id'), 'chat_message_edits', ['message_id'])
    op.create_index(op.f('ix_chat_message_edits_organization_id'), 'chat_message_edits', ['organization_id'])
    op.execute(BACKFILL_THREADS)
    op.execute(BACKFILL_MEMBERS)


def downgrade():
    op.drop_table('chat_message_edits')
    op.drop_table('chat_thread_members')
    op.drop_constraint(op.f('fk_chat_threads_last_message_id_chat_messages'), 'chat_threads', type_='foreignkey')
    op.drop_table('chat_messages')
    op.drop_table('chat_threads')
