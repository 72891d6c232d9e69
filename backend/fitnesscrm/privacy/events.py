"""What happens to a person's data, as domain events: the activity log keeps both."""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class ClientDataExported(RecordChanged):
    """Somebody downloaded everything the studio holds about a client."""

    entity_type = "client"
    action = "export"


@dataclass(frozen=True, kw_only=True)
class ClientErased(RecordChanged):
    """A client was anonymised for good; the label is "Erased client #<n>", the changes empty."""

    entity_type = "client"
    action = "erase"
