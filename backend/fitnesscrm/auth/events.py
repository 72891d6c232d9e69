"""What happens to accounts that other domains react to (notifications email the person about it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from fitnesscrm.core.events import DomainEvent


@dataclass(frozen=True, kw_only=True)
class AccountEvent(DomainEvent):
    """Something that happened to one person's account."""

    user_id: int
    email: str
    first_name: str
    full_name: str
    # The zone the person reads times in: their own, else the studio's.
    timezone: str


@dataclass(frozen=True, kw_only=True)
class AccountCreated(AccountEvent):
    """Someone accepted an invitation and now has an account (and, for a client or trainer, its profile)."""

    role: str
    client_id: int | None = None
    trainer_id: int | None = None


@dataclass(frozen=True, kw_only=True)
class PasswordChanged(AccountEvent):
    """An account's password was changed, in Settings or through a reset link; every earlier session ended."""

    at: datetime
