"""A segment: a name and the filters (segments/filters.py) that decide which clients are in it, evaluated live."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.models import Base, TenantMixin, TimestampMixin


class Segment(TenantMixin, TimestampMixin, Base):
    """Saved filters over a studio's clients; membership is never stored, so a count is always today's."""

    __tablename__ = "segments"
    __table_args__ = (sa.Index("ix_segments_org_name", "organization_id", "name", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(80))
    # The filters as segments.filters.FiltersSchema loads them (dates as YYYY-MM-DD text).
    filters: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)
