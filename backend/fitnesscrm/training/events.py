"""Training events more than one part of the domain (and other domains) react to."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from fitnesscrm.core.events import DomainEvent


@dataclass(frozen=True, kw_only=True)
class SetsLogged(DomainEvent):
    """Sets of one client were saved (created or changed), online or replayed from a device's queue.

    Personal records are detected from these, in the same transaction as the sets.
    """

    client_id: int
    set_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True, kw_only=True)
class WorkoutFinished(DomainEvent):
    """A client's workout log was marked finished, with its duration and total volume computed."""

    client_id: int
    workout_log_id: uuid.UUID
    program_workout_id: int | None
