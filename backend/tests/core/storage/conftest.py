"""Every storage test runs against both backends: a temporary directory, and S3 spoken by moto's server."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import boto3
import pytest
import sqlalchemy as sa
from moto.server import ThreadedMotoServer

from fitnesscrm.core.storage import backends
from fitnesscrm.core.storage.models import StoredFile
from fitnesscrm.extensions import db


@pytest.fixture(scope="session")
def s3_endpoint():
    """A moto S3 server on a free loopback port, for the whole run."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def _s3_backend(endpoint: str) -> backends.S3Storage:
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="test-key",
        aws_secret_access_key="test-secret",
    )
    bucket = f"fitnesscrm-test-{uuid.uuid4().hex[:12]}"
    client.create_bucket(Bucket=bucket)
    return backends.S3Storage(bucket=bucket, client=client)


@pytest.fixture(params=["local", "s3"])
def storage(request, app, tmp_path: Path):
    """The backend the app stores into during the test (each test gets an empty one)."""
    if request.param == "local":
        backend = backends.LocalDiskStorage(tmp_path / "uploads")
    else:
        backend = _s3_backend(request.getfixturevalue("s3_endpoint"))
    previous = app.extensions.get("storage")
    app.extensions["storage"] = backend
    yield backend
    if previous is None:
        app.extensions.pop("storage", None)
    else:
        app.extensions["storage"] = previous


def stored_keys(backend) -> set[str]:
    """Every key holding bytes in the backend."""
    if isinstance(backend, backends.LocalDiskStorage):
        if not backend.root.exists():
            return set()
        return {str(path.relative_to(backend.root)) for path in backend.root.rglob("*") if path.is_file()}
    listing = backend.client.list_objects_v2(Bucket=backend.bucket)
    return {item["Key"] for item in listing.get("Contents", [])}


def read_bytes(backend, key: str) -> bytes:
    return b"".join(backend.chunks(key))


def row_count() -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(StoredFile))


@pytest.fixture
def upload(studio):
    """`upload(data, name, kind="photo")`: receive_upload into the studio, as its owner."""
    from fitnesscrm.core.storage import receive_upload

    def send(data: bytes, name: str, kind: str = "photo", organization_id: int | None = None):
        return receive_upload(
            organization_id=organization_id or studio.org.id,
            uploaded_by_user_id=studio.owner.id,
            kind=kind,
            stream=io.BytesIO(data),
            filename=name,
        )

    return send
