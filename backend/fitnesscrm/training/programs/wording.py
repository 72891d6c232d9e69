"""A prescription, a week and a day as people read them: "3 × 8–12 at 60 kg, rest 90 s", "Week 2 · Day 1 (Upper A)".

The SPA writes prescriptions the same way (`features/training/components/programs/wording.ts`).
"""

from __future__ import annotations

from typing import Any


def number(value: Any) -> str:
    """60 → "60", 62.5 → "62.5"."""
    if value is None:
        return ""
    as_float = float(value)
    return str(int(as_float)) if as_float == int(as_float) else f"{as_float:g}"


def seconds(value: int) -> str:
    """90 → "90 s", 120 → "2 min", 150 → "2 min 30 s"."""
    if value < 120:
        return f"{value} s"
    minutes, rest = divmod(value, 60)
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def distance(metres: Any) -> str:
    value = float(metres)
    return f"{number(value / 1000)} km" if value >= 1000 else f"{number(value)} m"


def volume(prescription: dict[str, Any]) -> str:
    """How much: "3 × 8–12", "3 × 5", "4 × 30 s", "1 × 5 km"."""
    sets = prescription.get("sets") or 1
    if prescription.get("reps_min") is not None:
        each = f"{prescription['reps_min']}–{prescription['reps_max']}"
    elif prescription.get("reps") is not None:
        each = str(prescription["reps"])
    elif prescription.get("duration_seconds") is not None:
        each = seconds(prescription["duration_seconds"])
    elif prescription.get("distance_m") is not None:
        each = distance(prescription["distance_m"])
    else:
        return f"{sets} set" if sets == 1 else f"{sets} sets"
    return f"{sets} × {each}"


def load(value: dict[str, Any] | None) -> str:
    """How heavy: "at 60 kg", "at 75% of 1RM", "at RPE 8", "at 2 RIR"."""
    if not value:
        return ""
    amount = number(value.get("value"))
    kind = value.get("type")
    if kind in ("kg", "lb"):
        return f"at {amount} {kind}"
    if kind == "percent_1rm":
        return f"at {amount}% of 1RM"
    if kind == "rpe":
        return f"at RPE {amount}"
    return f"at {amount} RIR"


def progression(rule: dict[str, Any] | None) -> str:
    if not rule:
        return ""
    if rule.get("kind") == "add_load":
        return f"add {number(rule['increment'])} {rule.get('unit') or 'kg'} when every set reaches the top of the range"
    reps = number(rule["increment"])
    return f"add {reps} rep{'' if reps == '1' else 's'} per set when every set is completed"


def parts(prescription: dict[str, Any]) -> dict[str, str]:
    """Each aspect of a prescription as text, empty when not given; in reading order."""
    return {
        "volume": volume(prescription),
        "load": load(prescription.get("load")),
        "tempo": f"tempo {prescription['tempo']}" if prescription.get("tempo") else "",
        "rest": f"rest {seconds(prescription['rest_seconds'])}" if prescription.get("rest_seconds") is not None else "",
        "progression": progression(prescription.get("progression")),
        "notes": f"note “{prescription['notes']}”" if prescription.get("notes") else "",
    }


def prescription_text(prescription: dict[str, Any]) -> str:
    """ "3 × 8–12 at 60 kg, rest 90 s"."""
    text = parts(prescription)
    head = " ".join(part for part in (text["volume"], text["load"]) if part)
    return ", ".join(part for part in (head, text["tempo"], text["rest"]) if part)


def week_label(index: int, week: dict[str, Any]) -> str:
    """ "Week 2" or "Week 5 (Deload)"; `index` counts from 0."""
    name = week.get("name")
    return f"Week {index + 1}" + (f" ({name})" if name else "")


def day_label(week_index: int, day_index: int, day: dict[str, Any]) -> str:
    """ "Week 2 · Day 1 (Upper A)"."""
    name = day.get("name")
    return f"Week {week_index + 1} · Day {day_index + 1}" + (f" ({name})" if name else "")


def humanize(code: str) -> str:
    """ "percent_1rm" → "Percent 1rm"; "accumulation" → "Accumulation"."""
    text = code.replace("_", " ")
    return text[:1].upper() + text[1:]
