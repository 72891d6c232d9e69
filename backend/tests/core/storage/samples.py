"""Real files made on the spot: pictures with EXIF, HEIC, office documents, a compound file, a pixel bomb."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pillow_heif
from PIL import ExifTags, Image

pillow_heif.register_heif_opener()

GPS = {1: "N", 2: (52.0, 22.0, 30.0), 3: "E", 4: (4.0, 53.0, 0.0)}


def picture(size=(40, 20)) -> Image.Image:
    """Left half red, right half blue: after a turn, which side is where tells the orientation."""
    image = Image.new("RGB", size, (255, 0, 0))
    image.paste((0, 0, 255), (size[0] // 2, 0, size[0], size[1]))
    return image


def jpeg_with_gps(*, orientation: int = 6) -> bytes:
    """A JPEG whose EXIF holds a GPS position, a camera make and an orientation (6: turn 90° clockwise)."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "Studio Phone"
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(GPS)
    buffer = io.BytesIO()
    picture().save(buffer, "JPEG", exif=exif.tobytes(), quality=95)
    return buffer.getvalue()


def image_bytes(format_name: str, size=(40, 20), mode="RGB") -> bytes:
    buffer = io.BytesIO()
    image = picture(size)
    if mode != "RGB":
        image = image.convert(mode)
    image.save(buffer, format_name)
    return buffer.getvalue()


def heic() -> bytes:
    return image_bytes("HEIF")


def pdf() -> bytes:
    body = b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
    return b"%PDF-1.4\n" + body + b"trailer << /Root 1 0 R >>\n%%EOF\n"


def pixel_bomb(width=100_000, height=100_000) -> bytes:
    """A PNG of a few dozen bytes whose header declares `width` × `height` pixels."""
    data = image_bytes("PNG", size=(1, 1), mode="L")
    ihdr_start = 8 + 8  # the signature, then the IHDR chunk's length and type
    fields = struct.pack(">II", width, height) + data[ihdr_start + 8 : ihdr_start + 13]
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + fields) & 0xFFFFFFFF)
    return data[:ihdr_start] + fields + crc + data[ihdr_start + 17 :]


# A fixed member time: the same sample built twice must be the same bytes, or a test comparing a
# download with a freshly built sample fails whenever the two straddle a second.
_MEMBER_TIME = (2026, 1, 5, 9, 30, 0)


def _zip(members: dict[str, bytes], *, first: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if first:
            archive.writestr(zipfile.ZipInfo(first, _MEMBER_TIME), members.pop(first), zipfile.ZIP_STORED)
        for name, content in members.items():
            archive.writestr(zipfile.ZipInfo(name, _MEMBER_TIME), content, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


OOXML_MAIN = {
    "docx": ("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
    "xlsx": ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
    "pptx": (
        "ppt/presentation.xml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
    ),
    "docm": ("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml"),
}


def ooxml(extension: str) -> bytes:
    """An Office Open XML package of the given type, as Word, Excel and PowerPoint lay it out."""
    part, content_type = OOXML_MAIN[extension]
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{part}" ContentType="{content_type}"/></Types>'
    )
    members = {"[Content_Types].xml": manifest.encode(), part: b"<document/>"}
    if extension == "docm":
        members["word/vbaProject.bin"] = b"\x00" * 16
    return _zip(members)


def opendocument(subtype: str) -> bytes:
    mimetype = f"application/vnd.oasis.opendocument.{subtype}".encode()
    return _zip({"mimetype": mimetype, "content.xml": b"<office:document-content/>"}, first="mimetype")


def plain_zip() -> bytes:
    return _zip({"notes.txt": b"hello"})


def compound_file(stream_name: str) -> bytes:
    """A minimal legacy Office compound file (CFB v3): one FAT sector, one directory sector, one stream."""
    free, end, fat_marker = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    header = bytearray(512)
    header[0:8] = bytes.fromhex("d0cf11e0a1b11ae1")
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 0x2C, 1)  # FAT sectors
    struct.pack_into("<I", header, 0x30, 1)  # first directory sector
    struct.pack_into("<I", header, 0x38, 4096)
    struct.pack_into("<III", header, 0x3C, end, 0, end)
    struct.pack_into("<I", header, 0x48, 0)
    struct.pack_into("<109I", header, 0x4C, 0, *([free] * 108))
    fat = struct.pack("<128I", fat_marker, end, *([free] * 126))

    def entry(name: str, entry_type: int) -> bytes:
        raw = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        raw[: len(encoded)] = encoded
        struct.pack_into("<HB", raw, 64, len(encoded), entry_type)
        return bytes(raw)

    directory = entry("Root Entry", 5) + entry("\x01CompObj", 2) + entry("SummaryInformation", 2)
    directory += entry(stream_name, 2)
    return bytes(header) + fat + directory
