"""Body measurements, progress photos, goals, daily habits and weekly check-ins.

Measurements are stored in SI units (kg, cm, %, beats per minute) and converted only for
display, in each reader's unit preference (`User.weight_unit`, `User.length_unit`, else the
studio's). A correction never overwrites: it writes a new row and marks the earlier one
`superseded_at`, so the history of what was entered stays readable. The current value of a
type on a date is the row with `superseded_at IS NULL`.

Goals store targets only; their progress is always computed from what was measured, lifted,
attended or ticked off (see `progress.goals`), never typed in.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.crypto import EncryptedJSON, EncryptedText
from fitnesscrm.core.models import Base, TenantMixin, TimestampMixin

# What a measurement type measures decides its SI unit and how it is converted for display:
# mass kg (↔ lb), length cm (↔ in), percent %, heart_rate bpm, number (no unit).
DIMENSIONS = ("mass", "length", "percent", "heart_rate", "number")
POSES = ("front", "side", "back")
GOAL_KINDS = ("measurement", "lift", "attendance", "habit_streak")
GOAL_STATUSES = ("active", "achieved", "abandoned")
HABIT_KINDS = ("count", "duration", "yes_no")
QUESTION_KINDS = ("scale", "number", "short_text", "long_text", "choice", "photo")


class MeasurementType(Base):
    """Built-in (organization_id NULL: weight, body fat, circumferences…) or a studio's own."""

    __tablename__ = "measurement_types"
    __table_args__ = (
        sa.CheckConstraint(f"dimension IN {DIMENSIONS}", name="dimension_valid"),
        sa.Index("uq_measurement_types_org_slug", sa.text("coalesce(organization_id, 0)"), "slug", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    slug: Mapped[str] = mapped_column(sa.String(60))
    name: Mapped[str] = mapped_column(sa.String(80))
    dimension: Mapped[str] = mapped_column(sa.String(16))
    position: Mapped[int] = mapped_column(default=100, server_default="100")
    archived_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


class Measurement(TenantMixin, Base):
    __tablename__ = "measurements"
    __table_args__ = (
        sa.CheckConstraint("value_si >= 0", name="value_not_negative"),
        # A chart reads one client's current values of one type in date order from this index alone.
        sa.Index(
            "ix_measurements_current",
            "client_id",
            "type_id",
            "measured_on",
            "id",
            postgresql_include=["value_si"],
            postgresql_where=sa.text("superseded_at IS NULL"),
        ),
        # A correction's list entry and history find the value it replaced (few rows: corrections only).
        sa.Index(
            "ix_measurements_superseded_by_id",
            "superseded_by_id",
            postgresql_where=sa.text("superseded_by_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    type_id: Mapped[int] = mapped_column(sa.ForeignKey("measurement_types.id", ondelete="RESTRICT"))
    measured_on: Mapped[date] = mapped_column(sa.Date)
    value_si: Mapped[Decimal] = mapped_column(sa.Numeric(10, 3))
    # What the client or coach wrote beside the value (a bad night, an injury): encrypted at rest (core.crypto).
    note: Mapped[str | None] = mapped_column(EncryptedText)
    entered_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    # A correction or a removal: the row stays as history, the new value (if any) is `superseded_by_id`.
    superseded_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    superseded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("measurements.id", ondelete="SET NULL"))
    superseded_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))


class ProgressPhoto(TenantMixin, Base):
    __tablename__ = "progress_photos"
    __table_args__ = (
        sa.CheckConstraint(f"pose IN {POSES}", name="pose_valid"),
        # One current photo per pose and date; a new upload replaces (and deletes) the old one.
        sa.Index(
            "uq_progress_photos_client_day_pose",
            "client_id",
            "taken_on",
            "pose",
            unique=True,
            postgresql_where=sa.text("deleted_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    taken_on: Mapped[date] = mapped_column(sa.Date)
    pose: Mapped[str] = mapped_column(sa.String(8))
    stored_file_id: Mapped[int] = mapped_column(sa.ForeignKey("stored_files.id", ondelete="RESTRICT"))
    # Words about the client's body beside their photo: encrypted at rest (core.crypto).
    note: Mapped[str | None] = mapped_column(EncryptedText)
    uploaded_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    deleted_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


class Habit(TenantMixin, TimestampMixin, Base):
    """A daily habit a coach gave a client: a count (steps, glasses), a duration (sleep) or yes/no."""

    __tablename__ = "habits"
    __table_args__ = (
        sa.CheckConstraint(f"kind IN {HABIT_KINDS}", name="kind_valid"),
        sa.CheckConstraint("kind = 'yes_no' OR target_value > 0", name="target_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    kind: Mapped[str] = mapped_column(sa.String(10))
    # count/duration: the daily target in `unit` (duration in minutes); yes_no: NULL.
    target_value: Mapped[Decimal | None] = mapped_column(sa.Numeric(10, 2))
    unit: Mapped[str | None] = mapped_column(sa.String(30))
    starts_on: Mapped[date] = mapped_column(sa.Date)
    archived_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    created_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))


class HabitLog(TenantMixin, Base):
    """What a client did for a habit on one day (their own calendar day)."""

    __tablename__ = "habit_logs"
    __table_args__ = (sa.UniqueConstraint("habit_id", "day", name="uq_habit_logs_habit_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    habit_id: Mapped[int] = mapped_column(sa.ForeignKey("habits.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(sa.Date)
    # count/duration: the amount; yes_no: 1 for done, 0 for not.
    value: Mapped[Decimal] = mapped_column(sa.Numeric(10, 2))
    # Whether the day met the habit's target when it was logged; streaks and goals read only this.
    completed: Mapped[bool] = mapped_column()
    logged_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


class Goal(TenantMixin, TimestampMixin, Base):
    __tablename__ = "goals"
    __table_args__ = (
        sa.CheckConstraint(f"kind IN {GOAL_KINDS}", name="kind_valid"),
        sa.CheckConstraint(f"status IN {GOAL_STATUSES}", name="status_valid"),
        sa.CheckConstraint("kind <> 'measurement' OR measurement_type_id IS NOT NULL", name="measurement_has_type"),
        sa.CheckConstraint("kind <> 'lift' OR exercise_id IS NOT NULL", name="lift_has_exercise"),
        sa.CheckConstraint("kind <> 'habit_streak' OR habit_id IS NOT NULL", name="streak_has_habit"),
        sa.CheckConstraint("kind <> 'attendance' OR (sessions_per_week > 0 AND weeks > 0)", name="attendance_has_rate"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(sa.String(16))
    title: Mapped[str] = mapped_column(sa.String(160))
    measurement_type_id: Mapped[int | None] = mapped_column(sa.ForeignKey("measurement_types.id", ondelete="RESTRICT"))
    exercise_id: Mapped[int | None] = mapped_column(sa.ForeignKey("exercises.id", ondelete="RESTRICT"))
    habit_id: Mapped[int | None] = mapped_column(sa.ForeignKey("habits.id", ondelete="CASCADE"))
    # measurement: SI value; lift: e1RM in kg; habit_streak: days; attendance: NULL (rate × weeks).
    target_value: Mapped[Decimal | None] = mapped_column(sa.Numeric(10, 3))
    # measurement/lift: the value when the goal was set, so progress reads "4.2 of 10 kg lost".
    start_value: Mapped[Decimal | None] = mapped_column(sa.Numeric(10, 3))
    sessions_per_week: Mapped[int | None] = mapped_column()
    weeks: Mapped[int | None] = mapped_column()
    starts_on: Mapped[date] = mapped_column(sa.Date)
    target_date: Mapped[date | None] = mapped_column(sa.Date)
    status: Mapped[str] = mapped_column(sa.String(10), default="active", server_default="active")
    achieved_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    created_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))


class GoalMilestone(TenantMixin, Base):
    """A step on the way to a goal (e.g. every 2.5 kg), reached when the computed progress passes it."""

    __tablename__ = "goal_milestones"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(sa.ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(sa.String(120))
    # In the goal's unit (SI for measurements, kg for lifts, days, sessions).
    value: Mapped[Decimal] = mapped_column(sa.Numeric(10, 3))
    reached_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


class CheckInForm(TenantMixin, TimestampMixin, Base):
    """A weekly check-in questionnaire a coach built.

    `questions` is a list of {key, kind (QUESTION_KINDS), label, required, help?, options? (choice),
    min?/max? (number; scale is always 1–10)}; keys are stable so that answers stay matched across edits.
    """

    __tablename__ = "check_in_forms"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    questions: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    archived_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    created_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))


class CheckInAssignment(TenantMixin, TimestampMixin, Base):
    """A client fills in a form every week on `weekday` (ISO 1 = Monday) from `starts_on`."""

    __tablename__ = "check_in_assignments"
    __table_args__ = (
        sa.CheckConstraint("weekday BETWEEN 1 AND 7", name="weekday_valid"),
        sa.Index(
            "uq_check_in_assignments_active_client",
            "client_id",
            unique=True,
            postgresql_where=sa.text("ended_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    form_id: Mapped[int] = mapped_column(sa.ForeignKey("check_in_forms.id", ondelete="RESTRICT"))
    weekday: Mapped[int] = mapped_column(sa.SmallInteger)
    starts_on: Mapped[date] = mapped_column(sa.Date)
    ended_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


class CheckInSubmission(TenantMixin, Base):
    """A client's answers for the check-in due on `due_on`, and the coach's review of them."""

    __tablename__ = "check_in_submissions"
    __table_args__ = (
        sa.UniqueConstraint("client_id", "due_on", name="uq_check_in_submissions_client_due"),
        # The review queue: unreviewed submissions of a studio, oldest first.
        sa.Index(
            "ix_check_in_submissions_queue",
            "organization_id",
            "submitted_at",
            postgresql_where=sa.text("reviewed_at IS NULL"),
        ),
        # A photo answers one submission only: the check finds the submissions naming an upload here.
        sa.Index("ix_check_in_submissions_photo_file_ids", "photo_file_ids", postgresql_using="gin"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    form_id: Mapped[int] = mapped_column(sa.ForeignKey("check_in_forms.id", ondelete="RESTRICT"))
    due_on: Mapped[date] = mapped_column(sa.Date)
    # The questions as they were when answered, so that later edits of the form do not rewrite them.
    questions: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    # key → answer: a number, a string, a choice, or {"stored_file_id": n} for a photo. Sleep, pain,
    # struggles: health information, encrypted at rest (core.crypto), so SQL cannot look inside.
    answers: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON)
    # The stored files the photo answers name, in plain: ids say nothing about the client, and the
    # check that an upload answers one submission only must find them in SQL.
    photo_file_ids: Mapped[list[int]] = mapped_column(ARRAY(sa.Integer), default=list, server_default="{}")
    submitted_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    # The coach's answer to a client's health and progress report: encrypted at rest (core.crypto).
    reply: Mapped[str | None] = mapped_column(EncryptedText)
    replied_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    replied_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    reviewed_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    reviewed_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
