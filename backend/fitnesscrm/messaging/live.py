"""What chat tells open sockets after a change commits: the room hears the message, each member their counts.

A thread's room (`thread:<id>`) holds the sockets that have it open and been allowed in; each
member's own room (`user:<id>`) gets their copy of the thread (title, unread count) and their
new total, so thread lists and badges stay current without joining every thread's room. The
payloads are built before the commit, from what the transaction wrote, and sent after it.
"""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.core import realtime
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.extensions import db
from fitnesscrm.messaging import access, reads, schemas, views
from fitnesscrm.messaging.models import Message, Thread

MESSAGE = schemas.MessageSchema()
THREAD = schemas.ThreadSchema()


def message_payload(message_id: int) -> dict:
    """A message as its room hears it (`mine` false: each socket compares the author with its user)."""
    return MESSAGE.dump(views.messages(sa.select(Message).where(Message.id == message_id), reader_user_id=None)[0])


def _tell_members(thread: Thread, member_list: list[access.Member]) -> None:
    stmt = views.with_client_names(sa.select(Thread).where(Thread.id == thread.id))
    rows = [tuple(row) for row in db.session.execute(stmt).all()]
    for member in member_list:
        reader = access.as_principal(member, thread.organization_id)
        tell_reader(reader, views.threads(reader, rows)[0])


def tell_reader(reader: Principal, thread_view: dict) -> None:
    """Send one person their copy of a thread and their unread counts."""
    room = realtime.user_room(reader.user_id)
    realtime.emit_after_commit("thread", THREAD.dump(thread_view), to=room)
    unread = {
        "thread_id": thread_view["id"],
        "unread_count": thread_view["unread_count"],
        "total": reads.total_unread(reader),
    }
    realtime.emit_after_commit("unread", unread, to=room)


def message_stored(thread: Thread, message_id: int, *, event: str = "message") -> None:
    """After commit: the message to the thread's room, and each member's thread and counts to them."""
    realtime.emit_after_commit(event, message_payload(message_id), to=realtime.thread_room(thread.id))
    _tell_members(thread, access.members([thread.id])[thread.id])


def thread_changed(thread: Thread, former_user_ids: list[int] = ()) -> None:
    """After commit: each member's copy of the thread; those who left hear it is gone from their list."""
    _tell_members(thread, access.members([thread.id])[thread.id])
    for user_id in former_user_ids:
        realtime.emit_after_commit("thread_removed", {"thread_id": thread.id}, to=realtime.user_room(user_id))


def read_moved(thread: Thread, reader: Principal, position: int, unread_count: int, total: int) -> None:
    """After commit: the room sees how far `reader` has read; the reader's other tabs get their counts."""
    realtime.emit_after_commit(
        "read",
        {"thread_id": thread.id, "user_id": reader.user_id, "last_read_message_id": position},
        to=realtime.thread_room(thread.id),
    )
    realtime.emit_after_commit(
        "unread",
        {"thread_id": thread.id, "unread_count": unread_count, "total": total},
        to=realtime.user_room(reader.user_id),
    )
