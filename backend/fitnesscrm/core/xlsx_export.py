"""Excel downloads written in constant memory: every cell typed, so nothing needs neutralising.

Text is written as text (a name such as `@Smith` or a phone `+44 20 …` is never read as a
formula), numbers as numbers, dates as dates and times as date-times in the reader's zone.
XlsxWriter's constant_memory mode flushes each row to a temporary file as soon as the next one
starts, so the worker's memory stays flat whatever the number of rows; the finished file is
then streamed from disk and deleted.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import xlsxwriter
from flask import Response, stream_with_context

# How a column's cells are typed.
TEXT, NUMBER, DATE, DATETIME = "text", "number", "date", "datetime"
XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CHUNK_BYTES = 64 * 1024
# Excel refuses longer cells.
MAX_CELL_CHARS = 32_767
WIDTHS = {DATE: 12, DATETIME: 18, NUMBER: 10}
TEXT_WIDTH = 20


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        value = "; ".join(str(item) for item in value)
    return str(value)[:MAX_CELL_CHARS]


def write_workbook(
    path: Path, header: Sequence[str], kinds: Sequence[str], rows: Iterable[Sequence[Any]], *, zone: str
) -> int:
    """Write the header and `rows` (cells typed by `kinds`) to an .xlsx file at `path`; returns the row count."""
    tz = ZoneInfo(zone)
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True, "tmpdir": str(path.parent)})
    sheet = workbook.add_worksheet()
    bold = workbook.add_format({"bold": True})
    formats = {
        DATE: workbook.add_format({"num_format": "yyyy-mm-dd"}),
        DATETIME: workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"}),
    }
    for index, (title, kind) in enumerate(zip(header, kinds, strict=True)):
        sheet.set_column(index, index, WIDTHS.get(kind, TEXT_WIDTH))
        sheet.write_string(0, index, title, bold)
    sheet.freeze_panes(1, 0)
    writers: list[Callable[[int, int, Any], Any]] = []
    for kind in kinds:
        if kind == NUMBER:
            writers.append(lambda r, c, v: sheet.write_number(r, c, float(v)))
        elif kind == DATE:
            writers.append(lambda r, c, v: sheet.write_datetime(r, c, v, formats[DATE]))
        elif kind == DATETIME:
            writers.append(
                lambda r, c, v: sheet.write_datetime(
                    r, c, (v if v.tzinfo else v.replace(tzinfo=UTC)).astimezone(tz).replace(tzinfo=None),
                    formats[DATETIME],
                )
            )  # fmt: skip
        else:
            writers.append(lambda r, c, v: sheet.write_string(r, c, _text(v)))
    count = 0
    for count, row in enumerate(rows, start=1):
        for index, value in enumerate(row):
            if value is not None and value != "":
                writers[index](count, index, value)
    sheet.autofilter(0, 0, count, len(header) - 1)
    workbook.close()
    return count


def xlsx_chunks(
    header: Sequence[str], kinds: Sequence[str], rows: Iterable[Sequence[Any]], *, zone: str
) -> Iterator[bytes]:
    """The workbook's bytes, built in a private temporary directory that is removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="fitnesscrm-export-") as directory:
        path = Path(directory) / "export.xlsx"
        write_workbook(path, header, kinds, rows, zone=zone)
        with path.open("rb") as file:
            while chunk := file.read(CHUNK_BYTES):
                yield chunk


def xlsx_response(
    name: str, header: Sequence[str], kinds: Sequence[str], rows: Iterable[Sequence[Any]], *, zone: str
) -> Response:
    """A streamed attachment `<name>-YYYYmmdd-HHMMSS.xlsx`; the rows are read while the file is written."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    body = stream_with_context(xlsx_chunks(header, kinds, rows, zone=zone))
    response = Response(body, mimetype=XLSX_MIMETYPE)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}-{stamp}.xlsx"'
    response.headers["Cache-Control"] = "no-store"
    return response
