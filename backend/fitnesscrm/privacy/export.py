"""A client's data as one zip: `data.json` with every record about them, their files in folders, a README.

The zip is written to a temporary file (kept in memory up to 32 MB, on disk past that) and then
streamed, so a client with gigabytes of photos costs disk, not memory, and the download is a
complete, valid zip or an error, never a truncated archive.
"""

from __future__ import annotations

import json
import re
import tempfile
import zipfile
from datetime import UTC, datetime
from typing import IO

import sqlalchemy as sa

from fitnesscrm.clients.models import Client
from fitnesscrm.core.storage import backends
from fitnesscrm.core.storage.models import StoredFile
from fitnesscrm.extensions import db
from fitnesscrm.privacy import records

IN_MEMORY_BYTES = 32 * 2**20
FOLDERS = {"photo": "photos", "check_in_photo": "check-in photos", "document": "documents", "attachment": "attachments"}
README = """\
Your data from {studio}
{line}

This archive holds everything {studio} keeps about {name}, as it was on {when} (UTC).

data.json     every record about you, grouped by kind (the names are the app's table names):
              your profile ("clients"), your login ("users"), trainer assignments, sessions you
              booked or attended, programs and logged workouts, measurements, check-ins, goals,
              habits, progress photos, documents shared with you, chat messages in your threads
              and the ones you wrote, the emails, texts and notifications sent to you, invoices,
              payments, memberships and session credits, the activity log's entries about you,
              and your notification preferences. Times are in UTC (ISO 8601); money is in minor
              units (cents) with its currency.
photos/, check-in photos/, documents/, attachments/
              the files: progress photos, photos from check-ins, documents shared with you and
              files sent in your chats. Each name starts with the file's number in data.json
              ("stored_files").
{missing}"""


def build(client: Client, *, studio_name: str) -> IO[bytes]:
    """The zip of everything about `client`, rewound and ready to stream."""
    found = records.collect(client)
    ids = records.file_ids(found)
    stored = (
        db.session.execute(
            sa.select(StoredFile).where(StoredFile.id.in_(ids), StoredFile.deleted_at.is_(None)).order_by(StoredFile.id)
        )
        .scalars()
        .all()
        if ids
        else []
    )
    found.add(StoredFile.__table__, db.session.execute(sa.select(StoredFile.__table__).where(StoredFile.id.in_(ids))))
    now = datetime.now(UTC)
    data = {
        "exported_at": now.isoformat(),
        "studio": studio_name,
        "client_id": client.id,
        "records": {
            name: [records.exportable(name, row) for _, row in sorted(rows.items(), key=lambda item: str(item[0]))]
            for name, rows in sorted(found.rows.items())
        },
    }
    archive = tempfile.SpooledTemporaryFile(max_size=IN_MEMORY_BYTES)  # noqa: SIM115 - the response closes it
    missing: list[str] = []
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("data.json", json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
        for file in stored:
            name = file_path(file)
            if not _copy(zipped, file, name):
                missing.append(name)
        note = ""
        if missing:
            note = "These files were listed but their contents were missing from storage:\n" + "\n".join(
                f"  {name}" for name in missing
            )
        zipped.writestr(
            "README.txt",
            README.format(
                studio=studio_name,
                line="=" * (len(studio_name) + 15),
                name=client.full_name,
                when=now.strftime("%d %B %Y at %H:%M"),
                missing=note,
            ),
        )
    archive.seek(0)
    return archive


def file_path(file: StoredFile) -> str:
    """Where `file` goes in the zip: its kind's folder, its number, its name made safe for any system."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", file.original_name).strip(" .") or "file"
    return f"{FOLDERS.get(file.kind, 'files')}/{file.id}-{safe}"


def _copy(zipped: zipfile.ZipFile, file: StoredFile, name: str) -> bool:
    """Stream the file's bytes into the zip; False when storage no longer has them."""
    backend = backends.current()
    if not backend.exists(file.key):
        return False
    with zipped.open(name, "w", force_zip64=True) as target:
        for chunk in backend.chunks(file.key):
            target.write(chunk)
    return True


def download_name(client: Client, now: datetime | None = None) -> str:
    """The zip's file name: the client's name and the day, e.g. `Casey Holloway - data 2026-12-02.zip`."""
    day = (now or datetime.now(UTC)).date().isoformat()
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", client.full_name).strip() or "client"
    return f"{safe} - data {day}.zip"
