"""Live updates to browsers over Socket.IO: the server end, and how any domain pushes an event to a person.

Domains never talk to sockets directly: they call `emit_to_user` (a person's every open tab and
phone) after their change is committed. With `REDIS_URL` set, Socket.IO passes every emit through
Redis, so an event emitted by one app process, or by the job worker, reaches sockets held by
another; without it one process holds every socket and emits stay inside it.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from flask import Flask
from sqlalchemy.orm import Session, SessionTransaction

from fitnesscrm.extensions import db, socketio

# Emits waiting for their transaction's commit, kept on the database session that holds it.
PENDING = "realtime.pending"


def user_room(user_id: int) -> str:
    """The room every socket of one signed-in person joins when it connects."""
    return f"user:{user_id}"


def init_app(app: Flask) -> None:
    socketio.init_app(
        app,
        async_mode="threading",
        message_queue=app.config["REDIS_URL"] or None,
        # The SPA is served by this app: only its own origin may open a socket with the session cookie.
        cors_allowed_origins=[],
    )


def thread_room(thread_id: int) -> str:
    """The room of one chat thread's open conversations: a socket joins it only after the server says it may."""
    return f"thread:{thread_id}"


def emit_to_user(user_id: int, event: str, payload: dict[str, Any]) -> None:
    """Send `event` to every socket `user_id` has open, in this process or (through Redis) any other."""
    socketio.emit(event, payload, to=user_room(user_id))


def emit_after_commit(event: str, payload: dict[str, Any], *, to: str) -> None:
    """Emit `event` to room `to` once the current transaction commits; nothing if it rolls back.

    The payload is built by the caller before the commit (a committed session cannot query), from
    the rows the transaction wrote, so people never hear of a change that was not stored.
    """
    db.session.info.setdefault(PENDING, []).append((event, payload, to))


@sa.event.listens_for(Session, "after_commit")
def _emit_pending(session: Session) -> None:
    for event, payload, room in session.info.pop(PENDING, []):
        socketio.emit(event, payload, to=room)


@sa.event.listens_for(Session, "after_transaction_end")
def _drop_pending(session: Session, transaction: SessionTransaction) -> None:
    # The outermost transaction ended without after_commit having taken them: it rolled back.
    if transaction.parent is None:
        session.info.pop(PENDING, None)
