"""Does the Excel writer type every cell, show times in the reader's zone and stay streamable?"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from decimal import Decimal

import openpyxl
import pytest
from flask import Flask

from fitnesscrm.core.exports import DATE, DATETIME, NUMBER, ExportColumn, export_response
from fitnesscrm.core.xlsx_export import write_workbook

COLUMNS = (
    ExportColumn("ID", NUMBER), ExportColumn("Name"), ExportColumn("Phone"), ExportColumn("Tags"),
    ExportColumn("Rate", NUMBER), ExportColumn("Born", DATE), ExportColumn("Created at", DATETIME),
)  # fmt: skip
ROW = (7, "@Smith", "+44 20 7946 0958", ["vip", "=1+1"], Decimal("65.50"), date(1990, 5, 17),
       datetime(2026, 7, 1, 12, 30, tzinfo=UTC))  # fmt: skip


def _sheet(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data)).active


def test_write_workbook_types_every_cell_and_neutralises_nothing(tmp_path):
    path = tmp_path / "out.xlsx"
    count = write_workbook(path, [c.title for c in COLUMNS], [c.kind for c in COLUMNS], [ROW], zone="Europe/Paris")
    assert count == 1
    sheet = _sheet(path.read_bytes())
    cells = list(sheet[2])
    assert [cell.data_type for cell in cells] == ["n", "s", "s", "s", "n", "d", "d"]
    assert cells[1].value == "@Smith"
    assert cells[2].value == "+44 20 7946 0958"
    assert cells[3].value == "vip; =1+1"
    assert cells[4].value == 65.5
    assert cells[5].value == datetime(1990, 5, 17)
    # 12:30 UTC is 14:30 in Paris in July.
    assert cells[6].value == datetime(2026, 7, 1, 14, 30)
    assert cells[6].number_format == "yyyy-mm-dd hh:mm"
    assert sheet.freeze_panes == "A2"


def test_write_workbook_leaves_missing_values_blank(tmp_path):
    path = tmp_path / "out.xlsx"
    write_workbook(path, ["A", "B"], ["text", "number"], [(None, None), ("", 0)], zone="UTC")
    sheet = _sheet(path.read_bytes())
    assert [cell.value for cell in sheet[2]] == [None, None]
    assert [cell.value for cell in sheet[3]] == [None, 0]


def test_export_response_xlsx_says_the_zone_in_date_time_headers(app: Flask):
    with app.test_request_context():
        response = export_response("things", COLUMNS, [ROW], file_format="xlsx", zone="Asia/Tokyo")
        data = b"".join(response.response)
    assert response.mimetype == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert 'filename="things-' in response.headers["Content-Disposition"]
    assert response.headers["Content-Disposition"].endswith('.xlsx"')
    header = [cell.value for cell in _sheet(data)[1]]
    assert header == ["ID", "Name", "Phone", "Tags", "Rate", "Born", "Created at (Asia/Tokyo)"]


def test_export_response_csv_keeps_the_formula_guard_and_utc(app: Flask):
    with app.test_request_context():
        response = export_response("things", COLUMNS, [ROW], file_format="csv", zone="Asia/Tokyo")
        text = b"".join(chunk.encode() for chunk in response.response).decode()
    header, row = text.removeprefix("\ufeff").splitlines()
    assert header.endswith("Created at (UTC)")
    assert row.startswith("7,'@Smith,'+44 20 7946 0958,vip; =1+1,65.50,1990-05-17,2026-07-01 12:30:00 UTC")


@pytest.mark.parametrize("rows", [100, 3000])
def test_write_workbook_reads_rows_lazily_in_constant_memory(tmp_path, rows):
    seen = 0

    def generate():
        nonlocal seen
        for n in range(rows):
            seen += 1
            yield (n, f"name {n}", None, None, n, None, None)

    path = tmp_path / "out.xlsx"
    assert write_workbook(path, [c.title for c in COLUMNS], [c.kind for c in COLUMNS], generate(), zone="UTC") == rows
    sheet = _sheet(path.read_bytes())
    assert sheet.max_row == rows + 1
    assert seen == rows
