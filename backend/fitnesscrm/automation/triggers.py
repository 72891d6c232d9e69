"""Time triggers as SQL: for one rule, the (client, occasion) pairs due now that have no run yet.

Each occasion names the period it belongs to (`birthday:2026`, `no_session:<last session id>`,
`start:<start date>`, `membership_expiring:<membership id>:<end date>`, `check_in_overdue:<assignment
id>:<due date>`), so that evaluating again, by another caller or a retry, finds nothing new.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.automation.models import Rule, Run
from fitnesscrm.billing.models import Membership
from fitnesscrm.clients.models import Client
from fitnesscrm.progress.checkins import due
from fitnesscrm.scheduling.models import Participant, Session

# A day missed (the worker was down) is caught up for this long; older occasions are let go.
CATCH_UP_DAYS = 3
LIVE_MEMBERSHIP = ("active", "past_due", "paused")


def _birthday(rule: Rule, today: date, now: datetime) -> sa.Select:
    month, day = today.month, today.day
    same_day = sa.and_(
        sa.extract("month", Client.date_of_birth) == month, sa.extract("day", Client.date_of_birth) == day
    )
    leap_day = sa.and_(sa.extract("month", Client.date_of_birth) == 2, sa.extract("day", Client.date_of_birth) == 29)
    # In a year without 29 February, a leap-day birthday is celebrated on the 28th.
    is_feb_28_of_common_year = (month, day) == (2, 28) and (date(today.year, 3, 1) - timedelta(days=1)).day == 28
    matches = sa.or_(same_day, leap_day) if is_feb_28_of_common_year else same_day
    return sa.select(Client.id, sa.literal(f"birthday:{today.year}").label("occasion")).where(matches)


def _no_session(rule: Rule, today: date, now: datetime) -> sa.Select:
    last = (
        sa.select(Participant.session_id, Participant.starts_at)
        .join(Session, Session.id == Participant.session_id)
        .where(
            Participant.client_id == Client.id,
            Participant.active,
            Session.status != "cancelled",
            Participant.starts_at <= now,
        )
        .order_by(Participant.starts_at.desc())
        .limit(1)
        .lateral("last_session")
    )
    upcoming = sa.exists().where(Participant.client_id == Client.id, Participant.active, Participant.starts_at > now)
    return (
        sa.select(Client.id, sa.func.concat("no_session:", last.c.session_id).label("occasion"))
        .join(last, sa.true())
        .where(last.c.starts_at < now - timedelta(days=rule.trigger_days), ~upcoming)
    )


def _days_after_start(rule: Rule, today: date, now: datetime) -> sa.Select:
    first = today - timedelta(days=rule.trigger_days)
    return sa.select(
        Client.id, sa.func.concat("start:", sa.cast(Client.start_date, sa.String)).label("occasion")
    ).where(Client.start_date.between(first - timedelta(days=CATCH_UP_DAYS), first))


def _membership_expiring(rule: Rule, today: date, now: datetime) -> sa.Select:
    return (
        sa.select(
            Client.id,
            sa.func.concat("membership_expiring:", Membership.id, ":", sa.cast(Membership.ends_on, sa.String)).label(
                "occasion"
            ),
        )
        .join(Membership, Membership.client_id == Client.id)
        .where(
            Membership.status.in_(LIVE_MEMBERSHIP),
            Membership.ends_on.between(today, today + timedelta(days=rule.trigger_days)),
        )
    )


def _check_in_overdue(rule: Rule, today: date, now: datetime) -> sa.Select:
    weeks = due.weeks(sa.select(Client).where(Client.organization_id == rule.organization_id), now=now)
    return (
        sa.select(
            weeks.c.client_id.label("id"),
            sa.func.concat("check_in_overdue:", weeks.c.assignment_id, ":", sa.cast(weeks.c.due_on, sa.String)).label(
                "occasion"
            ),
        )
        .select_from(weeks)
        .join(Client, Client.id == weeks.c.client_id)
        .where(weeks.c.overdue, weeks.c.due_on >= today - timedelta(days=CATCH_UP_DAYS + 7))
    )


CANDIDATES = {
    "birthday": _birthday,
    "no_session_in_days": _no_session,
    "days_after_start": _days_after_start,
    "membership_expiring_in_days": _membership_expiring,
    "check_in_overdue": _check_in_overdue,
}


def due_pairs(rule: Rule, *, condition: sa.ColumnElement[bool], today: date, now: datetime) -> sa.Subquery:
    """The rule's (client id, occasion) pairs due now, matching `condition` and without a run: a subquery."""
    pairs = (
        CANDIDATES[rule.trigger](rule, today, now)
        .where(Client.organization_id == rule.organization_id, condition)
        .subquery("candidates")
    )
    return (
        sa.select(pairs.c.id, pairs.c.occasion)
        .where(
            ~sa.exists().where(Run.rule_id == rule.id, Run.client_id == pairs.c.id, Run.occasion == pairs.c.occasion)
        )
        .subquery("due_pairs")
    )
