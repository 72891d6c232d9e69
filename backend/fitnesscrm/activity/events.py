"""The activity log's subscription: every recorded change to a record becomes an entry."""

from __future__ import annotations

from fitnesscrm.activity import service
from fitnesscrm.core.events import RecordChanged, subscribe


@subscribe(RecordChanged)
def log_change(event: RecordChanged) -> None:
    """Add the change to the activity log in the transaction that made it."""
    service.add_entry(
        organization_id=event.organization_id,
        actor=event.actor,
        action=event.action,
        entity_type=event.entity_type,
        entity_id=event.entity_id,
        entity_label=event.label,
        entity_at=event.at,
        changes=event.changes,
    )
