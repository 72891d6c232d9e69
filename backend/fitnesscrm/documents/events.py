"""What happens to a studio's documents, as domain events (the activity log keeps them).

The activity log's actions are a fixed vocabulary (create, update, archive, restore...), so a
new version, a restore of an old one, sharing and unsharing are updates of the document whose
changes say what happened ("Version: 2 → 3", "Shared with: — → Ann Lee"); a signature is a
record of its own, created by the client who signed.
"""

from __future__ import annotations

from dataclasses import dataclass

from fitnesscrm.core.events import RecordChanged


@dataclass(frozen=True, kw_only=True)
class DocumentEvent(RecordChanged):
    entity_type = "document"


@dataclass(frozen=True, kw_only=True)
class DocumentUploaded(DocumentEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class DocumentUpdated(DocumentEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class DocumentVersionAdded(DocumentEvent):
    """A new version was uploaded, or an earlier one restored as a new version (`changes` say which)."""

    action = "update"


@dataclass(frozen=True, kw_only=True)
class DocumentShared(DocumentEvent):
    """Shared with some clients, or with every client of the studio."""

    action = "update"


@dataclass(frozen=True, kw_only=True)
class DocumentUnshared(DocumentEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class DocumentArchived(DocumentEvent):
    action = "archive"


@dataclass(frozen=True, kw_only=True)
class DocumentRestored(DocumentEvent):
    action = "restore"


@dataclass(frozen=True, kw_only=True)
class WaiverSigned(RecordChanged):
    """A client signed a version of a waiver: `entity_id` is the signature's."""

    entity_type = "waiver_signature"
    action = "create"


@dataclass(frozen=True, kw_only=True)
class FolderEvent(RecordChanged):
    """A document folder added, renamed or moved, or removed: `changes` name folders, never ids."""

    entity_type = "document_folder"


@dataclass(frozen=True, kw_only=True)
class FolderCreated(FolderEvent):
    action = "create"


@dataclass(frozen=True, kw_only=True)
class FolderChanged(FolderEvent):
    action = "update"


@dataclass(frozen=True, kw_only=True)
class FolderDeleted(FolderEvent):
    action = "delete"
