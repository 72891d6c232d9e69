"""What privacy keeps: a studio's retention setting and the record that a client was erased."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.models import Base, TenantMixin

ERASURE_REASONS = ("request", "retention")
# The longest retention a studio may set: ten years.
MAX_RETENTION_MONTHS = 120


class PrivacySettings(Base):
    """One row per studio that changed its privacy settings; no row means retention is off."""

    __tablename__ = "privacy_settings"
    __table_args__ = (
        sa.CheckConstraint(
            f"erase_archived_after_months BETWEEN 1 AND {MAX_RETENTION_MONTHS}", name="retention_months_valid"
        ),
    )

    organization_id: Mapped[int] = mapped_column(
        sa.ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    # Archived clients are erased this many months after they were archived; None keeps them.
    erase_archived_after_months: Mapped[int | None] = mapped_column(sa.Integer)
    updated_at: Mapped[datetime] = mapped_column(
        sa.DateTime(timezone=True), server_default=sa.func.now(), onupdate=sa.func.now()
    )


class ClientErasure(TenantMixin, Base):
    """That a client was erased, when, by whom (None: the retention job) and why; it holds no personal data."""

    __tablename__ = "client_erasures"
    __table_args__ = (sa.CheckConstraint(f"reason IN {ERASURE_REASONS}", name="reason_valid"),)

    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True)
    erased_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    erased_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(sa.String(12))
