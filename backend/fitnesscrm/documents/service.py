"""The studio's document library: list, search, upload, edit, archive, and every version kept.

Staff (owners, admins, trainers) read and add to the whole library; owners and admins archive.
A version is never changed or removed: a new upload is the next number, and restoring an old
version adds one more that points at the same stored file, so the history reads as it happened.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from fitnesscrm.auth.models import User
from fitnesscrm.core import events
from fitnesscrm.core.changes import created, diff, jsonable
from fitnesscrm.core.pagination import Page, paginate, sort_clause
from fitnesscrm.core.search import matches
from fitnesscrm.core.storage.models import StoredFile
from fitnesscrm.core.tenancy import MANAGERS, STAFF, Principal, scoped
from fitnesscrm.documents import folders
from fitnesscrm.documents.access import shared_with
from fitnesscrm.documents.events import (
    DocumentArchived,
    DocumentRestored,
    DocumentUpdated,
    DocumentUploaded,
    DocumentVersionAdded,
)
from fitnesscrm.documents.models import Document, DocumentFolder, DocumentShare, DocumentVersion
from fitnesscrm.documents.vocabulary import category_label
from fitnesscrm.errors import NotFound
from fitnesscrm.extensions import db

Upload = Callable[[], StoredFile]
# Makes a short-lived link to a file the caller may read (storage.signed_url, from the route).
Link = Callable[[StoredFile], str]
EDITABLE = ("title", "description", "category", "folder_id", "tags")
SORT_COLUMNS = {"updated_at": Document.updated_at, "title": sa.func.lower(Document.title)}

_current = aliased(DocumentVersion, name="current_version")
_file = aliased(StoredFile, name="current_file")
_creator = aliased(User, name="creator")
_share_count = (
    sa.select(sa.func.count()).where(DocumentShare.document_id == Document.id).correlate(Document).scalar_subquery()
)


def person(first: str | None, last: str | None) -> str | None:
    """A user's name from its two columns, or None when the user is gone."""
    return f"{first} {last}".strip() if first is not None or last is not None else None


def with_summary(stmt: sa.Select) -> sa.Select:
    """`stmt` (over Document) plus its folder, current version and file, share count and creator: one statement."""
    return (
        stmt.outerjoin(DocumentFolder, DocumentFolder.id == Document.folder_id)
        .outerjoin(_current, _current.id == Document.current_version_id)
        .outerjoin(_file, _file.id == _current.stored_file_id)
        .outerjoin(_creator, _creator.id == Document.created_by_user_id)
        .add_columns(
            DocumentFolder.name,
            _current.number,
            _current.created_at,
            _file.original_name,
            _file.content_type,
            _file.size_bytes,
            _share_count,
            _creator.first_name,
            _creator.last_name,
        )
    )


def summarised(row) -> Document:
    """The Document of a `with_summary` row, with its folder, current version and names attached."""
    document, folder_name, number, version_at, file_name, content_type, size, share_count, first, last = row
    document.folder = None if folder_name is None else {"id": document.folder_id, "name": folder_name}
    document.current_version = (
        None
        if number is None
        else {
            "number": number,
            "file_name": file_name,
            "content_type": content_type,
            "size_bytes": size,
            "created_at": version_at,
        }
    )
    document.share_count = share_count
    document.created_by_name = person(first, last)
    return document


def get_all(
    *,
    actor: Principal,
    q: str | None = None,
    category: str | None = None,
    folder_id: int | None = None,
    unfiled: bool | None = None,
    tag: str | None = None,
    client_id: int | None = None,
    archived: str | None = None,
    sort: str = "-updated_at",
    page: int = 1,
    per_page: int = 25,
) -> Page:
    """One page of the library, searched and filtered; archived documents only when asked for."""
    actor.require(*STAFF)
    stmt = scoped(Document, actor)
    if (match := matches(Document.search, q)) is not None:
        stmt = stmt.where(match)
    if category:
        stmt = stmt.where(Document.category == category)
    if folder_id is not None:
        stmt = stmt.where(Document.folder_id == folder_id)
    elif unfiled:
        stmt = stmt.where(Document.folder_id.is_(None))
    if tag:
        stmt = stmt.where(Document.tags.contains([tag.strip().lower()]))
    if client_id is not None:
        stmt = stmt.where(shared_with(client_id))
    if archived == "only":
        stmt = stmt.where(Document.archived_at.is_not(None))
    elif archived != "include":
        stmt = stmt.where(Document.archived_at.is_(None))
    stmt = with_summary(stmt).order_by(*sort_clause(sort, SORT_COLUMNS, "-updated_at", Document.id))
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    result.items = [summarised(row) for row in result.items]
    return result


def find(*, actor: Principal, document_id: int, lock: bool = False) -> Document:
    """A document of the caller's studio (staff only), or NotFound."""
    actor.require(*STAFF)
    stmt = scoped(Document, actor).where(Document.id == document_id)
    if lock:
        stmt = stmt.with_for_update(of=Document)
    document = db.session.execute(stmt).scalar_one_or_none()
    if document is None:
        raise NotFound("No such document.")
    return document


def get(*, actor: Principal, document_id: int, link: Link | None = None) -> Document:
    """One document with its current version, and what the caller may do with it."""
    find(actor=actor, document_id=document_id)
    row = db.session.execute(with_summary(scoped(Document, actor).where(Document.id == document_id))).one()
    document = summarised(row)
    document.can_archive = actor.role in MANAGERS
    document.can_share_with_all = actor.role in MANAGERS
    document.download_url = None
    if link is not None and document.current_version_id is not None:
        document.download_url = link(_current_file(document))
    return document


def _current_file(document: Document) -> StoredFile:
    return db.session.execute(
        sa.select(StoredFile)
        .join(DocumentVersion, DocumentVersion.stored_file_id == StoredFile.id)
        .where(DocumentVersion.id == document.current_version_id)
    ).scalar_one()


def readable(document: Document) -> dict[str, Any]:
    """The document's fields as the activity log shows them: the category and folder in words."""
    folder = db.session.get(DocumentFolder, document.folder_id) if document.folder_id else None
    return jsonable(
        {
            "title": document.title,
            "description": document.description,
            "category": category_label(document.category),
            "folder": folder.name if folder else None,
            "tags": list(document.tags or []),
        }
    )


def _add_version(
    actor: Principal, document: Document, stored: StoredFile, *, note: str | None, restored_from: int | None = None
) -> DocumentVersion:
    document.version_count += 1
    version = DocumentVersion(
        organization_id=actor.organization_id,
        document_id=document.id,
        number=document.version_count,
        stored_file_id=stored.id,
        note=note,
        restored_from_number=restored_from,
        uploaded_by_user_id=actor.user_id,
    )
    db.session.add(version)
    db.session.flush()
    document.current_version_id = version.id
    document.updated_at = sa.func.now()
    return version


def create(
    *, actor: Principal, upload: Upload, note: str | None = None, link: Link | None = None, **values: Any
) -> Document:
    """Add a document to the library with its first version: the file `upload()` stores (any staff member)."""
    actor.require(*STAFF)
    if values.get("folder_id") is not None:
        folders.find(actor=actor, folder_id=values["folder_id"])
    document = Document(organization_id=actor.organization_id, created_by_user_id=actor.user_id, version_count=0)
    for field in EDITABLE:
        if field in values:
            setattr(document, field, values[field])
    document.tags = document.tags or []
    db.session.add(document)
    db.session.flush()
    stored = upload()
    _add_version(actor, document, stored, note=note)
    db.session.flush()
    changes = created({**readable(document), "file_name": stored.original_name})
    events.record_by(actor, DocumentUploaded, entity_id=document.id, label=document.title, changes=changes)
    db.session.commit()
    return get(actor=actor, document_id=document.id, link=link)


def update(*, actor: Principal, link: Link | None = None, document_id: int, **values: Any) -> Document:
    """Change a document's title, description, category, folder or tags (any staff member)."""
    document = find(actor=actor, document_id=document_id, lock=True)
    if values.get("folder_id") is not None:
        folders.find(actor=actor, folder_id=values["folder_id"])
    before = readable(document)
    for field in EDITABLE:
        if field in values:
            setattr(document, field, values[field] if field != "tags" else values[field] or [])
    db.session.flush()
    if changes := diff(before, readable(document)):
        events.record_by(actor, DocumentUpdated, entity_id=document.id, label=document.title, changes=changes)
    db.session.commit()
    return get(actor=actor, document_id=document.id, link=link)


def archive(*, actor: Principal, link: Link | None = None, document_id: int) -> Document:
    """Take a document out of the library and out of clients' view (owner, admin); its versions are kept."""
    actor.require(*MANAGERS)
    document = find(actor=actor, document_id=document_id, lock=True)
    if document.archived_at is None:
        document.archived_at = datetime.now(UTC)
        changes = diff({"archived_at": None}, jsonable({"archived_at": document.archived_at}))
        events.record_by(actor, DocumentArchived, entity_id=document.id, label=document.title, changes=changes)
    db.session.commit()
    return get(actor=actor, document_id=document.id, link=link)


def restore(*, actor: Principal, link: Link | None = None, document_id: int) -> Document:
    """Bring an archived document back, shared as it was (owner, admin)."""
    actor.require(*MANAGERS)
    document = find(actor=actor, document_id=document_id, lock=True)
    if document.archived_at is not None:
        changes = diff(jsonable({"archived_at": document.archived_at}), {"archived_at": None})
        document.archived_at = None
        events.record_by(actor, DocumentRestored, entity_id=document.id, label=document.title, changes=changes)
    db.session.commit()
    return get(actor=actor, document_id=document.id, link=link)


def add_version(
    *, actor: Principal, document_id: int, upload: Upload, note: str | None = None, link: Link | None = None
) -> Document:
    """Upload a new version; every earlier one is kept, and a waiver asks its clients to sign again."""
    document = find(actor=actor, document_id=document_id, lock=True)
    before = document.version_count
    stored = upload()
    _add_version(actor, document, stored, note=note)
    changes = {"version": {"before": before, "after": document.version_count}}
    changes["file_name"] = {"before": None, "after": stored.original_name}
    if note:
        changes["note"] = {"before": None, "after": note}
    events.record_by(actor, DocumentVersionAdded, entity_id=document.id, label=document.title, changes=changes)
    db.session.commit()
    return get(actor=actor, document_id=document.id, link=link)


def restore_version(*, actor: Principal, link: Link | None = None, document_id: int, number: int) -> Document:
    """Make an earlier version current again, as a new version pointing at the same file."""
    document = find(actor=actor, document_id=document_id, lock=True)
    old = find_version(actor=actor, document_id=document.id, number=number)
    before = document.version_count
    _add_version(actor, document, db.session.get(StoredFile, old.stored_file_id), note=None, restored_from=number)
    changes = {
        "version": {"before": before, "after": document.version_count},
        "restored_from": {"before": None, "after": f"Version {number}"},
    }
    events.record_by(actor, DocumentVersionAdded, entity_id=document.id, label=document.title, changes=changes)
    db.session.commit()
    return get(actor=actor, document_id=document.id, link=link)


def find_version(*, actor: Principal, document_id: int, number: int) -> DocumentVersion:
    """One version of a document of the caller's studio, or NotFound."""
    version = db.session.execute(
        scoped(DocumentVersion, actor).where(
            DocumentVersion.document_id == document_id, DocumentVersion.number == number
        )
    ).scalar_one_or_none()
    if version is None:
        raise NotFound("No such version of this document.")
    return version


def versions(*, actor: Principal, document_id: int, page: int = 1, per_page: int = 25) -> Page:
    """Every version of a document, newest first, with who uploaded it, when, its size and note."""
    document = find(actor=actor, document_id=document_id)
    stmt = (
        sa.select(DocumentVersion, StoredFile, User.first_name, User.last_name)
        .join(StoredFile, StoredFile.id == DocumentVersion.stored_file_id)
        .outerjoin(User, User.id == DocumentVersion.uploaded_by_user_id)
        .where(DocumentVersion.document_id == document.id, DocumentVersion.organization_id == actor.organization_id)
        .order_by(DocumentVersion.number.desc())
    )
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    result.items = [
        {
            "number": version.number,
            "is_current": version.id == document.current_version_id,
            "file_name": stored.original_name,
            "content_type": stored.content_type,
            "size_bytes": stored.size_bytes,
            "sha256": stored.sha256,
            "note": version.note,
            "restored_from_number": version.restored_from_number,
            "uploaded_by_name": person(first, last),
            "created_at": version.created_at,
        }
        for version, stored, first, last in result.items
    ]
    return result


def version_file(*, actor: Principal, document_id: int, number: int | None = None) -> StoredFile:
    """The stored file of one version (the current one by default) of a document staff may read."""
    document = find(actor=actor, document_id=document_id)
    if number is None:
        if document.current_version_id is None:
            raise NotFound("This document has no file yet.")
        return _current_file(document)
    version = find_version(actor=actor, document_id=document.id, number=number)
    return db.session.get(StoredFile, version.stored_file_id)


def tags(*, actor: Principal, page: int = 1, per_page: int = 25) -> Page:
    """The tags the studio's live documents carry, most used first, counted in SQL."""
    actor.require(*STAFF)
    tag = sa.func.unnest(Document.tags).label("tag")
    inner = scoped(Document, actor).where(Document.archived_at.is_(None)).with_only_columns(tag).subquery()
    stmt = (
        sa.select(inner.c.tag, sa.func.count().label("count"))
        .group_by(inner.c.tag)
        .order_by(sa.func.count().desc(), inner.c.tag)
    )
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    result.items = [{"tag": name, "count": count} for name, count in result.items]
    return result
