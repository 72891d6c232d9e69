"""Does saving sets write the personal records they broke, once, and take them back when a set changes?"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
import sqlalchemy as sa

from fitnesscrm.core import events
from fitnesscrm.extensions import db
from fitnesscrm.training.events import SetsLogged
from fitnesscrm.training.models import PersonalRecord
from tests.training.factories import ExerciseFactory, WorkoutLogFactory
from tests.training.progress.factories import LoggedSetFactory

D = Decimal
MONDAY = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


@pytest.fixture
def log(studio):
    """Log sets of `studio.client` and record SetsLogged for them, as the workouts service does."""
    squat = ExerciseFactory(organization_id=studio.org.id, name="Back Squat")
    workout = WorkoutLogFactory(organization_id=studio.org.id, client_id=studio.client.id)

    def make(*sets, exercise=squat, at=MONDAY, record=True, **common):
        saved = [
            LoggedSetFactory(
                organization_id=studio.org.id,
                client_id=studio.client.id,
                workout_log_id=workout.id,
                exercise_id=exercise.id,
                set_number=number,
                load_value=D(load),
                reps=reps,
                performed_at=at + timedelta(minutes=3 * number),
                **common,
            )
            for number, (load, reps) in enumerate(sets, start=1)
        ]
        if record:
            notify(studio, saved)
        return saved

    make.squat = squat
    return make


def notify(studio, sets):
    event = SetsLogged(
        organization_id=studio.org.id, actor=None, client_id=studio.client.id, set_ids=tuple(s.id for s in sets)
    )
    events.record(event)
    db.session.commit()


def records(studio):
    rows = db.session.execute(
        sa.select(PersonalRecord.set_log_id, PersonalRecord.kind, PersonalRecord.value, PersonalRecord.previous_value)
        .where(PersonalRecord.client_id == studio.client.id)
        .order_by(PersonalRecord.achieved_at, PersonalRecord.kind)
    ).all()
    return [tuple(row) for row in rows]


def test_first_set_of_an_exercise_holds_every_record(studio, log):
    (first,) = log((100, 5))
    assert records(studio) == [
        (first.id, "best_e1rm", D("112.500"), None),
        (first.id, "heaviest_load", D("100.000"), None),
        (first.id, "most_reps_at_load", D("5.000"), None),
    ]
    record = db.session.execute(sa.select(PersonalRecord).where(PersonalRecord.kind == "best_e1rm")).scalar_one()
    assert (record.load_kg, record.reps, record.achieved_at) == (D("100.000"), 5, first.performed_at)
    assert record.organization_id == studio.org.id and record.exercise_id == log.squat.id


def test_a_tie_in_the_same_batch_breaks_nothing(studio, log):
    first, _second, _third = log((100, 5), (100, 5), (100, 5))
    assert {row[0] for row in records(studio)} == {first.id}


def test_later_sets_are_compared_with_the_bests_before_them(studio, log):
    log((100, 5))
    heavier, more_reps = log((105, 3), (100, 6), at=MONDAY + timedelta(days=2))
    later = [row for row in records(studio) if row[0] in {heavier.id, more_reps.id}]
    assert later == [
        # 105 kg is the heaviest yet; nobody did 3+ reps at 105 kg before, so that's a record too.
        (heavier.id, "heaviest_load", D("105.000"), D("100.000")),
        (heavier.id, "most_reps_at_load", D("3.000"), None),
        # 100 x 6: 116.129 beats 112.5 (and 105 x 3 = 111.176); 6 reps at 100 kg beat 5.
        (more_reps.id, "best_e1rm", D("116.129"), D("112.500")),
        (more_reps.id, "most_reps_at_load", D("6.000"), D("5.000")),
    ]


def test_reps_at_a_lighter_load_count_heavier_sets(studio, log):
    log((120, 6))
    (lighter,) = log((100, 5), at=MONDAY + timedelta(days=2))
    # 6 reps at 120 kg already beat 5 reps at 100 kg.
    assert [row for row in records(studio) if row[0] == lighter.id] == []


def test_replaying_a_batch_does_not_duplicate_its_records(studio, log):
    sets = log((100, 5), (102.5, 5))
    before = records(studio)
    notify(studio, sets)
    notify(studio, sets)
    assert records(studio) == before


def test_a_set_edited_down_loses_its_records(studio, log):
    log((100, 5))
    (best,) = log((110, 5), at=MONDAY + timedelta(days=2))
    assert len([row for row in records(studio) if row[0] == best.id]) == 3
    best.load_value, best.load_kg, best.e1rm_kg = D(90), D(90), D("101.250")
    notify(studio, [best])
    assert [row for row in records(studio) if row[0] == best.id] == []


def test_a_deleted_set_loses_its_records(studio, log):
    (only,) = log((100, 5))
    only.deleted_at = datetime.now(UTC)
    notify(studio, [only])
    assert records(studio) == []


def test_skipped_and_unloaded_sets_break_nothing(studio, log):
    log((100, 5), status="skipped")
    push_up = ExerciseFactory(organization_id=studio.org.id, name="Push-up")
    log((0, 20), exercise=push_up)
    assert records(studio) == []


def test_pounds_are_compared_in_kilograms(studio, log):
    log((100, 5))
    # 225 lb is 102.058 kg: heavier than 100 kg.
    (pounds,) = log((225, 3), at=MONDAY + timedelta(days=1), load_unit="lb")
    assert (pounds.id, "heaviest_load", D("102.058"), D("100.000")) in records(studio)


def test_other_clients_sets_are_not_compared(studio, log):
    other_workout = WorkoutLogFactory(organization_id=studio.org.id, client_id=studio.other_client.id)
    LoggedSetFactory(
        organization_id=studio.org.id,
        client_id=studio.other_client.id,
        workout_log_id=other_workout.id,
        exercise_id=log.squat.id,
        load_value=D(200),
        reps=5,
    )
    (mine,) = log((100, 5))
    assert {row[0] for row in records(studio)} == {mine.id}


def test_detection_runs_a_fixed_number_of_statements(studio, log, count_statements):
    bench = ExerciseFactory(organization_id=studio.org.id, name="Bench Press")
    log((100, 5))
    few = log((100, 6), record=False) + log((80, 5), exercise=bench, record=False)
    many = log(*[(100 + n, 5) for n in range(10)], record=False) + log((80, 8), (82.5, 8), exercise=bench, record=False)
    ids = {"few": tuple(s.id for s in few), "many": tuple(s.id for s in many)}
    counted = {}
    for name, set_ids in ids.items():
        event = SetsLogged(organization_id=studio.org.id, actor=None, client_id=studio.client.id, set_ids=set_ids)
        with count_statements() as counter:
            events.record(event)
        counted[name] = counter.count
    # Records: delete, read the batch, read the bests (grouped by exercise and load), insert; then the
    # goals the sets may have reached are read again (two statements for a client without any).
    assert counted["few"] == counted["many"] == 6
