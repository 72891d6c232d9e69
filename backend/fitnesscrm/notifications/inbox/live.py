"""Notifications reach open tabs only once they are committed: emits wait for the transaction's commit.

`notify` queues its emits in the session; the outermost commit sends them, a rollback (of the
transaction, or of the savepoint they were queued in) drops them, so nobody's bell rings for a
change that never happened. Emitting goes through Socket.IO's message queue when REDIS_URL is
set, so a notification written by a job worker reaches sockets held by the web processes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, SessionTransaction

from fitnesscrm.core import realtime

log = logging.getLogger(__name__)

PENDING = "fitnesscrm.inbox.pending_emits"
EVENT = "notification"


@dataclass(frozen=True)
class Emit:
    user_id: int
    payload: dict[str, Any]
    transaction: SessionTransaction


def _current_transaction(session: Session) -> SessionTransaction:
    return session.get_nested_transaction() or session.get_transaction() or session.begin()


def emit_after_commit(session: Session, user_id: int, payload: dict[str, Any]) -> None:
    """Send `payload` as a `notification` event to `user_id`'s sockets once this session commits."""
    session.info.setdefault(PENDING, []).append(Emit(user_id, payload, _current_transaction(session)))


def _within(transaction: SessionTransaction | None, ended: SessionTransaction) -> bool:
    while transaction is not None:
        if transaction is ended:
            return True
        transaction = transaction.parent
    return False


@sa.event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    """The change is stored: tell the people it concerns."""
    for emit in session.info.pop(PENDING, []):
        try:
            realtime.emit_to_user(emit.user_id, EVENT, emit.payload)
        except Exception:
            # The notification is stored and the bell shows it on its next fetch; a lost emit costs only liveness.
            log.exception("Could not emit a notification to user %s", emit.user_id)


@sa.event.listens_for(Session, "after_soft_rollback")
def _after_soft_rollback(session: Session, previous_transaction: SessionTransaction) -> None:
    """Emits queued inside the rolled-back transaction or savepoint are dropped."""
    _discard(session, previous_transaction)


@sa.event.listens_for(Session, "after_transaction_end")
def _after_transaction_end(session: Session, transaction: SessionTransaction) -> None:
    """A session closed without committing drops its emits too."""
    if transaction.parent is None:
        _discard(session, transaction)


def _discard(session: Session, ended: SessionTransaction) -> None:
    pending = session.info.get(PENDING)
    if pending:
        session.info[PENDING] = [emit for emit in pending if not _within(emit.transaction, ended)]
