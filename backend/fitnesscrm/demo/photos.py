"""The demo client's progress photos: front, side and back on three days a month apart, drawn on the spot.

Small pictures (a silhouette that slims a little each month on a plain ground), stored through
the storage interface like any upload, so that the portal's Photos screen and the compare view
have something to show. Only the client with a portal login gets them: nine small files.
"""

from __future__ import annotations

import io
from datetime import date, timedelta

import sqlalchemy as sa
from PIL import Image, ImageDraw

from fitnesscrm.clients.models import Client
from fitnesscrm.core import storage
from fitnesscrm.extensions import db
from fitnesscrm.progress.models import POSES, ProgressPhoto

SIZE = (240, 320)
GROUNDS = {"front": (64, 92, 128), "side": (82, 112, 92), "back": (120, 88, 72)}


def _picture(pose: str, month: int) -> bytes:
    """A silhouette of the pose, narrower each month."""
    image = Image.new("RGB", SIZE, GROUNDS[pose])
    draw = ImageDraw.Draw(image)
    half = (34 if pose == "side" else 56) - 4 * month
    draw.ellipse((120 - 26, 24, 120 + 26, 84), fill=(236, 214, 190))
    draw.rounded_rectangle((120 - half, 92, 120 + half, 220), radius=18, fill=(236, 214, 190))
    draw.rectangle((120 - half + 6, 220, 120 - 6, 300), fill=(48, 48, 56))
    draw.rectangle((120 + 6, 220, 120 + half - 6, 300), fill=(48, 48, 56))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def add(*, organization_id: int, today: date) -> int:
    """Add the portal client's photos; returns how many."""
    client = db.session.execute(
        sa.select(Client)
        .where(Client.organization_id == organization_id, Client.user_id.is_not(None))
        .order_by(Client.id)
        .limit(1)
    ).scalar_one_or_none()
    if client is None:
        return 0
    rows = []
    for month, days_ago in enumerate((56, 28, 0)):
        for pose in POSES:
            stored = storage.receive_upload(
                organization_id=organization_id,
                uploaded_by_user_id=client.user_id,
                kind="photo",
                stream=io.BytesIO(_picture(pose, month)),
                filename=f"{pose}.jpg",
            )
            rows.append({
                "organization_id": organization_id, "client_id": client.id, "pose": pose,
                "taken_on": today - timedelta(days=days_ago), "stored_file_id": stored.id,
                "uploaded_by_user_id": client.user_id,
            })  # fmt: skip
    db.session.execute(sa.insert(ProgressPhoto), rows)
    return len(rows)
