"""The bell's rules: write notifications with the change they tell about, list them, mark them read, prune."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from flask import current_app

from fitnesscrm.core.jobs import periodic
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.errors import NotFound
from fitnesscrm.extensions import db
from fitnesscrm.notifications.inbox import live
from fitnesscrm.notifications.inbox.models import InAppNotification

PRUNE_BATCH = 5000


def _now() -> datetime:
    return datetime.now(UTC)


def as_dict(notification: InAppNotification) -> dict[str, Any]:
    """A notification as the socket sends it (the same fields the API's schema reads)."""
    return {
        "id": notification.id,
        "kind": notification.kind,
        "title": notification.title,
        "body": notification.body,
        "link": notification.link,
        "created_at": notification.created_at.isoformat(),
        "read_at": notification.read_at.isoformat() if notification.read_at else None,
    }


def _unread_counts(user_ids: Iterable[int]) -> dict[int, int]:
    return dict(
        db.session.execute(
            sa.select(InAppNotification.user_id, sa.func.count())
            .where(InAppNotification.user_id.in_(list(user_ids)), InAppNotification.read_at.is_(None))
            .group_by(InAppNotification.user_id)
        ).all()
    )


@dataclass(frozen=True)
class Note:
    """One notification to write: for whom, what kind, its title and sentence, and the SPA path it opens."""

    user_id: int
    kind: str
    title: str
    body: str
    link: str | None


def notify(*, organization_id: int, notes: list[Note]) -> list[InAppNotification]:
    """Write notifications in the caller's transaction (the caller commits).

    Each recipient's open tabs get it, with their new unread count, once that transaction commits.
    """
    if not notes:
        return []
    rows = [
        InAppNotification(
            organization_id=organization_id,
            user_id=note.user_id,
            kind=note.kind,
            title=note.title[:200],
            body=note.body[:500],
            link=note.link,
        )
        for note in notes
    ]
    db.session.add_all(rows)
    db.session.flush()
    counts = _unread_counts({row.user_id for row in rows})
    for row in rows:
        live.emit_after_commit(
            db.session(), row.user_id, {"notification": as_dict(row), "unread_count": counts.get(row.user_id, 0)}
        )
    return rows


def _mine(actor: Principal) -> sa.Select:
    return sa.select(InAppNotification).where(
        InAppNotification.organization_id == actor.organization_id, InAppNotification.user_id == actor.user_id
    )


def get_all(*, actor: Principal, unread: bool | None = None, page: int = 1, per_page: int = 25) -> Page:
    """The caller's notifications, newest first; only unread (or only read) ones when asked."""
    stmt = _mine(actor)
    if unread is not None:
        stmt = stmt.where(InAppNotification.read_at.is_(None) if unread else InAppNotification.read_at.is_not(None))
    return paginate(
        stmt.order_by(InAppNotification.created_at.desc(), InAppNotification.id.desc()), page=page, per_page=per_page
    )


def unread_count(*, actor: Principal) -> dict[str, int]:
    """How many of the caller's notifications are unread: the bell's number."""
    count = db.session.execute(
        sa.select(sa.func.count()).select_from(_mine(actor).where(InAppNotification.read_at.is_(None)).subquery())
    ).scalar_one()
    return {"count": count}


def mark_read(*, actor: Principal, notification_id: int) -> InAppNotification:
    """Mark one of the caller's notifications read (reading it again changes nothing)."""
    notification = db.session.execute(_mine(actor).where(InAppNotification.id == notification_id)).scalar_one_or_none()
    if notification is None:
        raise NotFound("No such notification.")
    if notification.read_at is None:
        notification.read_at = _now()
        db.session.commit()
    return notification


def mark_all_read(*, actor: Principal) -> dict[str, int]:
    """Mark every unread notification of the caller read; the count left unread (0)."""
    db.session.execute(
        sa.update(InAppNotification)
        .where(
            InAppNotification.organization_id == actor.organization_id,
            InAppNotification.user_id == actor.user_id,
            InAppNotification.read_at.is_(None),
        )
        .values(read_at=_now())
    )
    db.session.commit()
    return {"count": 0}


def prune(*, now: datetime | None = None) -> int:
    """Delete notifications read more than NOTIFICATION_RETENTION_DAYS ago, in batches; how many went."""
    cutoff = (now or _now()) - timedelta(days=current_app.config["NOTIFICATION_RETENTION_DAYS"])
    deleted = 0
    while True:
        batch = (
            sa.select(InAppNotification.id)
            .where(InAppNotification.read_at.is_not(None), InAppNotification.read_at < cutoff)
            .limit(PRUNE_BATCH)
        )
        count = db.session.execute(
            sa.delete(InAppNotification).where(InAppNotification.id.in_(batch.scalar_subquery()))
        ).rowcount
        db.session.commit()
        deleted += count
        if count < PRUNE_BATCH:
            return deleted


@periodic(cron="43 3 * * *", name="notifications.prune-in-app")
def prune_daily(timestamp: int) -> None:
    """Every night: forget notifications read long ago."""
    prune()
