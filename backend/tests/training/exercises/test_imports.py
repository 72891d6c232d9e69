"""Does `flask exercises import` read free-exercise-db files, refuse bad records one by one, and never duplicate?"""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from fitnesscrm.config import REPO_ROOT
from fitnesscrm.extensions import db
from fitnesscrm.training.exercises import free_exercise_db, imports
from fitnesscrm.training.models import Exercise

# The real file, read where it lies beside the repository (never copied in): `../shared/` from the
# repository's root, or from a folder further up for a worktree checked out one level deeper.
_SHARED_FILE = ("shared", "data", "free-exercise-db", "exercises.json")
REAL_FILE = next(
    (folder.joinpath(*_SHARED_FILE) for folder in REPO_ROOT.parents if folder.joinpath(*_SHARED_FILE).is_file()),
    REPO_ROOT.parent.joinpath(*_SHARED_FILE),
)

GOOD = {
    "id": "Barbell_Squat",
    "name": "Barbell Squat",
    "force": "push",
    "level": "expert",
    "mechanic": "compound",
    "equipment": "e-z curl bar",
    "primaryMuscles": ["quadriceps"],
    "secondaryMuscles": ["lower back", "quadriceps", "middle back"],
    "instructions": ["Stand up.", " ", "Sit down."],
    "category": "olympic weightlifting",
    "images": ["Barbell_Squat/0.jpg"],
}


def _count(source: str = "free-exercise-db", organization_id: int | None = None) -> int:
    library = sa.func.coalesce(Exercise.organization_id, 0) == (organization_id or 0)
    return db.session.execute(sa.select(sa.func.count()).where(library, Exercise.source == source)).scalar_one()


def _file(tmp_path, content) -> str:
    path = tmp_path / "exercises.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


@pytest.mark.skipif(not REAL_FILE.is_file(), reason=f"the free-exercise-db file is not at {REAL_FILE}")
def test_import_real_file_twice_creates_then_changes_nothing(app):
    runner = app.test_cli_runner()
    first = runner.invoke(args=["exercises", "import", str(REAL_FILE), "--format", "free-exercise-db"])
    assert first.exit_code == 0, first.output
    assert "873 created, 0 updated, 0 unchanged, 0 refused." in first.output
    assert _count() == 873
    second = runner.invoke(args=["exercises", "import", str(REAL_FILE), "--format", "free-exercise-db"])
    assert "0 created, 0 updated, 873 unchanged, 0 refused." in second.output
    assert _count() == 873
    squat = db.session.execute(sa.select(Exercise).where(Exercise.source_id == "Barbell_Squat")).scalar_one()
    assert squat.organization_id is None and squat.primary_muscles == ["quadriceps"]
    assert squat.equipment == ["barbell"] and squat.measurement == "reps_load" and squat.instructions


@pytest.mark.skipif(not REAL_FILE.is_file(), reason=f"the free-exercise-db file is not at {REAL_FILE}")
def test_import_real_file_into_a_studio_stays_in_that_studio(studio, other_studio, client_as):
    report = imports.run(location=str(REAL_FILE), file_format="free-exercise-db", organization_id=studio.org.id)
    assert report.created == 873
    assert _count(organization_id=studio.org.id) == 873 and _count() == 0
    assert client_as(other_studio.owner).get("/api/exercises?q=zottman").get_json()["items"] == []
    found = client_as(studio.owner).get("/api/exercises?q=zottman").get_json()["items"]
    assert [item["name"] for item in found] == ["Zottman Curl", "Zottman Preacher Curl"]


def test_import_maps_the_vocabulary(tmp_path):
    report = imports.run(location=_file(tmp_path, [GOOD]), file_format="free-exercise-db")
    assert report.created == 1
    exercise = db.session.execute(sa.select(Exercise).where(Exercise.source_id == "Barbell_Squat")).scalar_one()
    assert exercise.level == "advanced" and exercise.category == "olympic_weightlifting"
    assert exercise.equipment == ["ez_bar"] and exercise.secondary_muscles == ["lower_back", "middle_back"]
    assert exercise.instructions == ["Stand up.", "Sit down."] and exercise.cues is None


def test_import_updates_a_changed_record_and_never_duplicates(tmp_path):
    imports.run(location=_file(tmp_path, [GOOD]), file_format="free-exercise-db")
    report = imports.run(location=_file(tmp_path, [{**GOOD, "level": "beginner"}]), file_format="free-exercise-db")
    assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
    assert _count() == 1


def test_import_without_id_uses_a_slug_of_the_name(tmp_path):
    record = {key: value for key, value in GOOD.items() if key != "id"} | {"name": "Barbell  Squat (Wide)"}
    imports.run(location=_file(tmp_path, [record]), file_format="free-exercise-db")
    report = imports.run(location=_file(tmp_path, [record]), file_format="free-exercise-db")
    assert report.unchanged == 1
    assert db.session.execute(sa.select(Exercise.source_id).where(Exercise.source == "free-exercise-db")).scalar() == (
        "barbell-squat-wide"
    )


@pytest.mark.parametrize(
    "name, category, force, equipment, expected",
    [
        ("Rowing, Stationary", "cardio", None, "machine", "time_distance"),
        ("Rope Jumping", "cardio", None, None, "time"),
        ("Hamstring Stretch", "stretching", "static", None, "time"),
        ("Box Jump", "plyometric", "push", None, "reps"),
        ("Farmer's Walk", "strongman", "static", "other", "time_distance"),
        ("Plank", "strength", "static", "body_only", "time"),
        ("Pushups", "strength", "push", "body_only", "reps"),
        ("Barbell Curl", "strength", "pull", "barbell", "reps_load"),
    ],
)
def test_measurement_is_inferred(name, category, force, equipment, expected):
    assert free_exercise_db._measurement(name, category, force, equipment) == expected


def test_malformed_records_are_refused_one_line_each_and_the_rest_imported(tmp_path, app):
    records = [
        GOOD,
        "Squat",
        {**GOOD, "id": "a", "name": ""},
        {**GOOD, "id": "b", "category": "yoga"},
        {**GOOD, "id": "c", "primaryMuscles": []},
        {**GOOD, "id": "d", "secondaryMuscles": ["wings"]},
        {**GOOD, "id": "e", "equipment": "spaceship"},
        {**GOOD, "id": "f", "level": 3},
        {**GOOD, "id": "g", "instructions": "Just do it."},
        {**GOOD, "id": "h", "name": "x" * 121},
        {**GOOD, "id": 7},
        {**GOOD, "name": "Barbell Squat again"},
        {**GOOD, "id": "Good_Two", "name": "Good Two", "force": None, "mechanic": None, "equipment": None},
    ]
    result = app.test_cli_runner().invoke(
        args=["exercises", "import", _file(tmp_path, records), "--format", "free-exercise-db"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[-1] == "2 created, 0 updated, 0 unchanged, 11 refused."
    refused = [line.strip() for line in lines[:-1]]
    assert refused[0] == "Record 1 was not imported: it is str, not an object."
    assert refused[1] == "Record 2 was not imported: it has no name."
    assert refused[2].startswith("Record 3 (Barbell Squat) was not imported: its category 'yoga' is not one of")
    assert refused[3] == (
        "Record 4 (Barbell Squat) was not imported: its primaryMuscles must be a list of at least one muscle."
    )
    assert "'wings', which is not a muscle we know" in refused[4]
    assert "its equipment 'spaceship'" in refused[5] and "its level 3" in refused[6]
    assert "instructions must be a list" in refused[7] and "longer than 120" in refused[8]
    assert "its id must be text" in refused[9]
    assert (
        refused[10]
        == "Record 11 (Barbell Squat again) was not imported: its id 'Barbell_Squat' repeats an earlier one."
    )
    assert _count() == 2


@pytest.mark.parametrize(
    "content, message",
    [
        ("not json {", "is not JSON"),
        ('{"name": "Squat"}', "holds a JSON dict, not an array"),
        ("", "is not JSON"),
    ],
)
def test_malformed_file_is_one_error_and_nothing_written(tmp_path, app, content, message):
    result = app.test_cli_runner().invoke(
        args=["exercises", "import", _file(tmp_path, content), "--format", "free-exercise-db"]
    )
    assert result.exit_code != 0 and message in result.output
    assert _count() == 0


@pytest.mark.parametrize(
    "location, message",
    [
        ("ftp://example.com/exercises.json", "Only http:// and https://"),
        ("file:///etc/passwd", "Only http:// and https://"),
        ("/no/such/file.json", "No file at /no/such/file.json"),
        ("http://127.0.0.1:9/exercises.json", "Could not download"),
    ],
)
def test_bad_location_is_one_clear_error(app, location, message):
    result = app.test_cli_runner().invoke(args=["exercises", "import", location, "--format", "free-exercise-db"])
    assert result.exit_code != 0 and message in result.output


def test_too_large_file_is_refused_before_reading(tmp_path, app, monkeypatch):
    monkeypatch.setattr(imports, "MAX_BYTES", 10)
    result = app.test_cli_runner().invoke(
        args=["exercises", "import", _file(tmp_path, [GOOD]), "--format", "free-exercise-db"]
    )
    assert result.exit_code != 0 and "larger than" in result.output and _count() == 0


def test_unknown_studio_and_format_are_refused(tmp_path, app):
    runner = app.test_cli_runner()
    path = _file(tmp_path, [GOOD])
    unknown = runner.invoke(
        args=["exercises", "import", path, "--format", "free-exercise-db", "--organization", "99999"]
    )
    assert unknown.exit_code != 0 and "No studio with id 99999" in unknown.output
    assert runner.invoke(args=["exercises", "import", path, "--format", "csv"]).exit_code != 0
    assert _count() == 0
