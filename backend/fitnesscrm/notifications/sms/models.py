"""Each studio's sending number, every text sent or received, and the numbers that texted STOP."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.models import Base, TenantMixin, TimestampMixin

DIRECTIONS = ("in", "out")
# Twilio's message statuses we keep, plus `sending` (handed to Twilio, no answer yet) and `received`.
STATUSES = (
    "sending",
    "accepted",
    "queued",
    "sent",
    "delivered",
    "undelivered",
    "failed",
    "received",
)
# A status callback never moves a message back: "sent" arriving after "delivered" changes nothing.
STATUS_RANK = {
    "sending": 0,
    "accepted": 1,
    "queued": 2,
    "sent": 3,
    "delivered": 4,
    "undelivered": 4,
    "failed": 4,
    "received": 4,
}
KEYWORDS = ("stop", "start", "help")


class SmsNumber(TenantMixin, TimestampMixin, Base):
    """The number a studio texts from (one per studio); inbound webhooks find the studio by it."""

    __tablename__ = "sms_numbers"
    __table_args__ = (sa.UniqueConstraint("organization_id", name="uq_sms_numbers_organization_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # E.164; two studios cannot share one, or an inbound text would belong to both.
    phone_number: Mapped[str] = mapped_column(sa.String(20), unique=True)


class SmsMessage(TenantMixin, TimestampMixin, Base):
    """One text: sent (an outbox message's delivery) or received (a Twilio inbound webhook)."""

    __tablename__ = "sms_messages"
    __table_args__ = (
        sa.CheckConstraint(f"direction IN {DIRECTIONS}", name="direction_valid"),
        sa.CheckConstraint(f"status IN {STATUSES}", name="status_valid"),
        sa.CheckConstraint(f"keyword IS NULL OR keyword IN {KEYWORDS}", name="keyword_valid"),
        # Usage counts read a studio's outgoing texts by month.
        sa.Index("ix_sms_messages_org_direction_created", "organization_id", "direction", "created_at"),
        # Whether a number has had a text from the studio before (the first one says how to opt out).
        sa.Index("ix_sms_messages_org_to_number", "organization_id", "to_number"),
    )

    id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    direction: Mapped[str] = mapped_column(sa.String(3))
    from_number: Mapped[str] = mapped_column(sa.String(20))
    to_number: Mapped[str] = mapped_column(sa.String(20))
    body: Mapped[str] = mapped_column(sa.Text)
    status: Mapped[str] = mapped_column(sa.String(16))
    # Twilio's id for it (SM...); set once Twilio accepted an outgoing text.
    twilio_sid: Mapped[str | None] = mapped_column(sa.String(64), unique=True)
    # The outbox message an outgoing text delivers: retries of that message reuse this row.
    outbox_message_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("outbox_messages.id", ondelete="SET NULL"), unique=True
    )
    # The client whose number it is, when the number is on a client's record.
    client_id: Mapped[int | None] = mapped_column(sa.ForeignKey("clients.id", ondelete="SET NULL"), index=True)
    # stop, start or help when an inbound text was only that keyword.
    keyword: Mapped[str | None] = mapped_column(sa.String(8))
    error_code: Mapped[int | None] = mapped_column()
    # Why it failed, in a sentence an owner can act on.
    error_message: Mapped[str | None] = mapped_column(sa.String(500))
    delivered_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


class SmsOptOut(TenantMixin, Base):
    """A number that texted STOP to the studio: nothing is sent to it until it texts START."""

    __tablename__ = "sms_opt_outs"
    __table_args__ = (sa.UniqueConstraint("organization_id", "phone_number", name="uq_sms_opt_outs_org_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    phone_number: Mapped[str] = mapped_column(sa.String(20))
    # The word they texted ("STOP", "QUIT"), as they wrote it.
    keyword: Mapped[str] = mapped_column(sa.String(16))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
