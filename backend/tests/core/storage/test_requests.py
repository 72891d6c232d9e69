"""Can a multipart request upload a file, whatever it claims, within its kind's limit and not past it?"""

from __future__ import annotations

import io

import pytest

from fitnesscrm.core.storage import kinds, upload_from_request
from tests.core.storage import samples
from tests.core.storage.conftest import row_count, stored_keys


def _upload(app, studio, *, data: dict | None = None, kind="photo", field="file", **request_options):
    with app.test_request_context(
        "/upload", method="POST", data=data or {}, content_type="multipart/form-data", **request_options
    ):
        return upload_from_request(
            organization_id=studio.org.id, uploaded_by_user_id=studio.owner.id, kind=kind, field=field
        )


def test_upload_from_request_stores_the_file(storage, app, studio):
    stored = _upload(app, studio, data={"file": (io.BytesIO(samples.heic()), "IMG_7.HEIC", "image/heic")})

    assert (stored.content_type, stored.original_name) == ("image/jpeg", "IMG_7.jpg")
    assert stored_keys(storage) == {stored.key, stored.thumbnail_key}


def test_upload_from_request_ignores_the_claimed_content_type(storage, app, studio):
    rows = row_count()
    with pytest.raises(kinds.UnsupportedFileType):
        _upload(app, studio, data={"file": (io.BytesIO(samples.pdf()), "photo.jpg", "image/jpeg")})
    assert row_count() == rows and stored_keys(storage) == set()


def test_upload_from_request_takes_documents_larger_than_the_json_limit(storage, app, studio):
    big = samples.pdf() + b"%" + b"0" * (3 * 2**20)
    assert len(big) > app.config["MAX_CONTENT_LENGTH"]

    stored = _upload(app, studio, data={"file": (io.BytesIO(big), "plan.pdf")}, kind="document")

    assert stored.size_bytes == len(big)


def test_upload_from_request_refuses_a_declared_length_over_the_limit_unread(storage, app, studio):
    """The Content-Length alone decides: the body (here far shorter) is never parsed."""
    with pytest.raises(kinds.FileTooLarge) as refusal:
        _upload(
            app,
            studio,
            data={"file": (io.BytesIO(b"x"), "a.jpg")},
            environ_overrides={"CONTENT_LENGTH": str(200 * 10**6)},
        )
    assert refusal.value.message == "Photos can be at most 25 MB; this one is 200 MB."
    assert stored_keys(storage) == set()


def test_upload_from_request_without_the_field_is_refused(storage, app, studio):
    with pytest.raises(kinds.MissingFile) as refusal:
        _upload(app, studio, data={"other": (io.BytesIO(samples.pdf()), "a.pdf")}, kind="document")
    assert refusal.value.status == 422 and refusal.value.fields == {"file": ["Choose a file to upload."]}


def test_upload_from_request_with_an_empty_file_is_refused(storage, app, studio):
    with pytest.raises(kinds.EmptyFile):
        _upload(app, studio, data={"file": (io.BytesIO(b""), "")})
