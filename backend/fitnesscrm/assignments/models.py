from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.models import Base, TenantMixin


class Assignment(TenantMixin, Base):
    """One trainer coaching one client from `assigned_at` until `ended_at` (open while NULL)."""

    __tablename__ = "assignments"
    __table_args__ = (
        # At most one open assignment per pair, and one open primary trainer per client.
        sa.Index(
            "uq_assignments_open_pair",
            "client_id",
            "trainer_id",
            unique=True,
            postgresql_where=sa.text("ended_at IS NULL"),
        ),
        sa.Index(
            "uq_assignments_open_primary",
            "client_id",
            unique=True,
            postgresql_where=sa.text("ended_at IS NULL AND is_primary"),
        ),
        sa.Index(
            "ix_assignments_open_trainer", "trainer_id", "client_id", postgresql_where=sa.text("ended_at IS NULL")
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    trainer_id: Mapped[int] = mapped_column(sa.ForeignKey("trainers.id", ondelete="CASCADE"), index=True)
    is_primary: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    assigned_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    assigned_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)
    ended_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    ended_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)
