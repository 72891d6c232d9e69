"""One line in a person's notification centre."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.models import Base, TenantMixin

KINDS = (
    "message",
    "session_booked",
    "session_moved",
    "session_cancelled",
    "assignment",
    "check_in_submitted",
    "goal_reached",
)


class InAppNotification(TenantMixin, Base):
    """Something a person should know about, as the bell lists it: a title, a sentence and where it leads."""

    __tablename__ = "in_app_notifications"
    __table_args__ = (
        sa.CheckConstraint(f"kind IN {KINDS}", name="kind_valid"),
        # The bell lists one person's notifications newest first.
        sa.Index("ix_in_app_notifications_user_created", "user_id", sa.text("created_at DESC"), sa.text("id DESC")),
        # Its badge counts their unread ones.
        sa.Index("ix_in_app_notifications_user_unread", "user_id", postgresql_where=sa.text("read_at IS NULL")),
        # The daily prune finds old read ones.
        sa.Index("ix_in_app_notifications_read_at", "read_at", postgresql_where=sa.text("read_at IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(sa.String(32))
    title: Mapped[str] = mapped_column(sa.String(200))
    body: Mapped[str] = mapped_column(sa.String(500))
    # A path in the SPA ("/messages/12"), never a whole URL.
    link: Mapped[str | None] = mapped_column(sa.String(300))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    read_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
