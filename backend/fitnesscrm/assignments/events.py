"""Trainers starting and ending work with a client, as domain events about the client."""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class AssignmentEvent(RecordChanged):
    """`entity_id` is the client's: the activity log files assignments under the client."""

    entity_type = "client"
    trainer_id: int


@dataclass(frozen=True, kw_only=True)
class TrainerAssigned(AssignmentEvent):
    action = "assign"


@dataclass(frozen=True, kw_only=True)
class TrainerUnassigned(AssignmentEvent):
    action = "unassign"


@dataclass(frozen=True, kw_only=True)
class PrimaryTrainerChanged(AssignmentEvent):
    action = "update"
