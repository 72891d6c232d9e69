"""How the library's codes read for people ("lower_back" is "Lower back"), for activity entries and reports."""

from __future__ import annotations

from fitnesscrm.training.models import CATEGORIES, EQUIPMENT, FORCES, LEVELS, MEASUREMENTS, MECHANICS, MUSCLES

# Codes whose plain humanised form would read wrongly; every other code reads as itself, capitalised.
_SPECIAL = {
    "olympic_weightlifting": "Olympic weightlifting",
    "ez_bar": "EZ bar",
    "smith_machine": "Smith machine",
    "pull_up_bar": "Pull-up bar",
    "trap_bar": "Trap bar",
    "foam_roll": "Foam roller",
    "bands": "Resistance bands",
    "reps": "Reps",
    "reps_load": "Reps \u00d7 load",  # the multiplication sign
    "time": "Time",
    "distance": "Distance",
    "time_distance": "Time and distance",
}


def label(code: str) -> str:
    """The words people read for one vocabulary code."""
    if code in _SPECIAL:
        return _SPECIAL[code]
    text = code.replace("_", " ")
    return text[:1].upper() + text[1:]


def labels(codes: list[str] | tuple[str, ...]) -> list[str]:
    return [label(code) for code in codes]


VOCABULARIES = {
    "category": CATEGORIES,
    "muscles": MUSCLES,
    "equipment": EQUIPMENT,
    "level": LEVELS,
    "mechanic": MECHANICS,
    "force": FORCES,
    "measurement": MEASUREMENTS,
}
