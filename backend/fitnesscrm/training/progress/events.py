"""Progress reacts to saved sets: the records they broke are written in the same transaction."""

from __future__ import annotations

from fitnesscrm.core.events import subscribe
from fitnesscrm.training.events import SetsLogged
from fitnesscrm.training.progress import records


@subscribe(SetsLogged)
def detect_records(event: SetsLogged) -> None:
    """Derive the personal records of the saved sets (again, for sets saved before)."""
    records.derive(organization_id=event.organization_id, client_id=event.client_id, set_ids=event.set_ids)
