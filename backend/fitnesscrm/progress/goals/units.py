"""The reader's units, and the conversions goals need to show targets and progress in them.

Goals keep SI values (kg, cm) like measurements do. Until the measurements part's
`progress.measurements.units` is on main, this is the one place goals convert.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization

KG_PER_LB = Decimal("0.45359237")
CM_PER_IN = Decimal("2.54")
# What each dimension's values read as when no conversion applies.
FIXED_UNITS = {"percent": "%", "heart_rate": "bpm", "number": ""}


@dataclass(frozen=True)
class Units:
    weight: str = "kg"
    length: str = "cm"

    def of(self, dimension: str) -> str:
        """The unit a value of `dimension` is shown in to this reader."""
        if dimension == "mass":
            return self.weight
        if dimension == "length":
            return self.length
        return FIXED_UNITS.get(dimension, "")


def units_for(*, user_id: int, organization_id: int) -> Units:
    """The reader's units: their own preference, else their studio's (one statement)."""
    row = db.session.execute(
        sa.select(
            sa.func.coalesce(User.weight_unit, Organization.weight_unit),
            sa.func.coalesce(User.length_unit, Organization.length_unit),
        )
        .select_from(Organization)
        .outerjoin(User, User.id == user_id)
        .where(Organization.id == organization_id)
    ).one()
    return Units(weight=row[0] or "kg", length=row[1] or "cm")


def to_si(value: Decimal, dimension: str, units: Units) -> Decimal:
    """A value the reader typed (in their unit) as SI."""
    if dimension == "mass" and units.weight == "lb":
        return (value * KG_PER_LB).quantize(Decimal("0.001"))
    if dimension == "length" and units.length == "in":
        return (value * CM_PER_IN).quantize(Decimal("0.001"))
    return value


def from_si(value: Decimal | None, dimension: str, units: Units) -> Decimal | None:
    """An SI value in the reader's unit, to two decimals."""
    if value is None:
        return None
    value = Decimal(value)
    if dimension == "mass" and units.weight == "lb":
        value = value / KG_PER_LB
    elif dimension == "length" and units.length == "in":
        value = value / CM_PER_IN
    return value.quantize(Decimal("0.01"))
