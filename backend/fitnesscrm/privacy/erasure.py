"""Erasing a client: anonymise the person everywhere, keep the money records the law requires.

What happens, in one transaction (the files' bytes go once it commits):

- The client's row stays, as "Erased client #<n>" with every personal field cleared and the
  status archived, so invoices, payments, memberships, credits, assignments and attendance keep
  pointing at a row and the studio's figures still add up.
- Every other row that belongs to the client (found through the foreign keys to `clients`):
  measurements, check-ins, goals, habits, programs and logged workouts, photos, tasks, chat
  threads, reminders, invitations, waivers, saved cards... is deleted. Health data has no reason
  to outlive the person's record, and a row detached from a person still describes them.
- Their login is deactivated and anonymised, its sessions ended; messages they wrote in group
  chats are blanked; emails, texts and pushes to their addresses lose the address and the body.
- Their files (progress and check-in photos, chat attachments) are deleted from storage.
- The activity log's entries about them are relabelled and emptied of their before/after values;
  anywhere else in the studio's data, their full name, email and phone number become "[erased]".
"""

from __future__ import annotations

import json
import re
import secrets
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

from fitnesscrm.auth.passwords import hash_password
from fitnesscrm.clients.models import Client
from fitnesscrm.core import crypto
from fitnesscrm.core.storage import backends, lifecycle
from fitnesscrm.core.storage.models import StoredFile
from fitnesscrm.extensions import db
from fitnesscrm.privacy import records

# Rows about the client that are kept (attached to the anonymised client row): the money records the
# law requires, and facts with nothing personal left once the client row is anonymised.
KEPT = frozenset(
    {"invoices", "payments", "credit_entries", "memberships", "stripe_customers", "assignments",
     "session_participants", "campaign_recipients", "sms_messages", "client_erasures"}
)  # fmt: skip
REDACTED = "[erased]"
# JSON kept as text: a webhook event's body is the exact bytes it is sent as.
JSON_TEXT_COLUMNS = frozenset({("webhook_events", "body")})
# In a JSON object that describes the person (it holds both their first and their last name), these go.
PERSONAL_KEYS = frozenset(
    {"first_name", "last_name", "name", "full_name", "email", "phone", "date_of_birth", "gender", "goals", "notes",
     "emergency_contact_name", "emergency_contact_phone", "tags", "client_name"}
)  # fmt: skip
# Waiver signatures are kept final by the database: the erased client's own are deleted with the rest,
# and another client's signature is theirs.
NOT_SCRUBBED = frozenset({"waiver_signatures"})


def erased_label(client_id: int) -> str:
    """What an erased client is called from now on."""
    return f"Erased client #{client_id}"


def erase(client: Client) -> None:
    """Anonymise `client` in the caller's transaction (see the module's docstring); the caller commits."""
    terms = _terms(client)
    found = records.collect(client)
    files = _own_files(client, found)
    user_id = client.user_id
    _delete_owned_rows(client)
    _scrub_kept_rows(client, terms)
    if user_id is not None:
        _retire_login(client, user_id)
    _scrub_activity(client, user_id)
    _redact_everywhere(client.organization_id, terms)
    _redact_described(client)
    _anonymise(client)
    _delete_files(files)


def _terms(client: Client) -> list[str]:
    """What identifies the person in free text: their full name, emails and phone number."""
    names = {f"{client.first_name} {client.last_name}".strip()}
    return sorted({*names, *records.addresses(client)} - {""}, key=len, reverse=True)


def _own_files(client: Client, found: records.Found) -> list[StoredFile]:
    """The client's files: all they uploaded, and the photos and attachments kept in their records.

    Documents the studio shared with them are the studio's, and stay; so does any file a document
    version still uses.
    """
    ids = records.file_ids(found)
    if not ids:
        return []
    versions = records.tables()["document_versions"]
    files = db.session.execute(
        sa.select(StoredFile).where(
            StoredFile.id.in_(ids),
            StoredFile.organization_id == client.organization_id,
            ~StoredFile.id.in_(sa.select(versions.c.stored_file_id)),
        )
    ).scalars()
    return [file for file in files if file.kind != "document" or file.uploaded_by_user_id == client.user_id]


def _delete_owned_rows(client: Client) -> None:
    """Delete every row that belongs to the client and is not kept; their children go by cascade."""
    for table, column in records.links_to("clients"):
        if table.name in KEPT:
            continue
        db.session.execute(sa.delete(table).where(column == client.id))


def _scrub_kept_rows(client: Client, terms: list[str]) -> None:
    """Kept rows lose what names or reaches the person: notes, addresses, message bodies."""
    t = records.tables()
    organization = client.organization_id
    db.session.execute(
        sa.update(t["credit_entries"]).where(t["credit_entries"].c.client_id == client.id).values(note=None)
    )
    recipients = t["campaign_recipients"]
    db.session.execute(sa.update(recipients).where(recipients.c.client_id == client.id).values(email="", name=""))
    sms = t["sms_messages"]
    matches = [sms.c.client_id == client.id]
    if client.phone:
        matches += [sms.c.to_number == client.phone, sms.c.from_number == client.phone]
    db.session.execute(
        sa.update(sms)
        .where(sms.c.organization_id == organization, sa.or_(*matches))
        .values(
            body="",
            to_number=sa.case((sms.c.to_number == (client.phone or ""), ""), else_=sms.c.to_number),
            from_number=sa.case((sms.c.from_number == (client.phone or ""), ""), else_=sms.c.from_number),
        )
    )
    addresses = records.addresses(client)
    outbox = t["outbox_messages"]
    to_them = [outbox.c.recipient_address.in_(addresses)] if addresses else []
    if client.user_id is not None:
        to_them.append(outbox.c.recipient_user_id == client.user_id)
    if to_them:
        db.session.execute(
            sa.update(outbox)
            .where(outbox.c.organization_id == organization, sa.or_(*to_them))
            .values(
                recipient_address=sa.case((outbox.c.recipient_address.is_(None), None), else_=""),
                recipient_name="",
                subject="",
                context={},
                status=sa.case((outbox.c.status.in_(("pending", "sending")), "dead"), else_=outbox.c.status),
                last_error=sa.case(
                    (outbox.c.status.in_(("pending", "sending")), "Not sent: the recipient was erased."),
                    else_=outbox.c.last_error,
                ),
            )
        )
    if addresses:
        preferences = t["notification_preferences"]
        db.session.execute(
            sa.delete(preferences).where(
                preferences.c.organization_id == organization, preferences.c.address.in_(addresses)
            )
        )
    if client.phone:
        opt_outs = t["sms_opt_outs"]
        db.session.execute(
            sa.delete(opt_outs).where(
                opt_outs.c.organization_id == organization, opt_outs.c.phone_number == client.phone
            )
        )
    sessions, participants = t["sessions"], t["session_participants"]
    # A one-to-one session's notes are about the client; a group's are about the class.
    alone = (
        sa.select(participants.c.session_id)
        .where(participants.c.organization_id == organization)
        .group_by(participants.c.session_id)
        .having(sa.func.bool_and(participants.c.client_id == client.id))
    )
    db.session.execute(sa.update(sessions).where(sessions.c.id.in_(alone)).values(notes=None))


def _retire_login(client: Client, user_id: int) -> None:
    """The login can no longer sign in, holds no name or address, and every session of it ends."""
    t = records.tables()
    users = t["users"]
    messages = t["chat_messages"]
    written = sa.select(messages.c.id).where(messages.c.author_user_id == user_id)
    db.session.execute(sa.delete(t["chat_message_edits"]).where(t["chat_message_edits"].c.message_id.in_(written)))
    db.session.execute(
        sa.update(messages)
        .where(messages.c.author_user_id == user_id)
        .values(body="", attachment_file_id=None, deleted_at=sa.func.coalesce(messages.c.deleted_at, sa.func.now()))
    )
    for name in ("refresh_token_families", "account_links", "push_subscriptions", "in_app_notifications"):
        table = t[name]
        db.session.execute(sa.delete(table).where(table.c.user_id == user_id))
    db.session.execute(
        sa.update(users)
        .where(users.c.id == user_id)
        .values(
            email=f"erased-client-{client.id}@erased.invalid",
            first_name="Erased",
            last_name=f"client #{client.id}",
            # A password nobody knows: the login cannot be signed into, even if reactivated.
            password_hash=hash_password(secrets.token_urlsafe(32)),
            is_active=False,
            # Access tokens issued before this instant are refused from now on.
            password_changed_at=sa.func.now(),
        )
    )


def _scrub_activity(client: Client, user_id: int | None) -> None:
    """Entries about the client keep what happened and when, not who they were; so do entries by them."""
    activity = records.tables()["activity_entries"]
    label = erased_label(client.id)
    db.session.execute(
        sa.update(activity)
        .where(
            activity.c.organization_id == client.organization_id,
            activity.c.entity_type == "client",
            activity.c.entity_id == client.id,
        )
        .values(entity_label=label, changes={})
    )
    if user_id is not None:
        db.session.execute(sa.update(activity).where(activity.c.actor_id == user_id).values(actor_name=label))


def _pattern(terms: list[str], *, in_json: bool) -> str:
    """A case-insensitive PostgreSQL regular expression matching any of `terms` (as JSON text escapes them)."""
    parts = []
    for term in terms:
        text = json.dumps(term, ensure_ascii=False)[1:-1] if in_json else term
        parts.append(r"\s+".join(re.escape(word) for word in text.split()))
    return "(" + "|".join(parts) + ")"


def _redact_everywhere(organization_id: int, terms: list[str]) -> None:
    """Replace the person's name, emails and phone with "[erased]" in every text of the studio's data.

    One UPDATE per table, touching only the rows where a term appears. Encrypted columns hold
    ciphertext, which no term matches: they are read and rewritten in Python instead.
    """
    if not terms:
        return
    plain, in_json = _pattern(terms, in_json=False), _pattern(terms, in_json=True)
    encrypted = {(model.__table__.name, name) for model, names in crypto.ENCRYPTED_COLUMNS for name in names}
    encrypted |= {(column.table.name, column.name) for column in crypto.encrypted_text_columns()}
    for table in records.tables().values():
        if "organization_id" not in table.c or table.name in NOT_SCRUBBED:
            continue
        changes, matches = {}, []
        for column in table.c:
            if (
                column.computed is not None
                or (table.name, column.name) in encrypted
                or column.name in records.SECRET_COLUMNS
            ):
                continue
            if isinstance(column.type, JSONB):
                text = sa.cast(column, sa.Text)
                changes[column.name] = sa.cast(sa.func.regexp_replace(text, in_json, REDACTED, "gi"), JSONB)
                matches.append(text.op("~*")(in_json))
            elif isinstance(column.type, ARRAY) and isinstance(column.type.item_type, sa.String):
                joined = sa.func.array_to_string(column, "\x1f")
                changes[column.name] = sa.func.string_to_array(
                    sa.func.regexp_replace(joined, plain, REDACTED, "gi"), "\x1f"
                )
                matches.append(joined.op("~*")(plain))
            elif isinstance(column.type, sa.String) and not isinstance(column.type, sa.Enum):
                changes[column.name] = sa.func.regexp_replace(column, plain, REDACTED, "gi")
                matches.append(column.op("~*")(plain))
        if changes:
            db.session.execute(
                sa.update(table).where(table.c.organization_id == organization_id, sa.or_(*matches)).values(changes)
            )
    _redact_encrypted(organization_id, terms)


def _redact_described(client: Client) -> None:
    """JSON that describes the person field by field (a webhook's client, a snapshot) loses those fields.

    The full name never appears there as one string, so the text pass cannot see it; an object whose
    values hold both their first and their last name is taken to be them.
    """
    first, last = client.first_name.casefold(), client.last_name.casefold()
    if not first or not last:
        return
    for table in records.tables().values():
        if "organization_id" not in table.c or table.name in NOT_SCRUBBED:
            continue
        for column in table.c:
            as_text = (table.name, column.name) in JSON_TEXT_COLUMNS
            if not (as_text or isinstance(column.type, JSONB | crypto.EncryptedJSON)):
                continue
            text = sa.cast(column, sa.Text)
            key = list(table.primary_key.columns)
            query = sa.select(*key, column).where(table.c.organization_id == client.organization_id)
            if isinstance(column.type, crypto.EncryptedText):
                # Ciphertext matches nothing in SQL: every value is decrypted and looked at here.
                rows = [
                    row
                    for row in db.session.execute(query.where(column.is_not(None)))
                    if first in _searchable(row[-1]) and last in _searchable(row[-1])
                ]
            else:
                rows = db.session.execute(
                    query.where(
                        text.op("~*")(re.escape(client.first_name)),
                        text.op("~*")(re.escape(client.last_name)),
                    )
                ).all()
            for *ids, value in rows:
                data = json.loads(value) if as_text else value
                if not _forget(data, first, last):
                    continue
                new = json.dumps(data, ensure_ascii=False, separators=(",", ":")) if as_text else data
                db.session.execute(
                    sa.update(table).where(*(c == i for c, i in zip(key, ids, strict=True))).values({column.name: new})
                )


def _searchable(value) -> str:
    """A decrypted value as casefolded text to look for a name in: JSON values as their JSON text."""
    return (value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)).casefold()


def _forget(data, first: str, last: str) -> bool:
    """Empty the personal fields of every object in `data` that holds both names; whether any changed."""
    changed = False
    if isinstance(data, dict):
        values = {v.casefold() for v in data.values() if isinstance(v, str)}
        if first in values and last in values:
            for name in PERSONAL_KEYS & data.keys():
                data[name] = [] if isinstance(data[name], list) else None
            changed = True
        items = data.values()
    elif isinstance(data, list):
        items = data
    else:
        return False
    for item in list(items):
        changed = _forget(item, first, last) or changed
    return changed


def _redact_encrypted(organization_id: int, terms: list[str]) -> None:
    """Encrypted text and JSON (`EncryptedText`, `EncryptedJSON`) are searched decrypted; rows holding a term rewritten.

    The secrets registered with `crypto.encrypted_columns` (Stripe and webhook keys) hold no one's name.
    """
    found = re.compile("|".join(r"\s+".join(re.escape(w) for w in term.split()) for term in terms), re.IGNORECASE)
    for column in crypto.encrypted_text_columns():
        table = column.table
        if "organization_id" not in table.c:
            continue
        keys = list(table.primary_key.columns)
        rows = db.session.execute(
            sa.select(*keys, column).where(table.c.organization_id == organization_id, column.is_not(None))
        )
        for row in rows.all():
            value = row[-1]
            redacted = _redacted(value, found)
            if redacted != value:
                where = sa.and_(*(key == row[i] for i, key in enumerate(keys)))
                db.session.execute(table.update().where(where).values({column.name: redacted}))


def _redacted(value, found: re.Pattern[str]):
    """`value` with every match of `found` in its text, or in the strings of a JSON value, replaced by REDACTED."""
    if isinstance(value, str):
        return found.sub(REDACTED, value)
    if isinstance(value, dict):
        return {key: _redacted(item, found) for key, item in value.items()}
    if isinstance(value, list):
        return [_redacted(item, found) for item in value]
    return value


def _anonymise(client: Client) -> None:
    """The client row keeps its number, studio, dates and status; nothing that says who they were."""
    if client.status != "archived":
        client.status_before_archive = client.status
        client.status = "archived"
        client.archived_at = datetime.now(UTC)
    client.first_name = "Erased client"
    client.last_name = f"#{client.id}"
    for name in ("email", "phone", "date_of_birth", "gender", "goals", "notes", "emergency_contact_name",
                 "emergency_contact_phone", "source"):  # fmt: skip
        setattr(client, name, None)
    client.tags = []


def _delete_files(files: list[StoredFile]) -> None:
    """Delete the file rows now and their bytes once the erasure commits."""
    if not files:
        return
    backend = backends.current()
    session = db.session()
    for file in files:
        for key in (file.key, file.thumbnail_key):
            if key:
                lifecycle.delete_after_commit(session, backend, key)
    db.session.execute(sa.delete(StoredFile).where(StoredFile.id.in_([file.id for file in files])))
