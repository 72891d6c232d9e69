"""How much a studio stores, by kind, against its quota; summed in SQL over the live files only."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from flask import current_app

from fitnesscrm.core.storage.kinds import KIND_NAMES, QuotaExceeded, format_bytes
from fitnesscrm.core.storage.models import UPLOAD_KINDS, StoredFile
from fitnesscrm.extensions import db

# core/ imports no domain: the one column read from the studio's row is named here.
_organizations = sa.table("organizations", sa.column("id"), sa.column("storage_quota_bytes"))

# Namespace of the transaction-scoped advisory lock that serialises one studio's quota checks.
_QUOTA_LOCK_CLASS = 0x5707


@dataclass(frozen=True)
class KindUsage:
    kind: str
    files: int
    used_bytes: int

    @property
    def label(self) -> str:
        return KIND_NAMES[self.kind]


@dataclass(frozen=True)
class StorageUsage:
    used_bytes: int
    quota_bytes: int
    by_kind: list[KindUsage] = field(default_factory=list)

    @property
    def summary(self) -> str:
        """The usage in words: "1.2 GB of 5 GB used"."""
        return f"{format_bytes(self.used_bytes)} of {format_bytes(self.quota_bytes)} used"


def _stored_bytes():
    return StoredFile.size_bytes + StoredFile.thumbnail_size_bytes


def usage(*, organization_id: int) -> StorageUsage:
    """The bytes a studio's live files take (originals and thumbnails), its quota, and both per kind."""
    rows = db.session.execute(
        sa.select(StoredFile.kind, sa.func.count(), sa.func.sum(_stored_bytes()))
        .where(StoredFile.organization_id == organization_id, StoredFile.deleted_at.is_(None))
        .group_by(StoredFile.kind)
    ).all()
    found = {kind: KindUsage(kind, files, int(used or 0)) for kind, files, used in rows}
    by_kind = [found.get(kind, KindUsage(kind, 0, 0)) for kind in UPLOAD_KINDS]
    return StorageUsage(sum(item.used_bytes for item in by_kind), quota_for(organization_id), by_kind)


def quota_for(organization_id: int) -> int:
    """The studio's own quota, else the installation's STORAGE_QUOTA_BYTES."""
    quota_column = _organizations.c.storage_quota_bytes
    own = db.session.scalar(sa.select(quota_column).where(_organizations.c.id == organization_id))
    return own if own is not None else current_app.config["STORAGE_QUOTA_BYTES"]


def reserve(*, organization_id: int, size: int) -> None:
    """Refuse `size` more bytes when they do not fit; otherwise hold the studio's quota until the commit, so two
    uploads at once cannot both take the last free space."""
    db.session.execute(sa.select(sa.func.pg_advisory_xact_lock(_QUOTA_LOCK_CLASS, organization_id)))
    used = db.session.scalar(
        sa.select(sa.func.coalesce(sa.func.sum(_stored_bytes()), 0)).where(
            StoredFile.organization_id == organization_id, StoredFile.deleted_at.is_(None)
        )
    )
    quota = quota_for(organization_id)
    if used + size > quota:
        raise QuotaExceeded(used=int(used), quota=quota, size=size)
