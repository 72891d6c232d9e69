"""List exports: each list declares its columns once and is served as CSV or as an Excel workbook.

CSV (`?format=csv`, the default) is plain text for other tools: UTF-8 with a BOM, times in UTC,
formula-like cells neutralised. Excel (`?format=xlsx`) is for people: typed cells, nothing
neutralised, times in the reader's zone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import marshmallow as ma
from flask import Response
from flask_smorest import Blueprint

from fitnesscrm.core import fields
from fitnesscrm.core.csv_export import csv_response
from fitnesscrm.core.xlsx_export import DATE, DATETIME, NUMBER, TEXT, XLSX_MIMETYPE, xlsx_response

FORMATS = ("csv", "xlsx")
# The column kinds are re-exported: domains declare their columns with this module alone.
__all__ = [
    "DATE", "DATETIME", "FORMATS", "NUMBER", "TEXT",
    "ExportColumn", "documented_export", "export_response", "file_zone", "format_field",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class ExportColumn:
    """One column of an export: its title and how a spreadsheet should type its cells."""

    title: str
    kind: str = TEXT


def format_field() -> fields.String:
    """The `format` query argument of every export."""
    return fields.String(
        data_key="format",
        load_default="csv",
        validate=ma.validate.OneOf(FORMATS),
        metadata={"description": "`csv` (default) or `xlsx`: an Excel workbook with typed cells, times in your zone."},
    )


def file_zone(file_format: str, reader_zone: str | None) -> str:
    """The zone a file's times are written in: UTC in CSV (for other tools), the reader's in Excel."""
    return (reader_zone or "UTC") if file_format == "xlsx" else "UTC"


def export_response(
    name: str, columns: Sequence[ExportColumn], rows: Iterable[Sequence[Any]], *, file_format: str, zone: str | None
) -> Response:
    """The rows as a streamed CSV or XLSX attachment; date-time columns say which zone they are in."""
    times_in = file_zone(file_format, zone)
    header = [f"{c.title} ({times_in})" if c.kind == DATETIME else c.title for c in columns]
    if file_format == "xlsx":
        return xlsx_response(name, header, [c.kind for c in columns], rows, zone=times_in)
    return csv_response(name, header, rows)


DESCRIPTION = "The file, as an attachment."


def documented_export(blp: Blueprint) -> Callable:
    """Document an export route's 200 answer in both formats (flask-smorest's response takes one)."""
    content = {
        "text/csv": {"schema": {"type": "string"}},
        XLSX_MIMETYPE: {"schema": {"type": "string", "format": "binary"}},
    }

    def decorator(view: Callable) -> Callable:
        view = blp.response(200, content_type="text/csv", description=DESCRIPTION)(view)
        return blp.doc(responses={"200": {"description": DESCRIPTION, "content": content}})(view)

    return decorator
