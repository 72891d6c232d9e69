"""Credits that lapse: an hourly job writes an `expire` row for what remains of each expired grant.

Each client is settled in a transaction of its own under the client's credit lock, and what
remains is read again under it, so a second run (or two at once) finds nothing left to expire.
A credit given back later to a lapsed grant (a cancel after the expiry) is expired by the next run.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from fitnesscrm.billing.credits import service
from fitnesscrm.billing.events import CreditsExpired
from fitnesscrm.billing.models import CreditEntry
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events, jobs
from fitnesscrm.extensions import db


def _lapsed(now: datetime, client_id: int | None = None) -> sa.Select:
    """(grant id, client, organization, product, remaining) of grants expired by `now` with credits left."""
    spent = aliased(CreditEntry, name="spent")
    remaining = (CreditEntry.quantity + sa.func.coalesce(sa.func.sum(spent.quantity), 0)).label("remaining")
    stmt = (
        sa.select(CreditEntry.id, CreditEntry.client_id, CreditEntry.organization_id, CreditEntry.product_id, remaining)
        .outerjoin(spent, spent.grant_id == CreditEntry.id)
        .where(CreditEntry.kind == "grant", CreditEntry.expires_at <= now)
        .group_by(CreditEntry.id)
        .having(remaining > 0)
        .order_by(CreditEntry.client_id, CreditEntry.id)
    )
    return stmt if client_id is None else stmt.where(CreditEntry.client_id == client_id)


def expire_lapsed(*, now: datetime | None = None) -> int:
    """Expire what remains of every lapsed grant, client by client; returns the credits expired."""
    now = now or datetime.now(UTC)
    clients = list(dict.fromkeys(row.client_id for row in db.session.execute(_lapsed(now))))
    db.session.rollback()
    expired = 0
    for client_id in clients:
        expired += _expire_client(client_id, now)
    return expired


def _expire_client(client_id: int, now: datetime) -> int:
    service.lock_clients([client_id])
    rows = db.session.execute(_lapsed(now, client_id)).all()
    if not rows:
        db.session.rollback()
        return 0
    db.session.add_all(
        CreditEntry(
            organization_id=row.organization_id,
            client_id=client_id,
            kind="expire",
            quantity=-row.remaining,
            grant_id=row.id,
            product_id=row.product_id,
        )
        for row in rows
    )
    total = sum(row.remaining for row in rows)
    client = db.session.get(Client, client_id)
    events.record(
        CreditsExpired(
            organization_id=rows[0].organization_id, actor=None, entity_id=client_id,
            label=f"{client.full_name}: {total} unused credit{'' if total == 1 else 's'} expired",
            changes={"credits": {"before": total, "after": 0}},
        )
    )  # fmt: skip
    db.session.commit()
    return total


@jobs.periodic(cron="23 * * * *", name="expire-credits")
def expire_credits_hourly(timestamp: int) -> None:
    """Hourly: expire what remains of lapsed credit grants."""
    expire_lapsed()
