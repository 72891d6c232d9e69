"""Sending a stored file: the bytes streamed from the backend with headers that make them safe to open.

The Content-Type is the one found when the file was received; `X-Content-Type-Options: nosniff`
stops browsers guessing another; Content-Disposition names the file (RFC 6266, with `filename*`
for names beyond ASCII) and says whether to show or save it; `Cache-Control: private` keeps it out
of shared caches. Nothing here checks who asks: callers do that first (or a signed link did).
"""

from __future__ import annotations

from urllib.parse import quote

import sqlalchemy as sa
from flask import Response, request
from flask import send_file as flask_send_file

from fitnesscrm.core.storage import backends, signing
from fitnesscrm.core.storage.models import StoredFile
from fitnesscrm.errors import NotFound
from fitnesscrm.extensions import db

# Files may be shown inside the app's own pages (an <img>, a PDF preview), never framed by another site; anything
# opened on its own runs no script. A PDF viewer refuses to run sandboxed, and brings its own isolation.
FILE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox"
PDF_POLICY = "default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"


def content_disposition(disposition: str, name: str) -> str:
    """`inline` or `attachment` with the name as an ASCII fallback and, when it needs one, in UTF-8 (RFC 6266)."""
    fallback = name.encode("ascii", "replace").decode("ascii").replace("?", "_").replace('"', "_").replace("\\", "_")
    header = f'{disposition}; filename="{fallback}"'
    if fallback != name:
        header += f"; filename*=UTF-8''{quote(name, safe='')}"
    return header


def send_file(
    stored_file: StoredFile,
    *,
    variant: str = "original",
    disposition: str = "attachment",
    download_name: str | None = None,
    max_age: int = 0,
) -> Response:
    """Stream the file's bytes (or its thumbnail's) with Content-Type, Content-Disposition and nosniff."""
    if stored_file.deleted_at is not None:
        raise NotFound("This file has been deleted.")
    if variant == "thumbnail":
        if not stored_file.thumbnail_key:
            raise NotFound("This file has no thumbnail.")
        key, content_type, size = stored_file.thumbnail_key, "image/jpeg", stored_file.thumbnail_size_bytes
        name = download_name or stored_file.original_name.rsplit(".", 1)[0] + " (thumbnail).jpg"
    else:
        key, content_type, size = stored_file.key, stored_file.content_type, stored_file.size_bytes
        name = download_name or stored_file.original_name
    backend = backends.current()
    path = backend.local_path(key)
    if path is not None:
        if not path.is_file():
            raise NotFound("This file's contents are missing from storage.")
        # Werkzeug sends from the file itself: ranges, conditional requests and no copy in memory.
        response = flask_send_file(path, mimetype=content_type, conditional=True, etag=stored_file.sha256)
    else:
        response = Response(backend.chunks(key), mimetype=content_type, direct_passthrough=True)
        response.headers["Content-Length"] = str(size)
        response.set_etag(stored_file.sha256 if variant == "original" else stored_file.thumbnail_key)
        response.make_conditional(request)
    if content_type.startswith("text/"):
        response.headers["Content-Type"] = content_type  # no charset guessed on our behalf
    response.headers["Content-Disposition"] = content_disposition(disposition, name)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = f"private, max-age={max_age}" if max_age > 0 else "private, no-cache"
    response.headers["Content-Security-Policy"] = PDF_POLICY if content_type == "application/pdf" else FILE_POLICY
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    return response


def send_signed(token: str) -> Response:
    """The file a signed link names, as the link says (variant, inline or attachment)."""
    key = signing.unverified_key(token)
    stored_file = db.session.scalar(sa.select(StoredFile).where(StoredFile.key == key))
    if stored_file is None:
        raise signing.InvalidLink()
    claims = signing.verify(token, organization_id=stored_file.organization_id)
    if stored_file.deleted_at is not None:
        raise NotFound("This file has been deleted.")
    remaining = max(0, int(claims.expires_at - signing.now()))
    return send_file(stored_file, variant=claims.variant, disposition=claims.disposition, max_age=remaining)
