"""How document categories read for people."""

from __future__ import annotations

CATEGORY_LABELS = {
    "workout_plan": "Workout plan",
    "meal_plan": "Meal plan",
    "form": "Form",
    "waiver": "Waiver",
    "other": "Other",
}


def category_label(code: str | None) -> str | None:
    return None if code is None else CATEGORY_LABELS.get(code, code)
