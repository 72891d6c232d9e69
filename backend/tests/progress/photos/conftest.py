"""Real pictures made on the spot, and a storage backend of the test's own."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from fitnesscrm.core.storage import backends


@pytest.fixture(autouse=True)
def storage(app, tmp_path: Path):
    """Uploads go to a directory of this test's, emptied with it."""
    previous = app.extensions.get("storage")
    app.extensions["storage"] = backends.LocalDiskStorage(tmp_path / "uploads")
    yield app.extensions["storage"]
    if previous is None:
        app.extensions.pop("storage", None)
    else:
        app.extensions["storage"] = previous


def jpeg(colour=(200, 30, 30), *, size=(300, 400), gps: bool = False) -> bytes:
    """A JPEG of one colour; with `gps`, its EXIF holds a position a phone would have written."""
    image = Image.new("RGB", size, colour)
    buffer = io.BytesIO()
    if gps:
        exif = Image.Exif()
        exif.get_ifd(ExifTags.IFD.GPSInfo).update({1: "N", 2: (52.0, 22.0, 30.0), 3: "E", 4: (4.0, 53.0, 0.0)})
        image.save(buffer, "JPEG", exif=exif.tobytes())
    else:
        image.save(buffer, "JPEG")
    return buffer.getvalue()


def pdf() -> bytes:
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
