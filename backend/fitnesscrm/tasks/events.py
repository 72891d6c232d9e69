"""What happens to tasks, as domain events the activity log keeps."""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class TaskEvent(RecordChanged):
    entity_type = "task"


@dataclass(frozen=True, kw_only=True)
class TaskCreated(TaskEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class TaskChanged(TaskEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class TaskCompleted(TaskEvent):
    action = "complete"


@dataclass(frozen=True, kw_only=True)
class TaskReopened(TaskEvent):
    action = "reopen"
