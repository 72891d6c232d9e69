"""Domain events: a service says what happened; subscribers react inside the same transaction.

A service makes its change, records a typed event (`ClientCreated`, `SessionBooked`, ...)
and commits once. Every subscriber registered for the event's class, or for one of its
bases, runs when the event is recorded, in the same database session: what it writes (an
activity entry, a queued message) commits or rolls back with the change it describes.

Each domain declares its events in its own `events.py` and subscribes to other domains'
events there too, so no domain imports another just to tell it that something happened.
Subscribers that talk to the outside world or do slow work defer a job instead of doing it
in the request.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, TypeVar

from fitnesscrm.core.tenancy import Principal

log = logging.getLogger(__name__)

E = TypeVar("E", bound="DomainEvent")
Handler = Callable[[Any], None]

_subscribers: defaultdict[type, list[Handler]] = defaultdict(list)


@dataclass(frozen=True, kw_only=True)
class DomainEvent:
    """Something that happened in one organization, by a person or (actor None) by the system itself."""

    organization_id: int
    actor: Principal | None


@dataclass(frozen=True, kw_only=True)
class RecordChanged(DomainEvent):
    """A change to one record that people may want to read about later: the activity log keeps these.

    Subclasses name the kind of change (`action`) and of record (`entity_type`); `changes`
    holds `{"field": {"before": ..., "after": ...}}` with values people can read (names, not ids;
    instants in UTC, see `core.changes`). `at` is the moment a record that is one (a session)
    takes place, so that its label need not carry a time in somebody's zone.
    """

    action: ClassVar[str]
    entity_type: ClassVar[str]

    entity_id: int
    label: str
    changes: dict[str, Any] = field(default_factory=dict)
    at: datetime | None = None


def subscribe(*event_types: type[DomainEvent]) -> Callable[[Handler], Handler]:
    """Run the decorated function for every recorded event of these classes (or their subclasses)."""

    def decorator(handler: Handler) -> Handler:
        for event_type in event_types:
            if handler not in _subscribers[event_type]:
                _subscribers[event_type].append(handler)
        return handler

    return decorator


def record(event: E) -> E:
    """Hand `event` to its subscribers now, inside the caller's transaction, and return it."""
    for event_type in type(event).__mro__:
        for handler in _subscribers.get(event_type, ()):
            handler(event)
    return event


def record_by(actor: Principal, event_type: type[E], **fields: Any) -> E:
    """Record an event of `event_type` that `actor` caused in their organization."""
    return record(event_type(organization_id=actor.organization_id, actor=actor, **fields))
