"""Whose clock an email reads in: each recipient's own zone, else their studio's, and a time shown in it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.extensions import db


def user_zones(user_ids: list[int]) -> dict[int, str | None]:
    """Each listed account's own zone (None: it follows its studio's), in one statement."""
    if not user_ids:
        return {}
    return dict(db.session.execute(sa.select(User.id, User.timezone).where(User.id.in_(user_ids))).all())


def local_time(moment: datetime, zone: str) -> str:
    """ "Tue 3 Dec, 10:00": an instant as the recipient's clock shows it."""
    return f"{moment.astimezone(ZoneInfo(zone)):%a %-d %b, %H:%M}"
