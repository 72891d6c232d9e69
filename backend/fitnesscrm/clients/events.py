"""What happens to clients, as domain events."""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class ClientEvent(RecordChanged):
    entity_type = "client"


@dataclass(frozen=True, kw_only=True)
class ClientCreated(ClientEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class ClientUpdated(ClientEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class ClientArchived(ClientEvent):
    action = "archive"


@dataclass(frozen=True, kw_only=True)
class ClientRestored(ClientEvent):
    action = "restore"


@dataclass(frozen=True, kw_only=True)
class ClientDeleted(ClientEvent):
    action = "delete"
