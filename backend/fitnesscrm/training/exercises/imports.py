"""`flask exercises import`: read a file or an http(s) URL in a known format and write it into a library.

A file that is not what it claims (not JSON, not an array, too large, unreachable) is one
error and nothing is written. Inside a good file, each malformed record is refused with a
sentence of its own (its position, its name if it has one, and what is wrong) and the others
are imported; a repeated id keeps the first record with it.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from fitnesscrm.errors import NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization
from fitnesscrm.training.exercises import free_exercise_db
from fitnesscrm.training.exercises.library_sync import Report, write

FORMATS = ("free-exercise-db",)
MAX_BYTES = 20 * 2**20
TIMEOUT_SECONDS = 30


def _read_url(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "FitnessCRM exercise importer"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - scheme checked
            content = response.read(MAX_BYTES + 1)
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise ValidationError(f"Could not download {url}: {getattr(error, 'reason', error)}.") from None
    if len(content) > MAX_BYTES:
        raise ValidationError(f"{url} is larger than {MAX_BYTES // 2**20} MB.")
    return content


def _read_path(path: str) -> bytes:
    file = Path(path)
    if not file.is_file():
        raise ValidationError(f"No file at {path}.")
    if file.stat().st_size > MAX_BYTES:
        raise ValidationError(f"{path} is larger than {MAX_BYTES // 2**20} MB.")
    return file.read_bytes()


def read(location: str) -> list[Any]:
    """The JSON array at a path or an http(s) URL, or ValidationError saying why it is not one."""
    if "://" in location:
        if not location.lower().startswith(("http://", "https://")):
            raise ValidationError("Only http:// and https:// addresses can be imported.")
        content = _read_url(location)
    else:
        content = _read_path(location)
    try:
        records = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValidationError(f"{location} is not JSON ({error}).") from None
    if not isinstance(records, list):
        raise ValidationError(f"{location} holds a JSON {type(records).__name__}, not an array of exercises.")
    return records


def run(*, location: str, file_format: str, organization_id: int | None = None) -> Report:
    """Import every good record at `location` into the built-in library, or studio `organization_id`'s."""
    if file_format not in FORMATS:
        raise ValidationError(f"Unknown format {file_format!r}; known: {', '.join(FORMATS)}.")
    if organization_id is not None and db.session.get(Organization, organization_id) is None:
        raise NotFound(f"No studio with id {organization_id}.")
    records, report, seen = read(location), Report(), set()
    converted = []
    for index, record in enumerate(records):
        name = record.get("name") if isinstance(record, dict) and isinstance(record.get("name"), str) else None
        where = f"Record {index}" + (f" ({name.strip()[:80]})" if name and name.strip() else "")
        try:
            values = free_exercise_db.convert(record)
        except free_exercise_db.Refused as refused:
            report.refused.append(f"{where} was not imported: {refused}")
            continue
        if values["source_id"] in seen:
            report.refused.append(f"{where} was not imported: its id {values['source_id']!r} repeats an earlier one.")
            continue
        seen.add(values["source_id"])
        converted.append(values)
    return write(converted, organization_id=organization_id, source="free-exercise-db", report=report)
