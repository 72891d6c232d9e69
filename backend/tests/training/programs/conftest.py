"""Built-in exercises for the programs' tests, and a template document helper."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.training.models import Exercise
from fitnesscrm.training.programs import starters

NAMES = {"back-squat": "Back Squat", "bench-press": "Bench Press", "barbell-row": "Barbell Row", "plank": "Plank"}


def builtin(slug: str) -> Exercise:
    """The seeded built-in exercise with this slug (the test session seeds the library, as `make migrate` does)."""
    return db.session.execute(
        sa.select(Exercise).where(Exercise.source == "builtin", Exercise.source_id == slug)
    ).scalar_one()


@pytest.fixture
def library():
    """A few built-in exercises, by slug."""
    return SimpleNamespace(**{slug.replace("-", "_"): builtin(slug) for slug in NAMES})


@pytest.fixture
def full_library():
    """Every built-in exercise the starter templates name."""
    slugs = set().union(*(starters._slugs(starter) for starter in starters.starters()))
    return {slug: builtin(slug) for slug in sorted(slugs)}


def document(*exercise_ids: int, weeks: int = 1, days: int = 2) -> dict:
    """A program document as the builder sends it (no keys: the API fills them in)."""
    return {
        "weeks": [
            {
                "days": [
                    {
                        "name": f"Day {day + 1}",
                        "blocks": [
                            {"exercises": [{"exercise_id": id_, "prescription": {"sets": 3, "reps": 5}}]}
                            for id_ in exercise_ids
                        ],
                    }
                    for day in range(days)
                ]
            }
            for _ in range(weeks)
        ]
    }
