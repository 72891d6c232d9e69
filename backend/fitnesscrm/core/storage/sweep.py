"""Bytes no file refers to are deleted: what a crash left between writing bytes and committing their row.

The lifecycle module ties bytes to transactions within a process; a process killed between writing an
upload and committing its row, or between committing a deletion and deleting the bytes, leaves bytes
no live StoredFile names. They are invisible and count against nothing, but they are a studio's
uploads kept after it deleted them. A daily job lists the backend's keys and deletes those older
than a day (an upload in flight is minutes old) that no live row names as its file or thumbnail.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import islice

import sqlalchemy as sa

from fitnesscrm.core.jobs import periodic
from fitnesscrm.core.storage import backends
from fitnesscrm.core.storage.models import StoredFile
from fitnesscrm.extensions import db

log = logging.getLogger(__name__)

GRACE = timedelta(days=1)
BATCH = 1000


def _batches(keys: Iterator[str]) -> Iterator[list[str]]:
    while batch := list(islice(keys, BATCH)):
        yield batch


def delete_unreferenced(*, older_than: timedelta = GRACE) -> int:
    """Delete bytes older than `older_than` that no live stored file refers to; how many keys went."""
    backend = backends.current()
    cutoff = datetime.now(UTC) - older_than
    deleted = 0
    for batch in _batches(key for key, written in backend.list_keys() if written < cutoff):
        live = set(
            db.session.scalars(
                sa.select(StoredFile.key)
                .where(StoredFile.key.in_(batch), StoredFile.deleted_at.is_(None))
                .union(
                    sa.select(StoredFile.thumbnail_key).where(
                        StoredFile.thumbnail_key.in_(batch), StoredFile.deleted_at.is_(None)
                    )
                )
            )
        )
        for key in batch:
            if key not in live:
                backends.delete_quietly(backend, key)
                deleted += 1
    if deleted:
        log.warning("Deleted the bytes of %s stored key(s) no file refers to", deleted)
    return deleted


@periodic(cron="47 3 * * *", name="delete-unreferenced-files")
def delete_unreferenced_daily(timestamp: int) -> None:
    """Daily: delete uploaded bytes that a crash left without a file row (docs/storage.md)."""
    delete_unreferenced()
