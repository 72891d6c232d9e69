"""Are bytes that no file refers to (what a crash leaves) deleted, and only those, and only once they are old?"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from fitnesscrm.core.storage import release
from fitnesscrm.core.storage.sweep import delete_unreferenced
from fitnesscrm.core.storage.uploads import new_key
from fitnesscrm.extensions import db
from tests.core.storage import samples
from tests.core.storage.conftest import stored_keys


def _write(storage, key: str, tmp_path: Path) -> None:
    source = tmp_path / "bytes"
    source.write_bytes(b"left behind by a crash")
    storage.put(key, source, content_type="application/octet-stream")


def test_bytes_no_live_file_names_are_deleted_once_old_and_files_in_use_are_kept(storage, upload, tmp_path):
    kept = upload(samples.jpeg_with_gps(), "kept.jpg")
    gone = upload(samples.pdf(), "gone.pdf", "document")
    db.session.commit()
    release(gone)
    db.session.commit()
    # A worker killed after committing the deletion but before deleting the bytes; and an upload whose
    # process died before its row was committed.
    _write(storage, gone.key, tmp_path)
    stray = new_key()
    _write(storage, stray, tmp_path)

    assert delete_unreferenced() == 0, "bytes written in the last day may belong to an upload in flight"
    assert stored_keys(storage) == {kept.key, kept.thumbnail_key, gone.key, stray}

    assert delete_unreferenced(older_than=timedelta(0)) == 2
    assert stored_keys(storage) == {kept.key, kept.thumbnail_key}
    assert delete_unreferenced(older_than=timedelta(0)) == 0
