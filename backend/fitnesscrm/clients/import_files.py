"""Reading a spreadsheet export someone uploads: its encoding, delimiter, header and rows.

Studios arrive with files from FitnessCRM's own export, TrueCoach, Trainerize, Mindbody or a
spreadsheet saved from Excel, Numbers, LibreOffice or Google Sheets. So the reader accepts
UTF-8 with or without a byte order mark, UTF-16 with one (Excel's "Unicode text"), and
Windows-1252 (Excel's "CSV" on Windows); it sniffs `,` `;` (Excel in much of Europe), tab and
`|`; and it suggests which column is which from the header's names.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass

from fitnesscrm.core.csv_export import FORMULA_PREFIXES
from fitnesscrm.errors import ValidationError

DELIMITERS = ",;\t|"
SAMPLE_CHARS = 64 * 1024

# What each field is called in our export and in other tools' exports, compared without case,
# spaces or punctuation ("E-mail Address" matches "emailaddress").
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "firstname", "first", "given name", "forename", "client first name", "fname"),
    "last_name": ("last name", "lastname", "last", "surname", "family name", "client last name", "lname"),
    "full_name": ("name", "full name", "client name", "client", "contact name", "member name", "customer name"),
    "email": ("email", "email address", "e-mail", "e-mail address", "client email", "primary email"),
    "phone": (
        "phone", "mobile", "mobile phone", "mobile number", "cell", "cell phone", "cellphone", "phone number",
        "telephone", "tel", "primary phone", "home phone", "client phone", "contact number",
    ),
    "date_of_birth": ("date of birth", "dob", "birthday", "birth date", "birthdate", "born"),
    "gender": ("gender", "sex"),
    "goals": ("goals", "goal", "fitness goals", "fitness goal", "objectives"),
    "notes": ("notes", "note", "comments", "comment", "coach notes", "trainer notes"),
    "emergency_contact_name": ("emergency contact", "emergency contact name", "emergency name", "in case of emergency"),
    "emergency_contact_phone": ("emergency contact phone", "emergency phone", "emergency contact number", "ice phone"),
    "tags": ("tags", "tag", "labels", "label", "groups", "group", "categories"),
    "status": ("status", "client status", "member status", "membership status"),
    "start_date": ("start date", "started", "join date", "joined", "date joined", "member since", "client since"),
    "source": ("source", "lead source", "referral source", "referred by", "how did you hear about us", "channel"),
}  # fmt: skip


@dataclass
class Table:
    """A decoded file: how it was read, its header and its data rows (row numbers as a spreadsheet shows them)."""

    encoding: str
    delimiter: str
    header: list[str]
    rows: list[tuple[int, list[str]]]


def _normalized(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


_LOOKUP = {_normalized(alias): field for field, aliases in HEADER_NAMES.items() for alias in aliases}


def _decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read in."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "UTF-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    for encoding, label in (("utf-8", "UTF-8"), ("cp1252", "Windows-1252")):
        try:
            return data.decode(encoding), label
        except UnicodeDecodeError:
            continue
    # Bytes Windows-1252 leaves undefined: Latin-1 maps every byte, so the file still reads.
    return data.decode("latin-1"), "ISO-8859-1"


def _delimiter(text: str) -> str:
    sample = text[:SAMPLE_CHARS]
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first_line = sample.split("\n", 1)[0]
        return max(DELIMITERS, key=first_line.count) if any(d in first_line for d in DELIMITERS) else ","


def _unguarded(cell: str) -> str:
    """A cell without surrounding spaces, and without the apostrophe our CSV export puts before formula-like text."""
    cell = cell.strip()
    if len(cell) > 1 and cell[0] == "'" and cell[1] in FORMULA_PREFIXES:
        return cell[1:]
    return cell


def read_table(data: bytes, *, max_bytes: int, max_rows: int) -> Table:
    """Decode and split an uploaded CSV; a file that is empty, too big or too long is a 422 saying so."""
    if len(data) > max_bytes:
        raise ValidationError(
            f"The file is larger than {max_bytes // 2**20} MB; split it and import the parts one after another.",
            fields={"file": ["Too large."]},
        )
    text, encoding = _decode(data)
    if "\x00" in text:
        raise ValidationError(
            "This is not a CSV file; save the spreadsheet as CSV first.", fields={"file": ["Not CSV."]}
        )
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    try:
        for number, cells in enumerate(reader, start=1):
            cells = [_unguarded(cell) for cell in cells]
            if not any(cells):
                continue
            if header is None:
                header = cells
                continue
            rows.append((number, cells))
            if len(rows) > max_rows:
                raise ValidationError(
                    f"The file has more than {max_rows:,} clients; split it and import the parts one after another.",
                    fields={"file": ["Too many rows."]},
                )
    except csv.Error as error:
        raise ValidationError(f"The file could not be read as CSV: {error}.", fields={"file": ["Not CSV."]}) from None
    if header is None:
        raise ValidationError("The file is empty.", fields={"file": ["Empty."]})
    if not rows:
        raise ValidationError("The file has a header but no clients under it.", fields={"file": ["No rows."]})
    return Table(encoding=encoding, delimiter=delimiter, header=header, rows=rows)


def suggest_mapping(header: list[str]) -> dict[str, int]:
    """Field → column index for the columns whose names we recognise; the first column of a name wins."""
    mapping: dict[str, int] = {}
    for index, name in enumerate(header):
        field = _LOOKUP.get(_normalized(name))
        if field and field not in mapping:
            mapping[field] = index
    if "first_name" in mapping and "last_name" in mapping:
        mapping.pop("full_name", None)
    return mapping
