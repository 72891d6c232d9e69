"""Receiving a file: streamed to disk, checked, cleaned, stored, and recorded in the caller's transaction.

Memory stays flat whatever the size: Werkzeug spools a multipart file to disk as it arrives, a
request whose Content-Length is already over the kind's limit is refused before its body is read,
and the file is copied (counted, and hashed when it is stored as sent) a megabyte at a time.
Refusals happen before any byte reaches the backend; bytes written for a transaction that then
rolls back are deleted (lifecycle.py).
"""

from __future__ import annotations

import hashlib
import io
import secrets
import tempfile
from pathlib import Path
from typing import BinaryIO

import sqlalchemy as sa
from flask import current_app, request
from werkzeug.exceptions import RequestEntityTooLarge

from fitnesscrm.core.storage import backends, images, inspection, kinds, lifecycle, names, quota
from fitnesscrm.core.storage.models import StoredFile
from fitnesscrm.extensions import db

CHUNK_BYTES = 1024 * 1024
# Room for a multipart body's boundaries, part headers and a few small form fields beside the file.
MULTIPART_ALLOWANCE = 64 * 1024


def new_key() -> str:
    """A random storage key: 192 bits, two characters of fan-out so no directory holds millions of files."""
    token = secrets.token_urlsafe(24)
    return f"{token[:2]}/{token}"


def _stream_size(stream: BinaryIO) -> int | None:
    """Bytes left in a seekable stream (Werkzeug's spooled upload is one), without reading them."""
    try:
        if not stream.seekable():
            return None
        position = stream.tell()
        end = stream.seek(0, io.SEEK_END)
        stream.seek(position)
    except (AttributeError, OSError, ValueError):
        return None
    return end - position


def _copy_limited(stream: BinaryIO, target: Path, *, kind: str, limit: int) -> tuple[int, str]:
    """Copy `stream` to `target` a chunk at a time; its size and SHA-256, or FileTooLarge past `limit`."""
    digest = hashlib.sha256()
    size = 0
    with target.open("wb") as writer:
        while chunk := stream.read(CHUNK_BYTES):
            size += len(chunk)
            if size > limit:
                raise kinds.FileTooLarge(kind, None)
            digest.update(chunk)
            writer.write(chunk)
    return size, digest.hexdigest()


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as reader:
        while chunk := reader.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def receive_upload(
    *, organization_id: int, uploaded_by_user_id: int | None, kind: str, stream: BinaryIO, filename: str
) -> StoredFile:
    """Check, clean and store an uploaded file; add and flush its StoredFile in the current transaction."""
    kinds.check_kind(kind)
    limit = kinds.max_bytes(kind)
    known_size = _stream_size(stream)
    if known_size is not None and known_size > limit:
        raise kinds.FileTooLarge(kind, known_size)
    with tempfile.TemporaryDirectory(prefix="fitnesscrm-upload-") as workdir:
        workdir = Path(workdir)
        received = workdir / "received"
        size, sha256 = _copy_limited(stream, received, kind=kind, limit=limit)
        if size == 0:
            raise kinds.EmptyFile()
        file_type = inspection.detect(received, name=filename or "")
        if file_type.content_type not in kinds.ACCEPTED_TYPES[kind]:
            raise kinds.UnsupportedFileType(kind, file_type.description)

        stored_path, thumbnail_path, width, height = received, None, None, None
        if file_type.is_image:
            prepared = images.prepare(
                received, file_type, max_pixels=current_app.config["UPLOAD_MAX_IMAGE_PIXELS"], workdir=workdir
            )
            stored_path, thumbnail_path = prepared.path, prepared.thumbnail_path
            file_type, width, height = prepared.file_type, prepared.width, prepared.height
            size, sha256 = stored_path.stat().st_size, _digest(stored_path)
        thumbnail_size = thumbnail_path.stat().st_size if thumbnail_path else 0

        quota.reserve(organization_id=organization_id, size=size + thumbnail_size)
        stored = StoredFile(
            organization_id=organization_id,
            kind=kind,
            key=new_key(),
            original_name=_name(filename, file_type, kind),
            content_type=file_type.content_type,
            size_bytes=size,
            sha256=sha256,
            width=width,
            height=height,
            thumbnail_key=new_key() if thumbnail_path else None,
            thumbnail_size_bytes=thumbnail_size,
            uploaded_by_user_id=uploaded_by_user_id,
        )
        _write(stored.key, stored_path, content_type=file_type.content_type)
        if thumbnail_path:
            _write(stored.thumbnail_key, thumbnail_path, content_type="image/jpeg")
    db.session.add(stored)
    db.session.flush()
    return stored


def _name(filename: str, file_type: inspection.FileType, kind: str) -> str:
    return names.display_name(filename, file_type, default=kinds.DEFAULT_NAMES[kind])


def _write(key: str, source: Path, *, content_type: str) -> None:
    """Put the bytes in the backend, tracked so that a rollback of this transaction deletes them."""
    backend = backends.current()
    # Tracked first: if the write itself fails half-way, the rollback that follows still cleans up.
    lifecycle.wrote(db.session(), backend, key)
    backend.put(key, source, content_type=content_type)


def upload_from_request(
    *, organization_id: int, uploaded_by_user_id: int | None, kind: str, field: str = "file"
) -> StoredFile:
    """`receive_upload` for the file in field `field` of the current multipart request."""
    allow_upload(kind)
    try:
        upload = request.files.get(field)
    except RequestEntityTooLarge:
        raise kinds.FileTooLarge(kind, request.content_length) from None
    if upload is None:
        raise kinds.MissingFile(field)
    return receive_upload(
        organization_id=organization_id,
        uploaded_by_user_id=uploaded_by_user_id,
        kind=kind,
        stream=upload.stream,
        filename=upload.filename or "",
    )


def allow_upload(kind: str) -> None:
    """Raise this request's body limit from MAX_CONTENT_LENGTH to the kind's file limit; refuse at once a body
    whose declared length is already over it. Call before anything reads the form (upload_from_request does)."""
    kinds.check_kind(kind)
    allowance = kinds.max_bytes(kind) + MULTIPART_ALLOWANCE
    if request.content_length is not None and request.content_length > allowance:
        raise kinds.FileTooLarge(kind, request.content_length)
    request.max_content_length = allowance


def release(stored_file: StoredFile) -> None:
    """Mark the file deleted now (it stops counting against the quota); its bytes go once this commits."""
    if stored_file.deleted_at is not None:
        return
    stored_file.deleted_at = sa.func.now()
    session = db.session()
    backend = backends.current()
    for key in (stored_file.key, stored_file.thumbnail_key):
        if key:
            lifecycle.delete_after_commit(session, backend, key)
    session.flush()
