"""Which documents a client sees: shared with them one by one or with every client, live, and with a file."""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.documents.models import Document, DocumentShare


def shared_with(client_id: int) -> sa.ColumnElement[bool]:
    """True for documents shared with this client, one by one or with the whole studio."""
    return sa.or_(
        Document.shared_with_all,
        sa.exists().where(DocumentShare.document_id == Document.id, DocumentShare.client_id == client_id),
    )


def visible_to_client(client_id: int) -> sa.ColumnElement[bool]:
    """What the client may open: shared with them, not archived, and with a version to read."""
    return sa.and_(shared_with(client_id), Document.archived_at.is_(None), Document.current_version_id.is_not(None))
