"""What a file really is, decided from its bytes alone: never its name, never the browser's Content-Type.

Each accepted type is recognised by its own signature: PDF, JPEG, PNG and WebP by their magic
bytes, HEIC/HEIF by the brands of their ISO-BMFF `ftyp` box, Office Open XML and OpenDocument by
the parts inside the ZIP (macro-enabled documents are not accepted), legacy Office (DOC, XLS, PPT)
by the streams in the compound file's directory, and plain text by the absence of binary bytes.
Anything else is unknown, and no kind accepts unknown files. Pictures are then opened by Pillow
(images.py), which is the real test of a picture.
"""

from __future__ import annotations

import re
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

# Enough of the file to recognise every signature below and to judge whether it is text.
SAMPLE_BYTES = 64 * 1024
HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
OLE_SIGNATURE = bytes.fromhex("d0cf11e0a1b11ae1")
# Bytes that never appear in text: NUL and the C0 controls other than tab, newlines, form feed and escape.
_BINARY = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


@dataclass(frozen=True)
class FileType:
    content_type: str
    extension: str
    # How a refusal names it: "this file is a PDF document".
    description: str

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")


JPEG = FileType("image/jpeg", "jpg", "a JPEG picture")
PNG = FileType("image/png", "png", "a PNG picture")
WEBP = FileType("image/webp", "webp", "a WebP picture")
HEIC = FileType("image/heic", "heic", "a HEIC picture")
PDF = FileType("application/pdf", "pdf", "a PDF document")
TEXT = FileType("text/plain", "txt", "a text file")
CSV = FileType("text/csv", "csv", "a CSV file")
DOCX = FileType("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "a Word document")
XLSX = FileType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "an Excel workbook")
PPTX = FileType(
    "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", "a PowerPoint presentation"
)
ODT = FileType("application/vnd.oasis.opendocument.text", "odt", "an OpenDocument text")
ODS = FileType("application/vnd.oasis.opendocument.spreadsheet", "ods", "an OpenDocument spreadsheet")
ODP = FileType("application/vnd.oasis.opendocument.presentation", "odp", "an OpenDocument presentation")
DOC = FileType("application/msword", "doc", "a Word document")
XLS = FileType("application/vnd.ms-excel", "xls", "an Excel workbook")
PPT = FileType("application/vnd.ms-powerpoint", "ppt", "a PowerPoint presentation")
GIF = FileType("image/gif", "gif", "a GIF picture")
ZIP = FileType("application/zip", "zip", "a ZIP archive")
UNKNOWN = FileType("application/octet-stream", "bin", "of a type we do not recognise")

_OOXML_MAIN_PARTS = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": DOCX,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": XLSX,
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": PPTX,
}
_ODF_MIMETYPES = {ODT.content_type: ODT, ODS.content_type: ODS, ODP.content_type: ODP}
# The stream a legacy Office compound file keeps its content in.
_OLE_STREAMS = {"WordDocument": DOC, "Workbook": XLS, "Book": XLS, "PowerPoint Document": PPT}
# Names whose extension may choose between the two text types; the content decides that it is text.
CSV_EXTENSIONS = {"csv"}


def detect(path: Path, *, name: str = "") -> FileType:
    """The type of the file at `path` (`name` only tells CSV from other text once the bytes say text)."""
    with path.open("rb") as file:
        head = file.read(SAMPLE_BYTES)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[4:8] == b"ftyp" and _heif_brands(head) & HEIF_BRANDS:
        return HEIC
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head.startswith(b"PK\x03\x04"):
        return _zip_type(path)
    if head.startswith(OLE_SIGNATURE):
        return _ole_type(path)
    if _is_text(head):
        return CSV if name.rsplit(".", 1)[-1].lower() in CSV_EXTENSIONS else TEXT
    return UNKNOWN


def _heif_brands(head: bytes) -> set[bytes]:
    """The major and compatible brands of an ISO-BMFF file's leading `ftyp` box."""
    (box_size,) = struct.unpack(">I", head[:4])
    box = head[8 : min(box_size, len(head))]
    return {box[:4]} | {box[offset : offset + 4] for offset in range(8, len(box) - 3, 4)}


def _zip_type(path: Path) -> FileType:
    """An office document by the parts inside the archive; any other ZIP is just a ZIP."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                # Read at most a line: the member is a few dozen bytes in any real OpenDocument file.
                with archive.open("mimetype") as member:
                    declared = member.read(100).decode("ascii", "replace").strip()
                return _ODF_MIMETYPES.get(declared, ZIP)
            if "[Content_Types].xml" in names and not any(name.lower().endswith("vbaproject.bin") for name in names):
                with archive.open("[Content_Types].xml") as member:
                    manifest = member.read(256 * 1024).decode("utf-8", "replace")
                for main_part, file_type in _OOXML_MAIN_PARTS.items():
                    if f'ContentType="{main_part}"' in manifest:
                        return file_type
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError):
        return UNKNOWN
    return ZIP


def _ole_type(path: Path) -> FileType:
    """A legacy Office file by the stream names in its compound-file directory."""
    try:
        names = set(_ole_directory_names(path))
    except (OSError, struct.error, ValueError):
        return UNKNOWN
    for stream, file_type in _OLE_STREAMS.items():
        if stream in names:
            return file_type
    return UNKNOWN


def _ole_directory_names(path: Path, *, max_sectors: int = 64) -> list[str]:
    """The entry names of a compound file's directory, following its sector chain through the FAT."""
    with path.open("rb") as file:
        header = file.read(512)
        sector_size = 1 << struct.unpack_from("<H", header, 0x1E)[0]
        if sector_size not in (512, 4096):
            raise ValueError("not a compound file")
        (directory_sector,) = struct.unpack_from("<I", header, 0x30)
        fat_sectors = [sector for sector in struct.unpack_from("<109I", header, 0x4C) if sector < 0xFFFFFFFA]

        def read_sector(number: int) -> bytes:
            file.seek((number + 1) * sector_size)
            return file.read(sector_size)

        per_fat_sector = sector_size // 4

        def next_sector(number: int) -> int:
            index, offset = divmod(number, per_fat_sector)
            if index >= len(fat_sectors):
                return 0xFFFFFFFE
            return struct.unpack_from("<I", read_sector(fat_sectors[index]), offset * 4)[0]

        names: list[str] = []
        sector = directory_sector
        for _ in range(max_sectors):
            if sector >= 0xFFFFFFFA:
                break
            data = read_sector(sector)
            for start in range(0, len(data) - 127, 128):
                (length,) = struct.unpack_from("<H", data, start + 64)
                if 2 <= length <= 64:
                    names.append(data[start : start + length - 2].decode("utf-16-le", "replace"))
            sector = next_sector(sector)
        return names


def _is_text(head: bytes) -> bool:
    """Whether a sample reads as text: no binary control bytes (UTF-8 or a single-byte encoding)."""
    return bool(head) and not _BINARY.search(head)
