"""Sharing documents with clients, and the documents a client sees.

Owners and admins share with any client of the studio, or with all of them (`shared_with_all`,
which clients who join later see too); trainers share with, and unshare from, their own clients
only. A client sees a document shared with them while it is live; staff see what is shared
with a client they may see (the client page's Documents tab).
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from fitnesscrm.auth.models import User
from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.search import matches
from fitnesscrm.core.storage.models import StoredFile
from fitnesscrm.core.tenancy import MANAGERS, Principal
from fitnesscrm.documents import service
from fitnesscrm.documents.access import visible_to_client
from fitnesscrm.documents.events import DocumentShared, DocumentUnshared
from fitnesscrm.documents.models import Document, DocumentShare, DocumentVersion
from fitnesscrm.documents.waivers import latest_signature, signature_out, signature_status
from fitnesscrm.errors import NotFound
from fitnesscrm.extensions import db

Link = Callable[[StoredFile, str], str]
EVERY_CLIENT = "Every client"


def share(*, actor: Principal, document_id: int, client_ids: list[int]) -> Page:
    """Share a document with some clients (trainers: their own); already shared ones stay as they are."""
    document = service.find(actor=actor, document_id=document_id, lock=True)
    targets = clients.find_many(actor=actor, client_ids=client_ids)
    already = set(
        db.session.execute(
            sa.select(DocumentShare.client_id).where(
                DocumentShare.document_id == document.id, DocumentShare.client_id.in_(client_ids)
            )
        ).scalars()
    )
    added = [client for client in targets if client.id not in already]
    for client in added:
        db.session.add(
            DocumentShare(
                organization_id=actor.organization_id,
                document_id=document.id,
                client_id=client.id,
                shared_by_user_id=actor.user_id,
            )
        )
    if added:
        names = [client.full_name for client in added]
        changes = {"shared_with": {"before": None, "after": names}}
        events.record_by(actor, DocumentShared, entity_id=document.id, label=document.title, changes=changes)
    db.session.commit()
    return shares(actor=actor, document_id=document.id)


def unshare(*, actor: Principal, document_id: int, client_id: int) -> None:
    """Stop sharing a document with one client (trainers: their own); their signatures are kept."""
    document = service.find(actor=actor, document_id=document_id, lock=True)
    client = clients.find(actor=actor, client_id=client_id)
    removed = db.session.execute(
        sa.delete(DocumentShare).where(DocumentShare.document_id == document.id, DocumentShare.client_id == client.id)
    ).rowcount
    if not removed:
        raise NotFound(f"This document is not shared with {client.full_name} one by one.")
    changes = {"shared_with": {"before": [client.full_name], "after": None}}
    events.record_by(actor, DocumentUnshared, entity_id=document.id, label=document.title, changes=changes)
    db.session.commit()


def set_shared_with_all(
    *, actor: Principal, document_id: int, shared: bool, link: service.Link | None = None
) -> Document:
    """Share a document with every client of the studio, now and later, or stop (owner, admin)."""
    actor.require(*MANAGERS)
    document = service.find(actor=actor, document_id=document_id, lock=True)
    if document.shared_with_all != shared:
        document.shared_with_all = shared
        event = DocumentShared if shared else DocumentUnshared
        before, after = (None, [EVERY_CLIENT]) if shared else ([EVERY_CLIENT], None)
        changes = {"shared_with": {"before": before, "after": after}}
        events.record_by(actor, event, entity_id=document.id, label=document.title, changes=changes)
    db.session.commit()
    return service.get(actor=actor, document_id=document.id, link=link)


def shares(*, actor: Principal, document_id: int, page: int = 1, per_page: int = 25) -> Page:
    """The clients a document is shared with one by one, by name (trainers: only their own clients)."""
    document = service.find(actor=actor, document_id=document_id)
    visible = clients.visible(actor).with_only_columns(Client.id)
    sharer = aliased(User, name="sharer")
    stmt = (
        sa.select(DocumentShare, Client.first_name, Client.last_name, sharer.first_name, sharer.last_name)
        .join(Client, Client.id == DocumentShare.client_id)
        .outerjoin(sharer, sharer.id == DocumentShare.shared_by_user_id)
        .where(DocumentShare.document_id == document.id, DocumentShare.client_id.in_(visible))
        .order_by(sa.func.lower(Client.last_name), sa.func.lower(Client.first_name), Client.id)
    )
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    result.items = [
        {
            "client_id": item.client_id,
            "client_name": f"{first} {last}",
            "shared_by_name": service.person(by_first, by_last),
            "created_at": item.created_at,
        }
        for item, first, last, by_first, by_last in result.items
    ]
    return result


def _client_documents(client: Client) -> sa.Select:
    """The documents `client` sees, with their current file, when shared, and their latest signature."""
    shared_at = sa.func.coalesce(
        sa.select(DocumentShare.created_at)
        .where(DocumentShare.document_id == Document.id, DocumentShare.client_id == client.id)
        .correlate(Document)
        .scalar_subquery(),
        Document.created_at,
    )
    signature = latest_signature(client.id)
    return (
        sa.select(Document, DocumentVersion, StoredFile, shared_at.label("shared_at"), signature)
        .join(DocumentVersion, DocumentVersion.id == Document.current_version_id)
        .join(StoredFile, StoredFile.id == DocumentVersion.stored_file_id)
        .outerjoin(signature, sa.true())
        .where(Document.organization_id == client.organization_id, visible_to_client(client.id))
    )


def _client_document_out(client: Client, row) -> dict:
    document, version, stored, shared_at = row[:4]
    signature = signature_out(row, document=document, client=client, current_number=version.number)
    return {
        "id": document.id,
        "title": document.title,
        "description": document.description,
        "category": document.category,
        "current_version": {
            "number": version.number,
            "file_name": stored.original_name,
            "content_type": stored.content_type,
            "size_bytes": stored.size_bytes,
            "created_at": version.created_at,
        },
        "shared_at": shared_at,
        "signature_status": signature_status(document, signature),
        "signature": signature,
        "stored_file": stored,
    }


def client_documents(
    *,
    actor: Principal,
    client_id: int,
    q: str | None = None,
    category: str | None = None,
    page: int = 1,
    per_page: int = 25,
) -> Page:
    """The documents shared with a client, newest first, each with where they stand on a waiver."""
    client = clients.find(actor=actor, client_id=client_id)
    stmt = _client_documents(client)
    if (match := matches(Document.search, q)) is not None:
        stmt = stmt.where(match)
    if category:
        stmt = stmt.where(Document.category == category)
    stmt = stmt.order_by(sa.desc("shared_at"), Document.id.desc())
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    result.items = [_client_document_out(client, row) for row in result.items]
    return result


def client_document(*, actor: Principal, client_id: int, document_id: int, link: Link | None = None) -> dict:
    """One document shared with a client, with short-lived links to its current file; NotFound if not shared."""
    client = clients.find(actor=actor, client_id=client_id)
    row = db.session.execute(_client_documents(client).where(Document.id == document_id)).first()
    if row is None:
        raise NotFound("No such document is shared with this client.")
    out = _client_document_out(client, row)
    if link is not None:
        out["download_url"] = link(out["stored_file"], "attachment")
        out["view_url"] = link(out["stored_file"], "inline")
    return out


def client_document_file(*, actor: Principal, client_id: int, document_id: int) -> StoredFile:
    """The current file of a document shared with a client, for them (or staff who see them) to download."""
    return client_document(actor=actor, client_id=client_id, document_id=document_id)["stored_file"]
