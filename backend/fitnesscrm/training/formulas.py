"""The arithmetic of training, without a database: estimated one-rep max, records, progression.

Estimated 1RM: Brzycki (`load x 36 / (37 - reps)`) under 10 reps, where it tracks tested
maxima more closely, Epley (`load x (1 + reps / 30)`) from 10 reps on; one rep is the load
itself. Past 30 reps neither says anything useful about a single, so there is no estimate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from fitnesscrm.training.models import KG_PER_LB

MAX_REPS_FOR_ESTIMATE = 30
_GRAMS = Decimal("0.001")


def to_kg(value: Decimal | None, unit: str | None) -> Decimal | None:
    """A load as typed, in kilograms (to the gram)."""
    if value is None:
        return None
    kilograms = value * KG_PER_LB if unit == "lb" else value
    return kilograms.quantize(_GRAMS, rounding=ROUND_HALF_UP)


def from_kg(kilograms: Decimal, unit: str) -> Decimal:
    """Kilograms in `unit`, to two decimals."""
    value = kilograms / KG_PER_LB if unit == "lb" else kilograms
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def estimated_one_rep_max(load_kg: Decimal | None, reps: int | None) -> Decimal | None:
    """Estimated 1RM in kilograms for `reps` at `load_kg`, or None where no estimate makes sense."""
    if load_kg is None or reps is None or load_kg <= 0 or not 1 <= reps <= MAX_REPS_FOR_ESTIMATE:
        return None
    if reps == 1:
        estimate = load_kg
    elif reps < 10:
        estimate = load_kg * 36 / (37 - reps)
    else:
        estimate = load_kg * (1 + Decimal(reps) / 30)
    return estimate.quantize(_GRAMS, rounding=ROUND_HALF_UP)


def volume(load_kg: Decimal | None, reps: int | None) -> Decimal | None:
    """Reps x load in kilograms, or None for a set without both."""
    if load_kg is None or reps is None:
        return None
    return (load_kg * reps).quantize(_GRAMS, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Bests:
    """A client's standing records for one exercise before a set: None where there is none yet."""

    heaviest_load_kg: Decimal | None = None
    best_e1rm_kg: Decimal | None = None
    # Most reps done at the set's own load (or heavier).
    most_reps_at_load: int | None = None


@dataclass(frozen=True)
class RecordBroken:
    kind: str
    value: Decimal
    previous: Decimal | None


def records_broken(*, load_kg: Decimal | None, reps: int | None, bests: Bests) -> list[RecordBroken]:
    """The records a done set at `load_kg` x `reps` breaks against `bests`; ties break nothing."""
    broken: list[RecordBroken] = []
    if load_kg is not None and load_kg > 0 and reps:
        if bests.heaviest_load_kg is None or load_kg > bests.heaviest_load_kg:
            broken.append(RecordBroken("heaviest_load", load_kg, bests.heaviest_load_kg))
        e1rm = estimated_one_rep_max(load_kg, reps)
        if e1rm is not None and (bests.best_e1rm_kg is None or e1rm > bests.best_e1rm_kg):
            broken.append(RecordBroken("best_e1rm", e1rm, bests.best_e1rm_kg))
        if bests.most_reps_at_load is None or reps > bests.most_reps_at_load:
            previous = None if bests.most_reps_at_load is None else Decimal(bests.most_reps_at_load)
            broken.append(RecordBroken("most_reps_at_load", Decimal(reps), previous))
    return broken


@dataclass(frozen=True)
class LastSet:
    """A set of the last session of the same prescription, as the progression rule reads it."""

    status: str
    reps: int | None
    load_kg: Decimal | None


@dataclass(frozen=True)
class Proposal:
    """What the rule proposes for the next session: a load (kg, and in the prescription's unit) and reps."""

    load_kg: Decimal | None
    load_value: Decimal | None
    load_unit: str | None
    reps: int | None
    reason: str


def _target_reps(prescription: dict[str, Any]) -> int | None:
    return prescription.get("reps_max") or prescription.get("reps")


def _round_to_increment(value: Decimal, increment: Decimal) -> Decimal:
    """`value` to the nearest multiple of `increment` (plates come in steps)."""
    return ((value / increment).quantize(Decimal(1), rounding=ROUND_HALF_UP) * increment).quantize(Decimal("0.01"))


def propose(prescription: dict[str, Any], last_sets: Sequence[LastSet]) -> Proposal | None:
    """The next session's load or reps under the prescription's progression rule, from the last session's sets.

    None without a rule or without a last session to read. Every prescribed set must have been
    done and have reached the target (the top of the rep range, or the reps) to progress;
    otherwise the proposal is to repeat the last load until it is.
    """
    rule = prescription.get("progression")
    done = [entry for entry in last_sets if entry.status == "done"]
    if not rule or not done:
        return None
    increment = Decimal(str(rule["increment"]))
    target = _target_reps(prescription)
    enough_sets = len(done) >= int(prescription.get("sets") or 1)
    all_reached = enough_sets and target is not None and all((entry.reps or 0) >= target for entry in done)
    loads = [entry.load_kg for entry in done if entry.load_kg is not None]
    last_load = max(loads) if loads else None
    last_reps = min(entry.reps or 0 for entry in done) or None

    if rule["kind"] == "add_load":
        unit = rule.get("unit") or "kg"
        # Without a rep target (a timed hold) there is nothing to judge "reached" by.
        if last_load is None or target is None:
            return None
        shown = from_kg(last_load, unit)
        if all_reached:
            shown = _round_to_increment(shown + increment, increment)
            reason = f"Every set reached {target} reps last time: add {_plain(increment)} {unit}."
        else:
            reason = f"Not every set reached {target} reps last time: repeat {_plain(shown)} {unit}."
        bottom = prescription.get("reps_min") or prescription.get("reps")
        return Proposal(to_kg(shown, unit), shown, unit, bottom, reason)

    top = prescription.get("reps_max")
    if last_reps is None:
        return None
    if enough_sets:
        reps = last_reps + int(increment)
        if top is not None:
            reps = min(reps, top)
        reason = f"Every set was completed last time: aim for {reps} reps."
    else:
        reps = last_reps
        reason = f"Repeat {reps} reps until every set is completed."
    if last_load is None:
        return Proposal(None, None, None, reps, reason)
    return Proposal(last_load, from_kg(last_load, "kg"), "kg", reps, reason)


def _plain(value: Decimal) -> str:
    """2.50 → "2.5", 100.00 → "100"."""
    return f"{value.normalize():f}"
