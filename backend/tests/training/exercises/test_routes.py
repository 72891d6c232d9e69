"""Can staff search, read, create, edit, archive and restore the exercise library, and nothing of another studio?"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.models import ActivityEntry
from fitnesscrm.training.models import Exercise
from tests.training.factories import ExerciseFactory

NEW = {
    "name": "Landmine Press",
    "aliases": ["Half-kneeling landmine press"],
    "category": "strength",
    "primary_muscles": ["shoulders"],
    "secondary_muscles": ["triceps", "chest"],
    "equipment": ["barbell"],
    "level": "intermediate",
    "mechanic": "compound",
    "force": "push",
    "unilateral": True,
    "measurement": "reps_load",
    "cues": "Ribs down, press up and slightly forward.",
    "video_url": "https://example.com/landmine",
}


def _names(response) -> list[str]:
    assert response.status_code == 200, response.get_json()
    return [item["name"] for item in response.get_json()["items"]]


def _activity(exercise_id: int) -> list[ActivityEntry]:
    stmt = sa.select(ActivityEntry).where(
        ActivityEntry.entity_type == "exercise", ActivityEntry.entity_id == exercise_id
    )
    return list(db.session.execute(stmt.order_by(ActivityEntry.id)).scalars())


@pytest.fixture
def library(studio, other_studio):
    """Three built-in exercises (one the studio has copied), one of the studio's own, one of another studio."""
    squat = ExerciseFactory(
        organization_id=None, source="builtin", source_id="test-squat", name="Zercher Squat",
        aliases=["Zercher"], primary_muscles=["quadriceps"], secondary_muscles=["glutes"], equipment=["barbell"],
        level="advanced",
    )  # fmt: skip
    curl = ExerciseFactory(
        organization_id=None, source="builtin", source_id="test-curl", name="Zottman Curl",
        primary_muscles=["biceps"], secondary_muscles=["forearms"], equipment=["dumbbell"], level="beginner",
    )  # fmt: skip
    row = ExerciseFactory(
        organization_id=None, source="builtin", source_id="test-row", name="Zeal Row", primary_muscles=["middle_back"],
        equipment=["cable"],
    )  # fmt: skip
    row_copy = ExerciseFactory(
        organization_id=studio.org.id, based_on_id=row.id, name="Zeal Row (ours)", primary_muscles=["middle_back"],
        equipment=["cable"],
    )  # fmt: skip
    own = ExerciseFactory(
        organization_id=studio.org.id, name="Zumba Lunge", primary_muscles=["glutes"], equipment=["body_only"]
    )
    foreign = ExerciseFactory(organization_id=other_studio.org.id, name="Zebra Press", primary_muscles=["chest"])
    return type("Library", (), {"squat": squat, "curl": curl, "row": row, "row_copy": row_copy, "own": own,
                                "foreign": foreign})  # fmt: skip


# --- list -----------------------------------------------------------------------------------------


def test_list_shows_builtins_not_replaced_and_own_not_other_studios(studio, library, client_as):
    names = _names(client_as(studio.owner).get("/api/exercises?q=z&per_page=100"))
    assert names == ["Zeal Row (ours)", "Zercher Squat", "Zottman Curl", "Zumba Lunge"]


def test_list_search_by_prefix_alias_and_folded_accents(studio, library, client_as):
    api = client_as(studio.trainer_user)
    assert _names(api.get("/api/exercises?q=zerch")) == ["Zercher Squat"]
    assert _names(api.get("/api/exercises?q=squ zer")) == ["Zercher Squat"]
    assert _names(api.get("/api/exercises?q=Zérchér")) == ["Zercher Squat"]
    ExerciseFactory(organization_id=studio.org.id, name="Zancada búlgara", aliases=["Ziggy"])
    assert _names(api.get("/api/exercises?q=bulgara")) == ["Zancada búlgara"]
    assert _names(api.get("/api/exercises?q=ziggy")) == ["Zancada búlgara"]


def test_list_finds_builtins_by_common_alias(studio, client_as):
    names = _names(client_as(studio.owner).get("/api/exercises?q=RDL"))
    assert "Romanian Deadlift" in names


@pytest.mark.parametrize(
    "query, expected",
    [
        ("muscle=forearms", ["Zottman Curl"]),  # a secondary muscle counts
        ("muscle=glutes", ["Zercher Squat", "Zumba Lunge"]),
        ("equipment=dumbbell", ["Zottman Curl"]),
        ("level=advanced", ["Zercher Squat"]),
        ("category=cardio", []),
        ("measurement=reps_load", ["Zeal Row (ours)", "Zercher Squat", "Zottman Curl", "Zumba Lunge"]),
        ("sort=-name", ["Zumba Lunge", "Zottman Curl", "Zercher Squat", "Zeal Row (ours)"]),
    ],
)
def test_list_filters(studio, library, client_as, query, expected):
    assert _names(client_as(studio.owner).get(f"/api/exercises?q=z&{query}")) == expected


def test_list_archived_hidden_unless_asked(studio, library, client_as):
    library.own.archived_at = sa.func.now()
    db.session.commit()
    api = client_as(studio.owner)
    assert "Zumba Lunge" not in _names(api.get("/api/exercises?q=z"))
    assert "Zumba Lunge" in _names(api.get("/api/exercises?q=z&archived=include"))
    assert _names(api.get("/api/exercises?q=z&archived=only")) == ["Zumba Lunge"]


def test_list_paginates_with_meta(studio, client_as):
    body = client_as(studio.owner).get("/api/exercises?per_page=10&page=2").get_json()
    assert len(body["items"]) == 10
    assert body["meta"]["page"] == 2 and body["meta"]["total"] >= 150 and body["meta"]["has_next"]


def test_list_statement_count_does_not_grow_with_the_page(studio, client_as, count_statements):
    api = client_as(studio.owner)
    api.get("/api/exercises?per_page=1")
    with count_statements() as few:
        assert len(api.get("/api/exercises?per_page=1").get_json()["items"]) == 1
    with count_statements() as many:
        assert len(api.get("/api/exercises?per_page=100").get_json()["items"]) == 100
    assert many.count == few.count <= 4


@pytest.mark.parametrize(
    "query",
    ["muscle=lower%20back", "muscle=LOWER_BACK", "equipment=kettlebells", "category=yoga", "level=expert",
     "measurement=weight", "archived=yes", "sort=level", "per_page=101", "page=0", "q=" + "x" * 101],
)  # fmt: skip
def test_list_bad_query_is_422(studio, client_as, query):
    response = client_as(studio.owner).get(f"/api/exercises?{query}")
    assert response.status_code == 422
    assert response.get_json()["error"]["code"]


def test_list_client_is_forbidden(studio, client_as):
    assert client_as(studio.client_user).get("/api/exercises").status_code == 403


# --- read -----------------------------------------------------------------------------------------


def test_get_builtin_own_and_copied_builtin(studio, library, client_as):
    api = client_as(studio.trainer_user)
    squat = api.get(f"/api/exercises/{library.squat.id}").get_json()
    assert squat["built_in"] is True and squat["source"] == "builtin" and squat["aliases"] == ["Zercher"]
    own = api.get(f"/api/exercises/{library.own.id}").get_json()
    assert own["built_in"] is False
    # A program may still name the built-in the studio has replaced: it stays readable by id.
    assert api.get(f"/api/exercises/{library.row.id}").status_code == 200


def test_get_other_studios_exercise_is_404(studio, library, client_as):
    assert client_as(studio.owner).get(f"/api/exercises/{library.foreign.id}").status_code == 404


def test_get_client_is_forbidden(studio, library, client_as):
    assert client_as(studio.client_user).get(f"/api/exercises/{library.squat.id}").status_code == 403


# --- create ---------------------------------------------------------------------------------------


def test_create_by_trainer_saves_every_field_and_records_activity(studio, client_as):
    response = client_as(studio.trainer_user).post("/api/exercises", json=NEW)
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert {key: body[key] for key in NEW} == NEW
    assert body["built_in"] is False and body["source"] == "custom"
    exercise = db.session.get(Exercise, body["id"])
    assert exercise.organization_id == studio.org.id and exercise.created_by_user_id == studio.trainer_user.id
    (entry,) = _activity(body["id"])
    assert entry.action == "create" and entry.entity_label == "Landmine Press"
    assert entry.changes["secondary_muscles"]["after"] == ["Triceps", "Chest"]
    assert entry.changes["measurement"]["after"] == "Reps \u00d7 load"


def test_create_minimal_uses_defaults_and_drops_repeats(studio, client_as):
    body = client_as(studio.owner).post(
        "/api/exercises",
        json={"name": "  Sled Push ", "category": "conditioning", "primary_muscles": ["quadriceps", "quadriceps"],
              "secondary_muscles": ["quadriceps", "calves"], "equipment": ["sled", "sled"]},
    ).get_json()  # fmt: skip
    assert body["name"] == "Sled Push"
    assert body["primary_muscles"] == ["quadriceps"] and body["secondary_muscles"] == ["calves"]
    assert body["equipment"] == ["sled"] and body["measurement"] == "reps_load" and body["unilateral"] is False


BAD_FIELDS = [
    ("name", None), ("name", ""), ("name", "   "), ("name", "x" * 121), ("name", 3), ("name", "a\x00b"),
    ("aliases", "RDL"), ("aliases", ["x" * 121]), ("aliases", [""] ), ("aliases", ["a"] * 11), ("aliases", [3]),
    ("category", None), ("category", "yoga"), ("category", "Strength"), ("category", ["strength"]),
    ("primary_muscles", []), ("primary_muscles", None), ("primary_muscles", ["lower back"]),
    ("primary_muscles", "chest"), ("primary_muscles", ["chest"] * 19),
    ("secondary_muscles", ["wings"]), ("secondary_muscles", None),
    ("equipment", ["kettlebells"]), ("equipment", "barbell"), ("equipment", ["barbell"] * 23),
    ("level", "expert"), ("level", 1), ("mechanic", "complex"), ("force", "pushpull"),
    ("unilateral", "yes"), ("unilateral", None),
    ("measurement", "weight"), ("measurement", None),
    ("cues", "x" * 2001), ("cues", 5),
    ("instructions", "Do it."), ("instructions", [""]), ("instructions", ["x"] * 31), ("instructions", ["x" * 2001]),
    ("video_url", "ftp://example.com/v"), ("video_url", "javascript:alert(1)"), ("video_url", "example.com/v"),
    ("video_url", "https://example.com/" + "v" * 500),
]  # fmt: skip


@pytest.mark.parametrize("field, value", BAD_FIELDS, ids=lambda value: repr(value)[:30])
def test_create_bad_field_is_422_and_writes_nothing(studio, client_as, field, value):
    before = db.session.execute(sa.select(sa.func.count()).select_from(Exercise)).scalar_one()
    response = client_as(studio.owner).post("/api/exercises", json={**NEW, field: value})
    assert response.status_code == 422, response.get_json()
    assert field in response.get_json()["error"]["fields"]
    assert db.session.execute(sa.select(sa.func.count()).select_from(Exercise)).scalar_one() == before


def test_create_client_is_forbidden(studio, client_as):
    assert client_as(studio.client_user).post("/api/exercises", json=NEW).status_code == 403


# --- edit -----------------------------------------------------------------------------------------


def test_edit_own_exercise_records_what_changed(studio, library, client_as):
    response = client_as(studio.trainer_user).patch(
        f"/api/exercises/{library.own.id}", json={"name": "Zumba Reverse Lunge", "primary_muscles": ["lower_back"]}
    )
    body = response.get_json()
    assert response.status_code == 200 and body["id"] == library.own.id and body["copy_made"] is False
    (entry,) = _activity(library.own.id)
    assert entry.action == "update"
    assert entry.changes == {
        "name": {"before": "Zumba Lunge", "after": "Zumba Reverse Lunge"},
        "primary_muscles": {"before": ["Glutes"], "after": ["Lower back"]},
    }


def test_edit_builtin_makes_studio_copy_then_edits_it(studio, other_studio, library, client_as):
    api = client_as(studio.trainer_user)
    first = api.patch(f"/api/exercises/{library.squat.id}", json={"cues": "Bar in the elbow crease."}).get_json()
    assert first["copy_made"] is True and first["id"] != library.squat.id
    assert first["built_in"] is False and first["based_on_id"] == library.squat.id
    assert first["name"] == "Zercher Squat" and first["aliases"] == ["Zercher"] and first["level"] == "advanced"
    db.session.refresh(library.squat)
    assert library.squat.cues is None  # the built-in itself never changes
    (entry,) = _activity(first["id"])
    assert entry.action == "create" and entry.changes == {"cues": {"before": None, "after": "Bar in the elbow crease."}}

    second = api.patch(f"/api/exercises/{library.squat.id}", json={"level": "intermediate"}).get_json()
    assert second["id"] == first["id"] and second["copy_made"] is False and second["level"] == "intermediate"
    # The copy replaces the built-in in this studio's list only.
    assert [item["id"] for item in api.get("/api/exercises?q=zercher").get_json()["items"]] == [first["id"]]
    other = client_as(other_studio.owner).get("/api/exercises?q=zercher").get_json()["items"]
    assert [item["id"] for item in other] == [library.squat.id]


def test_edit_bad_field_is_422_and_writes_nothing(studio, library, client_as):
    for field, value in BAD_FIELDS:
        if value is None and field in ("level", "mechanic", "force", "cues", "video_url"):
            continue
        response = client_as(studio.owner).patch(f"/api/exercises/{library.squat.id}", json={field: value})
        assert response.status_code == 422, (field, value)
    assert db.session.execute(sa.select(sa.func.count()).where(Exercise.based_on_id == library.squat.id)).scalar() == 0


def test_edit_other_studios_exercise_is_404(studio, library, client_as):
    response = client_as(studio.owner).patch(f"/api/exercises/{library.foreign.id}", json={"name": "Mine now"})
    assert response.status_code == 404
    db.session.refresh(library.foreign)
    assert library.foreign.name == "Zebra Press"


def test_edit_client_is_forbidden(studio, library, client_as):
    response = client_as(studio.client_user).patch(f"/api/exercises/{library.own.id}", json={"name": "x"})
    assert response.status_code == 403


# --- archive and restore --------------------------------------------------------------------------


def test_archive_and_restore_own_exercise(studio, library, client_as):
    api = client_as(studio.admin)
    archived = api.post(f"/api/exercises/{library.own.id}/archive").get_json()
    assert archived["archived_at"] and archived["copy_made"] is False
    assert "Zumba Lunge" not in _names(api.get("/api/exercises?q=z"))
    restored = api.post(f"/api/exercises/{library.own.id}/restore").get_json()
    assert restored["archived_at"] is None
    assert [entry.action for entry in _activity(library.own.id)] == ["archive", "restore"]


def test_archive_builtin_makes_archived_studio_copy(studio, other_studio, library, client_as):
    api = client_as(studio.owner)
    archived = api.post(f"/api/exercises/{library.curl.id}/archive").get_json()
    assert archived["copy_made"] is True and archived["based_on_id"] == library.curl.id and archived["archived_at"]
    assert "Zottman Curl" not in _names(api.get("/api/exercises?q=z"))
    assert "Zottman Curl" in _names(client_as(other_studio.owner).get("/api/exercises?q=z"))
    # Restoring the built-in (by either id) brings the studio's copy back.
    restored = api.post(f"/api/exercises/{library.curl.id}/restore").get_json()
    assert restored["id"] == archived["id"] and restored["archived_at"] is None
    assert "Zottman Curl" in _names(api.get("/api/exercises?q=z"))


def test_archive_twice_and_restore_live_change_nothing(studio, library, client_as):
    api = client_as(studio.owner)
    first = api.post(f"/api/exercises/{library.own.id}/archive").get_json()
    second = api.post(f"/api/exercises/{library.own.id}/archive").get_json()
    assert first["archived_at"] == second["archived_at"]
    assert api.post(f"/api/exercises/{library.squat.id}/restore").get_json()["id"] == library.squat.id
    assert len(_activity(library.own.id)) == 1


@pytest.mark.parametrize("action", ["archive", "restore"])
def test_archive_restore_trainer_and_client_forbidden(studio, library, client_as, action):
    for user in (studio.trainer_user, studio.client_user):
        assert client_as(user).post(f"/api/exercises/{library.own.id}/{action}").status_code == 403


@pytest.mark.parametrize("action", ["archive", "restore"])
def test_archive_restore_other_studios_is_404(studio, library, client_as, action):
    assert client_as(studio.owner).post(f"/api/exercises/{library.foreign.id}/{action}").status_code == 404


@pytest.mark.parametrize(
    "method, url", [("get", ""), ("post", ""), ("get", "/1"), ("patch", "/1"), ("post", "/1/archive"),
                    ("post", "/1/restore")],
)  # fmt: skip
def test_every_exercise_endpoint_anonymous_is_unauthorized(client, method, url):
    assert getattr(client, method)(f"/api/exercises{url}", json={}).status_code == 401
