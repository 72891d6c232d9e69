"""Can owners and admins read, count and export their studio's activity, and nobody else?"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import openpyxl
import pytest

from fitnesscrm.activity import service
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.extensions import db
from tests.factories import ActivityEntryFactory


def _entry(studio, **fields):
    return ActivityEntryFactory(organization_id=studio.org.id, **fields)


def _set_timezone(studio, name: str) -> None:
    studio.org.timezone = name
    db.session.commit()


def _csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.data.decode("utf-8").removeprefix("\ufeff"))))


def test_list_activity_is_newest_first_with_every_field(studio, client_as):
    older = _entry(studio, created_at=datetime(2026, 1, 1, 9, tzinfo=UTC))
    newer = _entry(
        studio,
        actor_id=studio.owner.id,
        actor_name="Olivia Owner",
        action="update",
        entity_type="trainer",
        entity_id=studio.trainer.id,
        entity_label="Tess Trainer",
        changes={"bio": {"before": None, "after": "Coach"}},
        created_at=datetime(2026, 1, 2, 9, tzinfo=UTC),
    )
    response = client_as(studio.owner).get("/api/activity")
    assert response.status_code == 200
    items = response.get_json()["items"]
    assert [item["id"] for item in items] == [newer.id, older.id]
    assert items[0] == {
        "id": newer.id,
        "actor_id": studio.owner.id,
        "actor_name": "Olivia Owner",
        "action": "update",
        "action_label": "Changed",
        "entity_type": "trainer",
        "entity_type_label": "Trainer",
        "entity_id": studio.trainer.id,
        "entity_label": "Tess Trainer",
        "entity_at": None,
        "changes": [{"field": "bio", "label": "Bio", "kind": "text", "before": None, "after": "Coach"}],
        "created_at": "2026-01-02T09:00:00+00:00",
    }


def test_list_activity_breaks_created_at_ties_by_id_descending(studio, client_as):
    same = datetime(2026, 1, 1, 9, tzinfo=UTC)
    ids = [_entry(studio, created_at=same).id for _ in range(3)]
    items = client_as(studio.admin).get("/api/activity").get_json()["items"]
    assert [item["id"] for item in items] == sorted(ids, reverse=True)


def test_list_activity_paginates_with_metadata(studio, client_as):
    for _ in range(5):
        _entry(studio)
    body = client_as(studio.owner).get("/api/activity?per_page=2&page=3").get_json()
    assert body["meta"] == {
        "total": 5,
        "pages": 3,
        "page": 3,
        "per_page": 2,
        "total_is_exact": True,
        "has_next": False,
        "has_prev": True,
    }
    assert len(body["items"]) == 1


@pytest.mark.parametrize(
    "query, expected",
    [
        ("action=archive", {"archived"}),
        ("entity_type=trainer", {"trainer-1", "trainer-2"}),
        ("entity_type=trainer&entity_id=2", {"trainer-2"}),
        ("actor_id={admin}", {"by-admin"}),
    ],
)
def test_list_activity_filters_by_action_entity_and_actor(studio, client_as, query, expected):
    _entry(studio, action="archive", entity_label="archived")
    _entry(studio, entity_type="trainer", entity_id=1, entity_label="trainer-1")
    _entry(studio, entity_type="trainer", entity_id=2, entity_label="trainer-2")
    _entry(studio, actor_id=studio.admin.id, entity_label="by-admin")
    items = client_as(studio.owner).get(f"/api/activity?{query.format(admin=studio.admin.id)}").get_json()["items"]
    assert {item["entity_label"] for item in items} == expected


def test_list_activity_date_range_is_read_in_the_organization_time_zone(studio, client_as):
    _set_timezone(studio, "America/New_York")  # UTC-5 in January
    for label, instant in [
        ("14th 23:30 local", datetime(2026, 1, 15, 4, 30, tzinfo=UTC)),
        ("15th 00:00 local", datetime(2026, 1, 15, 5, 0, tzinfo=UTC)),
        ("15th 23:59 local", datetime(2026, 1, 16, 4, 59, 59, tzinfo=UTC)),
        ("16th 00:00 local", datetime(2026, 1, 16, 5, 0, tzinfo=UTC)),
    ]:
        _entry(studio, entity_label=label, created_at=instant)
    api = client_as(studio.owner)
    one_day = api.get("/api/activity?date_from=2026-01-15&date_to=2026-01-15").get_json()["items"]
    assert [item["entity_label"] for item in one_day] == ["15th 23:59 local", "15th 00:00 local"]
    since = api.get("/api/activity?date_from=2026-01-16").get_json()["items"]
    assert [item["entity_label"] for item in since] == ["16th 00:00 local"]
    until = api.get("/api/activity?date_to=2026-01-14").get_json()["items"]
    assert [item["entity_label"] for item in until] == ["14th 23:30 local"]


@pytest.mark.parametrize(
    "query, field",
    [
        ("action=explode", "action"),
        ("date_from=2026-02-01&date_to=2026-01-31", "date_to"),
        ("date_from=yesterday", "date_from"),
        ("per_page=101", "per_page"),
        ("date_to=9999-12-31", "date_to"),
        ("actor_id=99999999999", "actor_id"),
    ],
)
def test_list_activity_rejects_bad_filters(studio, client_as, query, field):
    response = client_as(studio.owner).get(f"/api/activity?{query}")
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


def test_stats_count_today_and_this_week_in_the_organization_time_zone(studio, other_studio):
    _set_timezone(studio, "America/Los_Angeles")  # PDT, UTC-7, since 8 March 2026
    now = datetime(2026, 3, 11, 2, 0, tzinfo=UTC)  # Tuesday 10 March, 19:00 local; already Wednesday in UTC
    for instant in [
        datetime(2026, 3, 10, 7, 0, tzinfo=UTC),  # Tuesday 00:00 local: today
        datetime(2026, 3, 10, 6, 59, tzinfo=UTC),  # Monday 23:59 local: this week
        datetime(2026, 3, 9, 7, 0, tzinfo=UTC),  # Monday 00:00 local: this week
        datetime(2026, 3, 9, 6, 59, tzinfo=UTC),  # Sunday 23:59 local: last week
        datetime(2026, 1, 1, tzinfo=UTC),
    ]:
        _entry(studio, created_at=instant)
    ActivityEntryFactory(organization_id=other_studio.org.id, created_at=now - timedelta(minutes=5))
    actor = Principal(user_id=studio.owner.id, organization_id=studio.org.id, role=Role.OWNER, email="o@x.io", name="O")
    assert service.stats(actor=actor, now=now) == {"total": 5, "total_is_exact": True, "today": 1, "this_week": 3}


def test_stats_is_one_statement(studio, client_as, count_statements):
    _entry(studio)
    api = client_as(studio.owner)
    api.get("/api/activity/stats")
    with count_statements() as counter:
        response = api.get("/api/activity/stats")
    assert response.status_code == 200
    assert counter.count == 2  # the token check (caller and revocation in one), then the counts


def test_stats_route_counts_an_entry_made_now(studio, client_as):
    _entry(studio)
    _entry(studio, created_at=datetime.now(UTC) - timedelta(days=30))
    assert client_as(studio.admin).get("/api/activity/stats").get_json() == {
        "total": 2, "total_is_exact": True, "today": 1, "this_week": 1,
    }  # fmt: skip


def test_export_activity_is_csv_for_people_with_neutralised_formulas(studio, client_as):
    _set_timezone(studio, "America/New_York")  # the owner follows the studio's zone, UTC-5 in January
    _entry(
        studio,
        actor_name="Olivia Owner",
        entity_label='=HYPERLINK("http://evil")',
        entity_id=7,
        changes={
            "status": {"before": "lead", "after": "active"},
            "archived_at": {"before": None, "after": "2026-01-02T14:30:00+00:00"},
            "tags": {"before": ["vip"], "after": []},
        },
        created_at=datetime(2026, 1, 2, 9, 30, tzinfo=UTC),
    )
    _entry(
        studio,
        entity_type="session_series",
        entity_label='O"Brien, Jr.\nII',
        entity_at=datetime(2026, 1, 5, 12, 0, tzinfo=UTC),
        action="delete",
        created_at=datetime(2026, 1, 1, 9, 30, tzinfo=UTC),
    )
    response = client_as(studio.owner).get("/api/activity/export")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="activity-' in response.headers["Content-Disposition"]
    rows = _csv(response)
    # A CSV is for other tools: every time in it, the changes' too, is UTC (Excel exports use the reader's zone).
    assert rows[0] == [
        "Time (UTC)", "Person", "Action", "Record type", "Record ID", "Record", "When (UTC)", "Changes",
    ]  # fmt: skip
    assert rows[1] == [
        "2026-01-02 09:30:00 UTC", "Olivia Owner", "Created", "Client", "7", '\'=HYPERLINK("http://evil")', "",
        "Status: Lead → Active\nTags: vip → —\nArchived: — → 2026-01-02 14:30",
    ]  # fmt: skip
    assert rows[2][2:6] == ["Deleted", "Recurring sessions", "1", 'O"Brien, Jr.\nII']
    assert rows[2][6:] == ["2026-01-05 12:00:00 UTC", ""]
    assert len(rows) == 3


def test_export_activity_honours_filters(studio, client_as):
    _set_timezone(studio, "Asia/Tokyo")  # UTC+9
    _entry(studio, action="assign", entity_label="in", created_at=datetime(2026, 1, 14, 15, 0, tzinfo=UTC))
    _entry(studio, action="assign", entity_label="day before", created_at=datetime(2026, 1, 14, 14, 59, tzinfo=UTC))
    _entry(studio, action="create", entity_label="other action", created_at=datetime(2026, 1, 14, 16, tzinfo=UTC))
    response = client_as(studio.owner).get("/api/activity/export?action=assign&date_from=2026-01-15")
    assert [row[5] for row in _csv(response)[1:]] == ["in"]


@pytest.mark.parametrize("path", ["/api/activity", "/api/activity/stats", "/api/activity/export"])
def test_activity_requires_sign_in(client, path):
    response = client.get(path)
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthorized"


@pytest.mark.parametrize("role", ["trainer", "client"])
@pytest.mark.parametrize("path", ["/api/activity", "/api/activity/stats", "/api/activity/export"])
def test_activity_is_forbidden_to_trainers_and_clients(studio, client_as, role, path):
    response = client_as(studio.users[role]).get(path)
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "forbidden"


def test_activity_of_another_studio_never_appears(studio, other_studio, client_as):
    _entry(studio, entity_label="ours")
    ActivityEntryFactory(organization_id=other_studio.org.id, entity_label="theirs", actor_id=other_studio.owner.id)
    api = client_as(studio.owner)
    assert [item["entity_label"] for item in api.get("/api/activity").get_json()["items"]] == ["ours"]
    assert api.get(f"/api/activity?actor_id={other_studio.owner.id}").get_json()["items"] == []
    assert [row[5] for row in _csv(api.get("/api/activity/export"))[1:]] == ["ours"]
    assert api.get("/api/activity/stats").get_json()["total"] == 1


def test_a_user_with_the_longest_names_can_still_change_things(studio, client_as):
    studio.owner.first_name, studio.owner.last_name = "F" * 80, "L" * 80
    db.session.commit()
    response = client_as(studio.owner).post("/api/clients", json={"first_name": "Ada", "last_name": "Lovelace"})
    assert response.status_code == 201
    owner = Principal(user_id=studio.owner.id, organization_id=studio.org.id, role=Role.OWNER, email="o@x.io", name="O")
    entry = service.get_all(actor=owner).items[0]
    assert len(entry.actor_name) == 160 and entry.actor_name.endswith("…")


def test_export_activity_as_xlsx_shows_times_in_the_readers_zone(studio, client_as):
    _set_timezone(studio, "Asia/Tokyo")
    _entry(studio, entity_label="=cmd", entity_id=7, created_at=datetime(2026, 1, 2, 9, 30, tzinfo=UTC))
    response = client_as(studio.owner).get("/api/activity/export?format=xlsx")
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.data)).active
    assert [cell.value for cell in sheet[1]][:2] == ["Time (Asia/Tokyo)", "Person"]
    row = sheet[2]
    assert row[0].value == datetime(2026, 1, 2, 18, 30)
    assert sheet[1][6].value == "When (Asia/Tokyo)"
    assert row[4].value == 7 and row[4].data_type == "n"
    assert row[5].value == "=cmd" and row[5].data_type == "s"


def test_list_activity_searches_people_and_records_ignoring_accents(studio, client_as):
    _entry(studio, actor_name="Olivia Owner", entity_label="Lucía Peña")
    _entry(studio, actor_name="Ámbar Admin", entity_label="Tess Trainer")
    _entry(studio, actor_name="Olivia Owner", entity_label="Someone Else")
    api = client_as(studio.owner)
    for query, expected in [
        ("pena", ["Lucía Peña"]),
        ("LUCIA", ["Lucía Peña"]),
        ("ambar", ["Tess Trainer"]),
        ("oliv pe", ["Lucía Peña"]),
        ("tess", ["Tess Trainer"]),
        ("nobody", []),
    ]:
        items = api.get("/api/activity", query_string={"q": query}).get_json()["items"]
        assert [item["entity_label"] for item in items] == expected, query


@pytest.mark.parametrize(
    "sort, expected",
    [
        ("-created_at", ["c", "b", "a"]),
        ("created_at", ["a", "b", "c"]),
        ("actor_name", ["b", "c", "a"]),
        ("-entity_label", ["c", "b", "a"]),
    ],
)
def test_list_activity_sorts_by_time_person_or_record(studio, client_as, sort, expected):
    for label, actor, day in [("a", "Zed", 1), ("b", "Amy", 2), ("c", "Bob", 3)]:
        _entry(studio, entity_label=label, actor_name=actor, created_at=datetime(2026, 1, day, tzinfo=UTC))
    items = client_as(studio.owner).get(f"/api/activity?sort={sort}").get_json()["items"]
    assert [item["entity_label"] for item in items] == expected


@pytest.mark.parametrize("query", ["sort=changes", "sort=-id", "entity_type=user", "q=" + "x" * 101])
def test_list_activity_refuses_unknown_sorts_and_record_types(studio, client_as, query):
    response = client_as(studio.owner).get(f"/api/activity?{query}")
    assert response.status_code == 422
    assert {"sort", "entity_type", "q"} & set(response.get_json()["error"]["fields"])


def test_list_activity_search_statement_count_does_not_grow_with_page_size(studio, client_as, count_statements):
    for n in range(12):
        _entry(studio, entity_label=f"Pat {n}")
    api = client_as(studio.owner)
    with count_statements() as small:
        assert len(api.get("/api/activity?q=pat&per_page=2").get_json()["items"]) == 2
    with count_statements() as large:
        assert len(api.get("/api/activity?q=pat&per_page=100").get_json()["items"]) == 12
    assert small.count == large.count


def test_stats_stop_counting_the_total_at_the_count_limit(studio, client_as, monkeypatch):
    monkeypatch.setattr(service, "COUNT_LIMIT", 3)
    for _ in range(5):
        _entry(studio)
    body = client_as(studio.owner).get("/api/activity/stats").get_json()
    assert (body["total"], body["total_is_exact"], body["today"]) == (3, False, 5)


def test_export_activity_honours_search_and_sort(studio, client_as):
    _entry(studio, entity_label="Pat B", created_at=datetime(2026, 1, 1, tzinfo=UTC))
    _entry(studio, entity_label="Pat A", created_at=datetime(2026, 1, 2, tzinfo=UTC))
    _entry(studio, entity_label="Other", created_at=datetime(2026, 1, 3, tzinfo=UTC))
    response = client_as(studio.owner).get("/api/activity/export?q=pat&sort=entity_label")
    assert [row[5] for row in _csv(response)[1:]] == ["Pat A", "Pat B"]
