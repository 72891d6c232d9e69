"""documents: folders, documents, versions, shares and waiver signatures (which nothing may change)

The search column joins the title with the tags array; array_to_string() is only STABLE, which a
generated column may not call, so document_search_text() does it as an IMMUTABLE SQL function
(as exercise_search_text() does for exercises).

Signatures are evidence: a trigger refuses every UPDATE, and every DELETE except the cascade
that removes a signature together with its studio or its client (whose rows are already gone
when the cascade reaches it), so that deleting a studio or erasing a client still works.

Revision ID: 5c1e7a9d3b20
Revises: b7d41c9e2f60
Create Date: 2026-12-02 00:45:00

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = '5c1e7a9d3b20'
down_revision = 'b7d41c9e2f60'
branch_labels = None
depends_on = None

CATEGORIES = "('workout_plan', 'meal_plan', 'form', 'waiver', 'other')"
SEARCH = "to_tsvector('simple'::regconfig, search_fold(document_search_text(title, tags)))"


def upgrade():
    op.execute(
        "CREATE FUNCTION document_search_text(character varying, character varying[]) RETURNS text "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE "
        "AS $$ SELECT coalesce($1, '') || ' ' || coalesce(array_to_string($2, ' '), '') $$"
    )
    op.create_table(
        'document_folders',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('parent_id', sa.Integer(), nullable=True),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('organization_id', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_document_folders_organization_id_organizations'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['parent_id'], ['document_folders.id'], name=op.f('fk_document_folders_parent_id_document_folders'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_document_folders')),
    )
    op.create_index(op.f('ix_document_folders_organization_id'), 'document_folders', ['organization_id'])
    op.create_index(op.f('ix_document_folders_parent_id'), 'document_folders', ['parent_id'])
    op.create_index(
        'uq_document_folders_name', 'document_folders',
        ['organization_id', sa.text('coalesce(parent_id, 0)'), sa.text('lower(name)')], unique=True,
    )
    op.create_table(
        'documents',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('folder_id', sa.Integer(), nullable=True),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('description', sa.Text(), nullable=True),
        sa.Column('category', sa.String(length=20), nullable=False),
        sa.Column('tags', postgresql.ARRAY(sa.String(length=40)), server_default='{}', nullable=False),
        sa.Column('shared_with_all', sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column('current_version_id', sa.Integer(), nullable=True),
        sa.Column('version_count', sa.Integer(), server_default='0', nullable=False),
        sa.Column('created_by_user_id', sa.Integer(), nullable=True),
        sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('search', postgresql.TSVECTOR(), sa.Computed(SEARCH, persisted=True), nullable=False),
        sa.Column('organization_id', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.CheckConstraint(f"category IN {CATEGORIES}", name=op.f('ck_documents_category_valid')),
        sa.ForeignKeyConstraint(['created_by_user_id'], ['users.id'], name=op.f('fk_documents_created_by_user_id_users'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['folder_id'], ['document_folders.id'], name=op.f('fk_documents_folder_id_document_folders'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_documents_organization_id_organizations'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_documents')),
    )
    op.create_index(op.f('ix_documents_organization_id'), 'documents', ['organization_id'])
    op.create_index(op.f('ix_documents_folder_id'), 'documents', ['folder_id'])
    op.create_index('ix_documents_search', 'documents', ['search'], postgresql_using='gin')
    op.create_index('ix_documents_tags', 'documents', ['tags'], postgresql_using='gin')
    op.create_index('ix_documents_org_updated', 'documents', ['organization_id', 'updated_at', 'id'])
    op.create_table(
        'document_versions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('stored_file_id', sa.Integer(), nullable=False),
        sa.Column('note', sa.String(length=500), nullable=True),
        sa.Column('restored_from_number', sa.Integer(), nullable=True),
        sa.Column('uploaded_by_user_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('organization_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_document_versions_document_id_documents'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_document_versions_organization_id_organizations'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['stored_file_id'], ['stored_files.id'], name=op.f('fk_document_versions_stored_file_id_stored_files'), ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['uploaded_by_user_id'], ['users.id'], name=op.f('fk_document_versions_uploaded_by_user_id_users'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_document_versions')),
        sa.UniqueConstraint('document_id', 'number', name='uq_document_versions_number'),
    )
    op.create_index(op.f('ix_document_versions_organization_id'), 'document_versions', ['organization_id'])
    op.create_index(op.f('ix_document_versions_stored_file_id'), 'document_versions', ['stored_file_id'])
    op.create_foreign_key(
        op.f('fk_documents_current_version_id_document_versions'), 'documents', 'document_versions',
        ['current_version_id'], ['id'], ondelete='SET NULL',
    )
    op.create_table(
        'document_shares',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('shared_by_user_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('organization_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_document_shares_client_id_clients'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_document_shares_document_id_documents'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_document_shares_organization_id_organizations'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['shared_by_user_id'], ['users.id'], name=op.f('fk_document_shares_shared_by_user_id_users'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_document_shares')),
        sa.UniqueConstraint('document_id', 'client_id', name='uq_document_shares_client'),
    )
    op.create_index(op.f('ix_document_shares_organization_id'), 'document_shares', ['organization_id'])
    op.create_index(op.f('ix_document_shares_client_id'), 'document_shares', ['client_id'])
    op.create_table(
        'waiver_signatures',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('version_id', sa.Integer(), nullable=False),
        sa.Column('version_number', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('typed_name', sa.String(length=200), nullable=False),
        sa.Column('consent', sa.Boolean(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('signed_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('ip_address', sa.String(length=45), nullable=True),
        sa.Column('user_agent', sa.String(length=500), nullable=True),
        sa.Column('organization_id', sa.Integer(), nullable=False),
        sa.CheckConstraint('consent', name=op.f('ck_waiver_signatures_consent_given')),
        sa.CheckConstraint('length(sha256) = 64', name=op.f('ck_waiver_signatures_sha256_length')),
        sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_waiver_signatures_client_id_clients'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_waiver_signatures_document_id_documents'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_waiver_signatures_organization_id_organizations'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['version_id'], ['document_versions.id'], name=op.f('fk_waiver_signatures_version_id_document_versions'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_waiver_signatures')),
    )
    op.create_index(op.f('ix_waiver_signatures_organization_id'), 'waiver_signatures', ['organization_id'])
    op.create_index('ix_waiver_signatures_document_client', 'waiver_signatures', ['document_id', 'client_id', 'signed_at'])
    op.create_index('ix_waiver_signatures_client', 'waiver_signatures', ['client_id', 'signed_at'])
    op.execute(
        """
        CREATE FUNCTION waiver_signatures_are_final() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE'
               AND (NOT EXISTS (SELECT 1 FROM organizations WHERE id = OLD.organization_id)
                    OR NOT EXISTS (SELECT 1 FROM clients WHERE id = OLD.client_id)) THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION 'A waiver signature cannot be changed or deleted.'
                USING ERRCODE = 'integrity_constraint_violation';
        END
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER waiver_signatures_are_final BEFORE UPDATE OR DELETE ON waiver_signatures "
        "FOR EACH ROW EXECUTE FUNCTION waiver_signatures_are_final()"
    )


def downgrade():
    op.execute("DROP TRIGGER waiver_signatures_are_final ON waiver_signatures")
    op.execute("DROP FUNCTION waiver_signatures_are_final()")
    op.drop_table('waiver_signatures')
    op.drop_table('document_shares')
    op.drop_constraint(op.f('fk_documents_current_version_id_document_versions'), 'documents', type_='foreignkey')
    op.drop_table('document_versions')
    op.drop_table('documents')
    op.drop_table('document_folders')
    op.execute("DROP FUNCTION document_search_text(character varying, character varying[])")
