"""Waivers: a client signs the current version by typing their name and consenting; nothing changes it after.

The signature keeps the version's id and number, and the SHA-256 of its bytes as stored, so
that what was signed can be proven later; the time, the IP and the user agent. A new version
of a waiver asks again: earlier signatures then read "signed an earlier version". Staff see
where each client the waiver is shared with stands; a client sees their own signatures.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.storage.models import StoredFile
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.documents import service
from fitnesscrm.documents.access import visible_to_client
from fitnesscrm.documents.events import WaiverSigned
from fitnesscrm.documents.models import Document, DocumentShare, DocumentVersion, WaiverSignature
from fitnesscrm.errors import Conflict, Forbidden, NotFound, ValidationError
from fitnesscrm.extensions import db

MAX_USER_AGENT = 500
# Unsigned first: who still has to sign is what staff look for.
_STATUS_ORDER = {"unsigned": 0, "outdated": 1, "signed": 2}


def latest_signature(client_id: Any, document_id: Any = Document.id) -> sa.Subquery:
    """A LATERAL subquery: the client's latest signature of a document (the outer query's), if any."""
    return (
        sa.select(
            WaiverSignature.id.label("signature_id"),
            WaiverSignature.typed_name,
            WaiverSignature.version_number,
            WaiverSignature.sha256,
            WaiverSignature.signed_at,
            WaiverSignature.ip_address,
            WaiverSignature.user_agent,
        )
        .where(WaiverSignature.document_id == document_id, WaiverSignature.client_id == client_id)
        .order_by(WaiverSignature.signed_at.desc(), WaiverSignature.id.desc())
        .limit(1)
        .lateral("latest_signature")
    )


def signature_out(row, *, document: Document, client: Client, current_number: int) -> dict | None:
    """The signature columns of a row (as `latest_signature` adds them, last), or None when unsigned."""
    signature_id, typed_name, number, sha256, signed_at, ip_address, user_agent = row[-7:]
    if signature_id is None:
        return None
    return {
        "id": signature_id,
        "document_id": document.id,
        "document_title": document.title,
        "client_id": client.id,
        "client_name": client.full_name,
        "typed_name": typed_name,
        "version_number": number,
        "is_current_version": number == current_number,
        "sha256": sha256,
        "signed_at": signed_at,
        "ip_address": ip_address,
        "user_agent": user_agent,
    }


def signature_status(document: Document, signature: dict | None) -> str | None:
    """signed (this version), outdated (an earlier one), unsigned; None for documents that are not waivers."""
    if document.category != "waiver":
        return None
    if signature is None:
        return "unsigned"
    return "signed" if signature["is_current_version"] else "outdated"


def sign(
    *,
    actor: Principal,
    client_id: int,
    document_id: int,
    typed_name: str,
    consent: bool,
    ip_address: str | None,
    user_agent: str | None,
) -> dict:
    """The client signs the current version of a waiver shared with them; once per version."""
    if actor.role != Role.CLIENT:
        raise Forbidden("Only the client signs their waivers.")
    client = clients.find(actor=actor, client_id=client_id)
    if not consent:
        raise ValidationError("Tick the box to agree to the waiver.", fields={"consent": ["Must be ticked."]})
    # Locked so that a new version cannot land between reading the current one and signing it.
    document = db.session.execute(
        sa.select(Document)
        .where(Document.id == document_id, Document.organization_id == client.organization_id)
        .where(visible_to_client(client.id))
        .with_for_update(of=Document)
    ).scalar_one_or_none()
    if document is None:
        raise NotFound("No such document is shared with you.")
    if document.category != "waiver":
        raise ValidationError("Only waivers are signed; this document is for reading.")
    version, stored = db.session.execute(
        sa.select(DocumentVersion, StoredFile)
        .join(StoredFile, StoredFile.id == DocumentVersion.stored_file_id)
        .where(DocumentVersion.id == document.current_version_id)
    ).one()
    signed = db.session.execute(
        sa.select(WaiverSignature.id).where(
            WaiverSignature.version_id == version.id, WaiverSignature.client_id == client.id
        )
    ).first()
    if signed is not None:
        raise Conflict(f"You have already signed version {version.number} of this waiver.")
    signature = WaiverSignature(
        organization_id=client.organization_id,
        document_id=document.id,
        version_id=version.id,
        version_number=version.number,
        client_id=client.id,
        typed_name=typed_name,
        consent=True,
        sha256=stored.sha256,
        ip_address=(ip_address or "")[:45] or None,
        user_agent=(user_agent or "")[:MAX_USER_AGENT] or None,
    )
    db.session.add(signature)
    db.session.flush()
    changes = {
        "signed_by": {"before": None, "after": typed_name},
        "version": {"before": None, "after": version.number},
        "sha256": {"before": None, "after": stored.sha256},
    }
    label = f"{document.title}, signed by {client.full_name}"[:200]
    events.record_by(actor, WaiverSigned, entity_id=signature.id, label=label, changes=changes)
    db.session.commit()
    db.session.refresh(signature)
    return _out(signature, document, client, current_number=version.number)


def _out(signature: WaiverSignature, document: Document, client: Client, *, current_number: int) -> dict:
    return {
        "id": signature.id,
        "document_id": document.id,
        "document_title": document.title,
        "client_id": client.id,
        "client_name": client.full_name,
        "typed_name": signature.typed_name,
        "version_number": signature.version_number,
        "is_current_version": signature.version_number == current_number,
        "sha256": signature.sha256,
        "signed_at": signature.signed_at,
        "ip_address": signature.ip_address,
        "user_agent": signature.user_agent,
    }


def statuses(
    *, actor: Principal, document_id: int, status: str | None = None, page: int = 1, per_page: int = 25
) -> Page:
    """Each client a waiver is shared with (trainers: their own), unsigned first, with their latest signature."""
    document = service.find(actor=actor, document_id=document_id)
    current = db.session.get(DocumentVersion, document.current_version_id) if document.current_version_id else None
    current_number = current.number if current else 0
    one_by_one = sa.exists().where(DocumentShare.document_id == document.id, DocumentShare.client_id == Client.id)
    recipients = sa.and_(Client.status != "archived") if document.shared_with_all else one_by_one
    signature = latest_signature(Client.id, document.id)
    state = sa.case(
        (signature.c.signature_id.is_(None), "unsigned"),
        (signature.c.version_number == current_number, "signed"),
        else_="outdated",
    )
    rank = sa.case(_STATUS_ORDER, value=state)
    stmt = (
        clients.visible(actor)
        .where(recipients)
        .outerjoin(signature, sa.true())
        .add_columns(*signature.c)
        .order_by(rank, sa.func.lower(Client.last_name), sa.func.lower(Client.first_name), Client.id)
    )
    if status:
        stmt = stmt.where(state == status)
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    items = []
    for row in result.items:
        client = row[0]
        found = signature_out(row, document=document, client=client, current_number=current_number)
        items.append(
            {
                "client_id": client.id,
                "client_name": client.full_name,
                "status": "unsigned" if found is None else ("signed" if found["is_current_version"] else "outdated"),
                "signature": found,
            }
        )
    result.items = items
    return result


def client_signatures(*, actor: Principal, client_id: int, page: int = 1, per_page: int = 25) -> Page:
    """Every signature a client has made, newest first, each saying whether it is of the current version."""
    client = clients.find(actor=actor, client_id=client_id)
    current = aliased(DocumentVersion, name="current_version")
    stmt = (
        sa.select(WaiverSignature, Document.title, current.number)
        .join(Document, Document.id == WaiverSignature.document_id)
        .outerjoin(current, current.id == Document.current_version_id)
        .where(WaiverSignature.client_id == client.id, WaiverSignature.organization_id == client.organization_id)
        .order_by(WaiverSignature.signed_at.desc(), WaiverSignature.id.desc())
    )
    result = paginate(stmt, page=page, per_page=per_page, scalars=False)
    result.items = [
        {
            "id": signature.id,
            "document_id": signature.document_id,
            "document_title": title,
            "client_id": client.id,
            "client_name": client.full_name,
            "typed_name": signature.typed_name,
            "version_number": signature.version_number,
            "is_current_version": signature.version_number == number,
            "sha256": signature.sha256,
            "signed_at": signature.signed_at,
        }
        for signature, title, number in result.items
    ]
    return result
