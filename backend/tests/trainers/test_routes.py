"""Can each role list, read, create, edit, archive and delete trainers, and nothing of another studio?"""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from tests.factories import TrainerFactory


def test_list_trainers_paginates_with_metadata(studio, client_as):
    for n in range(3):
        TrainerFactory(organization_id=studio.org.id, last_name=f"Zed{n}")
    response = client_as(studio.owner).get("/api/trainers?per_page=2&page=2&sort=last_name")
    assert response.status_code == 200
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


def test_list_trainers_statement_count_does_not_grow_with_page_size(studio, client_as, count_statements):
    for _ in range(12):
        TrainerFactory(organization_id=studio.org.id)
    api = client_as(studio.owner)
    with count_statements() as small:
        assert api.get("/api/trainers?per_page=2").status_code == 200
    with count_statements() as large:
        assert api.get("/api/trainers?per_page=100").status_code == 200
    assert small.count == large.count


def test_search_trainers_by_name_email_and_phone_prefix(studio, client_as):
    TrainerFactory(organization_id=studio.org.id, first_name="Beatriz", email="bea.strong@gym.io", phone="+14155552671")
    api = client_as(studio.owner)
    for query in ("beat", "BEA", "strong", "bea.str", "gym.io", "415 555", "2671", "(415) 555-26"):
        names = [t["first_name"] for t in api.get(f"/api/trainers?q={query}").get_json()["items"]]
        assert names == ["Beatriz"], query


@pytest.mark.parametrize("query", ["nunez", "ÑÚÑEZ", "pena", "chloe", "chloe nu"])
def test_search_trainers_ignores_accents(studio, client_as, query):
    TrainerFactory(organization_id=studio.org.id, first_name="Chloé", last_name="Ñúñez Peña")
    response = client_as(studio.owner).get("/api/trainers", query_string={"q": query})
    assert [t["first_name"] for t in response.get_json()["items"]] == ["Chloé"], query


def test_filter_trainers_by_specialization(studio, client_as):
    TrainerFactory(organization_id=studio.org.id, first_name="Yogi", specializations=["Yoga", "Pilates"])
    items = client_as(studio.admin).get("/api/trainers?specialization=Yoga").get_json()["items"]
    assert [t["first_name"] for t in items] == ["Yogi"]


def test_create_trainer_normalises_phone_and_email(studio, client_as):
    response = client_as(studio.owner).post(
        "/api/trainers",
        json={"first_name": " Ana ", "last_name": "Lima", "email": "Ana@Example.COM", "phone": "(415) 555-2671"},
    )
    assert response.status_code == 201
    body = response.get_json()
    assert (body["first_name"], body["email"], body["phone"]) == ("Ana", "ana@example.com", "+14155552671")


@pytest.mark.parametrize(
    "payload, field",
    [
        ({"last_name": "X", "email": "a@b.co"}, "first_name"),
        ({"first_name": "A", "last_name": "X", "email": "not-an-email"}, "email"),
        ({"first_name": "A", "last_name": "X", "email": "a@b.co", "phone": "12"}, "phone"),
        ({"first_name": "A", "last_name": "X", "email": "a@b.co", "hourly_rate": -5}, "hourly_rate"),
        ({"first_name": "  ", "last_name": "X", "email": "a@b.co"}, "first_name"),
    ],
)
def test_create_trainer_rejects_bad_fields(studio, client_as, payload, field):
    response = client_as(studio.owner).post("/api/trainers", json=payload)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


def test_create_trainer_with_duplicate_email_conflicts_and_writes_nothing(studio, client_as):
    api = client_as(studio.owner)
    before = api.get("/api/trainers").get_json()["meta"]["total"]
    response = api.post(
        "/api/trainers", json={"first_name": "A", "last_name": "B", "email": studio.trainer.email.upper()}
    )
    assert response.status_code == 409
    assert response.get_json()["error"]["fields"] == {"email": ["Already used by another trainer."]}
    assert api.get("/api/trainers").get_json()["meta"]["total"] == before


def test_update_trainer_records_changed_fields(studio, client_as):
    api = client_as(studio.owner)
    response = api.patch(f"/api/trainers/{studio.trainer.id}", json={"bio": "Coach", "specializations": ["Yoga"]})
    assert response.status_code == 200
    assert response.get_json()["specializations"] == ["Yoga"]


def test_trainer_may_edit_only_their_own_profile(studio, client_as):
    api = client_as(studio.trainer_user)
    assert api.patch(f"/api/trainers/{studio.trainer.id}", json={"bio": "Me"}).status_code == 200
    assert api.patch(f"/api/trainers/{studio.other_trainer.id}", json={"bio": "You"}).status_code == 403


def test_archive_hides_trainer_and_restore_brings_it_back(studio, client_as):
    api = client_as(studio.owner)
    assert api.post(f"/api/trainers/{studio.trainer.id}/archive").get_json()["archived_at"]
    ids = [t["id"] for t in api.get("/api/trainers").get_json()["items"]]
    assert studio.trainer.id not in ids
    archived = [t["id"] for t in api.get("/api/trainers?status=archived").get_json()["items"]]
    assert archived == [studio.trainer.id]
    assert client_as(studio.trainer_user).get("/api/auth/me").status_code == 401
    assert api.post(f"/api/trainers/{studio.trainer.id}/restore").get_json()["archived_at"] is None
    assert client_as(studio.trainer_user).get("/api/auth/me").status_code == 200


def test_delete_trainer_removes_assignments_and_login(studio, client_as):
    api, trainer_api, trainer_id = client_as(studio.owner), client_as(studio.trainer_user), studio.trainer.id
    assert api.delete(f"/api/trainers/{trainer_id}").status_code == 204
    assert api.get(f"/api/trainers/{trainer_id}").status_code == 404
    assert trainer_api.get("/api/auth/me").status_code == 401


def test_export_trainers_is_excel_ready_csv_and_neutralises_formulas(studio, client_as):
    TrainerFactory(organization_id=studio.org.id, first_name='=HYPERLINK("x")', last_name='O"Brien, Jr.\nII', bio="x")
    response = client_as(studio.owner).get("/api/trainers/export")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="trainers-' in response.headers["Content-Disposition"]
    text = response.data.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[0][:3] == ["ID", "First name", "Last name"]
    tricky = next(row for row in rows if row[2].startswith("O"))
    assert tricky[1] == '\'=HYPERLINK("x")'
    assert tricky[2] == 'O"Brien, Jr.\nII'
    assert len(rows) == 4


def test_export_honours_filters(studio, client_as):
    TrainerFactory(organization_id=studio.org.id, first_name="Yogi", specializations=["Yoga"])
    rows = list(
        csv.reader(
            io.StringIO(
                client_as(studio.owner)
                .get("/api/trainers/export?specialization=Yoga")
                .data.decode()
                .removeprefix("\ufeff")
            )
        )
    )
    assert [row[1] for row in rows[1:]] == ["Yogi"]


def test_export_trainers_as_xlsx_types_rates_and_counts_as_numbers(studio, client_as):
    TrainerFactory(organization_id=studio.org.id, first_name="@Rate", hourly_rate=65.5, phone="+442079460958")
    response = client_as(studio.owner).get("/api/trainers/export?format=xlsx")
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.data)).active
    header = [cell.value for cell in sheet[1]]
    row = next(row for row in sheet.iter_rows(min_row=2) if row[1].value == "@Rate")
    values = dict(zip(header, row, strict=True))
    assert values["Hourly rate"].value == 65.5 and values["Hourly rate"].data_type == "n"
    assert values["Active clients"].value == 0 and values["Active clients"].data_type == "n"
    assert values["Phone"].value == "+44 20 7946 0958"
    assert values["Created at (Europe/London)"].data_type == "d"


def test_export_trainers_as_xlsx_is_for_managers_only(studio, client_as):
    assert client_as(studio.trainer_user).get("/api/trainers/export?format=xlsx").status_code == 403


def test_owner_coaches_clients_themself_with_a_new_profile(client_as, studio):
    api = client_as(studio.owner)
    response = api.post("/api/trainers/me", json={})
    assert response.status_code == 201
    trainer = response.get_json()
    assert (trainer["first_name"], trainer["email"], trainer["has_account"]) == (
        studio.owner.first_name,
        studio.owner.email,
        True,
    )
    me = api.get("/api/auth/me").get_json()
    assert (me["role"], me["trainer_id"]) == ("owner", trainer["id"])
    again = api.post("/api/trainers/me", json={})
    assert (again.status_code, again.get_json()["error"]["code"]) == (409, "already_trainer")


def test_coach_yourself_links_the_profile_with_your_email(client_as, studio):
    from tests.factories import TrainerFactory

    mine = TrainerFactory(organization_id=studio.org.id, email=studio.admin.email.upper())
    response = client_as(studio.admin).post("/api/trainers/me", json={})
    assert response.get_json()["id"] == mine.id
    assert client_as(studio.admin).get("/api/auth/me").get_json()["trainer_id"] == mine.id


def test_coach_yourself_refuses_a_profile_with_another_account(client_as, studio):
    response = client_as(studio.owner).post("/api/trainers/me", json={"trainer_id": studio.trainer.id})
    assert response.status_code == 409


@pytest.mark.parametrize("trainer_id", ["3", 3.5, 0, 2**31, True])
def test_coach_yourself_refuses_a_malformed_trainer_id_and_writes_nothing(client_as, studio, trainer_id):
    api = client_as(studio.owner)
    before = api.get("/api/trainers?status=all").get_json()["meta"]["total"]
    response = api.post("/api/trainers/me", json={"trainer_id": trainer_id})
    assert response.status_code == 422
    assert "trainer_id" in response.get_json()["error"]["fields"]
    assert api.get("/api/trainers?status=all").get_json()["meta"]["total"] == before


def test_archiving_the_owners_trainer_profile_keeps_their_login(client_as, studio):
    api = client_as(studio.owner)
    trainer_id = api.post("/api/trainers/me", json={}).get_json()["id"]
    assert api.post(f"/api/trainers/{trainer_id}/archive").status_code == 200
    assert api.get("/api/auth/me").status_code == 200
