"""Excel downloads written in constant memory: every cell typed, so nothing needs neutralising.

Text is written as text (a name such as `@Smith` or a phone `+44 20 …` is never read as a
formula), numbers as numbers, dates as dates and times as date-times in the reader's zone.
XlsxWriter's constant_memory mode flushes each row to a temporary file as soon as the next one
starts, so the worker's memory stays flat whatever the number of rows. A workbook is only
readable once complete, so it is written before the response starts (a list too long for one
is refused with a 422 rather than cut off) and then streamed from disk and deleted.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import xlsxwriter
from flask import Response, current_app

from fitnesscrm.errors import ValidationError

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
    path: Path,
    header: Sequence[str],
    kinds: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    zone: str,
    max_rows: int | None = None,
) -> int:
    """Write the header and `rows` (cells typed by `kinds`) to an .xlsx file at `path`; returns the row count.

    More than `max_rows` rows is a ValidationError: the file would take too long to build in one request.
    """
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
        if max_rows is not None and count > max_rows:
            workbook.close()
            raise ValidationError(
                f"An Excel export holds up to {max_rows:,} rows and this list has more. "
                "Narrow the filters, or export it as CSV.",
                fields={"format": ["Too many rows for Excel."]},
            )
        for index, value in enumerate(row):
            if value is not None and value != "":
                writers[index](count, index, value)
    sheet.autofilter(0, 0, count, len(header) - 1)
    workbook.close()
    return count


def _stream_and_delete(directory: Path, path: Path) -> Iterator[bytes]:
    try:
        with path.open("rb") as file:
            while chunk := file.read(CHUNK_BYTES):
                yield chunk
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def xlsx_response(
    name: str, header: Sequence[str], kinds: Sequence[str], rows: Iterable[Sequence[Any]], *, zone: str
) -> Response:
    """A `<name>-YYYYmmdd-HHMMSS.xlsx` attachment: written now (EXPORT_XLSX_MAX_ROWS at most), then streamed."""
    directory = Path(tempfile.mkdtemp(prefix="fitnesscrm-export-"))
    path = directory / "export.xlsx"
    try:
        write_workbook(path, header, kinds, rows, zone=zone, max_rows=current_app.config["EXPORT_XLSX_MAX_ROWS"])
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)
        raise
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    response = Response(_stream_and_delete(directory, path), mimetype=XLSX_MIMETYPE)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}-{stamp}.xlsx"'
    response.headers["Content-Length"] = str(path.stat().st_size)
    response.headers["Cache-Control"] = "no-store"
    return response
