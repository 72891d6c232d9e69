"""Does a comparison of two program documents read as a coach would say it?"""

from __future__ import annotations

from fitnesscrm.training.programs import wording
from fitnesscrm.training.programs.compare import compare

SQUAT, RDL, BENCH, ROW = 1, 2, 3, 4
NAMES = {SQUAT: "Back Squat", RDL: "Romanian Deadlift", BENCH: "Bench Press", ROW: "Barbell Row"}


def item(key, exercise_id, **prescription):
    return {"key": key, "exercise_id": exercise_id, "prescription": {"sets": 3, "reps": 5, **prescription}}


def block(key, *items, kind="single"):
    return {"key": key, "kind": kind, "name": None, "rounds": None, "rest_seconds": None, "exercises": list(items)}


def program():
    return {
        "phases": [],
        "weeks": [
            {
                "key": "w1",
                "name": None,
                "phase_key": None,
                "days": [
                    {
                        "key": "d1",
                        "name": "Upper A",
                        "notes": None,
                        "blocks": [block("b1", item("i1", BENCH)), block("b2", item("i2", ROW))],
                    },
                    {
                        "key": "d2",
                        "name": "Lower",
                        "notes": None,
                        "blocks": [block("b3", item("i3", SQUAT)), block("b4", item("i4", RDL))],
                    },
                ],
            },
            {
                "key": "w2",
                "name": None,
                "phase_key": None,
                "days": [
                    {
                        "key": "d3",
                        "name": "Upper A",
                        "notes": None,
                        "blocks": [block("b5", item("i5", SQUAT, load={"type": "kg", "value": 100}))],
                    }
                ],
            },
        ],
    }


def test_identical_documents_have_no_changes():
    assert compare(program(), program(), NAMES) == []


def test_a_prescription_change_names_week_day_and_exercise():
    after = program()
    after["weeks"][1]["days"][0]["blocks"][0]["exercises"][0]["prescription"]["sets"] = 4
    assert compare(program(), after, NAMES) == ["Week 2 · Day 1 (Upper A): Back Squat 3 × 5 → 4 × 5 at 100 kg"]


def test_a_load_change_keeps_the_volume_for_context():
    after = program()
    after["weeks"][1]["days"][0]["blocks"][0]["exercises"][0]["prescription"]["load"] = {"type": "kg", "value": 105}
    assert compare(program(), after, NAMES) == ["Week 2 · Day 1 (Upper A): Back Squat 3 × 5: at 100 kg → at 105 kg"]


def test_added_week_is_one_sentence_not_one_per_exercise():
    after = program()
    day = {"key": "d9", "name": "Upper A", "notes": None, "blocks": [block("b9", item("i9", SQUAT))]}
    after["weeks"].append({"key": "w3", "name": "Deload", "phase_key": None, "days": [day]})
    assert compare(program(), after, NAMES) == ["Added Week 3 (Deload)"]


def test_removed_exercise_names_where_it_was():
    after = program()
    del after["weeks"][0]["days"][1]["blocks"][1]
    assert compare(program(), after, NAMES) == ["Removed Romanian Deadlift from Week 1 · Day 2 (Lower)"]


def test_added_exercise_reads_with_its_prescription():
    after = program()
    after["weeks"][0]["days"][1]["blocks"].append(
        block("b9", item("i9", ROW, reps=None, reps_min=8, reps_max=12, rest_seconds=90))
    )
    assert compare(program(), after, NAMES) == ["Added Barbell Row 3 × 8–12, rest 90 s to Week 1 · Day 2 (Lower)"]


def test_reordering_reports_only_what_moved():
    after = program()
    blocks = after["weeks"][0]["days"][0]["blocks"]
    blocks.reverse()
    assert compare(program(), after, NAMES) == ["Week 1 · Day 1 (Upper A): moved Barbell Row to position 1"]


def test_an_exercise_moved_to_another_day_is_a_move_not_a_removal():
    after = program()
    moved = after["weeks"][0]["days"][0]["blocks"].pop(1)
    after["weeks"][0]["days"][1]["blocks"].append(moved)
    assert compare(program(), after, NAMES) == [
        "Moved Barbell Row from Week 1 · Day 1 (Upper A) to Week 1 · Day 2 (Lower)"
    ]


def test_moved_and_renamed_days_and_weeks():
    after = program()
    after["weeks"][0]["days"].reverse()
    after["weeks"][0]["days"][0]["name"] = "Legs"
    sentences = compare(program(), after, NAMES)
    assert "Moved Week 1 · Day 2 (Lower) to Week 1 · Day 1 (Legs)" in sentences
    assert "Week 1 · Day 1 (Legs): renamed “Lower” → “Legs”" in sentences
    after = program()
    after["weeks"].reverse()
    assert compare(program(), after, NAMES) == ["Moved Week 2 to Week 1"]


def test_a_swapped_exercise_and_a_block_made_a_superset():
    after = program()
    after["weeks"][0]["days"][1]["blocks"][0]["exercises"][0]["exercise_id"] = RDL
    after["weeks"][0]["days"][0]["blocks"][0]["kind"] = "superset"
    sentences = compare(program(), after, NAMES)
    assert "Week 1 · Day 2 (Lower): Back Squat → Romanian Deadlift" in sentences
    assert "Week 1 · Day 1 (Upper A): Bench Press: Single → Superset" in sentences


def test_phases_added_and_weeks_put_in_them():
    after = program()
    after["phases"] = [{"key": "p1", "name": "Deload", "kind": "deload"}]
    after["weeks"][1]["phase_key"] = "p1"
    assert compare(program(), after, NAMES) == ["Added phase Deload (Deload)", "Week 2: phase no phase → Deload"]


def test_prescription_text_reads_like_a_coach_writes_it():
    assert (
        wording.prescription_text(
            {"sets": 3, "reps_min": 8, "reps_max": 12, "load": {"type": "kg", "value": 60}, "rest_seconds": 90}
        )
        == "3 × 8–12 at 60 kg, rest 90 s"
    )
    assert (
        wording.prescription_text({"sets": 4, "duration_seconds": 45, "rest_seconds": 150})
        == "4 × 45 s, rest 2 min 30 s"
    )
    assert (
        wording.prescription_text(
            {"sets": 5, "reps": 3, "load": {"type": "percent_1rm", "value": 82.5}, "tempo": "3-1-1-0"}
        )
        == "5 × 3 at 82.5% of 1RM, tempo 3-1-1-0"
    )
    assert wording.prescription_text({"sets": 1, "distance_m": 5000}) == "1 × 5 km"
