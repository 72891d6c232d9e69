"""Automation rules (a trigger, conditions over the client, ordered steps) and their per-client runs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.models import Base, TenantMixin, TimestampMixin

EVENT_TRIGGERS = (
    "client_created",
    "session_booked",
    "session_attended",
    "session_no_show",
    "session_cancelled",
    "payment_failed",
    "goal_achieved",
)
TIME_TRIGGERS = (
    "no_session_in_days",
    "birthday",
    "days_after_start",
    "membership_expiring_in_days",
    "check_in_overdue",
)
TRIGGERS = (*EVENT_TRIGGERS, *TIME_TRIGGERS)
# Time triggers that take a number of days.
TRIGGERS_WITH_DAYS = ("no_session_in_days", "days_after_start", "membership_expiring_in_days")
RUN_STATUSES = ("active", "completed", "stopped", "failed")


class Rule(TenantMixin, TimestampMixin, Base):
    """One automation: when `trigger` happens to a client matching `conditions`, do `steps` in order."""

    __tablename__ = "automation_rules"
    __table_args__ = (
        sa.CheckConstraint(f"trigger IN {TRIGGERS}", name="trigger_valid"),
        # The time triggers still to evaluate, soonest first (engine.evaluate_time_triggers).
        sa.Index(
            "ix_automation_rules_evaluation",
            "next_evaluation_at",
            postgresql_where=sa.text("enabled AND next_evaluation_at IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    description: Mapped[str | None] = mapped_column(sa.String(500))
    trigger: Mapped[str] = mapped_column(sa.String(40))
    # N of "no session in N days", "N days after start", "membership expiring in N days".
    trigger_days: Mapped[int | None]
    # [{"type": "has_tag", "tag": "vip"}, ...] (automation/conditions.py).
    conditions: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list, server_default="[]")
    # [{"type": "send_email", "subject": ..., "body": ...}, {"type": "wait", "amount": 3, "unit": "days"}, ...]
    steps: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list, server_default="[]")
    enabled: Mapped[bool] = mapped_column(default=True, server_default=sa.true())
    # The built-in template it was made from (automation/templates.py), if any.
    template: Mapped[str | None] = mapped_column(sa.String(40))
    # When a time trigger is next looked at; NULL for event triggers.
    next_evaluation_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)


class Run(TenantMixin, Base):
    """A rule's run for one client on one occasion; the UNIQUE key makes a rule fire at most once per occasion.

    `occasion` names what fired it: the event (`session_booked:<session id>`) or the time condition's
    period (`birthday:2026`, `no_session:<last session id>`).
    """

    __tablename__ = "automation_runs"
    __table_args__ = (
        sa.UniqueConstraint("rule_id", "client_id", "occasion", name="uq_automation_runs_rule_client_occasion"),
        sa.CheckConstraint(f"status IN {RUN_STATUSES}", name="status_valid"),
        sa.Index("ix_automation_runs_due", "next_due_at", postgresql_where=sa.text("status = 'active'")),
        sa.Index("ix_automation_runs_rule_created", "rule_id", "created_at", "id"),
    )

    id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    rule_id: Mapped[int] = mapped_column(sa.ForeignKey("automation_rules.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    occasion: Mapped[str] = mapped_column(sa.String(120))
    status: Mapped[str] = mapped_column(sa.String(12), default="active", server_default="active")
    # The index of the next step to run, and when.
    step_index: Mapped[int] = mapped_column(default=0, server_default="0")
    next_due_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # One entry per step run: {"step": i, "type": ..., "outcome": ..., "at": ...}.
    results: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list, server_default="[]")
    # The first message the run sent: conversions count sessions booked in the 7 days after it.
    messaged_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    finished_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
