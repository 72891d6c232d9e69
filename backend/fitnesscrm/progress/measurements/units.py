"""Converting measurements between SI (as stored) and each reader's units (as shown and typed).

Only mass and length have a choice: kilograms or pounds, centimetres or inches. Percent,
heart rate (beats per minute) and plain numbers read the same for everyone. A reader's units
are their own preference (`User.weight_unit`, `User.length_unit`), else their studio's.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.errors import ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization

WEIGHT_UNITS = ("kg", "lb")
LENGTH_UNITS = ("cm", "in")
# How many SI units (kg, cm) one of each unit is; exact by definition.
TO_SI = {"kg": Decimal(1), "lb": Decimal("0.45359237"), "cm": Decimal(1), "in": Decimal("2.54"), "%": Decimal(1),
         "bpm": Decimal(1), "": Decimal(1)}  # fmt: skip
SI_UNIT = {"mass": "kg", "length": "cm", "percent": "%", "heart_rate": "bpm", "number": ""}
UNITS_OF = {"mass": WEIGHT_UNITS, "length": LENGTH_UNITS, "percent": ("%",), "heart_rate": ("bpm",), "number": ("",)}
# Decimals a value is shown with: a tenth of a kilogram or an inch is what a scale or a tape reads.
SHOWN_PLACES = {"mass": 1, "length": 1, "percent": 1, "heart_rate": 0, "number": 2}
SI_PLACES = Decimal("0.001")


@dataclass(frozen=True, slots=True)
class Units:
    """The units one reader sees mass and length in."""

    weight_unit: str = "kg"
    length_unit: str = "cm"

    def for_dimension(self, dimension: str) -> str:
        """The unit this reader reads `dimension` in: "kg", "in", "%", "bpm" or "" (a plain number)."""
        if dimension == "mass":
            return self.weight_unit
        if dimension == "length":
            return self.length_unit
        return SI_UNIT[dimension]


def to_si(value: Decimal, unit: str) -> Decimal:
    """`value` given in `unit` as the SI value stored (kg, cm, %, bpm), to the gram or the hundredth of a millimetre."""
    return (Decimal(value) * TO_SI[unit]).quantize(SI_PLACES, rounding=ROUND_HALF_UP)


def from_si(value_si: Decimal | None, dimension: str, units: Units = Units()) -> Decimal | None:
    """A stored SI value of `dimension` in the reader's unit, rounded as it is shown (None stays None)."""
    if value_si is None:
        return None
    places = Decimal(1).scaleb(-SHOWN_PLACES[dimension])
    return (Decimal(value_si) / TO_SI[units.for_dimension(dimension)]).quantize(places, rounding=ROUND_HALF_UP)


def shown(value_si: Decimal, dimension: str, units: Units) -> str:
    """ "82.4 kg", "31.5 in", "18.2 %", "58 bpm": a stored value as a person reads it."""
    value = from_si(value_si, dimension, units)
    unit = units.for_dimension(dimension)
    number = f"{value:,}"
    return f"{number}{'' if unit in ('%', '') else ' '}{unit}"


def unit_for(dimension: str, unit: str | None, units: Units) -> str:
    """The unit a value was typed in: the one given if `dimension` has it, else the typist's own."""
    if unit is None:
        return units.for_dimension(dimension)
    if unit not in UNITS_OF[dimension]:
        allowed = " or ".join(f'"{choice}"' for choice in UNITS_OF[dimension])
        raise ValidationError(f'A {dimension.replace("_", " ")} is given in {allowed}, not "{unit}".')
    return unit


def units_for(user: Principal | User | int) -> Units:
    """The reader's units: their own preference, else their studio's (a Principal, a User or a user id).

    A signed-in caller's come with their session (one statement per request reads both); others are read.
    """
    if isinstance(user, Principal) and user.weight_unit and user.length_unit:
        return Units(user.weight_unit, user.length_unit)
    user_id = user if isinstance(user, int) else getattr(user, "user_id", None) or user.id
    row = db.session.execute(
        sa.select(
            sa.func.coalesce(User.weight_unit, Organization.weight_unit),
            sa.func.coalesce(User.length_unit, Organization.length_unit),
        )
        .join(Organization, Organization.id == User.organization_id)
        .where(User.id == user_id)
    ).one()
    return Units(*row)
