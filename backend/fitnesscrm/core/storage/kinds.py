"""What each upload kind accepts, how large it may be, and the sentences that refuse a file."""

from __future__ import annotations

from flask import current_app

from fitnesscrm.errors import AppError, ValidationError

# The types a picture may arrive as; every one is stored re-encoded (HEIC/HEIF as JPEG).
IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/webp", "image/heic", "image/heif"})
OFFICE_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.presentation",
        "application/msword",
        "application/vnd.ms-excel",
        "application/vnd.ms-powerpoint",
    }
)
ACCEPTED_TYPES = {
    "photo": IMAGE_TYPES,
    "check_in_photo": IMAGE_TYPES,
    "document": IMAGE_TYPES | OFFICE_TYPES | {"application/pdf", "text/plain", "text/csv"},
    "attachment": IMAGE_TYPES | {"application/pdf"},
}
# How a refusal names the kind ("Photos can be at most 25 MB") and what it accepts.
KIND_NAMES = {
    "photo": "Photos",
    "check_in_photo": "Check-in photos",
    "document": "Documents",
    "attachment": "Attachments",
}
KIND_ACCEPTS = {
    "photo": "JPEG, PNG, WebP or HEIC pictures",
    "check_in_photo": "JPEG, PNG, WebP or HEIC pictures",
    "document": "PDFs, pictures, Word, Excel, PowerPoint or OpenDocument files, plain text or CSV",
    "attachment": "pictures or PDFs",
}
# A file with no usable name is called this, plus the extension of what it really is.
DEFAULT_NAMES = {"photo": "photo", "check_in_photo": "check-in photo", "document": "document", "attachment": "file"}


def max_bytes(kind: str) -> int:
    """The largest upload of `kind` this installation takes (UPLOAD_MAX_*_BYTES)."""
    return current_app.config["UPLOAD_MAX_BYTES"][kind]


def check_kind(kind: str) -> None:
    """Refuse a kind the storage does not know (a programming error in the calling feature)."""
    if kind not in ACCEPTED_TYPES:
        raise ValueError(f"Unknown upload kind {kind!r}; expected one of {sorted(ACCEPTED_TYPES)}")


def format_bytes(size: int) -> str:
    """A size as people read it: 512 bytes, 48 KB, 31.2 MB, 1.2 GB (decimal units, as disks are sold)."""
    if size < 1000:
        return "1 byte" if size == 1 else f"{size} bytes"
    for unit, factor in (("KB", 10**3), ("MB", 10**6), ("GB", 10**9), ("TB", 10**12)):
        value = size / factor
        if value < 999.95 or unit == "TB":
            return f"{value:.1f}".removesuffix(".0") + f" {unit}"
    raise AssertionError("unreachable")


class FileTooLarge(AppError):
    status = 413
    code = "file_too_large"

    def __init__(self, kind: str, size: int | None):
        limit = format_bytes(max_bytes(kind))
        found = f"this one is {format_bytes(size)}" if size is not None else "this one is larger"
        super().__init__(f"{KIND_NAMES[kind]} can be at most {limit}; {found}.")


class UnsupportedFileType(AppError):
    status = 415
    code = "unsupported_file_type"

    def __init__(self, kind: str, found: str):
        super().__init__(f"{KIND_NAMES[kind]} can be {KIND_ACCEPTS[kind]}; this file is {found}.")


class EmptyFile(AppError):
    status = 422
    code = "empty_file"

    def __init__(self) -> None:
        super().__init__("The file is empty; choose one with something in it.")


class UnreadableImage(AppError):
    status = 422
    code = "unreadable_image"

    def __init__(self, label: str) -> None:
        super().__init__(f"The picture could not be read; the {label} file may be damaged or cut short.")


class ImageTooLarge(AppError):
    status = 422
    code = "image_too_large"

    def __init__(self, width: int, height: int, limit: int) -> None:
        super().__init__(
            f"The picture is {width:,} × {height:,} pixels; pictures can have at most {limit / 10**6:g} megapixels."
        )


class QuotaExceeded(AppError):
    status = 413
    code = "storage_quota_exceeded"

    def __init__(self, *, used: int, quota: int, size: int) -> None:
        super().__init__(
            f"The studio's storage is full: {format_bytes(used)} of {format_bytes(quota)} used, and this file "
            f"needs {format_bytes(size)}. Delete files you no longer need, or ask for more space."
        )


class MissingFile(ValidationError):
    def __init__(self, field: str) -> None:
        super().__init__("Choose a file to upload.", fields={field: ["Choose a file to upload."]})
