"""Is the built-in library complete, valid, seeded wherever the app runs, and is seeding idempotent?"""

from __future__ import annotations

import json

import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.training.exercises import builtin, service
from fitnesscrm.training.models import CATEGORIES, EQUIPMENT, FORCES, LEVELS, MEASUREMENTS, MECHANICS, MUSCLES, Exercise

# Programs, starter templates and the demo data name built-in exercises by these slugs.
SLUGS = [
    "back-squat",
    "front-squat",
    "goblet-squat",
    "bulgarian-split-squat",
    "walking-lunge",
    "reverse-lunge",
    "leg-press",
    "romanian-deadlift",
    "deadlift",
    "hip-thrust",
    "glute-bridge",
    "leg-curl",
    "leg-extension",
    "standing-calf-raise",
    "bench-press",
    "incline-dumbbell-press",
    "dumbbell-bench-press",
    "overhead-press",
    "dumbbell-shoulder-press",
    "lateral-raise",
    "push-up",
    "pike-push-up",
    "dip",
    "pull-up",
    "chin-up",
    "lat-pulldown",
    "barbell-row",
    "dumbbell-row",
    "seated-cable-row",
    "inverted-row",
    "face-pull",
    "barbell-curl",
    "dumbbell-curl",
    "hammer-curl",
    "triceps-pushdown",
    "skull-crusher",
    "plank",
    "side-plank",
    "dead-bug",
    "hanging-leg-raise",
    "bodyweight-squat",
    "mountain-climber",
    "burpee",
    "jumping-jack",
    "rowing-machine",
    "running",
    "cycling",
    "jump-rope",
]


def _raw() -> list[dict]:
    return json.loads(builtin.DATA_FILE.read_text(encoding="utf-8"))


def test_data_file_has_150_unique_names_and_slugs():
    raw = _raw()
    assert len(raw) >= 150
    assert len({item["slug"] for item in raw}) == len(raw)
    assert len({item["name"].lower() for item in raw}) == len(raw)


def test_data_file_uses_only_the_vocabularies():
    for item in _raw():
        assert item["category"] in CATEGORIES, item["slug"]
        assert item["primary_muscles"] and set(item["primary_muscles"]) <= set(MUSCLES), item["slug"]
        assert set(item["secondary_muscles"]) <= set(MUSCLES), item["slug"]
        assert not set(item["secondary_muscles"]) & set(item["primary_muscles"]), item["slug"]
        assert item["equipment"] and set(item["equipment"]) <= set(EQUIPMENT), item["slug"]
        assert item["level"] in LEVELS and item["mechanic"] in MECHANICS and item["force"] in FORCES, item["slug"]
        assert item["measurement"] in MEASUREMENTS, item["slug"]
        assert 20 <= len(item["cues"]) <= 400, item["slug"]
        assert isinstance(item["unilateral"], bool)


def test_data_file_reads_through_the_create_schema():
    assert len(builtin.records()) == len(_raw())


def test_data_file_measures_as_coaches_expect():
    measured = {item["slug"]: item["measurement"] for item in _raw()}
    assert {measured[slug] for slug in ("rowing-machine", "running", "cycling")} == {"time_distance"}
    assert {measured[slug] for slug in ("plank", "side-plank", "jump-rope")} == {"time"}
    assert {measured[slug] for slug in ("push-up", "pull-up", "bodyweight-squat", "burpee")} == {"reps"}
    assert {measured[slug] for slug in ("back-squat", "deadlift", "bench-press", "overhead-press")} == {"reps_load"}


def test_every_agreed_slug_is_seeded_and_found_by_slug():
    ids = service.builtin_ids_by_slug([*SLUGS, "no-such-exercise"])
    assert set(ids) == set(SLUGS)
    squat = db.session.get(Exercise, ids["back-squat"])
    assert squat.name == "Back Squat" and squat.organization_id is None and squat.source == "builtin"


def test_seed_again_changes_nothing():
    report = builtin.seed()
    assert (report.created, report.updated, report.unchanged) == (0, 0, len(_raw()))


def test_seed_restores_a_changed_builtin_and_recreates_a_missing_one():
    ids = service.builtin_ids_by_slug(["plank", "dip"])
    db.session.get(Exercise, ids["plank"]).cues = "Changed by hand."
    db.session.execute(sa.delete(Exercise).where(Exercise.id == ids["dip"]))
    db.session.commit()
    report = builtin.seed()
    assert (report.created, report.updated, report.unchanged) == (1, 1, len(_raw()) - 2)
    assert db.session.get(Exercise, ids["plank"]).cues != "Changed by hand."


def test_seed_command_reports_counts(app):
    result = app.test_cli_runner().invoke(args=["exercises", "seed"])
    assert result.exit_code == 0, result.output
    assert f"0 created, 0 updated, {len(_raw())} unchanged, 0 refused." in result.output
