"""The outbox: one row per message to one person, written with the change that causes it, then delivered."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.models import Base, TenantMixin, TimestampMixin

CHANNELS = ("email", "sms", "push")
STATUSES = ("pending", "sending", "sent", "failed", "dead")


class OutboxMessage(TenantMixin, TimestampMixin, Base):
    """A message to send (pending), being sent (sending), sent, failed (it will retry) or dead (no tries left).

    `context` holds what the template needs to render at send time (names, ids, links), never rendered
    HTML. An invitation, password-reset or unlock message keeps its one-time link there: the row is the
    only place the link exists until it is sent, since the app stores only the token's hash.
    """

    __tablename__ = "outbox_messages"
    __table_args__ = (
        sa.UniqueConstraint("organization_id", "idempotency_key", name="uq_outbox_messages_org_key"),
        sa.CheckConstraint(f"channel IN {CHANNELS}", name="channel_valid"),
        sa.CheckConstraint(f"status IN {STATUSES}", name="status_valid"),
        sa.CheckConstraint("recipient_user_id IS NOT NULL OR recipient_address IS NOT NULL", name="has_recipient"),
        # The owners' screen lists a studio's messages newest first, optionally of one status.
        sa.Index("ix_outbox_messages_org_created", "organization_id", sa.text("created_at DESC"), sa.text("id DESC")),
        # The sweep looks for messages whose delivery job is overdue or whose worker died.
        sa.Index(
            "ix_outbox_messages_unfinished",
            "next_attempt_at",
            postgresql_where=sa.text("status IN ('pending', 'sending', 'failed')"),
        ),
    )

    id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    channel: Mapped[str] = mapped_column(sa.String(8), default="email")
    recipient_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)
    # The email address (or, later, phone number) it goes to; kept so an invitation reaches someone with no account.
    recipient_address: Mapped[str | None] = mapped_column(sa.String(254))
    # Who it is for, as owners read it on the outbox screen.
    recipient_name: Mapped[str] = mapped_column(sa.String(200))
    template: Mapped[str] = mapped_column(sa.String(64))
    context: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    subject: Mapped[str] = mapped_column(sa.String(300))
    # Names the event that caused the message (`session-booked:<session>:<client>:<version>`): one row per event.
    idempotency_key: Mapped[str] = mapped_column(sa.String(200))
    status: Mapped[str] = mapped_column(sa.String(16), default="pending", server_default="pending")
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    next_attempt_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # The claim of the worker sending it now: a worker that finds another attempt id lost its claim.
    attempt_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    claimed_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # Why the last try failed, in a sentence an owner can act on.
    last_error: Mapped[str | None] = mapped_column(sa.String(500))
    sent_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    provider_message_id: Mapped[str | None] = mapped_column(sa.String(300))


# What a person receives on each channel until they say otherwise: email and push go unless turned
# off; a text message costs the studio money and the person attention, so SMS waits for a yes.
CHANNEL_DEFAULTS = {"email": True, "sms": False, "push": True}


class NotificationPreference(TenantMixin, Base):
    """A person's choice for one topic on one channel, by the address it reaches them at.

    No row means the channel's default (CHANNEL_DEFAULTS). Keyed by address rather than by account:
    reminders and session emails also go to clients who never signed up, and an unsubscribe link, a
    mailto unsubscribe or a texted STOP names only the address. Email rows hold the email address,
    SMS rows the E.164 number, push rows the account's email (push reaches accounts, not addresses).
    """

    __tablename__ = "notification_preferences"
    __table_args__ = (
        sa.CheckConstraint(f"channel IN {CHANNELS}", name="channel_valid"),
        sa.Index(
            "uq_notification_preferences_address_topic",
            "organization_id",
            "channel",
            sa.text("lower(address)"),
            "topic",
            unique=True,
        ),
    )

    id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    channel: Mapped[str] = mapped_column(sa.String(8), default="email")
    address: Mapped[str] = mapped_column(sa.String(254))
    topic: Mapped[str] = mapped_column(sa.String(32))
    enabled: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    updated_at: Mapped[datetime] = mapped_column(
        sa.DateTime(timezone=True), server_default=sa.func.now(), onupdate=sa.func.now()
    )
