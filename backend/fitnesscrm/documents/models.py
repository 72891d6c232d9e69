"""Documents: files a studio keeps and shares with clients, every version kept, waivers signed.

A document is its metadata (title, category, folder, tags); its bytes are versions, each one
a `StoredFile` (kind `document`). Uploading a new version or restoring an old one adds a
version: history is linear and never rewritten, and `current_version_id` names the one
clients see. A restore is a new version pointing at the same stored file as the restored one.

A document is shared with some clients (`document_shares`) or with every client of the studio
(`shared_with_all`), so that clients who join later see it too.

A waiver (category `waiver`) is signed by a client: the signature keeps the version signed and
the SHA-256 of its bytes at that moment, the typed name, the time, the IP and the user agent.
A trigger refuses any UPDATE of a signature, and any DELETE except the cascade that removes
it with its studio or its client (migration 5c1e7a9d3b20): the API has no way to change one.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.models import Base, TenantMixin, TimestampMixin

CATEGORIES = ("workout_plan", "meal_plan", "form", "waiver", "other")
# document_search_text() joins the title and the tags: see migration 5c1e7a9d3b20.
DOCUMENT_SEARCH = "to_tsvector('simple'::regconfig, search_fold(document_search_text(title, tags)))"


class DocumentFolder(TenantMixin, TimestampMixin, Base):
    """A folder of the studio's library; folders nest (`parent_id`), top-level ones have none."""

    __tablename__ = "document_folders"
    __table_args__ = (
        # One name per place in the tree, ignoring case (top-level folders share parent 0).
        sa.Index(
            "uq_document_folders_name",
            "organization_id",
            sa.text("coalesce(parent_id, 0)"),
            sa.text("lower(name)"),
            unique=True,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("document_folders.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(sa.String(120))


class Document(TenantMixin, TimestampMixin, Base):
    __tablename__ = "documents"
    __table_args__ = (
        sa.CheckConstraint(f"category IN {CATEGORIES}", name="category_valid"),
        sa.Index("ix_documents_search", "search", postgresql_using="gin"),
        sa.Index("ix_documents_tags", "tags", postgresql_using="gin"),
        # The library lists live documents newest first, per studio.
        sa.Index("ix_documents_org_updated", "organization_id", "updated_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    folder_id: Mapped[int | None] = mapped_column(sa.ForeignKey("document_folders.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(sa.String(200))
    description: Mapped[str | None] = mapped_column(sa.Text)
    category: Mapped[str] = mapped_column(sa.String(20))
    tags: Mapped[list[str]] = mapped_column(ARRAY(sa.String(40)), default=list, server_default="{}")
    # Every client of the studio, now and later, sees it.
    shared_with_all: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    # The version clients see and sign; set in the same transaction as the first version.
    current_version_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("document_versions.id", use_alter=True, ondelete="SET NULL")
    )
    version_count: Mapped[int] = mapped_column(default=0, server_default="0")
    created_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    archived_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # Prefix search over the title and tags, accents folded (core.search); deferred: lists never show it.
    search: Mapped[str] = mapped_column(TSVECTOR, sa.Computed(DOCUMENT_SEARCH, persisted=True), deferred=True)


class DocumentVersion(TenantMixin, Base):
    """One upload (or restore) of a document: number 1, 2, 3... in the order they were made."""

    __tablename__ = "document_versions"
    __table_args__ = (sa.UniqueConstraint("document_id", "number", name="uq_document_versions_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(sa.ForeignKey("documents.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column()
    # Versions may share a stored file (a restore points at the restored version's file).
    stored_file_id: Mapped[int] = mapped_column(sa.ForeignKey("stored_files.id", ondelete="RESTRICT"), index=True)
    note: Mapped[str | None] = mapped_column(sa.String(500))
    # The version this one restored, if it is a restore.
    restored_from_number: Mapped[int | None] = mapped_column()
    uploaded_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


class DocumentShare(TenantMixin, Base):
    """A document shared with one client."""

    __tablename__ = "document_shares"
    __table_args__ = (sa.UniqueConstraint("document_id", "client_id", name="uq_document_shares_client"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(sa.ForeignKey("documents.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    shared_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


class WaiverSignature(TenantMixin, Base):
    """A client's signature of one version of a waiver: written once, never changed.

    No foreign key to users: a SET NULL would be an UPDATE, which the trigger refuses. The
    signer is the client; `typed_name` is what they typed.
    """

    __tablename__ = "waiver_signatures"
    __table_args__ = (
        sa.CheckConstraint("consent", name="consent_given"),
        sa.CheckConstraint("length(sha256) = 64", name="sha256_length"),
        # A client's latest signature of a document is one index probe.
        sa.Index("ix_waiver_signatures_document_client", "document_id", "client_id", "signed_at"),
        sa.Index("ix_waiver_signatures_client", "client_id", "signed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(sa.ForeignKey("documents.id", ondelete="CASCADE"))
    version_id: Mapped[int] = mapped_column(sa.ForeignKey("document_versions.id", ondelete="CASCADE"))
    version_number: Mapped[int] = mapped_column()
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"))
    typed_name: Mapped[str] = mapped_column(sa.String(200))
    consent: Mapped[bool] = mapped_column()
    # The SHA-256 of the signed version's bytes, as stored when it was signed.
    sha256: Mapped[str] = mapped_column(sa.String(64))
    signed_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    ip_address: Mapped[str | None] = mapped_column(sa.String(45))
    user_agent: Mapped[str | None] = mapped_column(sa.String(500))
