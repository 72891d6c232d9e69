"""Can a file be received: the type from the bytes, pictures cleaned, names sanitised, limits kept?"""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image

from fitnesscrm.core.storage import kinds
from fitnesscrm.extensions import db
from tests.core.storage import samples
from tests.core.storage.conftest import read_bytes, row_count, stored_keys


def _opened(storage, key: str) -> Image.Image:
    return Image.open(io.BytesIO(read_bytes(storage, key)))


def _refused(storage, upload, error, data: bytes, name: str, kind: str = "photo"):
    """Upload that must be refused with `error`, leaving no row and no bytes behind."""
    rows = row_count()
    with pytest.raises(error) as refusal:
        upload(data, name, kind)
    assert row_count() == rows
    assert stored_keys(storage) == set()
    return refusal.value


def test_receive_jpeg_with_gps_stores_it_upright_without_metadata(storage, upload, studio):
    stored = upload(samples.jpeg_with_gps(orientation=6), "IMG_0042.JPG")

    assert (stored.kind, stored.content_type, stored.original_name) == ("photo", "image/jpeg", "IMG_0042.JPG")
    assert stored.organization_id == studio.org.id
    picture = _opened(storage, stored.key)
    # Orientation 6 is "turn 90° clockwise": the 40 × 20 picture is stored 20 × 40, its red left half on top.
    assert picture.size == (20, 40) == (stored.width, stored.height)
    assert picture.getpixel((10, 5))[0] > 200 and picture.getpixel((10, 35))[2] > 200
    assert not picture.getexif(), "EXIF (GPS, camera make, orientation) must be gone"
    assert "exif" not in picture.info and "xmp" not in picture.info
    data = read_bytes(storage, stored.key)
    assert stored.size_bytes == len(data) and stored.sha256 == hashlib.sha256(data).hexdigest()
    assert b"Studio Phone" not in data


def test_receive_picture_makes_a_jpeg_thumbnail(storage, upload):
    stored = upload(samples.image_bytes("PNG", size=(1200, 600)), "wide.png")

    thumbnail = _opened(storage, stored.thumbnail_key)
    assert thumbnail.format == "JPEG" and thumbnail.size == (512, 256)
    assert stored.thumbnail_size_bytes == len(read_bytes(storage, stored.thumbnail_key))
    assert stored_keys(storage) == {stored.key, stored.thumbnail_key}


def test_receive_heic_stores_jpeg(storage, upload):
    stored = upload(samples.heic(), "IMG_0001.HEIC")

    assert (stored.content_type, stored.original_name) == ("image/jpeg", "IMG_0001.jpg")
    assert _opened(storage, stored.key).format == "JPEG"


def test_receive_png_named_pdf_is_stored_as_png(storage, upload):
    stored = upload(samples.image_bytes("PNG"), "scan.pdf", "document")

    assert (stored.content_type, stored.original_name) == ("image/png", "scan.png")
    assert _opened(storage, stored.key).format == "PNG"


def test_receive_pdf_named_jpg_as_photo_is_refused(storage, upload):
    error = _refused(storage, upload, kinds.UnsupportedFileType, samples.pdf(), "holiday.jpg")

    assert error.status == 415
    assert error.message == "Photos can be JPEG, PNG, WebP or HEIC pictures; this file is a PDF document."


def test_receive_pdf_named_jpg_as_document_is_stored_as_pdf(storage, upload):
    stored = upload(samples.pdf(), "plan.jpg", "document")

    assert (stored.content_type, stored.original_name, stored.width) == ("application/pdf", "plan.pdf", None)
    assert stored.thumbnail_key is None
    assert read_bytes(storage, stored.key) == samples.pdf()


def test_receive_pixel_bomb_is_refused_before_decoding(storage, upload):
    bomb = samples.pixel_bomb()
    assert len(bomb) < 100

    error = _refused(storage, upload, kinds.ImageTooLarge, bomb, "tiny.png")

    assert error.status == 422 and error.code == "image_too_large"
    assert "100,000 × 100,000 pixels" in error.message


def test_receive_empty_file_is_refused(storage, upload):
    error = _refused(storage, upload, kinds.EmptyFile, b"", "empty.jpg")

    assert (error.status, error.code) == (422, "empty_file")


def test_receive_truncated_picture_is_refused(storage, upload):
    error = _refused(storage, upload, kinds.UnreadableImage, samples.jpeg_with_gps()[:300], "cut.jpg")

    assert (error.status, error.code) == (422, "unreadable_image")


@pytest.mark.parametrize("name", ["", ".", "..", "   ", "\x00"])
def test_receive_file_without_a_usable_name_gets_one(storage, upload, name):
    stored = upload(samples.image_bytes("PNG"), name)

    assert stored.original_name == "photo.png"


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("../../etc/passwd", "passwd.txt"),
        ("..\\..\\Windows\\win.ini", "win.txt"),
        ("/absolute/notes.md", "notes.md"),
        ("re:port<2026>?.txt", "re_port_2026__.txt"),
        ("invoice\u202efdp.exe", "invoicefdp.txt"),
    ],
)
def test_receive_file_name_is_sanitised(storage, upload, name, kept):
    stored = upload(b"just some notes\n", name, "document")

    assert (stored.original_name, stored.content_type) == (kept, "text/plain")
    assert stored.key not in name and "/" not in stored.original_name


def test_receive_csv_by_content_and_name(storage, upload):
    stored = upload(b"date,weight\n2026-01-01,80.5\n", "weights.csv", "document")

    assert (stored.content_type, stored.original_name) == ("text/csv", "weights.csv")


@pytest.mark.parametrize(
    ("data", "content_type", "extension"),
    [
        (samples.ooxml("docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        (samples.ooxml("xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        (samples.ooxml("pptx"), "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
        (samples.opendocument("text"), "application/vnd.oasis.opendocument.text", "odt"),
        (samples.opendocument("spreadsheet"), "application/vnd.oasis.opendocument.spreadsheet", "ods"),
        (samples.opendocument("presentation"), "application/vnd.oasis.opendocument.presentation", "odp"),
        (samples.compound_file("WordDocument"), "application/msword", "doc"),
        (samples.compound_file("Workbook"), "application/vnd.ms-excel", "xls"),
        (samples.compound_file("PowerPoint Document"), "application/vnd.ms-powerpoint", "ppt"),
    ],
)
def test_receive_office_documents_are_recognised(storage, upload, data, content_type, extension):
    stored = upload(data, "meal plan", "document")

    assert (stored.content_type, stored.original_name) == (content_type, f"meal plan.{extension}")
    assert read_bytes(storage, stored.key) == data


@pytest.mark.parametrize(
    ("data", "found"),
    [
        (samples.ooxml("docm"), "a ZIP archive"),
        (samples.plain_zip(), "a ZIP archive"),
        (samples.compound_file("Something Else"), "of a type we do not recognise"),
        (b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64, "of a type we do not recognise"),
        (samples.image_bytes("GIF"), "a GIF picture"),
    ],
)
def test_receive_other_files_as_documents_are_refused(storage, upload, data, found):
    error = _refused(storage, upload, kinds.UnsupportedFileType, data, "plan.docx", "document")

    assert error.message.endswith(f"this file is {found}.")


@pytest.mark.parametrize("kind", ["photo", "check_in_photo", "attachment"])
def test_receive_office_document_as_picture_kind_is_refused(storage, upload, kind):
    _refused(storage, upload, kinds.UnsupportedFileType, samples.ooxml("docx"), "plan.docx", kind)


def test_receive_file_over_the_limit_is_refused(storage, upload, app, monkeypatch):
    monkeypatch.setitem(app.config["UPLOAD_MAX_BYTES"], "photo", 1_000)

    error = _refused(storage, upload, kinds.FileTooLarge, samples.jpeg_with_gps() + b"\0" * 5_000, "big.jpg")

    assert error.status == 413
    assert error.message.startswith("Photos can be at most 1 KB; this one is ")


def test_receive_unsized_stream_over_the_limit_is_refused_while_copying(storage, studio, app, monkeypatch):
    from fitnesscrm.core.storage import receive_upload

    monkeypatch.setitem(app.config["UPLOAD_MAX_BYTES"], "document", 10_000)

    class Unseekable(io.RawIOBase):
        """A socket-like stream: no size until it has been read."""

        def __init__(self):
            self.left = 50_000

        def readable(self):
            return True

        def readinto(self, buffer):
            count = min(len(buffer), self.left, 4096)
            buffer[:count] = b"a" * count
            self.left -= count
            return count

    with pytest.raises(kinds.FileTooLarge) as refusal:
        receive_upload(
            organization_id=studio.org.id,
            uploaded_by_user_id=None,
            kind="document",
            stream=io.BufferedReader(Unseekable()),
            filename="notes.txt",
        )
    assert refusal.value.message == "Documents can be at most 10 KB; this one is larger."
    assert stored_keys(storage) == set()


def test_receive_over_quota_is_refused(storage, upload, studio):
    first = upload(samples.image_bytes("PNG"), "first.png")
    studio.org.storage_quota_bytes = first.size_bytes + first.thumbnail_size_bytes + 100
    db.session.flush()

    with pytest.raises(kinds.QuotaExceeded) as refusal:
        upload(samples.image_bytes("PNG", size=(400, 400)), "second.png")

    assert (refusal.value.status, refusal.value.code) == (413, "storage_quota_exceeded")
    assert refusal.value.message.startswith("The studio's storage is full: ")
    assert stored_keys(storage) == {first.key, first.thumbnail_key}


def test_receive_counts_quota_per_studio(storage, upload, studio, other_studio):
    studio.org.storage_quota_bytes = 10**9
    other_studio.org.storage_quota_bytes = 0
    db.session.flush()

    upload(samples.pdf(), "a.pdf", "document")
    with pytest.raises(kinds.QuotaExceeded):
        upload(samples.pdf(), "b.pdf", "document", organization_id=other_studio.org.id)


def test_receive_unknown_kind_is_a_programming_error(storage, upload):
    with pytest.raises(ValueError, match="Unknown upload kind"):
        upload(samples.pdf(), "a.pdf", "avatar")
