"""What happens to a person's second factor, kept in the activity log (never the secret or a code)."""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class TwoFactorEvent(RecordChanged):
    """A change to one account's sign-in security; the entity is the account, labelled with the person's name."""

    entity_type = "two_factor"


@dataclass(frozen=True, kw_only=True)
class TwoFactorEnabled(TwoFactorEvent):
    action = "enable"


@dataclass(frozen=True, kw_only=True)
class TwoFactorDisabled(TwoFactorEvent):
    action = "disable"


@dataclass(frozen=True, kw_only=True)
class RecoveryCodeUsed(TwoFactorEvent):
    """A recovery code stood in for the authenticator at sign-in (changes: how many are left)."""

    action = "update"


@dataclass(frozen=True, kw_only=True)
class RecoveryCodesRegenerated(TwoFactorEvent):
    """Ten new recovery codes replaced the earlier ones (changes: how many are left)."""

    action = "update"


@dataclass(frozen=True, kw_only=True)
class TwoFactorRequirementChanged(RecordChanged):
    """An owner required (or stopped requiring) two-factor sign-in of every staff account."""

    entity_type = "organization"
    action = "update"
