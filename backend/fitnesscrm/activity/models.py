from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from fitnesscrm.core.models import Base, TenantMixin

ACTIONS = ("create", "update", "delete", "archive", "restore", "assign", "unassign")


class ActivityEntry(TenantMixin, Base):
    __tablename__ = "activity_entries"
    __table_args__ = (
        sa.Index("ix_activity_org_created", "organization_id", "created_at", "id"),
        sa.Index("ix_activity_org_action_created", "organization_id", "action", "created_at"),
        sa.Index("ix_activity_org_entity_created", "organization_id", "entity_type", "created_at"),
        sa.Index("ix_activity_entity", "entity_type", "entity_id"),
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
    # {"field": {"before": ..., "after": ...}}
    changes: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict, server_default="{}")
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
