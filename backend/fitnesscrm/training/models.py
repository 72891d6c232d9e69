"""Exercises, program templates and their versions, clients' programs, workout logs, sets and records.

A program's structure (weeks → days → blocks → exercises with prescriptions) is one JSON
document, validated by `training.content`: a template version keeps it frozen, a client's
program keeps its own copy, and each scheduled workout keeps the day it was laid out from,
so that what a client logged against stays readable whatever is edited later.

Loads are stored in kilograms (`load_kg`) beside what was typed (`load_value` + `load_unit`),
so that a coach in pounds sees 225 lb and every sum and record is computed in one unit.
Workout logs and sets have client-generated UUIDs: a phone logs offline and replays, and the
server keeps each one once; `client_updated_at` orders concurrent edits (last write wins).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, TSVECTOR, UUID
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.crypto import EncryptedJSON, EncryptedText
from fitnesscrm.core.models import Base, TenantMixin, TimestampMixin

CATEGORIES = (
    "strength",
    "cardio",
    "mobility",
    "stretching",
    "plyometric",
    "olympic_weightlifting",
    "powerlifting",
    "strongman",
    "conditioning",
)
MUSCLES = (
    "abdominals",
    "abductors",
    "adductors",
    "biceps",
    "calves",
    "chest",
    "forearms",
    "glutes",
    "hamstrings",
    "lats",
    "lower_back",
    "middle_back",
    "neck",
    "obliques",
    "quadriceps",
    "shoulders",
    "traps",
    "triceps",
)
EQUIPMENT = (
    "barbell",
    "dumbbell",
    "kettlebell",
    "cable",
    "machine",
    "smith_machine",
    "body_only",
    "bands",
    "medicine_ball",
    "exercise_ball",
    "foam_roll",
    "ez_bar",
    "trap_bar",
    "pull_up_bar",
    "bench",
    "box",
    "sled",
    "rower",
    "bike",
    "treadmill",
    "jump_rope",
    "other",
)
LEVELS = ("beginner", "intermediate", "advanced")
MECHANICS = ("compound", "isolation")
FORCES = ("push", "pull", "static")
# How a set of the exercise is measured, and so which fields a logged set carries.
MEASUREMENTS = ("reps", "reps_load", "time", "distance", "time_distance")
EXERCISE_SOURCES = ("builtin", "custom", "free-exercise-db")

VISIBILITIES = ("private", "studio")
PROGRAM_STATUSES = ("active", "completed", "ended")
SET_STATUSES = ("done", "skipped")
LOAD_UNITS = ("kg", "lb")
RECORD_KINDS = ("heaviest_load", "best_e1rm", "most_reps_at_load")

KG_PER_LB = Decimal("0.45359237")
# exercise_search_text() joins the aliases array: see migration 9a7e3c5b1f20.
EXERCISE_SEARCH = "to_tsvector('simple'::regconfig, search_fold(exercise_search_text(name, aliases)))"


class Exercise(TimestampMixin, Base):
    """One exercise: built in (organization_id NULL, shared by every studio) or a studio's own.

    A studio that edits or archives a built-in exercise gets its own copy (`based_on_id`),
    which then stands in for the built-in one in that studio's library.
    """

    __tablename__ = "exercises"
    __table_args__ = (
        # Re-importing matches on (library, source, source id): built-ins have organization_id NULL,
        # which a plain unique constraint would treat as distinct.
        sa.Index(
            "uq_exercises_source",
            sa.text("coalesce(organization_id, 0)"),
            "source",
            "source_id",
            unique=True,
            postgresql_where=sa.text("source_id IS NOT NULL"),
        ),
        sa.Index(
            "uq_exercises_org_based_on",
            "organization_id",
            "based_on_id",
            unique=True,
            postgresql_where=sa.text("based_on_id IS NOT NULL"),
        ),
        sa.Index("ix_exercises_org_name", "organization_id", "name"),
        sa.Index("ix_exercises_primary_muscles", "primary_muscles", postgresql_using="gin"),
        sa.Index("ix_exercises_equipment", "equipment", postgresql_using="gin"),
        sa.Index("ix_exercises_search", "search", postgresql_using="gin"),
        sa.CheckConstraint(f"category IN {CATEGORIES}", name="category_valid"),
        sa.CheckConstraint(f"level IS NULL OR level IN {LEVELS}", name="level_valid"),
        sa.CheckConstraint(f"mechanic IS NULL OR mechanic IN {MECHANICS}", name="mechanic_valid"),
        sa.CheckConstraint(f"force IS NULL OR force IN {FORCES}", name="force_valid"),
        sa.CheckConstraint(f"measurement IN {MEASUREMENTS}", name="measurement_valid"),
        sa.CheckConstraint(f"source IN {EXERCISE_SOURCES}", name="source_valid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    based_on_id: Mapped[int | None] = mapped_column(sa.ForeignKey("exercises.id", ondelete="SET NULL"))
    source: Mapped[str] = mapped_column(sa.String(32), default="custom", server_default="custom")
    # The record's id in its source (a free-exercise-db "id", a built-in's slug): what re-imports match on.
    source_id: Mapped[str | None] = mapped_column(sa.String(160))
    name: Mapped[str] = mapped_column(sa.String(120))
    aliases: Mapped[list[str]] = mapped_column(ARRAY(sa.String(120)), default=list, server_default="{}")
    category: Mapped[str] = mapped_column(sa.String(32))
    primary_muscles: Mapped[list[str]] = mapped_column(ARRAY(sa.String(32)), default=list, server_default="{}")
    secondary_muscles: Mapped[list[str]] = mapped_column(ARRAY(sa.String(32)), default=list, server_default="{}")
    equipment: Mapped[list[str]] = mapped_column(ARRAY(sa.String(32)), default=list, server_default="{}")
    level: Mapped[str | None] = mapped_column(sa.String(16))
    mechanic: Mapped[str | None] = mapped_column(sa.String(16))
    force: Mapped[str | None] = mapped_column(sa.String(16))
    unilateral: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    measurement: Mapped[str] = mapped_column(sa.String(16), default="reps_load", server_default="reps_load")
    cues: Mapped[str | None] = mapped_column(sa.Text)
    instructions: Mapped[list[str]] = mapped_column(ARRAY(sa.Text), default=list, server_default="{}")
    video_url: Mapped[str | None] = mapped_column(sa.String(500))
    created_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    archived_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # Prefix search over the name and aliases, accents folded (core.search); deferred: lists never show it.
    search: Mapped[str] = mapped_column(TSVECTOR, sa.Computed(EXERCISE_SEARCH, persisted=True), deferred=True)


class ProgramTemplate(TenantMixin, TimestampMixin, Base):
    """A reusable program; its content is the newest of its versions."""

    __tablename__ = "program_templates"
    __table_args__ = (
        sa.Index("ix_program_templates_org_name", "organization_id", "name", "id"),
        sa.Index("ix_program_templates_tags", "tags", postgresql_using="gin"),
        sa.CheckConstraint(f"visibility IN {VISIBILITIES}", name="visibility_valid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    description: Mapped[str | None] = mapped_column(sa.Text)
    category: Mapped[str | None] = mapped_column(sa.String(60))
    tags: Mapped[list[str]] = mapped_column(ARRAY(sa.String(40)), default=list, server_default="{}")
    # "private": only its owner (and the studio's managers) see it; "studio": every trainer of the studio.
    visibility: Mapped[str] = mapped_column(sa.String(16), default="private", server_default="private")
    owner_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    # A starter template written by us, given to every new studio.
    is_starter: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    current_version: Mapped[int] = mapped_column(default=1, server_default="1")
    archived_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


class ProgramTemplateVersion(Base):
    """One saved state of a template: every save makes a new one, none is ever changed."""

    __tablename__ = "program_template_versions"
    __table_args__ = (sa.UniqueConstraint("template_id", "number", name="uq_program_template_versions_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(sa.ForeignKey("program_templates.id", ondelete="CASCADE"))
    number: Mapped[int]
    content: Mapped[dict[str, Any]] = mapped_column(JSONB)
    # What changed, in sentences people read ("Week 2 · Day 1: Back Squat 3 x 5 → 4 x 5").
    summary: Mapped[list[str]] = mapped_column(ARRAY(sa.Text), default=list, server_default="{}")
    created_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    # Kept beside the id so that the history still names who made a change after they leave.
    created_by_name: Mapped[str | None] = mapped_column(sa.String(160))
    created_at: Mapped[datetime] = mapped_column(
        sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
    )


class ClientProgram(TenantMixin, TimestampMixin, Base):
    """A client's own copy of a program, laid out on dates from `start_date` on `training_weekdays`."""

    __tablename__ = "client_programs"
    __table_args__ = (
        sa.Index("ix_client_programs_client_status", "client_id", "status"),
        sa.CheckConstraint(f"status IN {PROGRAM_STATUSES}", name="status_valid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"))
    template_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("program_templates.id", ondelete="SET NULL"), index=True
    )
    # The template version this copy was made from or last brought up to date with.
    template_version: Mapped[int | None]
    name: Mapped[str] = mapped_column(sa.String(120))
    content: Mapped[dict[str, Any]] = mapped_column(JSONB)
    start_date: Mapped[date] = mapped_column(sa.Date)
    # ISO weekdays (1 = Monday … 7 = Sunday) the program's days fall on; the others are rest days.
    training_weekdays: Mapped[list[int]] = mapped_column(ARRAY(sa.SmallInteger))
    status: Mapped[str] = mapped_column(sa.String(16), default="active", server_default="active")
    assigned_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    ended_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


class ProgramWorkout(TenantMixin, Base):
    """One prescribed day of a client's program on its date, with the day's content as it was laid out."""

    __tablename__ = "program_workouts"
    __table_args__ = (
        sa.Index("ix_program_workouts_client_date", "client_id", "scheduled_date"),
        sa.Index("ix_program_workouts_program_date", "client_program_id", "scheduled_date"),
        sa.Index("ix_program_workouts_org_date", "organization_id", "scheduled_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_program_id: Mapped[int] = mapped_column(sa.ForeignKey("client_programs.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"))
    scheduled_date: Mapped[date] = mapped_column(sa.Date)
    week_number: Mapped[int]
    day_number: Mapped[int]
    # The `key` of the week and day in the program content this workout was laid out from.
    week_key: Mapped[str] = mapped_column(sa.String(36))
    day_key: Mapped[str] = mapped_column(sa.String(36))
    name: Mapped[str] = mapped_column(sa.String(120))
    content: Mapped[dict[str, Any]] = mapped_column(JSONB)
    # Set when a workout log against this workout is finished; what compliance counts.
    completed_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


class WorkoutLog(TenantMixin, TimestampMixin, Base):
    """A workout a client did (or a trainer logged for them), against a program day or free-form."""

    __tablename__ = "workout_logs"
    __table_args__ = (
        sa.Index("ix_workout_logs_client_started", "client_id", sa.text("started_at DESC"), "id"),
        # client_id included: a trainer's feed (their clients only) is read and counted from the index alone.
        sa.Index(
            "ix_workout_logs_org_finished",
            "organization_id",
            sa.text("finished_at DESC"),
            "id",
            postgresql_include=["client_id"],
            postgresql_where=sa.text("finished_at IS NOT NULL"),
        ),
        sa.Index("ix_workout_logs_program_workout", "program_workout_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"))
    program_workout_id: Mapped[int | None] = mapped_column(sa.ForeignKey("program_workouts.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(sa.String(120))
    started_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    duration_seconds: Mapped[int | None]
    # Sum of reps x load over the done sets, in kilograms; set when the workout is finished.
    total_volume_kg: Mapped[Decimal | None] = mapped_column(sa.Numeric(12, 2))
    # How the workout went, in the client's words (pain, illness): encrypted at rest (core.crypto).
    note: Mapped[str | None] = mapped_column(EncryptedText)
    # A note per exercise of the workout, keyed by the prescription's key (or "exercise:<id>"): how a
    # knee or a back felt, so encrypted at rest like `note`. No server default: the database cannot encrypt one.
    exercise_notes: Mapped[dict[str, str]] = mapped_column(EncryptedJSON, default=dict)
    logged_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    # When the device made the last change it sent: a replayed older edit never overwrites a newer one.
    client_updated_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))


class SetLog(TenantMixin, TimestampMixin, Base):
    """One logged set; its id is generated by the device that logged it."""

    __tablename__ = "set_logs"
    __table_args__ = (
        sa.Index("ix_set_logs_client_exercise_performed", "client_id", "exercise_id", "performed_at"),
        sa.Index("ix_set_logs_workout", "workout_log_id", "set_number"),
        sa.CheckConstraint(f"status IN {SET_STATUSES}", name="status_valid"),
        sa.CheckConstraint(f"load_unit IS NULL OR load_unit IN {LOAD_UNITS}", name="load_unit_valid"),
        sa.CheckConstraint("rpe IS NULL OR rpe BETWEEN 1 AND 10", name="rpe_valid"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    workout_log_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), sa.ForeignKey("workout_logs.id", ondelete="CASCADE")
    )
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"))
    exercise_id: Mapped[int] = mapped_column(sa.ForeignKey("exercises.id", ondelete="RESTRICT"), index=True)
    # The `key` of the prescribed exercise in the program day this set answers, if any.
    prescription_key: Mapped[str | None] = mapped_column(sa.String(36))
    set_number: Mapped[int]
    status: Mapped[str] = mapped_column(sa.String(16), default="done", server_default="done")
    reps: Mapped[int | None]
    load_value: Mapped[Decimal | None] = mapped_column(sa.Numeric(8, 2))
    load_unit: Mapped[str | None] = mapped_column(sa.String(2))
    load_kg: Mapped[Decimal | None] = mapped_column(sa.Numeric(9, 3))
    duration_seconds: Mapped[int | None]
    distance_m: Mapped[Decimal | None] = mapped_column(sa.Numeric(10, 2))
    rpe: Mapped[Decimal | None] = mapped_column(sa.Numeric(3, 1))
    performed_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    # Estimated one-rep max and reps x load, in kilograms, computed when the set is saved.
    e1rm_kg: Mapped[Decimal | None] = mapped_column(sa.Numeric(9, 3))
    volume_kg: Mapped[Decimal | None] = mapped_column(sa.Numeric(12, 3))
    logged_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    client_updated_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    # A set removed on a device stays as a tombstone, so that an older replay cannot bring it back.
    deleted_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


class PersonalRecord(TenantMixin, Base):
    """A record a set broke when it was saved; a client's current record is the newest of its kind."""

    __tablename__ = "personal_records"
    __table_args__ = (
        sa.Index("ix_personal_records_client_exercise", "client_id", "exercise_id", "kind", "achieved_at"),
        sa.Index("ix_personal_records_set", "set_log_id"),
        sa.CheckConstraint(f"kind IN {RECORD_KINDS}", name="kind_valid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"))
    exercise_id: Mapped[int] = mapped_column(sa.ForeignKey("exercises.id", ondelete="CASCADE"))
    set_log_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), sa.ForeignKey("set_logs.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(sa.String(24))
    # Kilograms for heaviest_load and best_e1rm; repetitions for most_reps_at_load (at `load_kg`).
    value: Mapped[Decimal] = mapped_column(sa.Numeric(9, 3))
    previous_value: Mapped[Decimal | None] = mapped_column(sa.Numeric(9, 3))
    load_kg: Mapped[Decimal | None] = mapped_column(sa.Numeric(9, 3))
    reps: Mapped[int | None]
    achieved_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))


class WorkoutComment(TenantMixin, TimestampMixin, Base):
    """A coach's (or the client's) comment on a workout log; the client reads them."""

    __tablename__ = "workout_comments"
    __table_args__ = (sa.Index("ix_workout_comments_workout", "workout_log_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workout_log_id: Mapped[uuid.UUID] = mapped_column(
        UUID(as_uuid=True), sa.ForeignKey("workout_logs.id", ondelete="CASCADE")
    )
    author_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(sa.String(160))
    body: Mapped[str] = mapped_column(sa.Text)
