"""Streaming CSV downloads that Excel opens correctly and cannot be turned into formulas."""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any

from flask import Response, stream_with_context
from sqlalchemy.orm import Session

from fitnesscrm.extensions import db

# OWASP's list: a leading =, +, -, @ (or tab / carriage return) makes spreadsheets evaluate a cell.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
BYTE_ORDER_MARK = "\ufeff"
ROWS_PER_CHUNK = 500


def neutralize(value: Any) -> str:
    """A cell's text, prefixed with an apostrophe when a spreadsheet would run it as a formula."""
    if value is None:
        return ""
    if type(value) is str:  # the common case first: exports run this for every cell
        text = value
    elif type(value) is int:
        return str(value)
    elif isinstance(value, datetime):
        text = value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, list | tuple):
        text = "; ".join(str(item) for item in value)
    else:
        text = str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def csv_chunks(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[str]:
    """The file as text chunks of a few hundred rows: a BOM, the header, then the rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    buffer.write(BYTE_ORDER_MARK)
    writer.writerow(header)
    for count, row in enumerate(rows, start=1):
        # Most cells are text that starts harmlessly, whole numbers or empty: the csv module writes
        # those as they are, and only the rest pay for neutralize()'s call (100k rows x 17 cells).
        writer.writerow(
            [
                cell
                if cell is None
                or (kind := type(cell)) is int
                or (kind is str and not cell.startswith(FORMULA_PREFIXES))
                else neutralize(cell)
                for cell in row
            ]
        )
        if count % ROWS_PER_CHUNK == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def csv_response(name: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Response:
    """A streamed attachment `<name>-YYYYmmdd-HHMMSS.csv`; the rows are read while sending.

    The first chunk (the query, the first rows) is built before the response starts, so that
    a failure there still answers in the JSON error shape. A failure later can only cut the
    download short: the status has been sent by then.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    chunks = csv_chunks(header, rows)
    first = next(chunks)
    reading = _hand_session_to_stream()
    response = Response(stream_with_context(itertools.chain((first,), chunks)), mimetype="text/csv")
    response.call_on_close(reading.close)
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="{name}-{stamp}.csv"'
    response.headers["Cache-Control"] = "no-store"
    return response


def _hand_session_to_stream() -> Session:
    """Take the request's session out of its scope and return it, for the stream to close when done.

    The rows come from a server-side cursor opened by the first chunk, in the request's session.
    The request's teardown removes its session before the body is sent, which would end that
    transaction and the cursor with it; the teardown now finds no session and the stream keeps it.
    """
    session = db.session()
    db.session.registry.clear()
    return session
