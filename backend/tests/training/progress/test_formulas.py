"""Do the training formulas give the known values: e1RM, unit conversion, records, progression?"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fitnesscrm.training.formulas import (
    Bests,
    LastSet,
    estimated_one_rep_max,
    from_kg,
    propose,
    records_broken,
    to_kg,
    volume,
)

D = Decimal


def test_epley_from_ten_reps():
    # 100 x (1 + 10/30) = 133.333...
    assert estimated_one_rep_max(D(100), 10) == D("133.333")


def test_brzycki_under_ten_reps():
    # 100 x 36 / (37 - 5) = 112.5
    assert estimated_one_rep_max(D(100), 5) == D("112.500")


def test_brzycki_at_nine_and_epley_at_ten_meet_closely():
    # 100 x 36 / 28 = 128.571; 100 x 4/3 = 133.333: the switch is a small step, not a jump.
    assert estimated_one_rep_max(D(100), 9) == D("128.571")
    assert estimated_one_rep_max(D(100), 10) - estimated_one_rep_max(D(100), 9) < 5


def test_one_rep_is_the_load():
    assert estimated_one_rep_max(D("142.5"), 1) == D("142.500")


@pytest.mark.parametrize(("load", "reps"), [(D(100), 31), (D(100), 0), (None, 5), (D(100), None), (D(0), 5)])
def test_no_estimate_without_a_meaningful_set(load, reps):
    assert estimated_one_rep_max(load, reps) is None


def test_thirty_reps_still_estimates():
    assert estimated_one_rep_max(D(50), 30) == D("100.000")


def test_pounds_to_kilograms():
    # 225 x 0.45359237 = 102.0582833
    assert to_kg(D(225), "lb") == D("102.058")
    assert to_kg(D("102.5"), "kg") == D("102.500")
    assert to_kg(None, "kg") is None


def test_kilograms_back_to_pounds():
    assert from_kg(D("102.058"), "lb") == D("225.00")
    assert from_kg(D("60"), "kg") == D("60.00")


def test_volume_is_reps_times_load():
    assert volume(D("102.058"), 5) == D("510.290")
    assert volume(None, 5) is None


def test_first_set_breaks_every_record():
    broken = records_broken(load_kg=D(100), reps=5, bests=Bests())
    assert [(r.kind, r.value, r.previous) for r in broken] == [
        ("heaviest_load", D(100), None),
        ("best_e1rm", D("112.500"), None),
        ("most_reps_at_load", D(5), None),
    ]


def test_a_tie_breaks_nothing():
    bests = Bests(heaviest_load_kg=D(100), best_e1rm_kg=D("112.500"), most_reps_at_load=5)
    assert records_broken(load_kg=D(100), reps=5, bests=bests) == []


def test_a_heavier_set_breaks_load_and_e1rm():
    bests = Bests(heaviest_load_kg=D(100), best_e1rm_kg=D("112.500"), most_reps_at_load=None)
    broken = {r.kind: r for r in records_broken(load_kg=D("102.5"), reps=3, bests=bests)}
    assert broken["heaviest_load"].value == D("102.5") and broken["heaviest_load"].previous == D(100)
    # 102.5 x 36 / 34 = 108.529: below the standing 112.5, so no e1RM record.
    assert "best_e1rm" not in broken
    # Nobody did 3 reps at 102.5 kg or heavier before: the first set at a load holds that record.
    assert broken["most_reps_at_load"].value == D(3)


def test_more_reps_at_a_load_breaks_reps_and_e1rm():
    bests = Bests(heaviest_load_kg=D(120), best_e1rm_kg=D("112.500"), most_reps_at_load=5)
    broken = {r.kind: r for r in records_broken(load_kg=D(100), reps=6, bests=bests)}
    assert set(broken) == {"best_e1rm", "most_reps_at_load"}
    assert broken["most_reps_at_load"].value == D(6) and broken["most_reps_at_load"].previous == D(5)
    # 100 x 36 / 31 = 116.129
    assert broken["best_e1rm"].value == D("116.129")


def test_a_set_without_load_or_reps_breaks_nothing():
    assert records_broken(load_kg=None, reps=10, bests=Bests()) == []
    assert records_broken(load_kg=D(50), reps=0, bests=Bests()) == []


ADD_LOAD = {
    "sets": 3,
    "reps_min": 8,
    "reps_max": 10,
    "progression": {"kind": "add_load", "increment": 2.5, "unit": "kg"},
}


def test_add_load_when_every_set_reached_the_top_of_the_range():
    last = [LastSet("done", 10, D(60))] * 3
    proposal = propose(ADD_LOAD, last)
    assert (proposal.load_kg, proposal.load_value, proposal.load_unit, proposal.reps) == (
        D("62.500"),
        D("62.50"),
        "kg",
        8,
    )
    assert proposal.reason == "Every set reached 10 reps last time: add 2.5 kg."


def test_repeat_the_load_when_one_set_fell_short():
    last = [LastSet("done", 10, D(60)), LastSet("done", 10, D(60)), LastSet("done", 9, D(60))]
    proposal = propose(ADD_LOAD, last)
    assert proposal.load_kg == D("60.000")
    assert proposal.reason == "Not every set reached 10 reps last time: repeat 60 kg."


def test_repeat_the_load_when_a_set_was_skipped():
    last = [LastSet("done", 10, D(60)), LastSet("done", 10, D(60)), LastSet("skipped", None, None)]
    assert propose(ADD_LOAD, last).load_kg == D("60.000")


def test_add_load_in_pounds_rounds_to_the_increment():
    prescription = {"sets": 2, "reps": 5, "progression": {"kind": "add_load", "increment": 5, "unit": "lb"}}
    # 102.058 kg is 225 lb; 225 + 5 = 230 lb = 104.326 kg.
    proposal = propose(prescription, [LastSet("done", 5, D("102.058"))] * 2)
    assert (proposal.load_value, proposal.load_unit, proposal.load_kg) == (D("230.00"), "lb", D("104.326"))


def test_add_load_snaps_an_odd_load_to_the_plates():
    prescription = {"sets": 1, "reps": 5, "progression": {"kind": "add_load", "increment": 5, "unit": "lb"}}
    # 100 kg is 220.46 lb; + 5 = 225.46, and plates make 225.
    proposal = propose(prescription, [LastSet("done", 5, D(100))])
    assert proposal.load_value == D("225.00")


def test_add_load_without_a_rep_target_proposes_nothing():
    rule = {"kind": "add_load", "increment": 5, "unit": "kg"}
    prescription = {"sets": 1, "duration_seconds": 60, "progression": rule}
    assert propose(prescription, [LastSet("done", None, D(20))]) is None


ADD_REPS = {"sets": 3, "reps_min": 8, "reps_max": 12, "progression": {"kind": "add_reps", "increment": 1}}


def test_add_reps_when_every_set_was_done():
    proposal = propose(ADD_REPS, [LastSet("done", 10, D(40))] * 3)
    assert (proposal.reps, proposal.load_kg) == (11, D(40))
    assert proposal.reason == "Every set was completed last time: aim for 11 reps."


def test_add_reps_is_capped_at_the_top_of_the_range():
    assert propose(ADD_REPS, [LastSet("done", 12, D(40))] * 3).reps == 12


def test_add_reps_repeats_when_a_set_was_skipped():
    last = [LastSet("done", 10, None), LastSet("done", 10, None), LastSet("skipped", None, None)]
    proposal = propose(ADD_REPS, last)
    assert (proposal.reps, proposal.load_kg) == (10, None)
    assert proposal.reason == "Repeat 10 reps until every set is completed."


def test_no_rule_or_no_last_session_proposes_nothing():
    assert propose({"sets": 3, "reps": 5}, [LastSet("done", 5, D(60))]) is None
    assert propose(ADD_LOAD, []) is None
    assert propose(ADD_LOAD, [LastSet("skipped", None, None)]) is None
