from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.models import Base, TimestampMixin


class Organization(TimestampMixin, Base):
    __tablename__ = "organizations"
    __table_args__ = (
        sa.CheckConstraint("weight_unit IN ('kg', 'lb')", name="weight_unit_valid"),
        sa.CheckConstraint("length_unit IN ('cm', 'in')", name="length_unit_valid"),
        sa.CheckConstraint("storage_quota_bytes >= 0", name="storage_quota_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    # IANA zone name; times are stored in UTC and shown in this zone.
    timezone: Mapped[str] = mapped_column(sa.String(64), default="UTC", server_default="UTC")
    # ISO 3166 code: phone numbers typed without a country code are read in it, and its numbers are
    # shown in national format.
    country: Mapped[str] = mapped_column(sa.String(2), default="US", server_default="US")
    # When a manager hid the dashboard's first-run checklist for the whole studio.
    checklist_dismissed_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # The studio's default units for body measurements (each person may choose their own).
    weight_unit: Mapped[str] = mapped_column(sa.String(2), default="kg", server_default="kg")
    length_unit: Mapped[str] = mapped_column(sa.String(2), default="cm", server_default="cm")
    # Bytes of uploads the studio may keep; None means the installation's STORAGE_QUOTA_BYTES.
    storage_quota_bytes: Mapped[int | None] = mapped_column(sa.BigInteger)
