"""Do the bytes follow their row's transaction: gone on rollback, kept on commit, released after commit?"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from fitnesscrm.core.storage import release, usage
from fitnesscrm.core.storage.models import StoredFile
from fitnesscrm.extensions import db
from tests.core.storage import samples
from tests.core.storage.conftest import stored_keys


def test_rollback_deletes_the_bytes_written_in_the_transaction(storage, upload):
    stored = upload(samples.jpeg_with_gps(), "a.jpg")
    assert stored_keys(storage) == {stored.key, stored.thumbnail_key}

    db.session.rollback()

    assert stored_keys(storage) == set()


def test_commit_keeps_the_bytes(storage, upload):
    stored = upload(samples.pdf(), "a.pdf", "document")
    key = stored.key

    db.session.commit()
    db.session.rollback()  # a later transaction's rollback does not touch what was committed

    assert stored_keys(storage) == {key}


def test_session_closed_without_commit_deletes_the_bytes(storage, upload):
    upload(samples.pdf(), "a.pdf", "document")

    db.session.remove()

    assert stored_keys(storage) == set()


def test_savepoint_rollback_deletes_only_its_own_bytes(storage, upload):
    kept = upload(samples.pdf(), "kept.pdf", "document")

    with pytest.raises(RuntimeError), db.session.begin_nested():
        upload(samples.pdf(), "dropped.pdf", "document")
        raise RuntimeError("the feature changed its mind")

    assert stored_keys(storage) == {kept.key}
    db.session.commit()
    assert stored_keys(storage) == {kept.key}


def test_release_deletes_the_bytes_after_commit(storage, upload, studio):
    stored = upload(samples.jpeg_with_gps(), "a.jpg")
    db.session.commit()

    release(stored)

    assert stored.deleted_at is not None
    assert stored_keys(storage) == {stored.key, stored.thumbnail_key}, "bytes stay until the commit"
    assert usage(organization_id=studio.org.id).used_bytes == 0
    db.session.commit()
    assert stored_keys(storage) == set()
    assert db.session.scalar(sa.select(StoredFile.deleted_at).where(StoredFile.id == stored.id)) is not None


def test_release_rolled_back_keeps_the_bytes(storage, upload):
    stored = upload(samples.pdf(), "a.pdf", "document")
    db.session.commit()

    release(stored)
    db.session.rollback()
    db.session.commit()

    assert stored_keys(storage) == {stored.key}
    assert db.session.get(StoredFile, stored.id).deleted_at is None
