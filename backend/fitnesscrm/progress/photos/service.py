"""Progress photos: a client uploads their own, staff those of the clients they may see; a day holds one per pose.

The bytes live in `core.storage` (kind "photo": sniffed, EXIF and GPS stripped, thumbnailed); rows
here say whose photo of which pose and day it is. Every read hands out short-lived signed links,
only after `clients.find` has checked that the caller may see the client.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events, storage
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.storage import StoredFile
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.errors import NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.progress.models import ProgressPhoto
from fitnesscrm.progress.photos.events import PhotoAdded, PhotoRemoved
from fitnesscrm.training.progress.service import client_zone

POSE_ORDER = sa.case({"front": 0, "side": 1, "back": 2}, value=ProgressPhoto.pose)


def _current(client_id: int) -> sa.Select:
    return sa.select(ProgressPhoto).where(ProgressPhoto.client_id == client_id, ProgressPhoto.deleted_at.is_(None))


def _photos_of_days(client: Client, days: Sequence[date]) -> dict[date, list[dict[str, Any]]]:
    """The current photos of these days, with their files and uploaders, in one statement."""
    found: dict[date, list[dict[str, Any]]] = {day: [] for day in days}
    if not days:
        return found
    stmt = (
        _current(client.id)
        .add_columns(StoredFile, User.first_name, User.last_name)
        .join(StoredFile, StoredFile.id == ProgressPhoto.stored_file_id)
        .outerjoin(User, User.id == ProgressPhoto.uploaded_by_user_id)
        .where(ProgressPhoto.taken_on.in_(days))
        .order_by(ProgressPhoto.taken_on, POSE_ORDER)
    )
    for photo, stored, first, last in db.session.execute(stmt):
        found[photo.taken_on].append(_present(photo, stored, " ".join(part for part in (first, last) if part) or None))
    return found


def _present(photo: ProgressPhoto, stored: StoredFile, uploaded_by: str | None) -> dict[str, Any]:
    return {
        "id": photo.id,
        "pose": photo.pose,
        "taken_on": photo.taken_on,
        "url": storage.signed_url(stored),
        "thumbnail_url": storage.signed_url(stored, variant="thumbnail")
        if stored.thumbnail_key
        else storage.signed_url(stored),
        "width": stored.width,
        "height": stored.height,
        "uploaded_by_name": uploaded_by,
        "created_at": photo.created_at,
    }


def get_all(*, actor: Principal, client_id: int, page: int = 1, per_page: int = 25) -> Page:
    """One page of the days a client has photos of, newest first, each with its photos and signed links."""
    client = clients.find(actor=actor, client_id=client_id)
    days = (
        sa.select(ProgressPhoto.taken_on)
        .where(ProgressPhoto.client_id == client.id, ProgressPhoto.deleted_at.is_(None))
        .group_by(ProgressPhoto.taken_on)
        .order_by(ProgressPhoto.taken_on.desc())
    )
    result = paginate(days, page=page, per_page=per_page)
    photos = _photos_of_days(client, result.items)
    result.items = [{"taken_on": day, "photos": photos[day]} for day in result.items]
    return result


def compare(*, actor: Principal, client_id: int, before: date, after: date) -> dict[str, Any]:
    """Two days' photos side by side, for the compare view."""
    client = clients.find(actor=actor, client_id=client_id)
    photos = _photos_of_days(client, [before, after])
    for name, day in (("before", before), ("after", after)):
        if not photos[day]:
            raise NotFound(f"No photos of {day:%-d %b %Y}.", fields={name: ["No photos of this day."]})
    return {
        "before": {"taken_on": before, "photos": photos[before]},
        "after": {"taken_on": after, "photos": photos[after]},
    }


def _label(pose: str, day: date) -> dict[str, Any]:
    return {"pose": {"before": None, "after": pose}, "taken_on": {"before": None, "after": day.isoformat()}}


def add(
    *, actor: Principal, client_id: int, pose: str, taken_on: date, receive: Callable[[], StoredFile]
) -> dict[str, Any]:
    """Store a photo of a pose for a day, replacing (and releasing) the one there was; `receive` stores the upload.

    The client row is locked first, so two uploads of the same pose and day one after the other
    replace each other instead of colliding.
    """
    client = clients.find(actor=actor, client_id=client_id, lock=True)
    today = datetime.now(ZoneInfo(client_zone(client))).date()
    if taken_on > today:
        raise ValidationError("A photo cannot be of a future day.", fields={"taken_on": ["Today or earlier."]})
    stored = receive()
    replaced = db.session.execute(
        _current(client.id).where(ProgressPhoto.taken_on == taken_on, ProgressPhoto.pose == pose).with_for_update()
    ).scalar_one_or_none()
    if replaced is not None:
        replaced.deleted_at = datetime.now(UTC)
        storage.release(db.session.get(StoredFile, replaced.stored_file_id))
        db.session.flush()
    photo = ProgressPhoto(
        organization_id=actor.organization_id,
        client_id=client.id,
        taken_on=taken_on,
        pose=pose,
        stored_file_id=stored.id,
        uploaded_by_user_id=actor.user_id,
    )
    db.session.add(photo)
    db.session.flush()
    changes = _label(pose, taken_on)
    if replaced is not None:
        changes["replaced"] = {"before": None, "after": True}
    events.record_by(actor, PhotoAdded, entity_id=client.id, label=client.full_name, changes=changes)
    db.session.commit()
    return _present(photo, stored, actor.name)


def delete(*, actor: Principal, client_id: int, photo_id: int) -> None:
    """Remove a photo; its file is deleted once this commits."""
    client = clients.find(actor=actor, client_id=client_id, lock=True)
    photo = db.session.execute(_current(client.id).where(ProgressPhoto.id == photo_id)).scalar_one_or_none()
    if photo is None:
        raise NotFound("No such photo.")
    photo.deleted_at = datetime.now(UTC)
    storage.release(db.session.get(StoredFile, photo.stored_file_id))
    events.record_by(
        actor, PhotoRemoved, entity_id=client.id, label=client.full_name, changes=_label(photo.pose, photo.taken_on)
    )
    db.session.commit()
