"""What happens to organizations, as domain events."""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import DomainEvent


@dataclass(frozen=True, kw_only=True)
class OrganizationCreated(DomainEvent):
    """A studio was created at sign-up (actor None: nobody is signed in yet); others give it what it starts with."""
