"""The library's folders: nested, named once per place, emptied before they go."""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.core import events
from fitnesscrm.core.changes import created, diff
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import STAFF, Principal, scoped
from fitnesscrm.documents.events import FolderChanged, FolderCreated, FolderDeleted
from fitnesscrm.documents.models import Document, DocumentFolder
from fitnesscrm.errors import Conflict, NotFound, ValidationError
from fitnesscrm.extensions import db

MAX_DEPTH = 8


def find(*, actor: Principal, folder_id: int, lock: bool = False) -> DocumentFolder:
    """A folder of the caller's studio (staff only), or NotFound."""
    actor.require(*STAFF)
    stmt = scoped(DocumentFolder, actor).where(DocumentFolder.id == folder_id)
    if lock:
        stmt = stmt.with_for_update()
    folder = db.session.execute(stmt).scalar_one_or_none()
    if folder is None:
        raise NotFound("No such folder.")
    return folder


def get_all(*, actor: Principal, parent_id: int | None = None, page: int = 1, per_page: int = 100) -> Page:
    """The studio's folders (or those directly inside one) by name, each with its live documents counted."""
    actor.require(*STAFF)
    count = (
        sa.select(sa.func.count())
        .where(Document.folder_id == DocumentFolder.id, Document.archived_at.is_(None))
        .correlate(DocumentFolder)
        .scalar_subquery()
    )
    stmt = scoped(DocumentFolder, actor).add_columns(count)
    if parent_id is not None:
        stmt = stmt.where(DocumentFolder.parent_id == parent_id)
    stmt = stmt.order_by(sa.func.lower(DocumentFolder.name), DocumentFolder.id)
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    for folder, documents in result.items:
        folder.document_count = documents
    result.items = [folder for folder, _ in result.items]
    return result


def _ancestors(folder_id: int) -> list[int]:
    """The ids from `folder_id` up to the top, in one recursive statement."""
    tree = sa.select(DocumentFolder.id, DocumentFolder.parent_id).where(DocumentFolder.id == folder_id)
    tree = tree.cte("tree", recursive=True)
    tree = tree.union_all(
        sa.select(DocumentFolder.id, DocumentFolder.parent_id).join(tree, DocumentFolder.id == tree.c.parent_id)
    )
    return list(db.session.execute(sa.select(tree.c.id)).scalars())


def _name_taken(actor: Principal, name: str, parent_id: int | None, except_id: int | None = None) -> bool:
    stmt = scoped(DocumentFolder, actor).where(
        sa.func.lower(DocumentFolder.name) == name.lower(),
        sa.func.coalesce(DocumentFolder.parent_id, 0) == (parent_id or 0),
    )
    if except_id is not None:
        stmt = stmt.where(DocumentFolder.id != except_id)
    return db.session.execute(stmt.with_only_columns(DocumentFolder.id).limit(1)).first() is not None


def _check_place(actor: Principal, name: str, parent_id: int | None, folder_id: int | None = None) -> None:
    if parent_id is not None:
        find(actor=actor, folder_id=parent_id)
        above = _ancestors(parent_id)
        if folder_id is not None and folder_id in above:
            raise ValidationError("A folder cannot go inside itself.", fields={"parent_id": ["Inside itself."]})
        if len(above) >= MAX_DEPTH:
            raise ValidationError(f"Folders nest at most {MAX_DEPTH} deep.", fields={"parent_id": ["Too deep."]})
    if _name_taken(actor, name, parent_id, folder_id):
        raise Conflict(f"There is already a folder called “{name}” here.")


def _folder_name(folder_id: int | None) -> str | None:
    """How the activity log names where a folder is: its parent's name, None at the top."""
    if folder_id is None:
        return None
    return db.session.scalar(sa.select(DocumentFolder.name).where(DocumentFolder.id == folder_id))


def create(*, actor: Principal, name: str, parent_id: int | None = None) -> DocumentFolder:
    """Add a folder, at the top or inside another one (any staff member)."""
    actor.require(*STAFF)
    _check_place(actor, name, parent_id)
    folder = DocumentFolder(organization_id=actor.organization_id, name=name, parent_id=parent_id)
    db.session.add(folder)
    db.session.flush()
    changes = created({"name": name, "inside": _folder_name(parent_id)})
    events.record_by(actor, FolderCreated, entity_id=folder.id, label=name, changes=changes)
    db.session.commit()
    folder.document_count = 0
    return folder


def update(*, actor: Principal, folder_id: int, **values) -> DocumentFolder:
    """Rename a folder or move it (never into itself or one of its own folders)."""
    folder = find(actor=actor, folder_id=folder_id, lock=True)
    name = values.get("name", folder.name)
    parent_id = values.get("parent_id", folder.parent_id)
    _check_place(actor, name, parent_id, folder.id)
    before = {"name": folder.name, "inside": _folder_name(folder.parent_id)}
    folder.name, folder.parent_id = name, parent_id
    changes = diff(before, {"name": name, "inside": _folder_name(parent_id)})
    if changes:
        events.record_by(actor, FolderChanged, entity_id=folder.id, label=name, changes=changes)
    db.session.commit()
    return get_one(actor, folder.id)


def get_one(actor: Principal, folder_id: int) -> DocumentFolder:
    """One folder with its live documents counted."""
    folder = find(actor=actor, folder_id=folder_id)
    folder.document_count = db.session.scalar(
        sa.select(sa.func.count()).where(Document.folder_id == folder.id, Document.archived_at.is_(None))
    )
    return folder


def delete(*, actor: Principal, folder_id: int) -> None:
    """Remove a folder with nothing live inside (archived documents in it become unfiled); others are refused."""
    folder = find(actor=actor, folder_id=folder_id, lock=True)
    inside = db.session.execute(
        sa.select(
            sa.exists().where(DocumentFolder.parent_id == folder.id),
            sa.exists().where(Document.folder_id == folder.id, Document.archived_at.is_(None)),
        )
    ).one()
    if any(inside):
        raise Conflict(f"“{folder.name}” is not empty: move or archive what is inside first.")
    changes = {"name": {"before": folder.name, "after": None}}
    events.record_by(actor, FolderDeleted, entity_id=folder.id, label=folder.name, changes=changes)
    db.session.delete(folder)
    db.session.commit()
