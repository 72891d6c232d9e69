"""Sessions, series, participants, availability, attendance history, reminders and feed tokens.

Times are UTC (timestamptz). A series keeps its first start as local wall-clock time
plus an IANA zone and an RFC 5545 rule, so that 07:00 stays 07:00 across daylight saving.
No double-booking is an exclusion constraint (core GiST range opclasses, no extension):
two blocking sessions of one trainer, or two active participations of one client, may
not have overlapping half-open `[start, end)` ranges, so back-to-back is allowed.
"""

from __future__ import annotations

from datetime import datetime, time
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, ExcludeConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fitnesscrm.auth.models import User
from fitnesscrm.clients.models import Client
from fitnesscrm.core.crypto import EncryptedText
from fitnesscrm.core.models import Base, TenantMixin, TimestampMixin
from fitnesscrm.trainers.models import Trainer

KINDS = ("personal", "group", "assessment", "consultation")
STATUSES = ("scheduled", "completed", "cancelled", "no_show", "late_cancel")
# Statuses that free the slot; every other status keeps the trainer and the clients busy.
RELEASED = ("cancelled", "late_cancel")
REMINDER_STATUSES = ("pending", "cancelled", "sent")
DEFAULT_REMINDER_OFFSETS = (1440, 60)
MAX_SESSION_MINUTES = 12 * 60

_trainer_range = sa.text("int8range(trainer_id, trainer_id, '[]')")
_client_range = sa.text("int8range(client_id, client_id, '[]')")
_time_range = sa.text("tstzrange(starts_at, ends_at, '[)')")


class SchedulingSettings(Base):
    """Per-organization scheduling settings; a missing row means the defaults."""

    __tablename__ = "scheduling_settings"

    organization_id: Mapped[int] = mapped_column(
        sa.ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    # Minutes before a session at which each participant gets a reminder.
    reminder_offsets: Mapped[list[int]] = mapped_column(
        ARRAY(sa.Integer), default=lambda: list(DEFAULT_REMINDER_OFFSETS), server_default="{1440,60}"
    )


class SessionSeries(TenantMixin, TimestampMixin, Base):
    """A recurring booking: its occurrences are materialised as sessions up to `materialized_until`."""

    __tablename__ = "session_series"
    __table_args__ = (
        sa.CheckConstraint(f"kind IN {KINDS}", name="kind_valid"),
        sa.CheckConstraint(f"duration_minutes BETWEEN 1 AND {MAX_SESSION_MINUTES}", name="duration_valid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    trainer_id: Mapped[int] = mapped_column(sa.ForeignKey("trainers.id", ondelete="CASCADE"), index=True)
    timezone: Mapped[str] = mapped_column(sa.String(64))
    # DTSTART as local wall-clock time in `timezone`.
    local_start: Mapped[datetime] = mapped_column(sa.DateTime(timezone=False))
    duration_minutes: Mapped[int]
    # RFC 5545 RRULE value (UNTIL, when present, in UTC).
    rrule: Mapped[str] = mapped_column(sa.String(500))
    kind: Mapped[str] = mapped_column(sa.String(16))
    capacity: Mapped[int] = mapped_column(default=1)
    title: Mapped[str | None] = mapped_column(sa.String(120))
    location: Mapped[str | None] = mapped_column(sa.String(200))
    online_url: Mapped[str | None] = mapped_column(sa.String(500))
    # The coach's private notes (staff only): encrypted at rest (core.crypto).
    notes: Mapped[str | None] = mapped_column(EncryptedText)
    price: Mapped[Decimal | None] = mapped_column(sa.Numeric(10, 2))
    client_ids: Mapped[list[int]] = mapped_column(ARRAY(sa.Integer), default=list, server_default="{}")
    materialized_until: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    # Set when every occurrence was cancelled: the feed shows the series as STATUS:CANCELLED.
    cancelled_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)

    trainer: Mapped[Trainer] = relationship(lazy="raise")


class Session(TenantMixin, TimestampMixin, Base):
    __tablename__ = "sessions"
    __table_args__ = (
        sa.CheckConstraint(f"kind IN {KINDS}", name="kind_valid"),
        sa.CheckConstraint(f"status IN {STATUSES}", name="status_valid"),
        sa.CheckConstraint(
            f"ends_at > starts_at AND ends_at <= starts_at + interval '{MAX_SESSION_MINUTES} minutes'",
            name="time_valid",
        ),
        sa.CheckConstraint("capacity BETWEEN 1 AND 500", name="capacity_valid"),
        ExcludeConstraint(
            (_trainer_range, "&&"),
            (_time_range, "&&"),
            name="ex_sessions_trainer_overlap",
            using="gist",
            where=sa.text(f"status NOT IN {RELEASED}"),
        ),
        sa.Index("ix_sessions_org_starts", "organization_id", "starts_at"),
        sa.Index("ix_sessions_trainer_starts", "trainer_id", "starts_at"),
        # One row per occurrence of a series: extending a series twice cannot duplicate it.
        sa.Index("uq_sessions_series_occurrence", "series_id", "original_start", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    trainer_id: Mapped[int] = mapped_column(sa.ForeignKey("trainers.id", ondelete="CASCADE"))
    series_id: Mapped[int | None] = mapped_column(sa.ForeignKey("session_series.id", ondelete="SET NULL"))
    # The start the series' rule gives this occurrence (RFC 5545 RECURRENCE-ID).
    original_start: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # Edited on its own: series-wide edits leave it alone.
    is_exception: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    kind: Mapped[str] = mapped_column(sa.String(16))
    status: Mapped[str] = mapped_column(sa.String(16), default="scheduled", server_default="scheduled")
    starts_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    ends_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    timezone: Mapped[str] = mapped_column(sa.String(64))
    capacity: Mapped[int] = mapped_column(default=1, server_default="1")
    title: Mapped[str | None] = mapped_column(sa.String(120))
    location: Mapped[str | None] = mapped_column(sa.String(200))
    online_url: Mapped[str | None] = mapped_column(sa.String(500))
    # The coach's private notes (staff only): encrypted at rest (core.crypto).
    notes: Mapped[str | None] = mapped_column(EncryptedText)
    price: Mapped[Decimal | None] = mapped_column(sa.Numeric(10, 2))
    outside_hours: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    cancelled_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    cancel_reason: Mapped[str | None] = mapped_column(sa.String(500))
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)

    trainer: Mapped[Trainer] = relationship(lazy="raise")
    series: Mapped[SessionSeries | None] = relationship(lazy="raise")
    participants: Mapped[list[Participant]] = relationship(
        back_populates="session", lazy="raise", cascade="all, delete-orphan", order_by="Participant.id"
    )


class Participant(TenantMixin, Base):
    """A client booked on a session; the session's times are copied here so that the client overlap rule
    is one constraint. The service keeps them, and `active`, in step with the session."""

    __tablename__ = "session_participants"
    __table_args__ = (
        ExcludeConstraint(
            (_client_range, "&&"),
            (_time_range, "&&"),
            name="ex_session_participants_client_overlap",
            using="gist",
            where=sa.text("active"),
        ),
        sa.Index("uq_session_participants_session_client", "session_id", "client_id", unique=True),
        sa.Index("ix_session_participants_client_starts", "client_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("sessions.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    ends_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    active: Mapped[bool] = mapped_column(default=True, server_default=sa.true())

    session: Mapped[Session] = relationship(back_populates="participants", lazy="raise")
    client: Mapped[Client] = relationship(lazy="raise")


class StatusChange(TenantMixin, Base):
    """Attendance and cancellation history of a session, kept for analytics."""

    __tablename__ = "session_status_changes"

    id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str] = mapped_column(sa.String(16))
    to_status: Mapped[str] = mapped_column(sa.String(16))
    # Why a client missed or cancelled (staff only for attendance): encrypted at rest (core.crypto).
    note: Mapped[str | None] = mapped_column(EncryptedText)
    changed_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)
    changed_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())

    changed_by: Mapped[User | None] = relationship(lazy="raise")


class Reminder(TenantMixin, Base):
    """A reminder due to one participant before a session; sending is another domain's job."""

    __tablename__ = "session_reminders"
    __table_args__ = (
        sa.CheckConstraint(f"status IN {REMINDER_STATUSES}", name="status_valid"),
        sa.Index("ix_session_reminders_due", "due_at", postgresql_where=sa.text("status = 'pending'")),
        sa.Index("ix_session_reminders_session", "session_id", "client_id"),
    )

    id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    session_id: Mapped[int] = mapped_column(sa.ForeignKey("sessions.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    offset_minutes: Mapped[int]
    kind: Mapped[str] = mapped_column(sa.String(16))
    due_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    status: Mapped[str] = mapped_column(sa.String(16), default="pending", server_default="pending")
    sent_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


class WorkingHours(TenantMixin, Base):
    """One bookable interval of a trainer's week, in the organization's local time."""

    __tablename__ = "working_hours"
    __table_args__ = (
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_valid"),
        sa.CheckConstraint("ends_at > starts_at", name="time_valid"),
        sa.Index("ix_working_hours_trainer_weekday", "trainer_id", "weekday"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    trainer_id: Mapped[int] = mapped_column(sa.ForeignKey("trainers.id", ondelete="CASCADE"))
    # 0 = Monday, as in Python's date.weekday().
    weekday: Mapped[int] = mapped_column(sa.SmallInteger)
    starts_at: Mapped[time] = mapped_column(sa.Time)
    ends_at: Mapped[time] = mapped_column(sa.Time)


class TimeOff(TenantMixin, Base):
    __tablename__ = "time_off"
    __table_args__ = (
        sa.CheckConstraint("ends_at > starts_at", name="time_valid"),
        sa.Index("ix_time_off_trainer_starts", "trainer_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    trainer_id: Mapped[int] = mapped_column(sa.ForeignKey("trainers.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    ends_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    reason: Mapped[str | None] = mapped_column(sa.String(200))


class CalendarFeed(TenantMixin, Base):
    """A private iCalendar feed of one trainer's or one client's sessions; only the token's SHA-256 is kept."""

    __tablename__ = "calendar_feeds"
    __table_args__ = (sa.CheckConstraint("(trainer_id IS NULL) <> (client_id IS NULL)", name="one_owner"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    trainer_id: Mapped[int | None] = mapped_column(sa.ForeignKey("trainers.id", ondelete="CASCADE"), index=True)
    client_id: Mapped[int | None] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    revoked_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
