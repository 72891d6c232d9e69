"""Are values converted to SI and back exactly as people read them, and does a reader get their own units?"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fitnesscrm.errors import ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.progress.measurements.units import Units, from_si, shown, to_si, unit_for, units_for

D = Decimal


@pytest.mark.parametrize(
    ("value", "unit", "si"),
    [(D("82.4"), "kg", D("82.400")), (D("181.5"), "lb", D("82.327")), (D("32"), "in", D("81.280")),
     (D("18.2"), "%", D("18.200")), (D("58"), "bpm", D("58.000")), (D("12.345"), "", D("12.345"))],
)  # fmt: skip
def test_to_si_converts_each_unit(value, unit, si):
    assert to_si(value, unit) == si


def test_from_si_rounds_as_shown_and_round_trips_pounds_and_inches():
    assert from_si(to_si(D("181.5"), "lb"), "mass", Units(weight_unit="lb")) == D("181.5")
    assert from_si(to_si(D("31.5"), "in"), "length", Units(length_unit="in")) == D("31.5")
    assert from_si(D("82.35"), "mass") == D("82.4")
    assert from_si(D("57.6"), "heart_rate", Units(weight_unit="lb")) == D("58")
    assert from_si(D("18.25"), "percent", Units("lb", "in")) == D("18.3")


def test_shown_reads_as_a_person_writes_it():
    assert shown(D("82.4"), "mass", Units("kg", "cm")) == "82.4 kg"
    assert shown(D("82.4"), "mass", Units("lb", "cm")) == "181.7 lb"
    assert shown(D("80"), "length", Units("kg", "in")) == "31.5 in"
    assert shown(D("18.2"), "percent", Units()) == "18.2%"
    assert shown(D("58"), "heart_rate", Units()) == "58 bpm"


def test_unit_for_refuses_a_unit_of_another_dimension():
    assert unit_for("mass", None, Units("lb", "in")) == "lb"
    assert unit_for("mass", "kg", Units("lb", "in")) == "kg"
    with pytest.raises(ValidationError, match="mass is given in"):
        unit_for("mass", "cm", Units())


def test_units_for_follows_the_studio_unless_the_user_chose(studio):
    studio.org.weight_unit, studio.org.length_unit = "lb", "in"
    db.session.commit()
    assert units_for(studio.owner) == Units("lb", "in")
    studio.owner.weight_unit = "kg"
    db.session.commit()
    assert units_for(studio.owner.id) == Units("kg", "in")
