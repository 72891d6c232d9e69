from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.models import Base, TimestampMixin


class Organization(TimestampMixin, Base):
    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    # IANA zone name; times are stored in UTC and shown in this zone.
    timezone: Mapped[str] = mapped_column(sa.String(64), default="UTC", server_default="UTC")
