"""What people read about a goal: its target and its progress as sentences, in the reader's units."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from fitnesscrm.progress.goals.progress import Progress
from fitnesscrm.progress.measurements.units import Units, from_si
from fitnesscrm.progress.models import Goal


@dataclass(frozen=True)
class Names:
    """What a goal is about, by name: its measurement type (and dimension), exercise or habit."""

    measurement_type: str | None = None
    dimension: str | None = None
    exercise: str | None = None
    habit: str | None = None


def number(value: Decimal | float | int | None) -> str:
    """75.00 → "75", 72.50 → "72.5", 1234.5 → "1,234.5"."""
    if value is None:
        return "—"
    text = f"{Decimal(value).quantize(Decimal('0.01')):,.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def day(value: date) -> str:
    """1 June 2027 → "1 Jun 2027"."""
    return f"{value.day} {value:%b %Y}"


def unit_of(goal: Goal, names: Names, units: Units) -> str:
    """The unit a goal's values are shown in to this reader."""
    if goal.kind == "measurement":
        return units.for_dimension(names.dimension or "number")
    if goal.kind == "lift":
        return units.weight_unit
    return "weeks" if goal.kind == "attendance" else "days"


def shown(goal: Goal, value: Decimal | None, names: Names, units: Units) -> Decimal | None:
    """A value in the goal's stored unit (SI, kg, weeks, days) as this reader reads it."""
    if value is None:
        return None
    if goal.kind == "measurement":
        return from_si(value, names.dimension or "number", units)
    if goal.kind == "lift":
        return from_si(value, "mass", units)
    return Decimal(value)


def _with_unit(amount: Decimal | None, unit: str) -> str:
    if not unit:
        return number(amount)
    return f"{number(amount)}{unit}" if unit == "%" else f"{number(amount)} {unit}"


def target_text(goal: Goal, names: Names, units: Units) -> str:
    """The target in words: "Weight 75 kg by 1 Jun 2027", "3 sessions a week for 8 weeks"."""
    unit = unit_of(goal, names, units)
    if goal.kind == "measurement":
        text = f"{names.measurement_type} {_with_unit(shown(goal, goal.target_value, names, units), unit)}"
    elif goal.kind == "lift":
        text = f"{names.exercise} {_with_unit(shown(goal, goal.target_value, names, units), unit)} e1RM"
    elif goal.kind == "attendance":
        sessions = "session" if goal.sessions_per_week == 1 else "sessions"
        weeks = "week" if goal.weeks == 1 else "weeks"
        text = f"{goal.sessions_per_week} {sessions} a week for {goal.weeks} {weeks}"
    else:
        text = f"{names.habit}: {number(goal.target_value)} days in a row"
    if goal.target_date:
        text += f" by {day(goal.target_date)}"
    return text


def milestone_label(goal: Goal, value: Decimal, names: Names, units: Units) -> str:
    """A milestone in words: "72.5 kg", "4 weeks met", "7 days in a row"."""
    if goal.kind == "attendance":
        return f"{number(value)} {'week' if value == 1 else 'weeks'} met"
    if goal.kind == "habit_streak":
        return f"{number(value)} {'day' if value == 1 else 'days'} in a row"
    suffix = " e1RM" if goal.kind == "lift" else ""
    return _with_unit(shown(goal, value, names, units), unit_of(goal, names, units)) + suffix


def progress_text(goal: Goal, progress: Progress, names: Names, units: Units) -> str:
    """Where the goal stands in one sentence: "4.2 of 7 kg lost — 60%", "Met 5 of 8 weeks"."""
    if goal.kind == "attendance":
        text = f"Met {number(progress.current)} of {goal.weeks} {'week' if goal.weeks == 1 else 'weeks'}"
        if progress.this_week is not None and not progress.reached:
            text += f" — {progress.this_week} of {goal.sessions_per_week} sessions this week"
        return text
    if goal.kind == "habit_streak":
        current = int(progress.current or 0)
        text = f"{current} of {number(goal.target_value)} days in a row — {progress.percent}%"
        if progress.reached and progress.best is not None and current < progress.best:
            text = f"Reached {progress.best} days in a row; now {current}"
        return text
    unit = unit_of(goal, names, units)
    if progress.current is None:
        if goal.kind == "measurement":
            return f"No {(names.measurement_type or 'value').lower()} recorded yet"
        return f"No {names.exercise} logged since the goal was set"
    current = shown(goal, progress.current, names, units)
    target = shown(goal, progress.target, names, units)
    if goal.kind == "lift":
        return f"{_with_unit(current, unit)} of {_with_unit(target, unit)} e1RM — {progress.percent}%"
    start = shown(goal, progress.start, names, units)
    if start is None or start == target:
        return f"{_with_unit(current, unit)} of {_with_unit(target, unit)} — {progress.percent}%"
    verb = "lost" if progress.decreasing else "gained"
    if names.dimension in ("percent", "heart_rate", "number"):
        verb = "down" if progress.decreasing else "up"
    done = max(Decimal(0), (start - current) if progress.decreasing else (current - start))
    total = abs(target - start)
    return f"{number(done)} of {_with_unit(total, unit)} {verb} — {progress.percent}%"
