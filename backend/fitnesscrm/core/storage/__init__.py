"""File storage for everything that uploads: one interface, a local-disk and an S3 backend.

Features call only what is imported here:

- `receive_upload(...)` / `upload_from_request(...)`: check, clean and store a file, adding its
  StoredFile to the caller's transaction (the caller commits; a rollback deletes the bytes);
- `release(stored_file)`: the file is deleted with the caller's commit;
- `signed_url(stored_file, ...)`: a short-lived link for <img src> and downloads, to hand out only
  after checking that the caller may see the file;
- `send_file(stored_file, ...)`: stream the bytes from an authorised endpoint;
- `usage(organization_id=...)`: the studio's bytes against its quota.

See docs/storage.md for the settings, the backends and the security properties.
"""

from fitnesscrm.core.storage import (
    lifecycle,  # noqa: F401 - the session events that tie bytes to transactions
    sweep,  # noqa: F401 - registers the daily sweep of bytes no file refers to
)
from fitnesscrm.core.storage.downloads import send_file
from fitnesscrm.core.storage.kinds import (
    EmptyFile,
    FileTooLarge,
    ImageTooLarge,
    QuotaExceeded,
    StorageUnavailable,
    UnreadableImage,
    UnsupportedFileType,
)
from fitnesscrm.core.storage.models import UPLOAD_KINDS, StoredFile
from fitnesscrm.core.storage.quota import StorageUsage, usage
from fitnesscrm.core.storage.signing import signed_url
from fitnesscrm.core.storage.uploads import (
    accepts_upload,
    allow_upload,
    receive_upload,
    release,
    upload_from_request,
)

__all__ = [
    "UPLOAD_KINDS",
    "EmptyFile",
    "FileTooLarge",
    "ImageTooLarge",
    "QuotaExceeded",
    "StorageUnavailable",
    "StorageUsage",
    "StoredFile",
    "UnreadableImage",
    "UnsupportedFileType",
    "accepts_upload",
    "allow_upload",
    "receive_upload",
    "release",
    "send_file",
    "signed_url",
    "upload_from_request",
    "usage",
]
