"""What happens to trainers, as domain events."""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class TrainerEvent(RecordChanged):
    entity_type = "trainer"


@dataclass(frozen=True, kw_only=True)
class TrainerCreated(TrainerEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class TrainerUpdated(TrainerEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class TrainerArchived(TrainerEvent):
    action = "archive"


@dataclass(frozen=True, kw_only=True)
class TrainerRestored(TrainerEvent):
    action = "restore"


@dataclass(frozen=True, kw_only=True)
class TrainerDeleted(TrainerEvent):
    action = "delete"
