"""Importing clients from a CSV file, so a studio can move here from another tool or a spreadsheet.

Three steps, all stateless (the file is sent each time): `inspect` reads the file and suggests
which column is which; `run(dry_run=True)` checks every row and says what would happen, with
each problem as a sentence under its row number; `run(dry_run=False)` imports in one
transaction. Rows are validated by the API's own create schema, so the rules are the same as
for a client added by hand.

A client whose email is already in the studio is matched, not duplicated, so importing the same
file twice changes nothing. With `existing="update"` (the default) the file's non-empty cells
overwrite the matched client's fields and blank cells never erase anything; with
`existing="skip"` matched clients are left as they are. Rows without an email cannot be
matched and are added each time.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import marshmallow as ma
import sqlalchemy as sa
from dateutil import parser as dateparser
from flask import current_app

from fitnesscrm.clients.events import ClientCreated, ClientUpdated
from fitnesscrm.clients.import_files import Table, read_table, suggest_mapping
from fitnesscrm.clients.models import Client
from fitnesscrm.clients.schemas import ClientCreateSchema
from fitnesscrm.clients.service import EDITABLE, EMAIL_TAKEN
from fitnesscrm.core import events
from fitnesscrm.core.changes import created, diff, snapshot
from fitnesscrm.core.conflicts import flush_or_conflict
from fitnesscrm.core.tenancy import Principal, scoped
from fitnesscrm.errors import ValidationError
from fitnesscrm.extensions import db

FIELD_LABELS = {
    "first_name": "First name", "last_name": "Last name", "full_name": "Full name", "email": "Email",
    "phone": "Phone", "date_of_birth": "Date of birth", "gender": "Gender", "goals": "Goals", "notes": "Notes",
    "emergency_contact_name": "Emergency contact name", "emergency_contact_phone": "Emergency contact phone",
    "tags": "Tags", "status": "Status", "start_date": "Start date", "source": "Source",
}  # fmt: skip
DATE_FIELDS = ("date_of_birth", "start_date")
MAX_ERRORS = 500
SAMPLES = 3
# Countries that write a date such as 03/04/2026 month first.
MONTH_FIRST = {"US", "PH", "FM", "MH", "PW", "GU", "AS", "MP", "PR", "VI", "UM", "CA"}
STATUS_WORDS = {
    "lead": "lead", "prospect": "lead", "trial": "lead", "new": "lead", "enquiry": "lead", "inquiry": "lead",
    "active": "active", "current": "active", "client": "active", "member": "active",
    "paused": "paused", "on hold": "paused", "onhold": "paused", "frozen": "paused", "hold": "paused",
    "inactive": "inactive", "former": "inactive", "cancelled": "inactive", "canceled": "inactive",
    "archived": "inactive", "lapsed": "inactive", "expired": "inactive",
}  # fmt: skip
GENDER_WORDS = {
    "f": "female", "female": "female", "woman": "female", "w": "female",
    "m": "male", "male": "male", "man": "male",
    "nonbinary": "non_binary", "nb": "non_binary", "enby": "non_binary",
    "other": "other", "prefernottosay": "prefer_not_to_say", "prefernottoanswer": "prefer_not_to_say",
    "notsaid": "prefer_not_to_say", "undisclosed": "prefer_not_to_say",
}  # fmt: skip


def _limits() -> dict[str, int]:
    config = current_app.config
    return {"max_bytes": config["CLIENT_IMPORT_MAX_BYTES"], "max_rows": config["CLIENT_IMPORT_MAX_ROWS"]}


def inspect(*, actor: Principal, content: bytes) -> dict[str, Any]:
    """How the file reads: encoding, delimiter, columns with sample values, row count and a suggested mapping."""
    table = read_table(content, **_limits())
    columns = [
        {
            "index": index,
            "name": name or f"Column {index + 1}",
            "samples": [cells[index] for _, cells in table.rows if index < len(cells) and cells[index]][:SAMPLES],
        }
        for index, name in enumerate(table.header)
    ]
    return {
        "encoding": table.encoding,
        "delimiter": table.delimiter,
        "rows": len(table.rows),
        "columns": columns,
        "mapping": suggest_mapping(table.header),
    }


def _check_mapping(mapping: dict[str, int], table: Table) -> None:
    problems = [f"{FIELD_LABELS[f]} points at column {i + 1}, but the file has {len(table.header)}."
                for f, i in mapping.items() if i >= len(table.header)]  # fmt: skip
    used: dict[int, str] = {}
    for field, index in sorted(mapping.items(), key=lambda item: list(FIELD_LABELS).index(item[0])):
        if index in used:
            problems.append(
                f"Column {index + 1} is chosen for both {FIELD_LABELS[used[index]]} and {FIELD_LABELS[field]}."
            )
        used[index] = field
    if "full_name" not in mapping and not {"first_name", "last_name"} <= mapping.keys():
        problems.append("Choose the columns for First name and Last name, or one for Full name.")
    if problems:
        raise ValidationError(" ".join(problems), fields={"mapping": problems})


def _date(text: str, *, month_first: bool) -> str:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text
    if text.isdigit():
        raise ValueError(text)
    # Parsed twice with different defaults: a date missing its day, month or year differs between them.
    first = dateparser.parse(text, dayfirst=not month_first, default=datetime(2001, 1, 1))
    second = dateparser.parse(text, dayfirst=not month_first, default=datetime(2002, 2, 2))
    if first.date() != second.date():
        raise ValueError(text)
    return first.date().isoformat()


def _raw_input(cells: list[str], mapping: dict[str, int], *, month_first: bool) -> tuple[dict[str, Any], list[str]]:
    """The row as the create schema's input, made lenient where exports differ; and what could not be read."""
    raw: dict[str, Any] = {}
    problems: list[str] = []
    for field, index in mapping.items():
        text = cells[index] if index < len(cells) else ""
        if not text:
            continue
        if field == "full_name":
            *first, last = text.split()
            if not first:
                problems.append(f"Full name: “{text}” has no last name; add one, or choose a Last name column.")
            raw.setdefault("first_name", " ".join(first))
            raw.setdefault("last_name", last)
        elif field in DATE_FIELDS:
            try:
                raw[field] = _date(text, month_first=month_first)
            except (ValueError, OverflowError):
                problems.append(f"{FIELD_LABELS[field]}: “{text}” is not a date we can read, e.g. 2026-03-31.")
        elif field == "tags":
            raw[field] = [tag for tag in re.split(r"[;,|]", text) if tag.strip()]
        elif field == "status":
            raw[field] = STATUS_WORDS.get(text.lower(), text)
        elif field == "gender":
            raw[field] = GENDER_WORDS.get(re.sub(r"[^a-z]", "", text.lower()), text)
        else:
            raw[field] = text
    if raw.get("status") not in (None, *set(STATUS_WORDS.values())):
        problems.append(f"Status: “{raw.pop('status')}” is not one of lead, active, paused or inactive.")
    return raw, problems


def _sentences(messages: dict[str, Any]) -> list[str]:
    sentences = []
    for field, detail in messages.items():
        texts = detail if isinstance(detail, list) else [m for ms in detail.values() for m in ms]
        sentences += [f"{FIELD_LABELS.get(field, field)}: {text}" for text in texts]
    return sentences


def _validated(table: Table, mapping: dict[str, int], country: str | None) -> tuple[list, list[dict[str, Any]]]:
    """(row number, loaded fields, fields the row gave) for the good rows, and the errors of the others."""
    schema = ClientCreateSchema()
    month_first = (country or "US") in MONTH_FIRST
    good, errors, seen_emails = [], [], {}
    for number, cells in table.rows:
        raw, problems = _raw_input(cells, mapping, month_first=month_first)
        loaded: dict[str, Any] = {}
        try:
            loaded = schema.load(raw)
        except ma.ValidationError as error:
            problems += _sentences(error.normalized_messages())
        email = loaded.get("email")
        if email and email in seen_emails:
            problems.append(f"Email: {email} is also on row {seen_emails[email]}; each client can be in the file once.")
        elif email:
            seen_emails[email] = number
        if problems:
            errors.append({"row": number, "messages": problems})
        else:
            good.append((number, loaded, raw.keys()))
    return good, errors


def run(
    *,
    actor: Principal,
    content: bytes,
    mapping: dict[str, int],
    existing: str = "update",
    dry_run: bool = True,
    skip_invalid: bool = False,
) -> dict[str, Any]:
    """Check every row and, unless `dry_run`, import them in one transaction, matching existing clients by email."""
    table = read_table(content, **_limits())
    _check_mapping(mapping, table)
    good, errors = _validated(table, mapping, actor.country)
    if errors and not dry_run and not skip_invalid:
        rows = ", ".join(str(error["row"]) for error in errors[:20])
        raise ValidationError(
            f"{len(errors)} rows have problems (rows {rows}{'…' if len(errors) > 20 else ''}); nothing was imported. "
            "Fix them and try again, or skip them.",
            fields={f"row {error['row']}": error["messages"] for error in errors[:MAX_ERRORS]},
        )
    emails = [loaded["email"] for _, loaded, _ in good if loaded.get("email")]
    matched_stmt = scoped(Client, actor).where(sa.func.lower(Client.email).in_(emails))
    if not dry_run and existing == "update":
        matched_stmt = matched_stmt.with_for_update()
    matched = {client.email.lower(): client for client in db.session.scalars(matched_stmt)} if emails else {}
    counts = {"created": 0, "updated": 0, "unchanged": 0, "skipped": 0}
    new_clients: list[Client] = []
    for _number, loaded, given in good:
        client = matched.get(loaded.get("email") or "")
        if client is None:
            counts["created"] += 1
            new_clients.append(Client(organization_id=actor.organization_id, **loaded))
        elif existing == "skip":
            counts["skipped"] += 1
        else:
            counts["updated" if _update(actor, client, loaded, given, record=not dry_run) else "unchanged"] += 1
    if dry_run:
        db.session.rollback()
    else:
        _create(actor, new_clients)
        db.session.commit()
    return {
        "dry_run": dry_run,
        "rows": len(table.rows),
        **counts,
        "invalid": len(errors),
        "errors": errors[:MAX_ERRORS],
    }


def _update(actor: Principal, client: Client, loaded: dict[str, Any], given, *, record: bool) -> bool:
    """Overwrite `client`'s fields with the row's non-empty cells; True when something changed."""
    before = snapshot(client, EDITABLE)
    for field in given:
        if field == "status" and client.status == "archived":
            continue  # an archived client is restored on purpose, never by an import
        setattr(client, field, loaded[field])
    changes = diff(before, snapshot(client, EDITABLE))
    if changes and record:
        events.record_by(actor, ClientUpdated, entity_id=client.id, label=client.full_name, changes=changes)
    return bool(changes)


def _create(actor: Principal, clients: list[Client]) -> None:
    db.session.add_all(clients)
    flush_or_conflict(EMAIL_TAKEN)
    for client in clients:
        events.record_by(
            actor, ClientCreated, entity_id=client.id, label=client.full_name,
            changes=created(snapshot(client, EDITABLE)),
        )  # fmt: skip
