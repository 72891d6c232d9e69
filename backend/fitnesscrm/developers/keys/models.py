"""What /api/v2 remembers beside the keys: answers to Idempotency-Keys, and each studio's rate limit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.models import Base, TenantMixin


class IdempotencyRecord(TenantMixin, Base):
    """One `Idempotency-Key` a studio sent, the request it came with, and the answer it got (once there is one).

    A row without a status is a request still running: another with the same key is told so (409).
    """

    __tablename__ = "api_idempotency_records"
    __table_args__ = (sa.UniqueConstraint("organization_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(sa.String(255))
    method: Mapped[str] = mapped_column(sa.String(10))
    path: Mapped[str] = mapped_column(sa.String(2000))
    # SHA-256 of the body (its JSON with sorted keys, so that spacing and key order do not count).
    body_hash: Mapped[str] = mapped_column(sa.String(64))
    status: Mapped[int | None] = mapped_column(sa.SmallInteger)
    response_body: Mapped[Any | None] = mapped_column(JSONB)
    # Old records are deleted by a periodic job; this index finds them.
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now(), index=True)


class ApiSettings(Base):
    """A studio's own /api/v2 settings; without a row, the server's defaults apply."""

    __tablename__ = "api_settings"

    organization_id: Mapped[int] = mapped_column(
        sa.ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    # Calls per minute each of the studio's keys may make; None: the server's API_RATE_LIMIT.
    rate_limit_per_minute: Mapped[int | None] = mapped_column(
        sa.Integer, sa.CheckConstraint("rate_limit_per_minute BETWEEN 1 AND 100000", name="rate_limit_range")
    )
    updated_at: Mapped[datetime] = mapped_column(
        sa.DateTime(timezone=True), server_default=sa.func.now(), onupdate=sa.func.now()
    )
