"""Session reminders: every minute, email the clients whose `Reminder` rows (scheduling) have fallen due.

Scheduling creates, moves and cancels the rows as sessions are booked, moved and cancelled; this
sends them. A reminder is marked `sent` by a conditional UPDATE over rows picked with
`FOR UPDATE SKIP LOCKED`, in the same transaction as its outbox row: two workers running the task
at once take different rows, a row already sent no longer matches, and a transaction that fails
leaves the reminder pending with no message. The email then leaves through the outbox as any other.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from fitnesscrm.clients.models import Client
from fitnesscrm.core import urls
from fitnesscrm.core.jobs import periodic
from fitnesscrm.extensions import db
from fitnesscrm.notifications import service
from fitnesscrm.notifications.zones import local_time, user_zones
from fitnesscrm.organizations.models import Organization
from fitnesscrm.scheduling.models import Reminder, Session

BATCH = 200


def _claim(now: datetime) -> list[int]:
    """Mark up to BATCH due reminders of sessions still to come as sent; their ids (the caller commits)."""
    due = (
        sa.select(Reminder.id)
        .join(Session, Session.id == Reminder.session_id)
        .where(
            Reminder.status == "pending",
            Reminder.due_at <= now,
            Session.status == "scheduled",
            Session.starts_at > now,
        )
        .order_by(Reminder.due_at, Reminder.id)
        .limit(BATCH)
        .with_for_update(of=Reminder, skip_locked=True)
    )
    return list(
        db.session.execute(
            sa.update(Reminder)
            .where(Reminder.id.in_(due.scalar_subquery()), Reminder.status == "pending")
            .values(status="sent", sent_at=now)
            .returning(Reminder.id)
        ).scalars()
    )


def _drop_stale(now: datetime) -> None:
    """Due reminders of sessions cancelled or already begun (the worker was down) are not sent late,
    nor those of clients without an email: they are cancelled, so that none reads as sent."""
    stale = sa.select(Session.id).where(sa.or_(Session.status != "scheduled", Session.starts_at <= now))
    unreachable = sa.select(Client.id).where(sa.or_(Client.email.is_(None), Client.email == ""))
    db.session.execute(
        sa.update(Reminder)
        .where(
            Reminder.status == "pending",
            Reminder.due_at <= now,
            sa.or_(Reminder.session_id.in_(stale), Reminder.client_id.in_(unreachable)),
        )
        .values(status="cancelled")
    )


def _queue(reminder: Reminder, session: Session, client: Client, zones: dict, studio_zones: dict) -> bool:
    """Queue the reminder's email; False when the client turned reminders off."""
    if not service.wants(
        organization_id=reminder.organization_id, channel="email", address=client.email, topic="reminders"
    ):
        return False
    zone = zones.get(client.user_id) or studio_zones[reminder.organization_id]
    what = session.title or f"{session.kind.replace('_', ' ').capitalize()} session"
    when = local_time(session.starts_at, zone)
    service.queue_email(
        organization_id=reminder.organization_id,
        template="reminder",
        to_address=client.email,
        to_name=client.full_name,
        to_user_id=client.user_id,
        subject=f"Reminder: {what}, {when}",
        context={
            "first_name": client.first_name,
            "what": what,
            "with": session.trainer.full_name,
            "starts_at": session.starts_at.isoformat(),
            "ends_at": session.ends_at.isoformat(),
            "timezone": zone,
            "location": session.location,
            "online_url": session.online_url,
            "url": urls.public_url("/calendar"),
        },
        idempotency_key=f"reminder:{reminder.id}",
    )
    return True


def send_due(*, now: datetime | None = None) -> int:
    """Queue an email for every reminder due by `now`, each exactly once; how many were sent."""
    now = now or datetime.now(UTC)
    sent = 0
    while True:
        _drop_stale(now)
        ids = _claim(now)
        if not ids:
            db.session.commit()
            return sent
        rows = db.session.execute(
            sa.select(Reminder, Session, Client)
            .join(Session, Session.id == Reminder.session_id)
            .join(Client, Client.id == Reminder.client_id)
            .where(Reminder.id.in_(ids))
            .options(joinedload(Session.trainer))
        ).all()
        user_ids = [row.Client.user_id for row in rows if row.Client.user_id]
        zones = user_zones(user_ids)
        organization_ids = {row.Reminder.organization_id for row in rows}
        studio_zones = dict(
            db.session.execute(
                sa.select(Organization.id, Organization.timezone).where(Organization.id.in_(organization_ids))
            ).all()
        )
        turned_off = [
            row.Reminder.id for row in rows if not _queue(row.Reminder, row.Session, row.Client, zones, studio_zones)
        ]
        if turned_off:
            db.session.execute(
                sa.update(Reminder).where(Reminder.id.in_(turned_off)).values(status="cancelled", sent_at=None)
            )
        db.session.commit()
        sent += len(ids) - len(turned_off)


@periodic(cron="* * * * *", name="notifications.send-reminders")
def send_reminders(timestamp: int) -> None:
    """Every minute: email the reminders that have fallen due."""
    send_due()
