"""A file some feature uploaded: where its bytes are, what they really are, and who sent them.

Every upload (progress photos, documents, check-in photos, later chat attachments) is one row
here, owned by a studio. The bytes live in the configured storage backend under `key`, a random
name that says nothing about the studio, the client or the file: nothing is served from a path
anyone could guess. `content_type` is what the bytes were found to be, never what the browser
claimed; `original_name` is the sanitised name shown to people and used in downloads.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.models import Base, TenantMixin

UPLOAD_KINDS = ("photo", "document", "check_in_photo", "attachment")


class StoredFile(TenantMixin, Base):
    __tablename__ = "stored_files"
    __table_args__ = (
        sa.CheckConstraint(f"kind IN {UPLOAD_KINDS}", name="kind_valid"),
        sa.CheckConstraint("size_bytes >= 0", name="size_not_negative"),
        # Usage per studio is a sum over this index alone.
        sa.Index(
            "ix_stored_files_org_usage",
            "organization_id",
            postgresql_include=["size_bytes", "thumbnail_size_bytes"],
            postgresql_where=sa.text("deleted_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(20))
    key: Mapped[str] = mapped_column(sa.String(200), unique=True)
    original_name: Mapped[str] = mapped_column(sa.String(255))
    content_type: Mapped[str] = mapped_column(sa.String(127))
    size_bytes: Mapped[int] = mapped_column(sa.BigInteger)
    sha256: Mapped[str] = mapped_column(sa.String(64))
    # Images only: the stored (re-encoded, upright) picture's size, and its thumbnail.
    width: Mapped[int | None] = mapped_column()
    height: Mapped[int | None] = mapped_column()
    thumbnail_key: Mapped[str | None] = mapped_column(sa.String(200))
    thumbnail_size_bytes: Mapped[int] = mapped_column(sa.BigInteger, default=0, server_default="0")
    uploaded_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    # Set when the feature that owns the file lets it go; the bytes are removed after the commit.
    deleted_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
