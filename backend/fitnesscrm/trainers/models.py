from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.models import Base, TenantMixin, TimestampMixin
from fitnesscrm.core.search import search_vector_expression


class Trainer(TenantMixin, TimestampMixin, Base):
    __tablename__ = "trainers"
    __table_args__ = (
        sa.Index("uq_trainers_org_email", "organization_id", sa.func.lower(sa.text("email")), unique=True),
        sa.Index("ix_trainers_org_last_name", "organization_id", "last_name", "id"),
        sa.Index("ix_trainers_org_first_name", "organization_id", "first_name", "id"),
        sa.Index("ix_trainers_org_email", "organization_id", "email", "id"),
        sa.Index("ix_trainers_org_created", "organization_id", "created_at", "id"),
        sa.Index("ix_trainers_specializations", "specializations", postgresql_using="gin"),
        sa.Index("ix_trainers_search", "search", postgresql_using="gin"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), unique=True)
    first_name: Mapped[str] = mapped_column(sa.String(80))
    last_name: Mapped[str] = mapped_column(sa.String(80))
    email: Mapped[str] = mapped_column(sa.String(254))
    phone: Mapped[str | None] = mapped_column(sa.String(20))
    specializations: Mapped[list[str]] = mapped_column(ARRAY(sa.String(60)), default=list, server_default="{}")
    bio: Mapped[str | None] = mapped_column(sa.Text)
    hourly_rate: Mapped[Decimal | None] = mapped_column(sa.Numeric(10, 2))
    archived_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True), index=True)
    search: Mapped[str] = mapped_column(
        TSVECTOR, sa.Computed(search_vector_expression(), persisted=True), deferred=True
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"
