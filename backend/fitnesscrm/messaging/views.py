"""Threads and messages as one reader sees them: their title, their unread count, their own messages.

Every builder here takes whole lists and runs a fixed number of statements for them, so a
page of threads costs the same whatever its length.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from fitnesscrm.auth.models import User
from fitnesscrm.clients.models import Client
from fitnesscrm.core.storage import StoredFile
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.extensions import db
from fitnesscrm.messaging import access, reads
from fitnesscrm.messaging.models import Message, Thread
from fitnesscrm.organizations.models import Organization

PREVIEW_LENGTH = 120
DELETED = "This message was deleted"


def names_in_words(names: list[str]) -> str:
    """ "Sam", "Sam and Alex", "Sam, Alex and Kim"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def message_rows(stmt: sa.Select) -> list[tuple]:
    """(Message, author name or None, StoredFile or None, the client's name) for each message `stmt` selects.

    `stmt` selects Message; the client's name names a text from a client without an account.
    """
    author = aliased(User)
    rows = db.session.execute(
        stmt.add_columns(author.first_name, author.last_name, StoredFile, Client.first_name, Client.last_name)
        .outerjoin(author, author.id == Message.author_user_id)
        .outerjoin(StoredFile, StoredFile.id == Message.attachment_file_id)
        .join(Thread, Thread.id == Message.thread_id)
        .outerjoin(Client, Client.id == Thread.client_id)
    ).all()
    result = []
    for message, first, last, stored, client_first, client_last in rows:
        author_name = f"{first} {last}".strip() if first is not None else None
        client_name = f"{client_first} {client_last}" if client_first is not None else None
        result.append((message, author_name, stored, client_name))
    return result


def _attachment(message: Message, stored: StoredFile | None) -> dict[str, Any] | None:
    if stored is None or message.deleted_at is not None:
        return None
    return {
        "name": stored.original_name,
        "content_type": stored.content_type,
        "size": stored.size_bytes,
        "url": f"/api/messages/{message.id}/attachment",
        "thumbnail_url": f"/api/messages/{message.id}/thumbnail" if stored.thumbnail_key else None,
    }


def message_view(row: tuple, *, reader_user_id: int | None) -> dict[str, Any]:
    """One message as `reader_user_id` sees it (None: as everyone but its author sees it, for a room)."""
    message, author_name, stored, _client_name = row
    author = None if message.author_user_id is None else {"user_id": message.author_user_id, "name": author_name}
    return {
        "id": message.id,
        "thread_id": message.thread_id,
        "author": author,
        "body": None if message.deleted_at else message.body,
        "via": message.via,
        "attachment": _attachment(message, stored),
        "created_at": message.created_at,
        "edited_at": message.edited_at,
        "deleted_at": message.deleted_at,
        "mine": reader_user_id is not None and message.author_user_id == reader_user_id,
    }


def preview(message: Message, stored: StoredFile | None) -> str:
    """A line for thread lists and notifications."""
    if message.deleted_at:
        return DELETED
    if message.body:
        text = " ".join(message.body.split())
        return text if len(text) <= PREVIEW_LENGTH else text[: PREVIEW_LENGTH - 1] + "…"
    return f"Attachment: {stored.original_name}" if stored else ""


def messages(stmt: sa.Select, *, reader_user_id: int | None) -> list[dict[str, Any]]:
    """The messages `stmt` selects, in its order, as the reader sees them."""
    return [message_view(row, reader_user_id=reader_user_id) for row in message_rows(stmt)]


def _title(reader: Principal, thread: Thread, client_name: str | None, members: list[access.Member], studio: str):
    if thread.kind == "group":
        return thread.title
    if reader.role == Role.CLIENT and reader.client_id == thread.client_id:
        coaches = [member.name for member in members if member.role != Role.CLIENT]
        return names_in_words(coaches) or studio
    return client_name


def threads(reader: Principal, rows: list[tuple[Thread, str | None]]) -> list[dict[str, Any]]:
    """Threads (with their client's name) as `reader` sees them: title, members, last message, unread count."""
    thread_ids = [thread.id for thread, _ in rows]
    if not thread_ids:
        return []
    members = access.members(thread_ids)
    last_ids = [thread.last_message_id for thread, _ in rows if thread.last_message_id]
    last = {row[0].id: row for row in message_rows(sa.select(Message).where(Message.id.in_(last_ids)))}
    unread = reads.unread_counts(reader, thread_ids)
    studio = ""
    if reader.role == Role.CLIENT:
        studio = db.session.get(Organization, reader.organization_id).name
    result = []
    for thread, client_name in rows:
        last_row = last.get(thread.last_message_id)
        last_message = None
        if last_row is not None:
            message, author_name, stored, sms_name = last_row
            last_message = {
                "id": message.id,
                "preview": preview(message, stored),
                "author_name": author_name or sms_name,
                "created_at": message.created_at,
            }
        result.append(
            {
                "id": thread.id,
                "kind": thread.kind,
                "title": _title(reader, thread, client_name, members[thread.id], studio),
                "client_id": None if reader.role == Role.CLIENT else thread.client_id,
                "members": [
                    {
                        "user_id": member.user_id,
                        "name": member.name,
                        "role": member.role,
                        "last_read_message_id": member.last_read_message_id,
                    }
                    for member in members[thread.id]
                ],
                "last_message": last_message,
                "unread_count": unread.get(thread.id, 0),
                "updated_at": thread.last_activity_at,
            }
        )
    return result


def with_client_names(stmt: sa.Select) -> sa.Select:
    """`stmt` (selecting Thread) with the client's full name beside each thread."""
    # || gives NULL for a group thread, which has no client.
    return stmt.outerjoin(Client, Client.id == Thread.client_id).add_columns(
        (Client.first_name + " " + Client.last_name).label("client_name")
    )


def thread(reader: Principal, thread_id: int) -> dict[str, Any]:
    """One thread as `reader` sees it."""
    rows = db.session.execute(with_client_names(sa.select(Thread).where(Thread.id == thread_id))).all()
    return threads(reader, [tuple(row) for row in rows])[0]
