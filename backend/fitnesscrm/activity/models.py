from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.models import Base, TenantMixin
from fitnesscrm.core.search import text_search_expression

ACTIONS = (
    "create", "update", "delete", "archive", "restore", "assign", "unassign", "finish_workout", "comment",
    # progress: goals and photos
    "set_goal", "change_goal", "abandon_goal", "achieve_goal", "reach_milestone", "add_photo", "remove_photo",
    # progress: habits and check-ins
    "assign_habit", "change_habit", "archive_habit", "assign_check_in", "end_check_in", "submit_check_in",
    "reply_check_in", "review_check_in",
    # developers, automations, campaigns, tasks
    "revoke", "send", "complete", "reopen", "disable", "enable",
    # privacy: a client's data exported, a client erased
    "export", "erase",
)  # fmt: skip


class ActivityEntry(TenantMixin, Base):
    __tablename__ = "activity_entries"
    __table_args__ = (
        sa.Index("ix_activity_org_created", "organization_id", "created_at", "id"),
        sa.Index("ix_activity_org_action_created", "organization_id", "action", "created_at"),
        sa.Index("ix_activity_org_entity_created", "organization_id", "entity_type", "created_at"),
        sa.Index("ix_activity_entity", "entity_type", "entity_id"),
        sa.Index("ix_activity_org_actor_name", "organization_id", "actor_name", "id"),
        sa.Index("ix_activity_org_entity_label", "organization_id", "entity_label", "id"),
        sa.Index("ix_activity_search", "search", postgresql_using="gin"),
        sa.CheckConstraint(f"action IN {ACTIONS}", name="action_valid"),
    )

    id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)
    # Kept as text so the entry still reads well after the actor or the entity is deleted.
    actor_name: Mapped[str] = mapped_column(sa.String(160))
    action: Mapped[str] = mapped_column(sa.String(16))
    entity_type: Mapped[str] = mapped_column(sa.String(32))
    entity_id: Mapped[int] = mapped_column(sa.BigInteger)
    entity_label: Mapped[str] = mapped_column(sa.String(200))
    # When the record takes place, for records that are a moment (a session's start).
    entity_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # {"field": {"before": ..., "after": ...}}
    changes: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict, server_default="{}")
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    # `q` finds entries by who made them and what they are about.
    search: Mapped[str] = mapped_column(
        TSVECTOR, sa.Computed(text_search_expression("actor_name", "entity_label"), persisted=True), deferred=True
    )
