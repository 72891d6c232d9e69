"""Do a client's records, volume, exercise list, e1RM chart and export show the right numbers to the right people?

The log (Europe/London, the studio's zone):
- Mon 2 Mar 2026: Back Squat 100 kg x 5, 100 kg x 5, a skipped set, a deleted 200 kg x 5;
  an hour later Bench Press 60 kg x 8.
- Mon 9 Mar 2026: Back Squat 225 lb x 3 (102.058 kg); an hour later Bench Press 62.5 kg x 8.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest

from fitnesscrm.core import events
from fitnesscrm.extensions import db
from fitnesscrm.training.events import SetsLogged
from tests.training.factories import ExerciseFactory, WorkoutLogFactory
from tests.training.progress.factories import LoggedSetFactory

D = Decimal
WEEK_1 = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
WEEK_2 = datetime(2026, 3, 9, 18, 0, tzinfo=UTC)
RANGE = "from=2026-03-02&to=2026-03-15"


def log_sets(org_id, client_id, workout, exercise, sets, at):
    return [
        LoggedSetFactory(
            organization_id=org_id,
            client_id=client_id,
            workout_log_id=workout.id,
            exercise_id=exercise.id,
            set_number=number,
            performed_at=at + timedelta(minutes=3 * number),
            **fields,
        )
        for number, fields in enumerate(sets, start=1)
    ]


@pytest.fixture
def training(studio):
    """The log above, with its records derived as the workouts service would."""
    org, client = studio.org.id, studio.client.id
    squat = ExerciseFactory(organization_id=None, name="Back Squat", primary_muscles=["quadriceps", "glutes"])
    bench = ExerciseFactory(organization_id=org, name="Bench Press", primary_muscles=["chest", "triceps"])
    monday = WorkoutLogFactory(
        organization_id=org, client_id=client, name="=SUM(A1)", started_at=WEEK_1, exercise_notes={}
    )
    next_monday = WorkoutLogFactory(organization_id=org, client_id=client, name="Full body", started_at=WEEK_2)
    sets = [
        *log_sets(
            org,
            client,
            monday,
            squat,
            [
                {"load_value": D(100), "reps": 5},
                {"load_value": D(100), "reps": 5},
                {"status": "skipped", "load_value": None, "reps": None},
                {"load_value": D(200), "reps": 5, "deleted_at": WEEK_1},
            ],
            WEEK_1,
        ),
        *log_sets(
            org, client, monday, bench, [{"load_value": D(60), "reps": 8, "rpe": D("8.5")}], WEEK_1 + timedelta(hours=1)
        ),
        *log_sets(org, client, next_monday, squat, [{"load_value": D(225), "load_unit": "lb", "reps": 3}], WEEK_2),
        *log_sets(org, client, next_monday, bench, [{"load_value": D("62.5"), "reps": 8}], WEEK_2 + timedelta(hours=1)),
    ]
    monday.exercise_notes = {f"exercise:{squat.id}": "Knees out"}
    events.record(
        SetsLogged(organization_id=org, actor=None, client_id=client, set_ids=tuple(entry.id for entry in sets))
    )
    db.session.commit()
    return SimpleNamespace(squat=squat, bench=bench, sets=sets)


def url(studio, path, query=""):
    return f"/api/clients/{studio.client.id}/training/{path}" + (f"?{query}" if query else "")


def test_records_are_the_current_ones_per_exercise(studio, training, client_as):
    body = client_as(studio.trainer_user).get(url(studio, "records")).get_json()
    assert body["meta"]["total"] == 2
    bench, squat = body["items"]  # newest record first: both set records on 9 Mar, bench an hour later
    assert squat["exercise_name"] == "Back Squat" and bench["exercise_name"] == "Bench Press"
    assert [(r["kind"], r["value"], r["previous_value"]) for r in squat["records"]] == [
        ("heaviest_load", 102.058, 100.0),
        ("best_e1rm", 112.5, None),
        ("most_reps_at_load", 3.0, None),
    ]
    heaviest = squat["records"][0]
    assert (heaviest["label"], heaviest["load_value"], heaviest["load_unit"], heaviest["reps"]) == (
        "Heaviest load",
        225.0,
        "lb",
        3,
    )
    assert heaviest["achieved_at"] == "2026-03-09T18:03:00+00:00"
    # 62.5 x 36 / 29 = 77.586, beating 60 x 36 / 29 = 74.483.
    assert [(r["kind"], r["value"], r["previous_value"]) for r in bench["records"]] == [
        ("heaviest_load", 62.5, 60.0),
        ("best_e1rm", 77.586, 74.483),
        ("most_reps_at_load", 8.0, None),
    ]


def test_volume_per_week_and_primary_muscle(studio, training, client_as):
    body = client_as(studio.owner).get(url(studio, "volume", RANGE)).get_json()
    assert body["timezone"] == "Europe/London"
    assert body["weeks"] == ["2026-03-02", "2026-03-09"]
    series = {entry["muscle"]: entry["volumes_kg"] for entry in body["series"]}
    # Squat: 2 x 100 x 5 = 1000, then 102.058 x 3 = 306.174; skipped and deleted sets count nothing.
    assert series["quadriceps"] == series["glutes"] == [1000.0, 306.174]
    # Bench: 60 x 8 = 480, then 62.5 x 8 = 500.
    assert series["chest"] == series["triceps"] == [480.0, 500.0]
    assert set(series) == {"quadriceps", "glutes", "chest", "triceps"}
    assert {entry["label"] for entry in body["series"]} >= {"Quadriceps", "Chest"}


def test_volume_weeks_are_the_clients(studio, training, client_as):
    studio.client_user.timezone = "Australia/Sydney"
    late = training.sets[0]
    # Sunday 8 Mar 20:00 UTC is Monday 9 Mar 07:00 in Sydney.
    late.performed_at = datetime(2026, 3, 8, 20, 0, tzinfo=UTC)
    db.session.commit()
    body = client_as(studio.owner).get(url(studio, "volume", RANGE)).get_json()
    series = {entry["muscle"]: entry["volumes_kg"] for entry in body["series"]}
    assert body["timezone"] == "Australia/Sydney"
    assert series["quadriceps"] == [500.0, 806.174]


def test_volume_defaults_to_twelve_weeks(studio, training, client_as):
    body = client_as(studio.owner).get(url(studio, "volume")).get_json()
    assert len(body["weeks"]) == 12
    assert datetime.fromisoformat(body["weeks"][0]).weekday() == 0


@pytest.mark.parametrize(
    "query",
    [
        "from=2026-03-10&to=2026-03-01",
        "from=2020-01-01&to=2026-01-01",
        "from=yesterday",
        "to=2026-02-30",
        "from=1800-01-01",
    ],
)
def test_volume_refuses_a_bad_range(studio, client_as, query):
    response = client_as(studio.owner).get(url(studio, "volume", query))
    assert response.status_code == 422
    assert response.get_json()["error"]["code"]


def test_volume_refuses_a_range_too_long_from_a_start_alone(studio, client_as):
    response = client_as(studio.owner).get(url(studio, "volume", "from=2001-01-01"))
    assert response.status_code == 422


def test_logged_exercises(studio, training, client_as):
    body = client_as(studio.client_user).get(url(studio, "exercises")).get_json()
    assert [(e["exercise_name"], e["sets"], e["best_e1rm_kg"]) for e in body["items"]] == [
        ("Bench Press", 2, 77.586),
        ("Back Squat", 3, 112.5),
    ]
    assert body["items"][0]["last_performed_at"] == "2026-03-09T19:03:00+00:00"


def test_exercise_chart_has_the_best_set_of_each_day(studio, training, client_as):
    body = client_as(studio.trainer_user).get(url(studio, f"exercises/{training.squat.id}")).get_json()
    assert body["exercise_name"] == "Back Squat" and body["unit"] == "lb" and body["truncated"] is False
    assert [
        (p["day"], p["e1rm_kg"], p["load_value"], p["load_unit"], p["reps"], p["is_record"]) for p in body["points"]
    ] == [
        ("2026-03-02", 112.5, 100.0, "kg", 5, True),
        # 102.058 x 36 / 34 = 108.061: no e1RM record.
        ("2026-03-09", 108.061, 225.0, "lb", 3, False),
    ]
    assert [r["kind"] for r in body["records"]] == ["heaviest_load", "best_e1rm", "most_reps_at_load"]


def test_exercise_chart_over_a_range(studio, training, client_as):
    body = client_as(studio.owner).get(url(studio, f"exercises/{training.squat.id}", "from=2026-03-05")).get_json()
    assert [p["day"] for p in body["points"]] == ["2026-03-09"]


def test_exercise_chart_of_an_exercise_never_logged_is_empty(studio, training, client_as):
    never = ExerciseFactory(organization_id=studio.org.id)
    body = client_as(studio.owner).get(url(studio, f"exercises/{never.id}")).get_json()
    assert (body["points"], body["records"], body["unit"]) == ([], [], "kg")


def test_exercise_chart_of_another_studios_exercise_is_not_found(studio, other_studio, training, client_as):
    theirs = ExerciseFactory(organization_id=other_studio.org.id)
    response = client_as(studio.owner).get(url(studio, f"exercises/{theirs.id}"))
    assert response.status_code == 404


def test_export_has_a_row_per_set_that_a_spreadsheet_reads_safely(studio, training, client_as):
    response = client_as(studio.owner).get(url(studio, "export"))
    assert response.status_code == 200 and response.mimetype == "text/csv"
    name = studio.client.full_name.lower().replace(" ", "-")
    assert f"training-{name}" in response.headers["Content-Disposition"]
    text = response.get_data(as_text=True)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == [
        "Performed at (UTC)", "Workout", "Exercise", "Set", "Status", "Reps", "Load", "Unit", "Load (kg)",
        "Time (s)", "Distance (m)", "RPE", "e1RM (kg)", "Notes", "Records",
    ]  # fmt: skip
    assert len(rows) == 1 + 6  # the deleted set is left out
    assert rows[1] == [
        "2026-03-02 18:03:00 UTC", "'=SUM(A1)", "Back Squat", "1", "Done", "5", "100.00", "kg", "100.000",
        "", "", "", "112.500", "Knees out", "Heaviest load; Best e1RM; Most reps at a load",
    ]  # fmt: skip
    assert rows[3][4:6] == ["Skipped", ""]
    assert rows[4][11] == "8.5"
    assert rows[5][5:9] == ["3", "225.00", "lb", "102.058"]
    assert rows[5][14] == "Heaviest load; Most reps at a load"


def test_export_reads_the_encrypted_exercise_notes_in_a_fixed_number_of_statements(
    studio, training, client_as, count_statements
):
    owner = client_as(studio.owner)

    def export():
        owner.get(url(studio, "records"))  # the first request after a commit opens a savepoint: not the export's cost
        with count_statements() as counter:
            text = owner.get(url(studio, "export")).get_data(as_text=True)
        return counter.count, text

    before, _ = export()
    for n in range(5):
        notes = {f"exercise:{training.squat.id}": f"Left knee, day {n}"}
        more = WorkoutLogFactory(organization_id=studio.org.id, client_id=studio.client.id, exercise_notes=notes)
        log_sets(studio.org.id, studio.client.id, more, training.squat, [{"reps": 5}] * 2, WEEK_2 + timedelta(days=n))
    db.session.commit()
    after, text = export()
    assert after == before
    assert [text.count(f"Left knee, day {n}") for n in range(5)] == [2] * 5  # each log's note on each of its sets


def test_export_as_excel(studio, training, client_as):
    response = client_as(studio.owner).get(url(studio, "export", "format=xlsx&from=2026-03-05"))
    assert response.status_code == 200
    assert response.data[:2] == b"PK"


def test_export_of_nothing_is_a_header(studio, client_as):
    response = client_as(studio.client_user).get(url(studio, "export"))
    assert response.get_data(as_text=True).count("\r\n") == 1


@pytest.mark.parametrize("path", ["records", "volume", "exercises", "export"])
def test_a_trainer_cannot_read_another_trainers_client(studio, training, client_as, path):
    response = client_as(studio.trainer_user).get(f"/api/clients/{studio.other_client.id}/training/{path}")
    assert response.status_code == 404


@pytest.mark.parametrize("path", ["records", "volume", "exercises", "export"])
def test_another_studio_cannot_read_the_client(studio, other_studio, training, client_as, path):
    response = client_as(other_studio.owner).get(url(studio, path))
    assert response.status_code == 404


@pytest.mark.parametrize("query", ["page=0", "per_page=101", "page=x", "format=pdf"])
def test_lists_refuse_bad_paging(studio, client_as, query):
    path = "export" if query.startswith("format") else "records"
    assert client_as(studio.owner).get(url(studio, path, query)).status_code == 422


def test_lists_and_chart_run_a_fixed_number_of_statements(studio, training, client_as, count_statements):
    owner = client_as(studio.owner)
    paths = ("records", "volume", "exercises", f"exercises/{training.squat.id}")
    urls = {path: url(studio, path) for path in paths}

    def count():
        owner.get(urls["volume"])  # the first request after a commit opens a savepoint: not the endpoints' cost
        counted = {}
        for path in paths:
            with count_statements() as counter:
                assert owner.get(urls[path]).status_code == 200
            counted[path] = counter.count
        return counted

    before = count()
    for n in range(5):
        more = WorkoutLogFactory(organization_id=studio.org.id, client_id=studio.client.id)
        extra = ExerciseFactory(organization_id=studio.org.id)
        sets = log_sets(studio.org.id, studio.client.id, more, extra, [{"reps": 5}] * 3, WEEK_2 + timedelta(days=n))
        sets += log_sets(
            studio.org.id, studio.client.id, more, training.squat, [{"reps": 6}], WEEK_2 + timedelta(days=n)
        )
        events.record(
            SetsLogged(
                organization_id=studio.org.id, actor=None, client_id=studio.client.id, set_ids=tuple(s.id for s in sets)
            )
        )
    db.session.commit()
    # Besides the caller's user and the client: records count + page + current records; volume zone + sums;
    # exercises count + page; chart exercise + zone + days + current records.
    assert (
        count()
        == before
        == {
            "records": 5,
            "volume": 4,
            "exercises": 4,
            f"exercises/{training.squat.id}": 6,
        }
    )
