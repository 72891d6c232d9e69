"""The studio's credit policy as the ledger reads it, and how sessions and instants read in sentences.

`settings_for` reads `BillingSettings` without creating the row (part A's `get_settings` does that
on the settings screen): the booking path must not write a settings row just to learn the defaults.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from fitnesscrm.billing.models import BillingSettings
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization

# Namespace of the advisory lock that serialises spending one client's credits (an int4 pair with the client's id).
CREDIT_LOCK_CLASS = 0xC4ED
KIND_NAMES = {
    "personal": "Personal training",
    "group": "Group session",
    "assessment": "Assessment",
    "consultation": "Consultation",
}


@dataclass(frozen=True)
class Policy:
    credit_policy: str = "warn"
    late_cancel_hours: int = 24
    late_cancel_penalty: str = "forfeit"
    late_cancel_fee: int = 0
    no_show_penalty: str = "forfeit"
    no_show_fee: int = 0
    currency: str = "USD"
    timezone: str = "UTC"


_SETTINGS = (
    sa.select(
        Organization.timezone,
        BillingSettings.credit_policy,
        BillingSettings.late_cancel_hours,
        BillingSettings.late_cancel_penalty,
        BillingSettings.late_cancel_fee,
        BillingSettings.no_show_penalty,
        BillingSettings.no_show_fee,
        BillingSettings.currency,
    )
    .outerjoin(BillingSettings, BillingSettings.organization_id == Organization.id)
    .where(Organization.id == sa.bindparam("organization_id"))
)


_SETTINGS_LOCKING = _SETTINGS.add_columns(
    sa.func.pg_advisory_xact_lock(CREDIT_LOCK_CLASS, sa.bindparam("client_id")).label("locked")
)


def settings_for(organization_id: int, *, lock_client_id: int | None = None) -> Policy:
    """The studio's credit policy and zone in one statement; the defaults when it never saved settings.

    With `lock_client_id` the same statement first takes that client's credit lock (see
    `service.lock_clients`): a booking of one client saves a round trip on its way to the ledger.
    """
    if lock_client_id is None:
        row = db.session.execute(_SETTINGS, {"organization_id": organization_id}).one()
    else:
        row = db.session.execute(
            _SETTINGS_LOCKING, {"organization_id": organization_id, "client_id": lock_client_id}
        ).one()
    if row.credit_policy is None:
        return Policy(timezone=row.timezone or "UTC")
    return Policy(
        credit_policy=row.credit_policy, late_cancel_hours=row.late_cancel_hours,
        late_cancel_penalty=row.late_cancel_penalty, late_cancel_fee=row.late_cancel_fee,
        no_show_penalty=row.no_show_penalty, no_show_fee=row.no_show_fee, currency=row.currency,
        timezone=row.timezone or "UTC",
    )  # fmt: skip


def kind_name(kind: str) -> str:
    """ "personal" -> "Personal training"."""
    return KIND_NAMES.get(kind) or kind.replace("_", " ").capitalize()


def session_name(kind: str, title: str | None) -> str:
    """A session as a sentence names it: its title, else its kind."""
    return title or kind_name(kind)


def local_time(moment: datetime, zone: str) -> str:
    """ "Tue 3 Dec, 09:00" in the studio's zone."""
    return f"{moment.astimezone(ZoneInfo(zone)):%a %-d %b, %H:%M}"


def local_day(moment: datetime, zone: str) -> str:
    """ "3 Dec 2026" in the studio's zone."""
    return f"{moment.astimezone(ZoneInfo(zone)):%-d %b %Y}"
