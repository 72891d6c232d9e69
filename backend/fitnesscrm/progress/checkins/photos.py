"""Photos in check-ins: uploads of kind check_in_photo, claimed by one answer, shown through signed links.

A photo is uploaded first (its own endpoint, through `core.storage`) and the submission then
names its stored file. It must be the submitting client's own upload in their studio, not
deleted, and not already the answer of another submission (`photo_file_ids`, kept in plain beside
the encrypted answers).
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from fitnesscrm.clients import service as clients
from fitnesscrm.core import storage
from fitnesscrm.core.storage.models import StoredFile
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.errors import ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.progress.models import CheckInSubmission

KIND = "check_in_photo"


def check_uploader(*, actor: Principal, client_id: int) -> None:
    """Only the client themselves uploads the photos of their check-ins."""
    actor.require(Role.CLIENT)
    clients.find(actor=actor, client_id=client_id)


def keep(*, actor: Principal, stored: StoredFile) -> dict[str, object]:
    """Commit a fresh upload and hand back its id (for the answer) and links to show it."""
    db.session.commit()
    return {"stored_file_id": stored.id, **links([stored.id])[stored.id]}


def _used_ids(ids: list[int]) -> set[int]:
    """Which of `ids` an earlier submission already answers with.

    Read from the submissions' plain `photo_file_ids`: their answers are encrypted, out of SQL's sight.
    """
    named = sa.func.unnest(CheckInSubmission.photo_file_ids)
    stmt = sa.select(named).where(CheckInSubmission.photo_file_ids.overlap(ids))
    return set(db.session.execute(stmt).scalars()) & set(ids)


def claim(*, actor: Principal, ids: dict[str, int]) -> None:
    """Check that each photo answer (question key → stored file id) names a fresh upload of the caller's own."""
    if not ids:
        return
    wanted = list(ids.values())
    mine = set(
        db.session.execute(
            sa.select(StoredFile.id).where(
                StoredFile.id.in_(wanted),
                StoredFile.organization_id == actor.organization_id,
                StoredFile.kind == KIND,
                StoredFile.uploaded_by_user_id == actor.user_id,
                StoredFile.deleted_at.is_(None),
            )
        ).scalars()
    )
    used = _used_ids(wanted)
    problems = {}
    seen: set[int] = set()
    for key, stored_file_id in ids.items():
        if stored_file_id not in mine:
            problems[key] = ["No such photo: upload it again."]
        elif stored_file_id in used or stored_file_id in seen:
            problems[key] = ["This photo already answers another question; upload it again."]
        seen.add(stored_file_id)
    if problems:
        raise ValidationError("Some answers need another look.", fields={"answers": problems})


def links(ids: Iterable[int]) -> dict[int, dict[str, str]]:
    """Signed links (original and thumbnail) of stored photos, for a reader already allowed to see them."""
    wanted = list(ids)
    if not wanted:
        return {}
    files = db.session.execute(sa.select(StoredFile).where(StoredFile.id.in_(wanted))).scalars()
    return {
        stored.id: {
            "url": storage.signed_url(stored),
            "thumbnail_url": storage.signed_url(stored, variant="thumbnail" if stored.thumbnail_key else "original"),
        }
        for stored in files
        if stored.deleted_at is None
    }
