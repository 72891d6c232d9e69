"""Documents made through the service, with stored-file rows standing for their bytes."""

from __future__ import annotations

import hashlib
import io
import secrets

from fitnesscrm.auth.models import User
from fitnesscrm.core.storage.models import StoredFile
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.documents import service
from fitnesscrm.extensions import db


def principal(user: User, **extra) -> Principal:
    """The Principal `user` acts as (trainer and client profiles given by the caller)."""
    return Principal(
        user_id=user.id,
        organization_id=user.organization_id,
        role=user.role,
        email=user.email,
        name=f"{user.first_name} {user.last_name}",
        **extra,
    )


def actors(studio) -> dict[str, Principal]:
    return {
        "owner": principal(studio.owner),
        "admin": principal(studio.admin),
        "trainer": principal(studio.trainer_user, trainer_id=studio.trainer.id),
        "client": principal(studio.client_user, client_id=studio.client.id),
    }


def stored_file(organization_id: int, data: bytes = b"%PDF-1.4 test", name: str = "waiver.pdf") -> StoredFile:
    """A stored-file row for `data` (the bytes themselves are the storage part's business)."""
    row = StoredFile(
        organization_id=organization_id,
        kind="document",
        key=secrets.token_hex(16),
        original_name=name,
        content_type="application/pdf",
        size_bytes=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )
    db.session.add(row)
    db.session.flush()
    return row


def upload_of(actor: Principal, data: bytes = b"%PDF-1.4 test", name: str = "waiver.pdf"):
    return lambda: stored_file(actor.organization_id, data, name)


def real_upload(actor: Principal, text: str = "I accept the risks of training.", name: str = "waiver.pdf"):
    """An upload of a real one-page PDF through the storage interface (bytes written to the backend)."""
    from fitnesscrm.core import storage
    from fitnesscrm.demo.documents import pdf_bytes

    return lambda: storage.receive_upload(
        organization_id=actor.organization_id,
        uploaded_by_user_id=actor.user_id,
        kind="document",
        stream=io.BytesIO(pdf_bytes(["Waiver", text])),
        filename=name,
    )


def document(
    actor: Principal,
    *,
    title: str = "Liability waiver",
    category: str = "waiver",
    data: bytes = b"v1",
    upload=None,
    **kw,
):
    """A document made by `actor` through the service, with its first version."""
    upload = upload or upload_of(actor, data)
    return service.create(actor=actor, upload=upload, title=title, category=category, **kw)
