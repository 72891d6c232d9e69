"""A person's signed-in sessions (one per sign-in: a refresh-token family), listed by device, and revoked.

Revoking a session marks its family revoked; every access token carries its family id, and the
per-request token check (`service.load_session`, one indexed query it already makes) refuses it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import sqlalchemy as sa

from fitnesscrm.auth.models import RefreshTokenFamily
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.errors import NotFound
from fitnesscrm.extensions import db

# Checked in order: Edge and Opera also say Chrome, Chrome also says Safari.
_BROWSERS = (
    ("Edge", r"Edg(e|A|iOS)?/"),
    ("Opera", r"OPR/|Opera"),
    ("Samsung Internet", r"SamsungBrowser/"),
    ("Firefox", r"Firefox/|FxiOS/"),
    ("Chrome", r"Chrome/|CriOS/"),
    ("Safari", r"Safari/"),
    ("curl", r"^curl/"),
    ("Python", r"python-requests|aiohttp|httpx|Python"),
)
_SYSTEMS = (
    ("iPhone", r"iPhone"),
    ("iPad", r"iPad"),
    ("Android", r"Android"),
    ("ChromeOS", r"CrOS"),
    ("Windows", r"Windows"),
    ("macOS", r"Mac OS X|Macintosh"),
    ("Linux", r"Linux"),
)


def device_name(user_agent: str | None) -> str:
    """A readable name for a browser or app from its User-Agent: "Chrome on macOS", "Safari on iPhone"."""
    if not user_agent:
        return "Unknown device"
    browser = next((name for name, pattern in _BROWSERS if re.search(pattern, user_agent)), None)
    system = next((name for name, pattern in _SYSTEMS if re.search(pattern, user_agent)), None)
    if browser and system:
        return f"{browser} on {system}"
    return browser or system or "Unknown device"


def _active(user_id: int) -> sa.Select:
    return sa.select(RefreshTokenFamily).where(
        RefreshTokenFamily.user_id == user_id,
        RefreshTokenFamily.revoked_at.is_(None),
        RefreshTokenFamily.expires_at > sa.func.now(),
    )


def get_all(*, actor: Principal, current_family_id: str | None, page: int = 1, per_page: int = 25) -> Page:
    """The caller's sessions still signed in, this one first, then the most recently used."""
    is_current = RefreshTokenFamily.id == (current_family_id or "")
    stmt = _active(actor.user_id).order_by(
        is_current.desc(),
        RefreshTokenFamily.last_used_at.desc().nulls_last(),
        RefreshTokenFamily.created_at.desc(),
        RefreshTokenFamily.id,
    )
    result = paginate(stmt, page=page, per_page=per_page)
    result.items = [
        {
            "id": family.id,
            "device": device_name(family.user_agent),
            "user_agent": family.user_agent,
            "ip_address": family.ip_address,
            "created_at": family.created_at,
            "last_used_at": family.last_used_at or family.created_at,
            "current": family.id == current_family_id,
        }
        for family in result.items
    ]
    return result


def revoke(*, actor: Principal, session_id: str) -> None:
    """Sign one of the caller's sessions out; its access token stops working at its next request."""
    revoked = db.session.execute(
        sa.update(RefreshTokenFamily)
        .where(
            RefreshTokenFamily.id == session_id,
            RefreshTokenFamily.user_id == actor.user_id,
            RefreshTokenFamily.revoked_at.is_(None),
        )
        .values(revoked_at=datetime.now(UTC))
    ).rowcount
    if not revoked:
        db.session.rollback()
        raise NotFound("That session is not signed in (it may have ended already).")
    db.session.commit()


def revoke_others(*, actor: Principal, current_family_id: str | None) -> int:
    """Sign every other session of the caller out; how many ended."""
    ended = db.session.execute(
        sa.update(RefreshTokenFamily)
        .where(
            RefreshTokenFamily.user_id == actor.user_id,
            RefreshTokenFamily.revoked_at.is_(None),
            RefreshTokenFamily.id != (current_family_id or ""),
        )
        .values(revoked_at=datetime.now(UTC))
    ).rowcount
    db.session.commit()
    return ended
