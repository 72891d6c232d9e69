"""Campaigns, the people each was sent to, and the clicks their links had."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.models import Base, TenantMixin, TimestampMixin

STATUSES = ("draft", "scheduled", "sending", "sent", "cancelled")
VARIANTS = ("a", "b")
# queued: in the outbox; skipped: the person turned campaign mail off; waiting: held back for the A/B winner.
RECIPIENT_STATUSES = ("pending", "waiting", "queued", "skipped")


class Campaign(TenantMixin, TimestampMixin, Base):
    """One email to a segment: draft → scheduled → sending → sent, or cancelled before it is sent.

    With a second subject (`subject_b`) it is an A/B test: `sample_percent` of the recipients get one
    subject or the other, and after `wait_hours` the subject with more opens goes to the rest.
    """

    __tablename__ = "campaigns"
    __table_args__ = (
        sa.CheckConstraint(f"status IN {STATUSES}", name="status_valid"),
        sa.CheckConstraint("winner IS NULL OR winner IN ('a', 'b')", name="winner_valid"),
        sa.CheckConstraint(
            "subject_b IS NULL OR (sample_percent BETWEEN 2 AND 50 AND wait_hours BETWEEN 1 AND 168)",
            name="ab_test_valid",
        ),
        sa.Index("ix_campaigns_org_created", "organization_id", sa.text("created_at DESC"), sa.text("id DESC")),
        # The minute job looks for campaigns due to start or to pick their A/B winner.
        sa.Index(
            "ix_campaigns_due", "status", "scheduled_at", postgresql_where=sa.text("status IN ('scheduled', 'sending')")
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    segment_id: Mapped[int] = mapped_column(sa.ForeignKey("segments.id", ondelete="RESTRICT"), index=True)
    subject: Mapped[str] = mapped_column(sa.String(200))
    subject_b: Mapped[str | None] = mapped_column(sa.String(200))
    sample_percent: Mapped[int | None]
    wait_hours: Mapped[int | None]
    # The studio's HTML with merge fields; `body_text` None means the plain text is derived from it.
    body_html: Mapped[str] = mapped_column(sa.Text)
    body_text: Mapped[str | None] = mapped_column(sa.Text)
    status: Mapped[str] = mapped_column(sa.String(12), default="draft", server_default="draft")
    scheduled_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    started_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # When the A/B winner is picked: started_at + wait_hours.
    decide_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    winner: Mapped[str | None] = mapped_column(sa.String(1))
    sent_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    cancelled_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # The links of the body that clicks are tracked for, fixed when sending starts; a click link
    # names an index into this list, so it can only ever lead to a URL the studio wrote here.
    links: Mapped[list[str]] = mapped_column(ARRAY(sa.Text), default=list, server_default="{}")
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)


class CampaignRecipient(TenantMixin, Base):
    """One client a campaign went (or goes) to: their variant, their outbox message, their opens and clicks."""

    __tablename__ = "campaign_recipients"
    __table_args__ = (
        sa.UniqueConstraint("campaign_id", "client_id", name="uq_campaign_recipients_campaign_client"),
        sa.CheckConstraint(f"status IN {RECIPIENT_STATUSES}", name="status_valid"),
        sa.CheckConstraint("variant IS NULL OR variant IN ('a', 'b')", name="variant_valid"),
        sa.Index("ix_campaign_recipients_campaign_status", "campaign_id", "status", "id"),
    )

    id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(sa.ForeignKey("campaigns.id", ondelete="CASCADE"))
    client_id: Mapped[int | None] = mapped_column(sa.ForeignKey("clients.id", ondelete="SET NULL"), index=True)
    email: Mapped[str] = mapped_column(sa.String(254))
    name: Mapped[str] = mapped_column(sa.String(200))
    # None while waiting for the A/B winner.
    variant: Mapped[str | None] = mapped_column(sa.String(1))
    # In an A/B test's sample (the subjects are compared on these people only).
    in_sample: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    status: Mapped[str] = mapped_column(sa.String(8), default="pending", server_default="pending")
    outbox_message_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("outbox_messages.id", ondelete="SET NULL"), index=True
    )
    queued_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    opened_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    opens: Mapped[int] = mapped_column(default=0, server_default="0")
    clicked_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    clicks: Mapped[int] = mapped_column(default=0, server_default="0")


class CampaignClick(TenantMixin, Base):
    """One click on one tracked link of a campaign by one recipient."""

    __tablename__ = "campaign_clicks"
    __table_args__ = (sa.Index("ix_campaign_clicks_campaign_link", "campaign_id", "link_index", "recipient_id"),)

    id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(sa.ForeignKey("campaigns.id", ondelete="CASCADE"))
    recipient_id: Mapped[int] = mapped_column(sa.ForeignKey("campaign_recipients.id", ondelete="CASCADE"), index=True)
    link_index: Mapped[int] = mapped_column(sa.SmallInteger)
    clicked_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
