"""Is the clients' Excel export typed cell by cell, in the reader's zone, and as scoped as the CSV?"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import openpyxl

from fitnesscrm.auth.models import User
from fitnesscrm.extensions import db
from tests.factories import ClientFactory

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _rows(response) -> list[list]:
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    assert response.mimetype == XLSX
    sheet = openpyxl.load_workbook(io.BytesIO(response.data)).active
    return [list(row) for row in sheet.iter_rows()]


def test_export_clients_as_xlsx_types_cells_and_neutralises_nothing(studio, client_as):
    tricky = ClientFactory(
        organization_id=studio.org.id, first_name="@Smith", last_name="=HYPERLINK(\"x\")", phone="+14155552671",
        tags=["-minus", "vip"], start_date=date(2026, 3, 2), date_of_birth=date(1990, 5, 17),
        created_at=datetime(2026, 7, 1, 12, 30, tzinfo=UTC),
    )  # fmt: skip
    owner = db.session.get(User, studio.owner.id)
    owner.timezone = "America/New_York"
    db.session.commit()
    response = client_as(studio.owner).get(f"/api/clients/export?format=xlsx&ids={tricky.id}")
    assert 'filename="clients-' in response.headers["Content-Disposition"]
    header, row = _rows(response)
    values = {title.value: cell for title, cell in zip(header, row, strict=True)}
    assert "Created at (America/New_York)" in values
    assert values["ID"].value == tricky.id and values["ID"].data_type == "n"
    assert values["First name"].value == "@Smith" and values["First name"].data_type == "s"
    assert values["Last name"].value == '=HYPERLINK("x")' and values["Last name"].data_type == "s"
    assert values["Phone"].value == "(415) 555-2671"
    assert values["Tags"].value == "-minus; vip"
    assert values["Start date"].value == datetime(2026, 3, 2)
    assert values["Start date"].data_type == "d"
    assert values["Date of birth"].value == datetime(1990, 5, 17)
    assert values["Created at (America/New_York)"].value == datetime(2026, 7, 1, 8, 30)
    assert values["Archived at (America/New_York)"].value is None


def test_export_clients_as_xlsx_follows_the_list_scope_for_a_trainer(studio, other_studio, client_as):
    rows = _rows(client_as(studio.trainer_user).get("/api/clients/export?format=xlsx&status=all"))
    assert [row[0].value for row in rows[1:]] == [studio.client.id]


def test_export_clients_with_an_unknown_format_is_refused(studio, client_as):
    response = client_as(studio.owner).get("/api/clients/export?format=pdf")
    assert response.status_code == 422
    assert "format" in response.get_json()["error"]["fields"]


def test_export_clients_as_xlsx_refuses_a_list_longer_than_the_excel_limit(studio, client_as, app):
    app.config["EXPORT_XLSX_MAX_ROWS"] = 1
    try:
        response = client_as(studio.owner).get("/api/clients/export?format=xlsx")
    finally:
        app.config["EXPORT_XLSX_MAX_ROWS"] = 100_000
    assert response.status_code == 422
    assert response.get_json()["error"]["message"].startswith("An Excel export holds up to 1 rows")
    # CSV has no such limit.
    assert client_as(studio.owner).get("/api/clients/export").status_code == 200
