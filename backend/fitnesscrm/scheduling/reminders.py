"""Reminder records: one per participant and offset, due before the session; kept in step with it.

Sending is the automation domain's job; here a reminder is created when a client is
booked, moved when the session moves, and cancelled when the session or the booking is.
Reminders whose due time has already passed are not created.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.core import events
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.extensions import db
from fitnesscrm.scheduling.events import ReminderSettingsChanged
from fitnesscrm.scheduling.models import DEFAULT_REMINDER_OFFSETS, Reminder, SchedulingSettings, Session


def offsets(organization_id: int) -> list[int]:
    """The organization's reminder offsets in minutes (24 h and 1 h unless configured)."""
    settings = db.session.get(SchedulingSettings, organization_id)
    return list(settings.reminder_offsets) if settings else list(DEFAULT_REMINDER_OFFSETS)


def kind_label(offset_minutes: int) -> str:
    """'24h', '1h', '90m': how a reminder's offset reads."""
    if offset_minutes % 60 == 0:
        return f"{offset_minutes // 60}h"
    return f"{offset_minutes}m"


def sync(sessions: Iterable[Session], *, organization_id: int) -> None:
    """Create, move or cancel the pending reminders of `sessions` (participants loaded) in two statements."""
    sessions = list(sessions)
    if not sessions:
        return
    now = datetime.now(UTC)
    minutes = offsets(organization_id)
    wanted: dict[tuple[int, int, int], datetime] = {}
    for session in sessions:
        if session.status != "scheduled":
            continue
        for participant in session.participants:
            if not participant.active:
                continue
            for offset in minutes:
                due = session.starts_at - timedelta(minutes=offset)
                if due > now:
                    wanted[(session.id, participant.client_id, offset)] = due
    existing = db.session.scalars(
        sa.select(Reminder).where(
            Reminder.session_id.in_([session.id for session in sessions]), Reminder.status != "cancelled"
        )
    ).all()
    done = set()
    for reminder in existing:
        key = (reminder.session_id, reminder.client_id, reminder.offset_minutes)
        done.add(key)
        if reminder.status != "pending":
            continue
        if key in wanted:
            reminder.due_at = wanted[key]
        else:
            reminder.status = "cancelled"
    db.session.add_all(
        Reminder(
            organization_id=organization_id,
            session_id=session_id,
            client_id=client_id,
            offset_minutes=offset,
            kind=kind_label(offset),
            due_at=due,
        )
        for (session_id, client_id, offset), due in wanted.items()
        if (session_id, client_id, offset) not in done
    )


def get_settings(*, actor: Principal) -> dict:
    """The organization's scheduling settings."""
    return {"reminder_offsets": offsets(actor.organization_id)}


def update_settings(*, actor: Principal, reminder_offsets: list[int]) -> dict:
    """Change when reminders fall due; applies to sessions booked or moved from now on (owners, admins)."""
    settings = db.session.get(SchedulingSettings, actor.organization_id)
    before = offsets(actor.organization_id)
    wanted = sorted(set(reminder_offsets), reverse=True)
    if settings is None:
        settings = SchedulingSettings(organization_id=actor.organization_id)
        db.session.add(settings)
    settings.reminder_offsets = wanted
    if before != wanted:
        events.record_by(
            actor, ReminderSettingsChanged, entity_id=actor.organization_id, label="Scheduling settings",
            changes={"reminder_offsets": {"before": before, "after": wanted}},
        )  # fmt: skip
    db.session.commit()
    return get_settings(actor=actor)
