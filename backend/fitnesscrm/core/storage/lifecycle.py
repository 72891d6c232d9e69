"""Bytes follow the transaction of their row: nothing half-written, nothing left behind.

An upload writes its bytes before its row is committed (the row needs them to exist). The keys
written are remembered in the session, with the transaction they were written in; when that
transaction (or a savepoint around it) rolls back, or the session closes without committing,
the bytes are deleted. `release` works the other way round: the row is marked deleted at once,
and its bytes go only once that commit has happened, so a rolled-back delete loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session, SessionTransaction

from fitnesscrm.core.storage.backends import Backend, delete_quietly

WRITTEN = "fitnesscrm.storage.written"
RELEASED = "fitnesscrm.storage.released"


@dataclass(frozen=True)
class Tracked:
    backend: Backend
    key: str
    transaction: SessionTransaction


def _current_transaction(session: Session) -> SessionTransaction:
    return session.get_nested_transaction() or session.get_transaction() or session.begin()


def wrote(session: Session, backend: Backend, key: str) -> None:
    """Remember that `key` was written for a row of this session's current transaction."""
    session.info.setdefault(WRITTEN, []).append(Tracked(backend, key, _current_transaction(session)))


def forget_written(session: Session, key: str) -> None:
    """Stop tracking `key` (its bytes were already removed)."""
    session.info[WRITTEN] = [item for item in session.info.get(WRITTEN, []) if item.key != key]


def delete_after_commit(session: Session, backend: Backend, key: str) -> None:
    """Delete `key` once the current transaction commits (and not if it rolls back)."""
    session.info.setdefault(RELEASED, []).append(Tracked(backend, key, _current_transaction(session)))


def _within(transaction: SessionTransaction, ended: SessionTransaction) -> bool:
    """Whether `transaction` is `ended` or a savepoint inside it."""
    while transaction is not None:
        if transaction is ended:
            return True
        transaction = transaction.parent
    return False


@sa.event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    """The outermost commit made the written bytes permanent and the released ones deletable."""
    session.info.pop(WRITTEN, None)
    for item in session.info.pop(RELEASED, []):
        delete_quietly(item.backend, item.key)


@sa.event.listens_for(Session, "after_soft_rollback")
def _after_soft_rollback(session: Session, previous_transaction: SessionTransaction) -> None:
    """Bytes written inside the rolled-back transaction go; releases made inside it are undone."""
    _discard(session, previous_transaction)


@sa.event.listens_for(Session, "after_transaction_end")
def _after_transaction_end(session: Session, transaction: SessionTransaction) -> None:
    """A session closed without committing is a rollback too, for the bytes as for the rows."""
    if transaction.parent is None:
        _discard(session, transaction)


def _discard(session: Session, ended: SessionTransaction) -> None:
    written = session.info.get(WRITTEN, [])
    for item in written:
        if _within(item.transaction, ended):
            delete_quietly(item.backend, item.key)
    session.info[WRITTEN] = [item for item in written if not _within(item.transaction, ended)]
    released = session.info.get(RELEASED, [])
    session.info[RELEASED] = [item for item in released if not _within(item.transaction, ended)]
