"""Every record about one client, found by walking the schema's foreign keys, not by a list kept by hand.

A table that gains a `client_id` (or a link to a client's user, or to one of their records) is
in the export, and in the erasure, without anybody remembering to add it here. The walk starts
at the client's row and their login, follows each foreign key that points at a row already
found to the rows that point at it, three links deep, always inside the client's studio.
"""

from __future__ import annotations

import base64
import ipaddress
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import TSVECTOR

from fitnesscrm.clients.models import Client
from fitnesscrm.core.models import Base
from fitnesscrm.extensions import db

# Tables that point at a client or their login but hold nothing about the person (sign-in
# machinery, kept counts), or that privacy handles itself.
NOT_ABOUT_THE_PERSON = frozenset(
    {"refresh_token_families", "refresh_tokens", "account_links", "revoked_tokens", "sign_in_throttles",
     "client_counts", "client_erasures", "organizations", "clients", "users"}
)  # fmt: skip
# Links that cache "the latest" row of a parent (a thread's last message), not ownership: following
# them from a client's message would reach other people's group threads.
POINTER_LINKS = frozenset({("chat_threads", "last_message_id"), ("documents", "current_version_id")})
# Columns never exported: secrets and hashes that are the studio's security, not the person's data.
SECRET_COLUMNS = frozenset(
    {"password_hash", "token_hash", "secret_hash", "p256dh", "auth", "attempt_id", "secret", "previous_secret"}
)
DEPTH = 3


@dataclass
class Found:
    """The rows found, per table, keyed by primary key so that a row reached twice is kept once."""

    rows: dict[str, dict[tuple, dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: sa.Table, rows: Iterable[sa.Row]) -> list[dict[str, Any]]:
        """Keep `rows` of `table`; answer those not seen before."""
        kept = self.rows.setdefault(table.name, {})
        new = []
        for row in rows:
            values = dict(row._mapping)
            key = tuple(values[column.name] for column in table.primary_key.columns)
            if key not in kept:
                kept[key] = values
                new.append(values)
        return new

    def ids(self, table_name: str, column: str) -> set[Any]:
        """The values of `column` in the rows found of `table_name` (None left out)."""
        return {row[column] for row in self.rows.get(table_name, {}).values() if row.get(column) is not None}


def tables() -> dict[str, sa.Table]:
    """Every table of the application, by name."""
    return dict(Base.metadata.tables)


def links_to(target: str) -> list[tuple[sa.Table, sa.Column]]:
    """The (table, column) pairs whose foreign key points at `target`'s primary key."""
    found = []
    for table in tables().values():
        if table.name in NOT_ABOUT_THE_PERSON:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == target and (table.name, fk.parent.name) not in POINTER_LINKS:
                found.append((table, fk.parent))
    return sorted(found, key=lambda pair: (pair[0].name, pair[1].name))


def _in_studio(table: sa.Table, organization_id: int) -> list[sa.ColumnElement[bool]]:
    return [table.c.organization_id == organization_id] if "organization_id" in table.c else []


def _select(table: sa.Table, *conditions: sa.ColumnElement[bool]) -> list[sa.Row]:
    return list(db.session.execute(sa.select(table).where(*conditions)))


def collect(client: Client) -> Found:
    """Every row about `client`: theirs (client_id), their login's, and the rows that hang off those."""
    found = Found()
    all_tables = tables()
    found.add(all_tables["clients"], _select(all_tables["clients"], all_tables["clients"].c.id == client.id))
    frontier: dict[str, set[Any]] = {"clients": {client.id}}
    if client.user_id is not None:
        users = all_tables["users"]
        found.add(users, _select(users, users.c.id == client.user_id))
        frontier["users"] = {client.user_id}
    for _ in range(DEPTH):
        reached: dict[str, set[Any]] = {}
        for parent, ids in frontier.items():
            for table, column in links_to(parent):
                new = found.add(table, _select(table, column.in_(ids), *_in_studio(table, client.organization_id)))
                primary = [c.name for c in table.primary_key.columns]
                if new and len(primary) == 1:
                    reached.setdefault(table.name, set()).update(row[primary[0]] for row in new)
        frontier = reached
    _add_addressed(found, client)
    _add_context(found, client)
    return found


def addresses(client: Client) -> set[str]:
    """The email addresses and phone numbers messages to `client` went to (their own and their login's)."""
    return {value for value in (client.email, client.phone, login_email(client)) if value}


def login_email(client: Client) -> str | None:
    """The email of the client's login, if they have one."""
    if client.user_id is None:
        return None
    users = tables()["users"]
    return db.session.execute(sa.select(users.c.email).where(users.c.id == client.user_id)).scalar_one_or_none()


def _add_addressed(found: Found, client: Client) -> None:
    """Messages and preferences kept by address rather than by a link to the client."""
    all_tables = tables()
    wanted = addresses(client)
    if not wanted:
        return
    outbox = all_tables["outbox_messages"]
    found.add(
        outbox, _select(outbox, outbox.c.recipient_address.in_(wanted), *_in_studio(outbox, client.organization_id))
    )
    preferences = all_tables["notification_preferences"]
    found.add(
        preferences,
        _select(preferences, preferences.c.address.in_(wanted), *_in_studio(preferences, client.organization_id)),
    )
    if client.phone:
        sms = all_tables["sms_messages"]
        found.add(
            sms,
            _select(
                sms,
                sa.or_(sms.c.to_number == client.phone, sms.c.from_number == client.phone),
                *_in_studio(sms, client.organization_id),
            ),
        )


def _add_context(found: Found, client: Client) -> None:
    """The rows that give the client's records their meaning: the activity about them, their sessions."""
    all_tables = tables()
    activity = all_tables["activity_entries"]
    found.add(
        activity,
        _select(
            activity,
            activity.c.organization_id == client.organization_id,
            activity.c.entity_type == "client",
            activity.c.entity_id == client.id,
        ),
    )
    session_ids = found.ids("session_participants", "session_id")
    if session_ids:
        sessions = all_tables["sessions"]
        found.add(
            sessions, _select(sessions, sessions.c.id.in_(session_ids), *_in_studio(sessions, client.organization_id))
        )


def file_ids(found: Found) -> set[int]:
    """The stored files the found rows name: photos, check-in photos, attachments, shared documents."""
    ids: set[int] = set(found.ids("stored_files", "id"))
    for table in tables().values():
        for fk in table.foreign_keys:
            if fk.column.table.name == "stored_files":
                ids |= found.ids(table.name, fk.parent.name)
    document_ids = found.ids("document_shares", "document_id") | found.ids("waiver_signatures", "document_id")
    if document_ids:
        documents = tables()["documents"]
        versions = tables()["document_versions"]
        ids |= set(
            db.session.execute(
                sa.select(versions.c.stored_file_id)
                .join(documents, documents.c.current_version_id == versions.c.id)
                .where(documents.c.id.in_(document_ids))
            ).scalars()
        )
    return ids


def exportable(table_name: str, row: dict[str, Any]) -> dict[str, Any]:
    """One row as JSON values, without its secrets and search vectors."""
    table = tables()[table_name]
    out = {}
    for name, value in row.items():
        if name in SECRET_COLUMNS or isinstance(table.c[name].type, TSVECTOR):
            continue
        out[name] = json_value(value)
    return out


def json_value(value: Any) -> Any:
    """A database value as JSON: instants in ISO 8601 (UTC), decimals as text, the rest as it is."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, uuid.UUID | ipaddress.IPv4Address | ipaddress.IPv6Address | ipaddress.IPv4Network):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): json_value(item) for key, item in value.items()}
    return value
