"""The name a file is shown and downloaded under: the sender's name, cleaned, with the right extension.

The name never reaches a file system or a URL path (keys are random), but it is shown to people
and sent back in Content-Disposition, so it keeps no directory part, no control or bidirectional
characters, nothing Windows forbids, and ends in the extension of what the file really is
("scan.pdf" that is a PNG is stored as "scan.png").
"""

from __future__ import annotations

import re
import unicodedata

from fitnesscrm.core.storage.inspection import FileType

MAX_NAME_LENGTH = 200
# Extensions that fit each stored type besides its own (scan.jpeg stays scan.jpeg).
_EXTENSIONS = {
    "image/jpeg": {"jpg", "jpeg", "jpe", "jfif"},
    "image/png": {"png"},
    "image/webp": {"webp"},
    "application/pdf": {"pdf"},
    "text/plain": {"txt", "text", "md", "log"},
    "text/csv": {"csv"},
}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def display_name(sent: str | None, file_type: FileType, *, default: str) -> str:
    """The sanitised name to keep for a file sent as `sent` that turned out to be `file_type`."""
    name = unicodedata.normalize("NFC", sent or "")
    # Browsers send "C:\\Users\\me\\photo.jpg" or "../../etc/passwd"; only the last part is the file's name.
    name = re.split(r"[/\\]", name)[-1]
    # Control, format (bidirectional overrides that make "gpj.exe" read as "exe.jpg") and unassigned characters.
    name = "".join(char for char in name if unicodedata.category(char) not in ("Cc", "Cf", "Cn", "Co", "Cs"))
    name = _FORBIDDEN.sub("_", name)
    name = " ".join(name.split()).strip(" .")
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    if extension.lower() not in _EXTENSIONS.get(file_type.content_type, {file_type.extension}):
        stem = name if extension and len(extension) > 5 else (stem or name)
        extension = file_type.extension
    stem = stem.strip(" .") or default
    return f"{stem[: MAX_NAME_LENGTH - len(extension) - 1]}.{extension}"
