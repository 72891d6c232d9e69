"""Writing and reading the activity log."""

from __future__ import annotations

from typing import Any

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.extensions import db


def record(
    *,
    actor: Principal,
    action: str,
    entity_type: str,
    entity_id: int,
    entity_label: str,
    changes: dict[str, Any] | None = None,
) -> ActivityEntry:
    """Add an entry to the caller's transaction; it commits or rolls back with the change it describes."""
    entry = ActivityEntry(
        organization_id=actor.organization_id,
        actor_id=actor.user_id,
        actor_name=actor.name,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        entity_label=entity_label[:200],
        changes=changes or {},
    )
    db.session.add(entry)
    return entry
