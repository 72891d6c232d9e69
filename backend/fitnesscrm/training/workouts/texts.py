"""How a logged set, its exercise's sets and a prescription read for people: "8 x 60 kg @ RPE 8"."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

TIMES = "\u00d7"
EN_DASH = "\u2013"


def number(value: Decimal | float | int | None) -> str:
    """2.50 → "2.5", 100.00 → "100"."""
    return f"{Decimal(str(value)).normalize():f}" if value is not None else ""


def clock(seconds: int) -> str:
    """45 → "45 s", 90 → "1:30", 3725 → "1:02:05"."""
    if seconds < 60:
        return f"{seconds} s"
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def distance(metres: Decimal | float | None) -> str:
    """400 → "400 m", 5000 → "5 km"."""
    value = Decimal(str(metres))
    return f"{number(value / 1000)} km" if value >= 1000 else f"{number(value)} m"


def set_text(row: dict[str, Any]) -> str:
    """One set as a coach writes it: "8 x 60 kg", "12 reps", "45 s", "5 km in 25:00", "Skipped"."""
    if row["status"] == "skipped":
        return "Skipped"
    parts: list[str] = []
    if row.get("reps") is not None and row.get("load_value") is not None:
        parts.append(f"{row['reps']} {TIMES} {number(row['load_value'])} {row['load_unit']}")
    elif row.get("reps") is not None:
        parts.append(f"{row['reps']} reps")
    elif row.get("load_value") is not None:
        parts.append(f"{number(row['load_value'])} {row['load_unit']}")
    if row.get("distance_m") is not None:
        parts.append(distance(row["distance_m"]))
    if row.get("duration_seconds") is not None:
        parts.append(("in " if row.get("distance_m") is not None else "") + clock(row["duration_seconds"]))
    text = " ".join(parts) or "Done"
    if row.get("rpe") is not None:
        text += f" @ RPE {number(row['rpe'])}"
    return text


def prescription_text(prescription: dict[str, Any]) -> str:
    """What to do, as a coach writes it: "3 x 8-10 @ 60 kg · rest 1:30" (with a multiplication sign and an en dash)."""
    sets = prescription.get("sets") or 1
    if prescription.get("reps_min") is not None:
        amount = f"{prescription['reps_min']}{EN_DASH}{prescription['reps_max']}"
    elif prescription.get("reps") is not None:
        amount = str(prescription["reps"])
    elif prescription.get("duration_seconds") is not None:
        amount = clock(prescription["duration_seconds"])
    elif prescription.get("distance_m") is not None:
        amount = distance(prescription["distance_m"])
    else:
        amount = ""
    text = f"{sets} {TIMES} {amount}" if amount else f"{sets} sets"
    load = prescription.get("load")
    if load:
        shown = {
            "kg": f"{number(load['value'])} kg",
            "lb": f"{number(load['value'])} lb",
            "percent_1rm": f"{number(load['value'])}% of 1RM",
            "rpe": f"RPE {number(load['value'])}",
            "rir": f"{number(load['value'])} in reserve",
        }[load["type"]]
        text += f" @ {shown}"
    if prescription.get("tempo"):
        text += f" · tempo {prescription['tempo']}"
    if prescription.get("rest_seconds"):
        text += f" · rest {clock(prescription['rest_seconds'])}"
    return text
