"""Renewals: an hourly job starts each due membership's next period, invoiced once, with its credits.

Each membership renews in a transaction of its own with its row locked (`SKIP LOCKED`: a second
run at once moves on), and `service.invoice_period` finds an invoice already made for the period,
so a period is never invoiced twice. Stripe-collected memberships are renewed by Stripe (part C);
this job only ends them when their notice has run. A membership whose end date has come is ended.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.billing.credits import policy
from fitnesscrm.billing.events import MembershipRenewed
from fitnesscrm.billing.memberships import periods, service
from fitnesscrm.billing.models import Membership, Product
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events, jobs
from fitnesscrm.extensions import db

log = logging.getLogger(__name__)


def renew_due(*, now: datetime | None = None) -> int:
    """Renew (or end) every membership whose period is over; returns how many renewed."""
    now = now or datetime.now(UTC)
    # A day of slack covers every zone's "today"; each membership is checked in its studio's zone.
    due = db.session.scalars(
        sa.select(Membership.id)
        .where(
            Membership.status.in_(("active", "past_due", "paused")),
            Membership.current_period_end <= (now + timedelta(days=1)).date(),
        )
        .order_by(Membership.current_period_end, Membership.id)
    ).all()
    db.session.rollback()
    return sum(_renew_one(membership_id, now) for membership_id in due)


def _renew_one(membership_id: int, now: datetime) -> int:
    m = db.session.scalars(
        sa.select(Membership).where(Membership.id == membership_id).with_for_update(skip_locked=True)
    ).one_or_none()
    zone = policy.settings_for(m.organization_id).timezone if m else "UTC"
    today = periods.today(zone, now)
    if m is None or m.status not in ("active", "past_due", "paused") or m.current_period_end > today:
        db.session.rollback()
        return 0
    if m.ends_on is not None and m.ends_on < m.current_period_end:
        before = service.STATUS_WORDS[m.status]
        m.status = "ended"
        service.changed(None, m, {"status": {"before": before, "after": "Ended"}})
        db.session.commit()
        return 0
    if m.status == "paused" or m.collection == "stripe":
        db.session.rollback()
        return 0
    start = m.current_period_end
    end = periods.add_intervals(start, m.interval, 1, anchor_day=m.started_on.day)
    if end <= today:
        # Whole periods went by (a long pause): bill a period from today, not for the time missed.
        start, end = today, periods.add_intervals(today, m.interval, 1)
    before = periods.period_words(m.current_period_start, m.current_period_end)
    m.current_period_start, m.current_period_end = start, end
    product = db.session.get(Product, m.product_id)
    service.invoice_period(None, m, product, zone=zone)
    client = db.session.get(Client, m.client_id)
    events.record(
        MembershipRenewed(
            organization_id=m.organization_id, actor=None, entity_id=m.id, client_id=m.client_id,
            label=f"{product.name} for {client.full_name}",
            changes={"period": {"before": before, "after": periods.period_words(m.current_period_start,
                                                                               m.current_period_end)}},
        )
    )  # fmt: skip
    db.session.commit()
    return 1


@jobs.periodic(cron="41 * * * *", name="renew-memberships")
def renew_memberships_hourly(timestamp: int) -> None:
    """Hourly: renew the memberships whose period is over (manual collection), end those whose notice has run."""
    renewed = renew_due()
    if renewed:
        log.info("Renewed %s memberships", renewed)
