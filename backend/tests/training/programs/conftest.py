"""Built-in exercises for the programs' tests, and a template document helper."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from fitnesscrm.training.programs import starters
from tests.training.factories import ExerciseFactory

NAMES = {"back-squat": "Back Squat", "bench-press": "Bench Press", "barbell-row": "Barbell Row", "plank": "Plank"}


@pytest.fixture
def library():
    """A few built-in exercises, by slug."""
    return SimpleNamespace(
        **{
            slug.replace("-", "_"): ExerciseFactory(organization_id=None, source="builtin", source_id=slug, name=name)
            for slug, name in NAMES.items()
        }
    )


@pytest.fixture
def full_library():
    """Every built-in exercise the starter templates name."""
    slugs = set().union(*(starters._slugs(starter) for starter in starters.starters()))
    return {
        slug: ExerciseFactory(
            organization_id=None, source="builtin", source_id=slug, name=slug.replace("-", " ").title()
        )
        for slug in sorted(slugs)
    }


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
