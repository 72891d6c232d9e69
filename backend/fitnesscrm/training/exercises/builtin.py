"""Our built-in exercises: `builtin_exercises.json` beside this module, loaded by `flask exercises seed`.

Each record's `slug` is its source id (source "builtin"); programs, starter templates and the
demo data name built-in exercises by these slugs (`service.builtin_ids_by_slug`), so a slug
is never renamed. Names, muscles and equipment are facts; the cues are ours.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fitnesscrm.training.exercises.library_sync import Report, write
from fitnesscrm.training.exercises.schemas import ExerciseCreateSchema

DATA_FILE = Path(__file__).with_name("builtin_exercises.json")


def records() -> list[dict[str, Any]]:
    """The built-in exercises as the API would read them (validated by the create schema), each with its slug."""
    loaded = []
    schema = ExerciseCreateSchema()
    for raw in json.loads(DATA_FILE.read_text(encoding="utf-8")):
        fields = {key: value for key, value in raw.items() if key != "slug"}
        loaded.append({"source_id": raw["slug"], **schema.load(fields)})
    return loaded


def seed() -> Report:
    """Create or update every built-in exercise; running it again changes nothing."""
    return write(records(), organization_id=None, source="builtin", report=Report())
