"""What every report starts from: the studio's zone and currency, and the range of days it covers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from fitnesscrm.billing.models import BillingSettings
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.errors import ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization

GROUPS = ("day", "week", "month")
# The most buckets one answer holds: a chart of more is unreadable and a CSV of more is another export.
MAX_BUCKETS = {"day": 400, "week": 260, "month": 120}
DEFAULT_MONTHS = 12


@dataclass(frozen=True)
class Studio:
    organization_id: int
    zone: str
    currency: str
    today: date

    def start_of(self, day: date) -> datetime:
        """The instant `day` begins in the studio's zone, in UTC."""
        return datetime.combine(day, time(), tzinfo=ZoneInfo(self.zone)).astimezone(UTC)


@dataclass(frozen=True)
class DayRange:
    """The days `first` to `last`, both included, in the studio's zone; `start`/`end` bound them in UTC."""

    first: date
    last: date
    start: datetime
    end: datetime


def studio_of(actor: Principal) -> Studio:
    """The caller's studio: its zone, its billing currency (the default until settings are saved) and today."""
    row = db.session.execute(
        sa.select(Organization.timezone, BillingSettings.currency)
        .outerjoin(BillingSettings, BillingSettings.organization_id == Organization.id)
        .where(Organization.id == actor.organization_id)
    ).one()
    zone, currency = row.timezone or "UTC", row.currency or BillingSettings.currency.default.arg
    today = datetime.now(ZoneInfo(zone)).date()
    return Studio(organization_id=actor.organization_id, zone=zone, currency=currency, today=today)


def first_of_month(day: date, months_back: int = 0) -> date:
    month = day.year * 12 + day.month - 1 - months_back
    return date(month // 12, month % 12 + 1, 1)


def day_range(studio: Studio, first: date | None, last: date | None, *, group: str = "day") -> DayRange:
    """The range asked for, by default the last twelve months to today; 422 when backwards or too long."""
    last = last or studio.today
    first = first or first_of_month(last, DEFAULT_MONTHS - 1)
    if first > last:
        raise ValidationError("The range ends before it starts.", fields={"from": ["Must be on or before `to`."]})
    buckets = {
        "day": (last - first).days + 1,
        "week": (last - first).days // 7 + 2,
        "month": (last.year - first.year) * 12 + last.month - first.month + 1,
    }[group]
    if buckets > MAX_BUCKETS[group]:
        raise ValidationError(
            f"That range has too many {group}s to show at once (at most {MAX_BUCKETS[group]}): "
            "shorten it or group by a longer period.",
            fields={"to": [f"At most {MAX_BUCKETS[group]} {group}s from `from`."]},
        )
    return DayRange(first=first, last=last, start=studio.start_of(first), end=studio.start_of(last + timedelta(days=1)))
