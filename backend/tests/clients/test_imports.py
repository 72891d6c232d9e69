"""Can a studio move its clients in from a CSV: read any common export, check every row, import once and only once?"""

from __future__ import annotations

import base64
from datetime import date

import pytest
import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.models import ActivityEntry, Client
from tests.factories import ClientFactory

TRUECOACH_STYLE = (
    "First Name;Last Name;Email Address;Mobile;Birthday;Tags;Notes\r\n"
    "Zoë;Müller;zoe@example.com;(415) 555-2671;03/04/1990;vip, morning;Knee surgery in 2019\r\n"
    "Ben;O'Brien;BEN@example.com;+44 20 7946 0958;12/31/1985;;\r\n"
)
TRAINERIZE_STYLE = (
    "Client Name\tEmail\tPhone Number\tStatus\tJoin Date\nAda Lovelace\tada@example.com\t\tCurrent\t2024-01-15\n"
)


def _b64(text: str, encoding: str = "utf-8") -> str:
    return base64.b64encode(text.encode(encoding)).decode()


def _clients(org_id: int) -> list[Client]:
    stmt = sa.select(Client).where(Client.organization_id == org_id).order_by(Client.id)
    return list(db.session.scalars(stmt))


def _run(api, text, mapping, encoding="utf-8", **options):
    return api.post("/api/clients/imports", json={"file": _b64(text, encoding), "mapping": mapping, **options})


def test_inspect_reads_windows_1252_semicolons_and_suggests_the_mapping(studio, client_as):
    response = client_as(studio.owner).post(
        "/api/clients/imports/inspect", json={"file": _b64(TRUECOACH_STYLE, "cp1252")}
    )
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["encoding"] == "Windows-1252"
    assert body["delimiter"] == ";"
    assert body["rows"] == 2
    assert body["columns"][0] == {"index": 0, "name": "First Name", "samples": ["Zoë", "Ben"]}
    assert body["mapping"] == {
        "first_name": 0, "last_name": 1, "email": 2, "phone": 3, "date_of_birth": 4, "tags": 5, "notes": 6,
    }  # fmt: skip


def test_inspect_reads_utf16_tabs_and_a_single_name_column(studio, client_as):
    response = client_as(studio.owner).post(
        "/api/clients/imports/inspect", json={"file": _b64(TRAINERIZE_STYLE, "utf-16")}
    )
    body = response.get_json()
    assert (body["encoding"], body["delimiter"]) == ("UTF-16", "\t")
    assert body["mapping"] == {"full_name": 0, "email": 1, "phone": 2, "status": 3, "start_date": 4}


def test_import_creates_clients_with_lenient_values_and_logs_each(studio, client_as):
    api = client_as(studio.owner)
    mapping = api.post("/api/clients/imports/inspect", json={"file": _b64(TRUECOACH_STYLE)}).get_json()["mapping"]
    dry = _run(api, TRUECOACH_STYLE, mapping).get_json()
    assert dry == {
        "dry_run": True, "rows": 2, "created": 2, "updated": 0, "unchanged": 0, "skipped": 0, "invalid": 0,
        "errors": [],
    }  # fmt: skip
    before = len(_clients(studio.org.id))
    assert len(_clients(studio.org.id)) == before  # the dry run wrote nothing
    result = _run(api, TRUECOACH_STYLE, mapping, dry_run=False)
    assert result.status_code == 200, result.get_json()
    assert result.get_json()["created"] == 2
    zoe, ben = _clients(studio.org.id)[-2:]
    assert (zoe.first_name, zoe.last_name, zoe.email, zoe.phone) == ("Zoë", "Müller", "zoe@example.com", "+14155552671")
    assert zoe.date_of_birth == date(1990, 3, 4)  # a US studio writes the month first
    assert zoe.tags == ["vip", "morning"]
    assert zoe.notes == "Knee surgery in 2019"
    assert zoe.status == "lead"
    assert (ben.email, ben.phone, ben.date_of_birth) == ("ben@example.com", "+442079460958", date(1985, 12, 31))
    entries = db.session.scalars(
        sa.select(ActivityEntry).where(ActivityEntry.entity_type == "client", ActivityEntry.entity_id == zoe.id)
    ).all()
    assert [entry.action for entry in entries] == ["create"]
    assert entries[0].actor_id == studio.owner.id


def test_import_reads_day_first_dates_outside_month_first_countries(studio, client_as):
    api = client_as(studio.owner)
    api.patch("/api/organization", json={"country": "GB"})
    text = "First name,Last name,Date of birth,Phone\nAmy,Pond,03/04/1990,020 7946 0958\n"
    mapping = {"first_name": 0, "last_name": 1, "date_of_birth": 2, "phone": 3}
    assert _run(api, text, mapping, dry_run=False).status_code == 200
    amy = _clients(studio.org.id)[-1]
    assert (amy.date_of_birth, amy.phone) == (date(1990, 4, 3), "+442079460958")


def test_import_of_the_same_file_twice_changes_nothing_the_second_time(studio, client_as):
    api = client_as(studio.owner)
    mapping = {"full_name": 0, "email": 1, "phone": 2, "status": 3, "start_date": 4}
    assert _run(api, TRAINERIZE_STYLE, mapping, "utf-16", dry_run=False).get_json()["created"] == 1
    count = len(_clients(studio.org.id))
    again = _run(api, TRAINERIZE_STYLE, mapping, "utf-16", dry_run=False).get_json()
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 1)
    assert len(_clients(studio.org.id)) == count
    ada = _clients(studio.org.id)[-1]
    assert (ada.first_name, ada.last_name, ada.status, ada.start_date) == (
        "Ada",
        "Lovelace",
        "active",
        date(2024, 1, 15),
    )


def test_import_updates_matched_clients_from_non_empty_cells_only(studio, client_as):
    known = ClientFactory(organization_id=studio.org.id, email="kim@example.com", goals="Run 10k", phone="+14155550100")
    archived = ClientFactory(organization_id=studio.org.id, email="old@example.com", status="archived")
    text = "Email,First name,Last name,Goals,Phone,Status\nKIM@example.com,Kim,Lee,,+1 415 555 0199,paused\n"
    text += "old@example.com,Olga,Old,Stay fit,,active\n"
    mapping = {"email": 0, "first_name": 1, "last_name": 2, "goals": 3, "phone": 4, "status": 5}
    result = _run(client_as(studio.owner), text, mapping, dry_run=False).get_json()
    assert (result["created"], result["updated"]) == (0, 2)
    db.session.expire_all()
    known, archived = db.session.get(Client, known.id), db.session.get(Client, archived.id)
    assert (known.first_name, known.goals, known.phone, known.status) == ("Kim", "Run 10k", "+14155550199", "paused")
    assert (archived.goals, archived.status) == ("Stay fit", "archived")
    update = db.session.scalars(
        sa.select(ActivityEntry).where(ActivityEntry.entity_id == known.id, ActivityEntry.action == "update")
    ).one()
    assert update.changes["phone"] == {"before": "+14155550100", "after": "+14155550199"}


def test_import_with_existing_skip_leaves_matched_clients_alone(studio, client_as):
    known = ClientFactory(organization_id=studio.org.id, email="kim@example.com", first_name="Kim")
    text = "Email,First name,Last name\nkim@example.com,Kimberly,Lee\nnew@example.com,New,Person\n"
    mapping = {"email": 0, "first_name": 1, "last_name": 2}
    result = _run(client_as(studio.owner), text, mapping, existing="skip", dry_run=False).get_json()
    assert (result["created"], result["skipped"]) == (1, 1)
    db.session.expire_all()
    assert db.session.get(Client, known.id).first_name == "Kim"


def test_import_never_matches_another_studios_client(studio, other_studio, client_as):
    ClientFactory(organization_id=other_studio.org.id, email="shared@example.com")
    text = "Email,First name,Last name\nshared@example.com,Sam,Shared\n"
    result = _run(client_as(studio.owner), text, {"email": 0, "first_name": 1, "last_name": 2}, dry_run=False)
    assert result.get_json()["created"] == 1


BAD_ROWS = (
    "First name,Last name,Email,Date of birth,Status,Phone\n"
    "Good,Row,good@example.com,1990-01-01,active,\n"
    "No,Email,not-an-email,,,\n"
    ",Nameless,,,,\n"
    "Dup,Row,good@example.com,,,\n"
    "Bad,Date,,31/02/1990,,\n"
    "Odd,Status,,,gold,\n"
    "Bad,Phone,,,,12\n"
)
BAD_MAPPING = {"first_name": 0, "last_name": 1, "email": 2, "date_of_birth": 3, "status": 4, "phone": 5}


def test_dry_run_lists_each_rows_problems_as_sentences_with_spreadsheet_row_numbers(studio, client_as):
    body = _run(client_as(studio.owner), BAD_ROWS, BAD_MAPPING).get_json()
    assert (body["rows"], body["created"], body["invalid"]) == (7, 1, 6)
    errors = {error["row"]: error["messages"] for error in body["errors"]}
    assert errors[3] == ["Email: Not a valid email address."]
    assert errors[4] == ["First name: Missing data for required field."]
    assert errors[5] == ["Email: good@example.com is also on row 2; each client can be in the file once."]
    assert errors[6] == ["Date of birth: “31/02/1990” is not a date we can read, e.g. 2026-03-31."]
    assert errors[7] == ["Status: “gold” is not one of lead, active, paused or inactive."]
    assert errors[8][0].startswith("Phone: ")


def test_import_with_bad_rows_imports_nothing_unless_told_to_skip_them(studio, client_as):
    api = client_as(studio.owner)
    count = len(_clients(studio.org.id))
    refused = _run(api, BAD_ROWS, BAD_MAPPING, dry_run=False)
    assert refused.status_code == 422
    assert refused.get_json()["error"]["message"].startswith("6 rows have problems (rows 3, 4, 5, 6, 7, 8)")
    assert refused.get_json()["error"]["fields"]["row 3"] == ["Email: Not a valid email address."]
    assert len(_clients(studio.org.id)) == count
    skipped = _run(api, BAD_ROWS, BAD_MAPPING, dry_run=False, skip_invalid=True).get_json()
    assert (skipped["created"], skipped["invalid"]) == (1, 6)
    assert len(_clients(studio.org.id)) == count + 1


def test_import_reads_back_our_own_csv_export(studio, client_as):
    ClientFactory(organization_id=studio.org.id, first_name="@Smith", last_name="Jones", email="at@example.com",
                  tags=["-minus", "vip"], phone="+442079460958", status="paused")  # fmt: skip
    api = client_as(studio.owner)
    exported = api.get("/api/clients/export?q=at@example.com").data
    inspection = api.post("/api/clients/imports/inspect", json={"file": base64.b64encode(exported).decode()}).get_json()
    assert inspection["encoding"] == "UTF-8"
    assert set(inspection["mapping"]) >= {"first_name", "last_name", "email", "phone", "status", "tags", "start_date"}
    at = db.session.scalars(sa.select(Client).where(Client.email == "at@example.com")).one()
    db.session.delete(at)
    db.session.commit()
    result = api.post(
        "/api/clients/imports",
        json={"file": base64.b64encode(exported).decode(), "mapping": inspection["mapping"], "dry_run": False},
    )
    assert result.get_json()["created"] == 1, result.get_json()
    back = db.session.scalars(sa.select(Client).where(Client.email == "at@example.com")).one()
    # The export's guard apostrophes are taken off again.
    assert (back.first_name, back.tags, back.phone, back.status) == (
        "@Smith",
        ["-minus", "vip"],
        "+442079460958",
        "paused",
    )


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "The file is empty."),
        (b"First name,Last name\n", "The file has a header but no clients under it."),
        (b"PK\x03\x04\x00\x00binary", "This is not a CSV file; save the sheet as CSV first."),
        (b"First name,Last name\n" + b"A,B\n" * 11, "The file has more than 10 clients"),
        (b"x" * 2000, "The file is larger than 0 MB"),
    ],
)
def test_import_refuses_files_it_cannot_take(studio, client_as, app, content, message):
    app.config.update(CLIENT_IMPORT_MAX_ROWS=10, CLIENT_IMPORT_MAX_BYTES=1000)
    try:
        response = client_as(studio.owner).post(
            "/api/clients/imports/inspect", json={"file": base64.b64encode(content).decode()}
        )
    finally:
        app.config.update(CLIENT_IMPORT_MAX_ROWS=10_000, CLIENT_IMPORT_MAX_BYTES=5 * 2**20)
    assert response.status_code == 422
    body = response.get_json()["error"]
    assert body["message"].startswith(message) or "file" in body["fields"]


@pytest.mark.parametrize(
    "payload, field",
    [
        ({"file": "not base64!", "mapping": {}}, "file"),
        ({"file": "", "mapping": {"nickname": 0}}, "mapping"),
        ({"file": "", "mapping": {"email": -1}}, "mapping"),
        ({"file": "", "mapping": {}, "existing": "merge"}, "existing"),
    ],
)
def test_import_rejects_bad_options(studio, client_as, payload, field):
    response = client_as(studio.owner).post("/api/clients/imports", json=payload)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


def test_import_needs_a_name_mapping_and_distinct_columns(studio, client_as):
    api = client_as(studio.owner)
    missing = _run(api, "Email\na@example.com\n", {"email": 0})
    assert missing.get_json()["error"]["fields"]["mapping"] == [
        "Choose the columns for First name and Last name, or one for Full name."
    ]
    twice = _run(api, "Name,Email\nA B,a@example.com\n", {"full_name": 0, "email": 0})
    assert twice.get_json()["error"]["fields"]["mapping"] == ["Column 1 is chosen for both Full name and Email."]


def test_import_is_for_managers_only(studio, client_as):
    payload = {"file": _b64(TRAINERIZE_STYLE), "mapping": {"full_name": 0}}
    for user in (studio.trainer_user, studio.client_user):
        assert client_as(user).post("/api/clients/imports", json=payload).status_code == 403
        assert client_as(user).post("/api/clients/imports/inspect", json={"file": payload["file"]}).status_code == 403


def test_import_statement_count_does_not_grow_with_rows(studio, client_as, count_statements):
    api = client_as(studio.owner)

    def statements(rows: int) -> int:
        text = "First name,Last name,Email\n" + "".join(f"P{n},Q{n},p{n}-{rows}@example.com\n" for n in range(rows))
        with count_statements() as counter:
            assert _run(api, text, {"first_name": 0, "last_name": 1, "email": 2}, dry_run=False).status_code == 200
        return counter.count

    statements(1)  # the first request after the fixtures opens the test's savepoint
    assert statements(5) == statements(60)
