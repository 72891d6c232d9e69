"""Webhook endpoints a studio registers, the events written for them, and one delivery per endpoint and event."""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fitnesscrm.core.crypto import EncryptedText, encrypted_columns
from fitnesscrm.core.models import Base, TenantMixin, TimestampMixin

DELIVERY_STATUSES = ("pending", "sending", "delivered", "failed", "dead")


@encrypted_columns("secret", "previous_secret")
class WebhookEndpoint(TenantMixin, TimestampMixin, Base):
    """A URL that receives the studio's events of the types it names, signed with its own secret.

    The secret is encrypted (core.crypto), since every delivery must sign with it; it is shown
    once, when made or rolled. After a roll the previous secret also signs for a day, so a
    receiver can switch over without dropping events.
    """

    __tablename__ = "webhook_endpoints"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(sa.String(2000))
    description: Mapped[str | None] = mapped_column(sa.String(200))
    event_types: Mapped[list[str]] = mapped_column(ARRAY(sa.String(40)))
    secret: Mapped[str] = mapped_column(sa.Text)
    previous_secret: Mapped[str | None] = mapped_column(sa.Text)
    previous_secret_expires_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    enabled: Mapped[bool] = mapped_column(default=True, server_default=sa.true())
    disabled_reason: Mapped[str | None] = mapped_column(sa.String(300))
    disabled_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # Failed tries in a row, across events; a delivered one sets it back to 0.
    consecutive_failures: Mapped[int] = mapped_column(default=0, server_default="0")
    created_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)


class WebhookEvent(TenantMixin, Base):
    """One event as sent: its body is kept as the exact bytes signed, so every try and replay sends the same."""

    __tablename__ = "webhook_events"
    __table_args__ = (sa.Index("ix_webhook_events_organization_id_created_at", "organization_id", "created_at"),)

    id: Mapped[str] = mapped_column(sa.String(40), primary_key=True)  # "evt_" and 24 random characters
    type: Mapped[str] = mapped_column(sa.String(40))
    # It copies what it describes (a session's notes, say): encrypted at rest like the columns it copies.
    body: Mapped[str] = mapped_column(EncryptedText)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


class WebhookDelivery(TenantMixin, TimestampMixin, Base):
    """An event on its way to one endpoint: its tries, the last answer, and when it is tried next."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        sa.UniqueConstraint("endpoint_id", "event_id"),
        sa.CheckConstraint(f"status IN {DELIVERY_STATUSES}", name="status_valid"),
        sa.Index("ix_webhook_deliveries_endpoint_id_id", "endpoint_id", sa.text("id DESC")),
        # The sweep's look-up of deliveries whose job was lost.
        sa.Index(
            "ix_webhook_deliveries_unfinished_next_attempt_at",
            "next_attempt_at",
            postgresql_where=sa.text("status IN ('pending', 'sending', 'failed')"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    endpoint_id: Mapped[int] = mapped_column(sa.ForeignKey("webhook_endpoints.id", ondelete="CASCADE"))
    event_id: Mapped[str] = mapped_column(sa.ForeignKey("webhook_events.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(sa.String(16), default="pending", server_default="pending")
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    next_attempt_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # No try is planned after this (WEBHOOK_RETRY_WINDOW_HOURS after the event, or after a replay).
    retry_until: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    # Set while a worker holds the delivery; its try is recorded only if the claim is still its own.
    attempt_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    last_status_code: Mapped[int | None]
    last_response_excerpt: Mapped[str | None] = mapped_column(sa.String(500))
    last_error: Mapped[str | None] = mapped_column(sa.String(500))
    last_duration_ms: Mapped[int | None]
    last_attempt_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    delivered_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))

    event: Mapped[WebhookEvent] = relationship(lazy="raise")
    endpoint: Mapped[WebhookEndpoint] = relationship(lazy="raise")
