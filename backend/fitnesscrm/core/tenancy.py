"""Who is calling, and the one place that limits a query to what they may see.

Every service function receives a Principal; every read of tenant data goes
through `scoped`, so a query that forgets the organization cannot be written by
accident.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import sqlalchemy as sa

from fitnesscrm.errors import Forbidden


class Role(enum.StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    TRAINER = "trainer"
    CLIENT = "client"


MANAGERS = frozenset({Role.OWNER, Role.ADMIN})
STAFF = frozenset({Role.OWNER, Role.ADMIN, Role.TRAINER})


@dataclass(frozen=True, slots=True)
class Principal:
    """The authenticated caller: their user, organization, role and linked profiles."""

    user_id: int
    organization_id: int
    role: Role
    email: str
    name: str
    trainer_id: int | None = None
    client_id: int | None = None
    # The studio's country (how phone numbers are read and shown) and the zone the caller reads times in.
    country: str | None = None
    timezone: str | None = None
    # The units the caller reads mass and length in (their own, else the studio's); None when not loaded.
    weight_unit: str | None = None
    length_unit: str | None = None
    # Set when an API key is calling: the key's id and what it may do (developers/keys/scopes); None for people.
    api_key_id: int | None = None
    scopes: frozenset[str] | None = None

    @property
    def is_manager(self) -> bool:
        return self.role in MANAGERS

    def require(self, *roles: Role) -> None:
        """Raise Forbidden unless the caller has one of `roles`."""
        if self.role not in roles:
            raise Forbidden("Your role may not do this.")


def scoped(model, principal: Principal) -> sa.Select:
    """`select(model)` limited to the caller's organization."""
    return sa.select(model).where(model.organization_id == principal.organization_id)
