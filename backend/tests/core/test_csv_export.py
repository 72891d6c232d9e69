"""Does the CSV writer neutralise formulas, quote what needs quoting and stay streamable?"""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest

from fitnesscrm.core.csv_export import ROWS_PER_CHUNK, csv_chunks, neutralize


@pytest.mark.parametrize("text", ["=1+1", "+14155552671", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_neutralize_prefixes_formula_starts_with_an_apostrophe(text):
    assert neutralize(text) == "'" + text


@pytest.mark.parametrize(
    "value, expected",
    [
        (None, ""),
        ("plain", "plain"),
        (3, "3"),
        (["a", "b"], "a; b"),
        (date(2026, 1, 2), "2026-01-02"),
        (datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "2026-01-02 03:04:05 UTC"),
    ],
)
def test_neutralize_formats_values(value, expected):
    assert neutralize(value) == expected


def test_csv_chunks_round_trip_through_the_csv_module():
    rows = [(1, 'say "hi", then\nleave', "Zoë"), (2, "=cmd|' /C calc'!A0", None)]
    text = "".join(csv_chunks(("id", "text", "name"), rows))
    assert text.startswith("\ufeff")
    parsed = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert parsed == [["id", "text", "name"], ["1", 'say "hi", then\nleave', "Zoë"], ["2", "'=cmd|' /C calc'!A0", ""]]


def test_csv_chunks_yields_bounded_chunks_lazily():
    produced = 0

    def rows():
        nonlocal produced
        for n in range(ROWS_PER_CHUNK * 3):
            produced += 1
            yield (n,)

    chunks = csv_chunks(("n",), rows())
    next(chunks)
    assert produced == ROWS_PER_CHUNK


@pytest.mark.parametrize(
    "path, service",
    [
        ("/api/sessions/export", "fitnesscrm.scheduling.service.export_rows"),
        ("/api/clients/export", "fitnesscrm.clients.service.export_rows"),
        ("/api/trainers/export", "fitnesscrm.trainers.service.export_rows"),
        ("/api/activity/export", "fitnesscrm.activity.service.export_rows"),
    ],
)
def test_export_failing_before_its_first_chunk_answers_in_the_json_error_shape(
    path, service, studio, client_as, monkeypatch
):
    def failing_rows(**_filters):
        raise RuntimeError("the database could not read a row")
        yield  # a generator, like the real exports

    monkeypatch.setattr(service, failing_rows)
    response = client_as(studio.owner).get(path)
    assert response.status_code == 500
    assert response.content_type == "application/json"
    assert response.get_json()["error"] == {
        "code": "internal_error",
        "message": "Something went wrong on our side.",
        "request_id": response.headers["X-Request-ID"],
    }


def test_export_streams_rows_past_the_first_chunk(studio, client_as, monkeypatch):
    rows = ((n, f"Client {n}") for n in range(ROWS_PER_CHUNK * 2 + 1))
    monkeypatch.setattr("fitnesscrm.clients.service.export_rows", lambda **_filters: rows)
    response = client_as(studio.owner).get("/api/clients/export")
    assert response.status_code == 200
    assert response.get_data(as_text=True).count("\r\n") == ROWS_PER_CHUNK * 2 + 2
