"""Tasks for staff: made by a person or by an automation's step, assigned to one staff member."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fitnesscrm.auth.models import User
from fitnesscrm.clients.models import Client
from fitnesscrm.core.models import Base, TenantMixin, TimestampMixin

SOURCES = ("person", "automation")


class Task(TenantMixin, TimestampMixin, Base):
    __tablename__ = "tasks"
    __table_args__ = (
        sa.CheckConstraint(f"source IN {SOURCES}", name="source_valid"),
        # Open tasks of one person by due date: "mine" and the dashboard's count.
        sa.Index(
            "ix_tasks_assignee_open_due",
            "assignee_id",
            "due_on",
            "id",
            postgresql_where=sa.text("completed_at IS NULL"),
        ),
        sa.Index("ix_tasks_org_due", "organization_id", "due_on", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(sa.String(200))
    notes: Mapped[str | None] = mapped_column(sa.Text)
    due_on: Mapped[date | None]
    assignee_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    client_id: Mapped[int | None] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    completed_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    completed_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    source: Mapped[str] = mapped_column(sa.String(12), default="person", server_default="person")
    rule_id: Mapped[int | None] = mapped_column(sa.ForeignKey("automation_rules.id", ondelete="SET NULL"), index=True)
    # "automation:<run id>:<step index>" for a task a rule made: the same step run twice makes one task.
    source_key: Mapped[str | None] = mapped_column(sa.String(80), unique=True)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))

    assignee: Mapped[User] = relationship(foreign_keys=[assignee_id], lazy="raise")
    client: Mapped[Client | None] = relationship(lazy="raise")
    completed_by: Mapped[User | None] = relationship(foreign_keys=[completed_by_id], lazy="raise")
