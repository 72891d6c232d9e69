"""Can each role list, read, create, edit, archive, delete and export clients, and nothing of another studio?"""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from fitnesscrm.core import crypto
from fitnesscrm.extensions import db
from fitnesscrm.models import ActivityEntry, Assignment, Client, User
from tests.factories import AssignmentFactory, ClientFactory, TrainerFactory, UserFactory


def _ids(response) -> list[int]:
    assert response.status_code == 200, response.get_json()
    return [item["id"] for item in response.get_json()["items"]]


def _activity(client_id: int, action: str | None = None) -> list[ActivityEntry]:
    stmt = sa.select(ActivityEntry).where(ActivityEntry.entity_type == "client", ActivityEntry.entity_id == client_id)
    if action:
        stmt = stmt.where(ActivityEntry.action == action)
    return list(db.session.execute(stmt.order_by(ActivityEntry.id)).scalars())


def _client_count(org_id: int) -> int:
    return db.session.execute(sa.select(sa.func.count()).where(Client.organization_id == org_id)).scalar_one()


def _csv_rows(response) -> list[list[str]]:
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(response.data.decode("utf-8").removeprefix("\ufeff"))))


ANONYMOUS_CALLS = [
    ("get", "/api/clients"),
    ("post", "/api/clients"),
    ("get", "/api/clients/export"),
    ("post", "/api/clients/bulk-archive"),
    ("post", "/api/clients/bulk-restore"),
    ("get", "/api/clients/{id}"),
    ("patch", "/api/clients/{id}"),
    ("delete", "/api/clients/{id}"),
    ("post", "/api/clients/{id}/archive"),
    ("post", "/api/clients/{id}/restore"),
]


@pytest.mark.parametrize("method, url", ANONYMOUS_CALLS)
def test_every_client_endpoint_anonymous_is_unauthorized(studio, client, method, url):
    response = getattr(client, method)(url.format(id=studio.client.id), json={})
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthorized"


# --- list -----------------------------------------------------------------------------------------


def test_list_clients_paginates_with_metadata(studio, client_as):
    for n in range(3):
        ClientFactory(organization_id=studio.org.id, last_name=f"Zed{n}")
    response = client_as(studio.owner).get("/api/clients?per_page=2&page=2")
    body = response.get_json()
    assert body["meta"] == {
        "total": 5,
        "pages": 3,
        "page": 2,
        "per_page": 2,
        "total_is_exact": True,
        "has_next": True,
        "has_prev": True,
    }
    assert len(body["items"]) == 2


def test_list_clients_includes_primary_trainer_and_trainer_count(studio, client_as):
    AssignmentFactory(
        organization_id=studio.org.id, client_id=studio.client.id, trainer_id=studio.other_trainer.id, is_primary=False
    )
    lonely = ClientFactory(organization_id=studio.org.id)
    items = {item["id"]: item for item in client_as(studio.admin).get("/api/clients").get_json()["items"]}
    assert items[studio.client.id]["primary_trainer"] == {
        "id": studio.trainer.id,
        "full_name": studio.trainer.full_name,
    }
    assert items[studio.client.id]["trainer_count"] == 2
    assert items[lonely.id]["primary_trainer"] is None
    assert items[lonely.id]["trainer_count"] == 0


def test_list_clients_statement_count_does_not_grow_with_page_size(studio, client_as, count_statements):
    for _ in range(12):
        extra = ClientFactory(organization_id=studio.org.id)
        AssignmentFactory(organization_id=studio.org.id, client_id=extra.id, trainer_id=studio.trainer.id)
    api = client_as(studio.owner)
    with count_statements() as small:
        assert len(_ids(api.get("/api/clients?per_page=2"))) == 2
    with count_statements() as large:
        assert len(_ids(api.get("/api/clients?per_page=100"))) == 14
    assert small.count == large.count


def test_list_clients_as_trainer_shows_only_assigned_clients(studio, client_as):
    ended = ClientFactory(organization_id=studio.org.id)
    AssignmentFactory(
        organization_id=studio.org.id, client_id=ended.id, trainer_id=studio.trainer.id, ended_at=sa.func.now()
    )
    assert _ids(client_as(studio.trainer_user).get("/api/clients")) == [studio.client.id]


def test_list_clients_as_client_is_forbidden(studio, client_as):
    assert client_as(studio.client_user).get("/api/clients").status_code == 403


def test_list_clients_never_shows_another_studio(studio, other_studio, client_as):
    ids = _ids(client_as(studio.owner).get("/api/clients?status=all&per_page=100"))
    assert sorted(ids) == sorted([studio.client.id, studio.other_client.id])
    assert other_studio.client.id not in _ids(client_as(studio.owner).get(f"/api/clients?ids={other_studio.client.id}"))


def test_search_clients_by_name_email_and_phone_prefix(studio, client_as):
    found = ClientFactory(
        organization_id=studio.org.id, first_name="Beatriz", email="bea.strong@gym.io", phone="+14155552671"
    )
    api = client_as(studio.owner)
    for query in ("beat", "BEA", "strong", "bea.str", "gym.io", "415 555", "2671", "(415) 555-26"):
        assert _ids(api.get("/api/clients", query_string={"q": query})) == [found.id], query
    assert _ids(api.get("/api/clients?q=nobodyhere")) == []


@pytest.mark.parametrize(
    "first, last, query",
    [
        ("Iñaki", "Ñúñez", "nunez"),
        ("Lucía", "Peña", "pena"),
        ("Chloé", "Dubois", "chloe"),
        ("Zoë", "Kowalski", "zoe kow"),
        ("Jürgen", "Straße", "strasse"),
        ("Søren", "Kierkegård", "soren kierk"),
        ("Paweł", "Łukasz", "pawel luk"),
        ("Đặng", "Thị", "dang thi"),
        ("I\u015f\u0131k", "İnce", "isik ince"),
        ("Ana", "Pena", "Peña"),
        ("Noël", "Peña", "noe\u0308l pen\u0303a"),  # typed decomposed, as macOS sends it
        ("Noe\u0308l", "Muñoz", "noel munoz"),  # stored decomposed
    ],
)
def test_search_clients_ignores_accents_on_both_sides(studio, client_as, first, last, query):
    found = ClientFactory(organization_id=studio.org.id, first_name=first, last_name=last)
    ClientFactory(organization_id=studio.org.id, first_name="Other", last_name="Person")
    assert _ids(client_as(studio.owner).get("/api/clients", query_string={"q": query})) == [found.id]


def test_search_clients_as_trainer_stays_within_their_clients(studio, client_as):
    ClientFactory(organization_id=studio.org.id, first_name="Zanzibar")
    assert _ids(client_as(studio.trainer_user).get("/api/clients?q=zanzibar")) == []


def test_filter_clients_by_status_hides_archived_by_default(studio, client_as):
    archived = ClientFactory(organization_id=studio.org.id, status="archived")
    lead = ClientFactory(organization_id=studio.org.id, status="lead")
    api = client_as(studio.owner)
    assert archived.id not in _ids(api.get("/api/clients"))
    assert lead.id in _ids(api.get("/api/clients"))
    assert _ids(api.get("/api/clients?status=archived")) == [archived.id]
    assert _ids(api.get("/api/clients?status=lead")) == [lead.id]
    assert len(_ids(api.get("/api/clients?status=all"))) == 4


def test_filter_clients_by_tag(studio, client_as):
    tagged = ClientFactory(organization_id=studio.org.id, tags=["vip", "morning"])
    ClientFactory(organization_id=studio.org.id, tags=["evening"])
    assert _ids(client_as(studio.owner).get("/api/clients?tag=VIP")) == [tagged.id]


def test_filter_clients_by_trainer_and_unassigned(studio, client_as):
    lonely = ClientFactory(organization_id=studio.org.id)
    former = ClientFactory(organization_id=studio.org.id)
    AssignmentFactory(
        organization_id=studio.org.id, client_id=former.id, trainer_id=studio.trainer.id, ended_at=sa.func.now()
    )
    api = client_as(studio.owner)
    assert _ids(api.get(f"/api/clients?trainer_id={studio.trainer.id}")) == [studio.client.id]
    assert sorted(_ids(api.get("/api/clients?unassigned=true"))) == sorted([lonely.id, former.id])
    assert sorted(_ids(api.get("/api/clients?unassigned=false"))) == sorted([studio.client.id, studio.other_client.id])


def test_filter_clients_by_ids(studio, client_as):
    extra = ClientFactory(organization_id=studio.org.id)
    ids = _ids(client_as(studio.owner).get(f"/api/clients?ids={studio.client.id},{extra.id}"))
    assert sorted(ids) == sorted([studio.client.id, extra.id])


@pytest.mark.parametrize(
    "query, field",
    [
        ("sort=password", "sort"),
        ("status=gone", "status"),
        ("per_page=0", "per_page"),
        ("ids=1,x", "ids"),
        ("ids=,", "ids"),
        ("ids=99999999999", "ids"),
        ("trainer_id=abc", "trainer_id"),
        ("unassigned=perhaps", "unassigned"),
        (f"q={'a' * 101}", "q"),
    ],
)
def test_list_clients_rejects_bad_query(studio, client_as, query, field):
    response = client_as(studio.owner).get(f"/api/clients?{query}")
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


SORT_FIXTURES = {
    "last_name": ("Adams", "Brown", "Clark"),
    "first_name": ("Ann", "Bob", "Cid"),
    "email": ("a@x.io", "b@x.io", "c@x.io"),
    "status": ("active", "inactive", "lead"),
    "start_date": (date(2024, 1, 1), date(2024, 6, 1), date(2025, 1, 1)),
}


@pytest.mark.parametrize("column", [*SORT_FIXTURES, "created_at"])
@pytest.mark.parametrize("descending", [False, True])
def test_sort_clients_by_each_column(studio, client_as, column, descending):
    made = []
    for n in range(3):
        values = {column: SORT_FIXTURES[column][n]} if column in SORT_FIXTURES else {}
        made.append(ClientFactory(organization_id=studio.org.id, tags=["sorting"], **values).id)
    expected = list(reversed(made)) if descending else made
    sort = f"-{column}" if descending else column
    assert _ids(client_as(studio.owner).get(f"/api/clients?tag=sorting&sort={sort}")) == expected


# --- create ---------------------------------------------------------------------------------------


def test_create_client_normalises_fields(studio, client_as):
    response = client_as(studio.owner).post(
        "/api/clients",
        json={
            "first_name": " Ana ", "last_name": "Lima", "email": "Ana@Example.COM", "phone": "(415) 555-2671",
            "tags": ["VIP", " vip ", "Morning  Crew"], "date_of_birth": "1990-04-02", "gender": "female",
            "goals": "  ", "emergency_contact_phone": "415.555.2672", "start_date": "2025-01-06",
        },
    )  # fmt: skip
    assert response.status_code == 201
    body = response.get_json()
    assert (body["first_name"], body["email"], body["phone"]) == ("Ana", "ana@example.com", "+14155552671")
    assert body["tags"] == ["vip", "morning crew"]
    assert body["goals"] is None
    assert body["emergency_contact_phone"] == "+14155552672"
    assert body["status"] == "lead"
    assert (body["primary_trainer"], body["trainer_count"], body["trainers"]) == (None, 0, [])


def test_create_client_without_email_is_allowed_twice(studio, client_as):
    api = client_as(studio.owner)
    for _ in range(2):
        assert api.post("/api/clients", json={"first_name": "No", "last_name": "Mail"}).status_code == 201


@pytest.mark.parametrize(
    "payload, field",
    [
        ({"last_name": "X"}, "first_name"),
        ({"first_name": "  ", "last_name": "X"}, "first_name"),
        ({"first_name": "A"}, "last_name"),
        ({"first_name": "A", "last_name": "X", "email": "not-an-email"}, "email"),
        ({"first_name": "A", "last_name": "X", "phone": "12"}, "phone"),
        ({"first_name": "A", "last_name": "X", "emergency_contact_phone": "call me"}, "emergency_contact_phone"),
        (
            {"first_name": "A", "last_name": "X", "date_of_birth": str(date.today() + timedelta(days=1))},
            "date_of_birth",
        ),
        ({"first_name": "A", "last_name": "X", "date_of_birth": "1899-12-31"}, "date_of_birth"),
        ({"first_name": "A", "last_name": "X", "date_of_birth": "yesterday"}, "date_of_birth"),
        ({"first_name": "A", "last_name": "X", "gender": "robot"}, "gender"),
        ({"first_name": "A", "last_name": "X", "status": "archived"}, "status"),
        ({"first_name": "A", "last_name": "X", "tags": ["x" * 41]}, "tags"),
        ({"first_name": "A", "last_name": "X", "tags": "vip"}, "tags"),
        ({"first_name": "A", "last_name": "X", "archived_at": "2025-01-01T00:00:00Z"}, "archived_at"),
        ({"first_name": "A" * 81, "last_name": "X"}, "first_name"),
    ],
)
def test_create_client_rejects_bad_fields_and_writes_nothing(studio, client_as, payload, field):
    before = _client_count(studio.org.id)
    response = client_as(studio.owner).post("/api/clients", json=payload)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]
    assert _client_count(studio.org.id) == before


def test_create_client_with_malformed_json_is_400_and_writes_nothing(studio, client_as):
    before = _client_count(studio.org.id)
    response = client_as(studio.owner).post("/api/clients", data='{"first_name": ', content_type="application/json")
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "bad_request"
    assert _client_count(studio.org.id) == before


def test_create_client_with_duplicate_email_conflicts_and_writes_nothing(studio, client_as):
    before = _client_count(studio.org.id)
    response = client_as(studio.owner).post(
        "/api/clients", json={"first_name": "A", "last_name": "B", "email": studio.client.email.upper()}
    )
    assert response.status_code == 409
    assert response.get_json()["error"]["fields"] == {"email": ["Already used by another client."]}
    assert _client_count(studio.org.id) == before
    assert db.session.execute(sa.select(ActivityEntry).where(ActivityEntry.action == "create")).first() is None


def test_create_client_with_email_of_another_studio_succeeds(studio, other_studio, client_as):
    response = client_as(studio.owner).post(
        "/api/clients", json={"first_name": "A", "last_name": "B", "email": other_studio.client.email}
    )
    assert response.status_code == 201


def test_create_client_as_trainer_assigns_them_as_primary(studio, client_as):
    api = client_as(studio.trainer_user)
    response = api.post("/api/clients", json={"first_name": "New", "last_name": "Member", "status": "active"})
    assert response.status_code == 201
    body = response.get_json()
    assert body["primary_trainer"] == {"id": studio.trainer.id, "full_name": studio.trainer.full_name}
    assert [(t["trainer_id"], t["is_primary"]) for t in body["trainers"]] == [(studio.trainer.id, True)]
    assert body["id"] in _ids(api.get("/api/clients"))
    assert [entry.action for entry in _activity(body["id"])] == ["create", "assign"]


def test_create_client_as_client_is_forbidden(studio, client_as):
    before = _client_count(studio.org.id)
    response = client_as(studio.client_user).post("/api/clients", json={"first_name": "A", "last_name": "B"})
    assert response.status_code == 403
    assert _client_count(studio.org.id) == before


def test_create_client_records_activity(studio, client_as):
    body = (
        client_as(studio.admin)
        .post("/api/clients", json={"first_name": "Ana", "last_name": "Lima", "tags": ["vip"]})
        .get_json()
    )
    [entry] = _activity(body["id"])
    assert (entry.action, entry.entity_label, entry.actor_id) == ("create", "Ana Lima", studio.admin.id)
    assert entry.changes["tags"] == {"before": None, "after": ["vip"]}
    assert "email" not in entry.changes


# --- read -----------------------------------------------------------------------------------------


def test_get_client_includes_current_trainers(studio, client_as):
    AssignmentFactory(
        organization_id=studio.org.id, client_id=studio.client.id, trainer_id=studio.other_trainer.id, is_primary=False
    )
    former = TrainerFactory(organization_id=studio.org.id)
    AssignmentFactory(
        organization_id=studio.org.id, client_id=studio.client.id, trainer_id=former.id, is_primary=False,
        ended_at=sa.func.now(),
    )  # fmt: skip
    body = client_as(studio.owner).get(f"/api/clients/{studio.client.id}").get_json()
    assert [(t["trainer_id"], t["full_name"], t["is_primary"]) for t in body["trainers"]] == [
        (studio.trainer.id, studio.trainer.full_name, True),
        (studio.other_trainer.id, studio.other_trainer.full_name, False),
    ]
    assert body["trainers"][0]["assigned_at"]
    assert body["trainer_count"] == 2


def test_get_client_as_client_sees_only_own_record(studio, client_as):
    api = client_as(studio.client_user)
    assert api.get(f"/api/clients/{studio.client.id}").status_code == 200
    assert api.get(f"/api/clients/{studio.other_client.id}").status_code == 404


def test_get_client_as_trainer_only_assigned(studio, client_as):
    api = client_as(studio.trainer_user)
    assert api.get(f"/api/clients/{studio.client.id}").status_code == 200
    assert api.get(f"/api/clients/{studio.other_client.id}").status_code == 404


def test_get_client_of_another_studio_is_404(studio, other_studio, client_as):
    response = client_as(studio.owner).get(f"/api/clients/{other_studio.client.id}")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_get_client_that_does_not_exist_is_404(studio, client_as):
    assert client_as(studio.owner).get("/api/clients/99999999999").status_code == 404


# --- update ---------------------------------------------------------------------------------------


def test_update_client_records_only_changed_fields(studio, client_as):
    api = client_as(studio.owner)
    response = api.patch(
        f"/api/clients/{studio.client.id}",
        json={"goals": "Run 5k", "first_name": studio.client.first_name, "tags": ["VIP"], "status": "paused"},
    )
    assert response.status_code == 200
    body = response.get_json()
    assert (body["goals"], body["tags"], body["status"]) == ("Run 5k", ["vip"], "paused")
    assert body["email"] == studio.client.email
    [entry] = _activity(studio.client.id, "update")
    assert entry.changes == {
        "goals": {"before": None, "after": {"private": crypto.fingerprint("Run 5k")}},  # encrypted: no text logged
        "tags": {"before": [], "after": ["vip"]},
        "status": {"before": "active", "after": "paused"},
    }


def test_update_client_without_changes_records_nothing(studio, client_as):
    response = client_as(studio.owner).patch(f"/api/clients/{studio.client.id}", json={})
    assert response.status_code == 200
    assert _activity(studio.client.id) == []


def test_update_client_can_clear_optional_fields(studio, client_as):
    api = client_as(studio.owner)
    response = api.patch(f"/api/clients/{studio.client.id}", json={"email": None, "phone": ""})
    assert response.status_code == 200
    assert (response.get_json()["email"], response.get_json()["phone"]) == (None, None)


def test_update_client_as_assigned_trainer_only(studio, client_as):
    api = client_as(studio.trainer_user)
    assert api.patch(f"/api/clients/{studio.client.id}", json={"notes": "Knee"}).status_code == 200
    other = api.patch(f"/api/clients/{studio.other_client.id}", json={"notes": "Knee"})
    assert other.status_code == 404
    db.session.expire_all()
    assert db.session.get(Client, studio.other_client.id).notes is None


def test_update_client_with_malformed_json_is_400_and_changes_nothing(studio, client_as):
    api = client_as(studio.owner)
    response = api.patch(f"/api/clients/{studio.client.id}", data='{"goals": "x"', content_type="application/json")
    assert response.status_code == 400
    assert api.get(f"/api/clients/{studio.client.id}").get_json()["goals"] is None
    assert _activity(studio.client.id) == []


def test_update_client_as_client_is_forbidden(studio, client_as):
    response = client_as(studio.client_user).patch(f"/api/clients/{studio.client.id}", json={"notes": "Me"})
    assert response.status_code == 403


def test_update_client_of_another_studio_is_404_and_changes_nothing(studio, other_studio, client_as):
    response = client_as(studio.owner).patch(f"/api/clients/{other_studio.client.id}", json={"first_name": "Hacked"})
    assert response.status_code == 404
    db.session.expire_all()
    assert db.session.get(Client, other_studio.client.id).first_name != "Hacked"


def test_update_client_with_duplicate_email_conflicts_and_changes_nothing(studio, client_as):
    api = client_as(studio.owner)
    response = api.patch(
        f"/api/clients/{studio.client.id}", json={"email": studio.other_client.email.upper(), "goals": "x"}
    )
    assert response.status_code == 409
    assert "email" in response.get_json()["error"]["fields"]
    body = api.get(f"/api/clients/{studio.client.id}").get_json()
    assert (body["email"], body["goals"]) == (studio.client.email, None)
    assert _activity(studio.client.id) == []


@pytest.mark.parametrize(
    "payload, field",
    [
        ({"status": "archived"}, "status"),
        ({"first_name": None}, "first_name"),
        ({"date_of_birth": "1800-01-01"}, "date_of_birth"),
        ({"id": 5}, "id"),
    ],
)
def test_update_client_rejects_bad_fields(studio, client_as, payload, field):
    response = client_as(studio.owner).patch(f"/api/clients/{studio.client.id}", json=payload)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


def test_update_archived_client_status_must_go_through_restore(studio, client_as):
    api = client_as(studio.owner)
    api.post(f"/api/clients/{studio.client.id}/archive")
    response = api.patch(f"/api/clients/{studio.client.id}", json={"status": "active"})
    assert response.status_code == 422
    assert "status" in response.get_json()["error"]["fields"]
    assert api.patch(f"/api/clients/{studio.client.id}", json={"notes": "Moved away"}).status_code == 200


# --- archive / restore ----------------------------------------------------------------------------


def test_archive_and_restore_client_brings_back_the_previous_status(studio, client_as):
    paused = ClientFactory(organization_id=studio.org.id, status="paused")
    api = client_as(studio.owner)
    body = api.post(f"/api/clients/{paused.id}/archive").get_json()
    assert (body["status"], bool(body["archived_at"])) == ("archived", True)
    assert paused.id not in _ids(api.get("/api/clients"))
    body = api.post(f"/api/clients/{paused.id}/restore").get_json()
    assert (body["status"], body["archived_at"]) == ("paused", None)
    assert [entry.action for entry in _activity(paused.id)] == ["archive", "restore"]
    assert _activity(paused.id)[0].changes["status"] == {"before": "paused", "after": "archived"}


def test_archive_and_restore_client_are_idempotent(studio, client_as):
    api = client_as(studio.owner)
    for _ in range(2):
        assert api.post(f"/api/clients/{studio.client.id}/archive").status_code == 200
    for _ in range(2):
        assert api.post(f"/api/clients/{studio.client.id}/restore").get_json()["status"] == "active"
    assert [entry.action for entry in _activity(studio.client.id)] == ["archive", "restore"]


def test_restore_client_without_a_remembered_status_becomes_inactive(studio, client_as):
    archived = ClientFactory(organization_id=studio.org.id, status="archived", status_before_archive=None)
    assert client_as(studio.owner).post(f"/api/clients/{archived.id}/restore").get_json()["status"] == "inactive"


def test_archive_client_keeps_its_assignments(studio, client_as):
    client_as(studio.owner).post(f"/api/clients/{studio.client.id}/archive")
    trainer_api = client_as(studio.trainer_user)
    assert trainer_api.get(f"/api/clients/{studio.client.id}").get_json()["trainer_count"] == 1
    assert _ids(trainer_api.get("/api/clients?status=archived")) == [studio.client.id]


@pytest.mark.parametrize("action", ["archive", "restore"])
def test_archive_and_restore_client_by_role(studio, other_studio, client_as, action):
    assert client_as(studio.trainer_user).post(f"/api/clients/{studio.client.id}/{action}").status_code == 200
    assert client_as(studio.trainer_user).post(f"/api/clients/{studio.other_client.id}/{action}").status_code == 404
    assert client_as(studio.client_user).post(f"/api/clients/{studio.client.id}/{action}").status_code == 403
    assert client_as(studio.admin).post(f"/api/clients/{other_studio.client.id}/{action}").status_code == 404
    db.session.expire_all()
    assert db.session.get(Client, other_studio.client.id).status == "active"
    assert db.session.get(Client, studio.other_client.id).status == "active"


# --- bulk archive ---------------------------------------------------------------------------------


def test_bulk_archive_clients_archives_them_all_in_one_go(studio, client_as):
    already = ClientFactory(organization_id=studio.org.id, status="archived")
    ids = [studio.client.id, studio.other_client.id, already.id]
    response = client_as(studio.owner).post("/api/clients/bulk-archive", json={"ids": ids})
    assert response.status_code == 200
    assert response.get_json() == {"archived": 2}
    db.session.expire_all()
    assert {db.session.get(Client, client_id).status for client_id in ids} == {"archived"}
    assert db.session.get(Client, studio.client.id).status_before_archive == "active"
    assert len(_activity(studio.client.id, "archive")) == 1


def test_bulk_archive_with_an_invisible_client_archives_nothing(studio, other_studio, client_as):
    for user, ids in (
        (studio.owner, [studio.client.id, other_studio.client.id]),
        (studio.trainer_user, [studio.client.id, studio.other_client.id]),
        (studio.owner, [studio.client.id, 99_999_999]),
    ):
        response = client_as(user).post("/api/clients/bulk-archive", json={"ids": ids})
        assert response.status_code == 404
    db.session.expire_all()
    for client in (studio.client, studio.other_client, other_studio.client):
        assert db.session.get(Client, client.id).status == "active"
    assert _activity(studio.client.id) == []


def test_bulk_archive_as_trainer_archives_their_clients(studio, client_as):
    response = client_as(studio.trainer_user).post("/api/clients/bulk-archive", json={"ids": [studio.client.id]})
    assert response.get_json() == {"archived": 1}


def test_bulk_archive_as_client_is_forbidden(studio, client_as):
    response = client_as(studio.client_user).post("/api/clients/bulk-archive", json={"ids": [studio.client.id]})
    assert response.status_code == 403


@pytest.mark.parametrize("ids", [[], list(range(1, 502)), ["a"], [0], None, "1,2"])
def test_bulk_archive_rejects_bad_id_lists(studio, client_as, ids):
    response = client_as(studio.owner).post("/api/clients/bulk-archive", json={"ids": ids})
    assert response.status_code == 422
    assert "ids" in response.get_json()["error"]["fields"]


# --- bulk restore ---------------------------------------------------------------------------------


def test_bulk_restore_clients_brings_them_back_to_their_former_status(studio, client_as):
    api = client_as(studio.owner)
    api.post("/api/clients/bulk-archive", json={"ids": [studio.client.id, studio.other_client.id]})
    never_archived = ClientFactory(organization_id=studio.org.id, status="paused")
    ids = [studio.client.id, studio.other_client.id, never_archived.id]
    response = api.post("/api/clients/bulk-restore", json={"ids": ids})
    assert response.status_code == 200
    assert response.get_json() == {"restored": 2}
    db.session.expire_all()
    assert [db.session.get(Client, client_id).status for client_id in ids] == ["active", "active", "paused"]
    assert db.session.get(Client, studio.client.id).archived_at is None
    assert len(_activity(studio.client.id, "restore")) == 1
    assert _activity(never_archived.id) == []


def test_bulk_restore_with_an_invisible_client_restores_nothing(studio, other_studio, client_as):
    client_as(studio.owner).post("/api/clients/bulk-archive", json={"ids": [studio.client.id, studio.other_client.id]})
    client_as(other_studio.owner).post("/api/clients/bulk-archive", json={"ids": [other_studio.client.id]})
    for user, ids in (
        (studio.owner, [studio.client.id, other_studio.client.id]),
        (studio.trainer_user, [studio.client.id, studio.other_client.id]),
    ):
        assert client_as(user).post("/api/clients/bulk-restore", json={"ids": ids}).status_code == 404
    db.session.expire_all()
    for client in (studio.client, studio.other_client, other_studio.client):
        assert db.session.get(Client, client.id).status == "archived"


def test_bulk_restore_as_trainer_restores_their_clients(studio, client_as):
    api = client_as(studio.trainer_user)
    api.post("/api/clients/bulk-archive", json={"ids": [studio.client.id]})
    assert api.post("/api/clients/bulk-restore", json={"ids": [studio.client.id]}).get_json() == {"restored": 1}


def test_bulk_restore_as_client_is_forbidden(studio, client_as):
    response = client_as(studio.client_user).post("/api/clients/bulk-restore", json={"ids": [studio.client.id]})
    assert response.status_code == 403


@pytest.mark.parametrize("ids", [[], list(range(1, 502)), ["a"], None])
def test_bulk_restore_rejects_bad_id_lists(studio, client_as, ids):
    response = client_as(studio.owner).post("/api/clients/bulk-restore", json={"ids": ids})
    assert response.status_code == 422
    assert "ids" in response.get_json()["error"]["fields"]


# --- delete ---------------------------------------------------------------------------------------


def test_delete_client_removes_assignments_and_client_login(studio, client_as):
    api, client_id, user_id = client_as(studio.owner), studio.client.id, studio.client_user.id
    client_api = client_as(studio.client_user)
    assert api.delete(f"/api/clients/{client_id}").status_code == 204
    assert api.get(f"/api/clients/{client_id}").status_code == 404
    assert db.session.execute(sa.select(Assignment).where(Assignment.client_id == client_id)).first() is None
    assert db.session.get(User, user_id) is None
    assert client_api.get("/api/auth/me").status_code == 401
    [entry] = _activity(client_id, "delete")
    assert entry.changes["email"] == {"before": studio.client.email, "after": None}
    assert "deleted" not in entry.changes and "notes" not in entry.changes  # field by field, empty ones left out


def test_delete_client_keeps_a_linked_staff_login(studio, client_as):
    staff = UserFactory(organization_id=studio.org.id, role="admin")
    odd = ClientFactory(organization_id=studio.org.id, user_id=staff.id)
    assert client_as(studio.owner).delete(f"/api/clients/{odd.id}").status_code == 204
    assert db.session.get(User, staff.id) is not None


def test_delete_client_is_for_owners_and_admins_only(studio, client_as):
    assert client_as(studio.trainer_user).delete(f"/api/clients/{studio.client.id}").status_code == 403
    assert client_as(studio.client_user).delete(f"/api/clients/{studio.client.id}").status_code == 403
    assert client_as(studio.admin).delete(f"/api/clients/{studio.other_client.id}").status_code == 204
    assert db.session.get(Client, studio.client.id) is not None


def test_delete_client_of_another_studio_is_404_and_deletes_nothing(studio, other_studio, client_as):
    assert client_as(studio.owner).delete(f"/api/clients/{other_studio.client.id}").status_code == 404
    assert db.session.get(Client, other_studio.client.id) is not None


# --- export ---------------------------------------------------------------------------------------


def test_export_clients_is_excel_ready_csv_and_neutralises_formulas(studio, client_as):
    tricky = ClientFactory(
        organization_id=studio.org.id, first_name='=HYPERLINK("x")', last_name='O"Brien, Jr.\nII',
        goals="+SUM(A1:A9)", source="@cmd", tags=["-minus", "vip"], phone="+442079460958",
    )  # fmt: skip
    AssignmentFactory(organization_id=studio.org.id, client_id=tricky.id, trainer_id=studio.trainer.id)
    response = client_as(studio.owner).get("/api/clients/export")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="clients-' in response.headers["Content-Disposition"]
    assert response.data.decode("utf-8").startswith("\ufeff")
    rows = _csv_rows(response)
    header = rows[0]
    assert header[:3] == ["ID", "First name", "Last name"]
    assert len(rows) == 4
    row = dict(zip(header, next(row for row in rows if row[0] == str(tricky.id)), strict=True))
    assert row["First name"] == '\'=HYPERLINK("x")'
    assert row["Last name"] == 'O"Brien, Jr.\nII'
    assert row["Goals"] == "'+SUM(A1:A9)"
    assert row["Source"] == "'@cmd"
    assert row["Tags"] == "'-minus; vip"
    # A number from abroad is shown internationally, so it still needs the guard against its leading +.
    assert row["Phone"] == "'+44 20 7946 0958"
    assert row["Primary trainer"] == studio.trainer.full_name
    assert row["Trainers"] == "1"


def test_export_clients_shows_the_studios_own_phones_nationally_without_an_apostrophe(studio, client_as):
    local = ClientFactory(organization_id=studio.org.id, phone="+14155552671")
    rows = _csv_rows(client_as(studio.owner).get(f"/api/clients/export?ids={local.id}"))
    assert dict(zip(rows[0], rows[1], strict=True))["Phone"] == "(415) 555-2671"


def test_export_clients_honours_filters_and_selected_ids(studio, client_as):
    vip = ClientFactory(organization_id=studio.org.id, first_name="Zzvera", tags=["vip"])
    ClientFactory(organization_id=studio.org.id, first_name="Archie", tags=["vip"], status="archived")
    api = client_as(studio.owner)
    assert [row[1] for row in _csv_rows(api.get("/api/clients/export?tag=vip"))[1:]] == ["Zzvera"]
    rows = _csv_rows(api.get(f"/api/clients/export?ids={vip.id},{studio.client.id}&sort=-first_name"))
    assert [row[0] for row in rows[1:]] == [str(vip.id), str(studio.client.id)]
    assert _csv_rows(api.get("/api/clients/export?status=archived"))[1][1] == "Archie"


def test_export_clients_as_trainer_contains_only_their_clients(studio, client_as):
    rows = _csv_rows(client_as(studio.trainer_user).get("/api/clients/export?status=all"))
    assert [row[0] for row in rows[1:]] == [str(studio.client.id)]


def test_export_clients_of_another_studio_is_never_included(studio, other_studio, client_as):
    rows = _csv_rows(client_as(studio.owner).get(f"/api/clients/export?ids={other_studio.client.id}"))
    assert rows[1:] == []


def test_export_clients_as_client_is_forbidden(studio, client_as):
    assert client_as(studio.client_user).get("/api/clients/export").status_code == 403


def test_export_clients_rejects_bad_query(studio, client_as):
    response = client_as(studio.owner).get("/api/clients/export?sort=nope")
    assert response.status_code == 422
    assert "sort" in response.get_json()["error"]["fields"]


def test_client_reading_their_own_record_does_not_see_staff_notes(studio, client_as):
    client_as(studio.owner).patch(f"/api/clients/{studio.client.id}", json={"notes": "Knee injury; be gentle"})
    own = client_as(studio.client_user).get(f"/api/clients/{studio.client.id}")
    assert own.status_code == 200
    assert "notes" not in own.get_json()
    assert own.get_json()["id"] == studio.client.id
    staff = client_as(studio.trainer_user).get(f"/api/clients/{studio.client.id}")
    assert staff.get_json()["notes"] == "Knee injury; be gentle"


def test_client_record_leaves_out_what_is_internal_for_the_client_and_shows_it_to_staff(
    studio, other_studio, client_as
):
    internal = {"notes", "tags", "source", "user_id", "has_account", "trainer_count", "archived_at"}
    client_as(studio.owner).patch(
        f"/api/clients/{studio.client.id}", json={"notes": "Knee", "tags": ["vip"], "source": "Instagram ad"}
    )
    for role in ("owner", "admin", "trainer"):
        body = client_as(studio.users[role]).get(f"/api/clients/{studio.client.id}").get_json()
        assert internal <= set(body)
        assert (body["notes"], body["tags"], body["source"]) == ("Knee", ["vip"], "Instagram ad")
    own = client_as(studio.client_user).get(f"/api/clients/{studio.client.id}")
    assert own.status_code == 200
    assert not internal & set(own.get_json())
    assert "Instagram" not in own.get_data(as_text=True) and "vip" not in own.get_data(as_text=True)
    assert own.get_json()["full_name"] == studio.client.full_name and own.get_json()["trainers"]
    assert client_as(studio.client_user).get(f"/api/clients/{studio.other_client.id}").status_code == 404
    assert client_as(other_studio.owner).get(f"/api/clients/{studio.client.id}").status_code == 404
