"""Where the bytes live: a directory on local disk (the default) or an S3-compatible bucket.

Both backends know files only by key, a random name (see uploads.new_key) that says nothing about
the studio or the file. Neither is ever served directly: downloads go through the app (routes.py),
so the directory needs no web server and the bucket stays private.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from flask import Flask, current_app

log = logging.getLogger(__name__)

# Keys are made by this module alone; anything else (a "..", an absolute path) never reaches a backend.
_KEY = re.compile(r"^[A-Za-z0-9_-]{2}/[A-Za-z0-9_-]{20,100}$")
CHUNK_BYTES = 1024 * 1024


def check_key(key: str) -> str:
    if not _KEY.match(key):
        raise ValueError(f"Not a storage key: {key!r}")
    return key


class Backend(Protocol):
    """What the rest of the storage module needs from a place to keep bytes."""

    name: str

    def put(self, key: str, source: Path, *, content_type: str) -> None:
        """Store the file at `source` under `key`, whole or not at all."""

    def chunks(self, key: str) -> Iterator[bytes]:
        """The bytes stored under `key`, a chunk at a time; FileNotFoundError at once when there are none."""

    def local_path(self, key: str) -> Path | None:
        """A path the web server may send from directly, where the backend has one."""

    def delete(self, key: str) -> None:
        """Remove `key`; a key that is already gone is not an error."""

    def list_keys(self) -> Iterator[tuple[str, datetime]]:
        """Every key held, with when its bytes were last written (for sweeping bytes no row refers to)."""
        ...

    def exists(self, key: str) -> bool:
        """Whether bytes are stored under `key`."""


class LocalDiskStorage:
    """Files in a directory (STORAGE_LOCAL_DIR, by default VAR_DIR/uploads), two levels deep."""

    name = "local"

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        return self.root / check_key(key)

    def put(self, key: str, source: Path, *, content_type: str) -> None:
        target = self._path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        # Written beside the target and renamed into place: a crash leaves a .partial file, never a short one.
        partial = target.with_name(f".{target.name}.partial")
        try:
            with source.open("rb") as reader, partial.open("wb") as writer:
                shutil.copyfileobj(reader, writer, CHUNK_BYTES)
                writer.flush()
                os.fsync(writer.fileno())
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)

    def chunks(self, key: str) -> Iterator[bytes]:
        with self._path(key).open("rb") as file:
            while chunk := file.read(CHUNK_BYTES):
                yield chunk

    def local_path(self, key: str) -> Path | None:
        return self._path(key)

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def list_keys(self) -> Iterator[tuple[str, datetime]]:
        if not self.root.is_dir():
            return
        for fan_out in sorted(self.root.iterdir()):
            if not fan_out.is_dir():
                continue
            for path in sorted(fan_out.iterdir()):
                key = f"{fan_out.name}/{path.name}"
                # A .partial file is an upload in flight (or one a crash cut short): its name is no key.
                if _KEY.match(key) and path.is_file():
                    yield key, datetime.fromtimestamp(path.stat().st_mtime, UTC)

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()


class S3Storage:
    """Objects in one private bucket of AWS S3 or any S3-compatible service (MinIO, R2, Ceph)."""

    name = "s3"

    def __init__(self, *, bucket: str, client) -> None:
        from boto3.s3.transfer import TransferConfig

        self.bucket = bucket
        self.client = client
        # Large files go up in 8 MB parts, a few at a time: memory stays at a few parts whatever the size.
        self.transfer = TransferConfig(multipart_threshold=8 * 2**20, multipart_chunksize=8 * 2**20, max_concurrency=4)

    @classmethod
    def from_config(cls, config) -> S3Storage:
        import boto3

        if not config["S3_BUCKET"]:
            raise RuntimeError("STORAGE_BACKEND=s3 needs S3_BUCKET")
        client = boto3.client(
            "s3",
            endpoint_url=config["S3_ENDPOINT_URL"],
            region_name=config["S3_REGION"],
            aws_access_key_id=config["S3_ACCESS_KEY_ID"],
            aws_secret_access_key=config["S3_SECRET_ACCESS_KEY"],
        )
        return cls(bucket=config["S3_BUCKET"], client=client)

    def put(self, key: str, source: Path, *, content_type: str) -> None:
        # By file name, not file object: s3transfer then reads each part from disk as it sends it, where
        # upload_fileobj would hold the parts in memory. A failed multipart upload is aborted: no object appears.
        self.client.upload_file(
            str(source), self.bucket, check_key(key), ExtraArgs={"ContentType": content_type}, Config=self.transfer
        )

    def chunks(self, key: str) -> Iterator[bytes]:
        from botocore.exceptions import ClientError

        # Fetched before the first chunk is asked for: a missing object is an error before any header is sent.
        try:
            body = self.client.get_object(Bucket=self.bucket, Key=check_key(key))["Body"]
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                raise FileNotFoundError(key) from None
            raise
        return _closing_chunks(body)

    def local_path(self, key: str) -> Path | None:
        return None

    def delete(self, key: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=check_key(key))

    def list_keys(self) -> Iterator[tuple[str, datetime]]:
        for page in self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket):
            for item in page.get("Contents", ()):
                if _KEY.match(item["Key"]):
                    yield item["Key"], item["LastModified"]

    def exists(self, key: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=check_key(key))
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return False
            raise
        return True


def _closing_chunks(body) -> Iterator[bytes]:
    try:
        yield from body.iter_chunks(CHUNK_BYTES)
    finally:
        body.close()


def from_config(config) -> Backend:
    """The backend STORAGE_BACKEND names."""
    name = config["STORAGE_BACKEND"]
    if name == "local":
        return LocalDiskStorage(config["STORAGE_LOCAL_DIR"])
    if name == "s3":
        return S3Storage.from_config(config)
    raise RuntimeError(f"STORAGE_BACKEND must be local or s3, not {name!r}")


def current(app: Flask | None = None) -> Backend:
    """The app's backend, made once per app on first use."""
    app = app or current_app._get_current_object()
    backend = app.extensions.get("storage")
    if backend is None:
        backend = app.extensions["storage"] = from_config(app.config)
    return backend


def delete_quietly(backend: Backend, key: str) -> None:
    """Remove `key`, logging rather than raising: a leftover object must not turn a finished request into a 500."""
    try:
        backend.delete(key)
    except Exception:
        log.exception("Could not delete stored file %s from %s storage", key, backend.name)
