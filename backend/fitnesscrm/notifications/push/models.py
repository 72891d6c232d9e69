"""A device that accepts push notifications for one person, and the server's VAPID key pair."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.models import Base, TenantMixin, TimestampMixin


class PushSubscription(TenantMixin, TimestampMixin, Base):
    """What a browser's PushManager.subscribe() returned: where to send, and the keys to encrypt for it.

    The endpoint names one browser profile on one device, so it is unique: when someone else signs
    in on that browser and turns notifications on, the subscription moves to them.
    """

    __tablename__ = "push_subscriptions"

    id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    endpoint: Mapped[str] = mapped_column(sa.String(1000), unique=True)
    # The browser's P-256 public key (65 bytes) and auth secret (16 bytes), base64url as it sent them.
    p256dh: Mapped[str] = mapped_column(sa.String(100))
    auth: Mapped[str] = mapped_column(sa.String(50))


class VapidKeyPair(Base):
    """The one key pair this server signs pushes with (row 1), made on first use when no env var sets it.

    Browsers bind each subscription to the public key it was made with: a new pair orphans them all.
    """

    __tablename__ = "push_vapid_keys"
    __table_args__ = (sa.CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    # base64url: the raw 32-byte private scalar and the 65-byte uncompressed public point.
    private_key: Mapped[str] = mapped_column(sa.String(100))
    public_key: Mapped[str] = mapped_column(sa.String(100))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
