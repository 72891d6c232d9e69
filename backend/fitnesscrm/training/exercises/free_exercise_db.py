"""The free-exercise-db format (github.com/yuhonas/free-exercise-db), read into our fields and vocabularies.

A file is a JSON array of objects with name, force, level, mechanic, equipment,
primaryMuscles, secondaryMuscles, instructions, category, images and usually id. Its words
become our codes ("lower back" → lower_back, "e-z curl bar" → ez_bar, "expert" → advanced);
images are not kept (they are paths into that repository). It says nothing of how a set is
measured, so `measurement` is inferred: cardio by time and distance (rope jumping by time),
stretches by time, plyometrics by reps, holds by time, carries and sled work by time and
distance, and the rest by reps, with a load unless done with the body, bands or a ball.
"""

from __future__ import annotations

import re
from typing import Any

from fitnesscrm.training.models import MUSCLES

FORCES = {"push": "push", "pull": "pull", "static": "static"}
LEVELS = {"beginner": "beginner", "intermediate": "intermediate", "expert": "advanced"}
MECHANICS = {"compound": "compound", "isolation": "isolation"}
CATEGORIES = {
    "strength": "strength",
    "stretching": "stretching",
    "plyometrics": "plyometric",
    "powerlifting": "powerlifting",
    "olympic weightlifting": "olympic_weightlifting",
    "strongman": "strongman",
    "cardio": "cardio",
}
EQUIPMENT = {
    "barbell": "barbell",
    "dumbbell": "dumbbell",
    "kettlebells": "kettlebell",
    "cable": "cable",
    "machine": "machine",
    "body only": "body_only",
    "bands": "bands",
    "medicine ball": "medicine_ball",
    "exercise ball": "exercise_ball",
    "foam roll": "foam_roll",
    "e-z curl bar": "ez_bar",
    "other": "other",
}
MUSCLE_WORDS = {muscle.replace("_", " "): muscle for muscle in MUSCLES}
_UNLOADED = {None, "body_only", "bands", "exercise_ball", "foam_roll"}
_CARRIES = re.compile(r"\b(walk|carry|yoke|drag|sled|push|prowler)", re.IGNORECASE)
_SLUG_SPLIT = re.compile(r"[^a-z0-9]+")
MAX_NAME, MAX_ID, MAX_STEPS, MAX_STEP = 120, 160, 30, 2000


class Refused(ValueError):
    """A record that cannot be read; its message is a sentence saying what is wrong."""


def slug(name: str) -> str:
    """The source id of a record that has none: its name in lower case, words joined by hyphens."""
    return _SLUG_SPLIT.sub("-", name.lower()).strip("-")[:MAX_ID]


def _word(record: dict, key: str, words: dict[str, str], *, required: bool = False) -> str | None:
    value = record.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or value.strip().lower() not in words:
        known = ", ".join(f'"{word}"' for word in words)
        raise Refused(f"its {key} {_shown(value)} is not one of {known}.")
    return words[value.strip().lower()]


def _muscles(record: dict, key: str, *, required: bool) -> list[str]:
    value = record.get(key, [] if not required else None)
    if not isinstance(value, list) or (required and not value):
        raise Refused(f"its {key} must be a list of at least one muscle." if required else f"its {key} must be a list.")
    muscles = []
    for item in value:
        if not isinstance(item, str) or item.strip().lower() not in MUSCLE_WORDS:
            raise Refused(f"its {key} names {_shown(item)}, which is not a muscle we know.")
        muscles.append(MUSCLE_WORDS[item.strip().lower()])
    return list(dict.fromkeys(muscles))


def _shown(value: Any) -> str:
    return "nothing" if value is None else repr(value)[:60]


def _measurement(name: str, category: str, force: str | None, equipment: str | None) -> str:
    if category == "cardio":
        return "time" if "jump" in name.lower() or "rope" in name.lower() else "time_distance"
    if category == "stretching" or equipment == "foam_roll":
        return "time"
    if category == "plyometric":
        return "reps"
    if category == "strongman" and _CARRIES.search(name):
        return "time_distance"
    if force == "static" and equipment in _UNLOADED:
        return "time"
    return "reps" if equipment in _UNLOADED else "reps_load"


def convert(record: Any) -> dict[str, Any]:
    """One free-exercise-db record as our fields plus `source_id`, or Refused saying what is wrong."""
    if not isinstance(record, dict):
        raise Refused(f"it is {type(record).__name__}, not an object.")
    name = record.get("name")
    if not isinstance(name, str) or not name.strip():
        raise Refused("it has no name.")
    name = " ".join(name.split())
    if len(name) > MAX_NAME:
        raise Refused(f"its name is longer than {MAX_NAME} characters.")
    source_id = record.get("id")
    if source_id is None:
        source_id = slug(name)
    elif not isinstance(source_id, str) or not source_id.strip() or len(source_id) > MAX_ID:
        raise Refused(f"its id must be text of 1 to {MAX_ID} characters.")
    category = _word(record, "category", CATEGORIES, required=True)
    equipment = _word(record, "equipment", EQUIPMENT)
    force = _word(record, "force", FORCES)
    primary = _muscles(record, "primaryMuscles", required=True)
    secondary = [muscle for muscle in _muscles(record, "secondaryMuscles", required=False) if muscle not in primary]
    steps = record.get("instructions", [])
    if not isinstance(steps, list) or not all(isinstance(step, str) for step in steps):
        raise Refused("its instructions must be a list of sentences.")
    steps = [step.strip() for step in steps if step.strip()]
    if len(steps) > MAX_STEPS or any(len(step) > MAX_STEP for step in steps):
        raise Refused(f"its instructions must be at most {MAX_STEPS} steps of {MAX_STEP} characters.")
    if any("\x00" in text for text in (name, source_id, *steps)):
        raise Refused("it contains NUL characters.")
    return {
        "source_id": source_id.strip(),
        "name": name,
        "category": category,
        "primary_muscles": primary,
        "secondary_muscles": secondary,
        "equipment": [equipment] if equipment else [],
        "level": _word(record, "level", LEVELS),
        "mechanic": _word(record, "mechanic", MECHANICS),
        "force": force,
        "measurement": _measurement(name, category, force, equipment),
        "instructions": steps,
    }
