"""Revenue by trainer: each session a trainer delivered, valued at what its client paid for it.

A delivered session is one marked completed whose start falls in the range; each client still booked
on it is one attendance, valued by the first of these that applies:

1. an invoice line naming the session for that client (a drop-in): the line's total;
2. the credit the booking reserved: its grant's price per credit, the total of the granting
   invoice's lines for the grant's product divided by the credits granted (a pack of 10 sold for
   $200 makes each session $20; a membership period's credits share that period's invoice; a
   credit given by hand, with no invoice, is worth nothing: the client paid nothing for it);
3. an unlimited membership (one without credits): its share of the invoice for the period the
   session falls in (in the studio's calendar), that invoice's total divided by the sessions the
   client was delivered in the period;
4. the session's list price.

Amounts include tax, as the revenue report's do, and are rounded half away from zero per attendance.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from fitnesscrm.billing.money import exponent
from fitnesscrm.billing.reports.context import DayRange, Studio
from fitnesscrm.extensions import db

BY_TRAINER = sa.text("""
    WITH attended AS (
        SELECT s.id AS session_id, s.trainer_id, sp.client_id, s.price, (s.starts_at AT TIME ZONE :zone)::date AS day
        FROM sessions s JOIN session_participants sp ON sp.session_id = s.id AND sp.active
        WHERE s.organization_id = :org AND s.status = 'completed' AND s.starts_at >= :start AND s.starts_at < :end
    ),
    valued AS (
        SELECT a.trainer_id, a.session_id, drop_in.amount AS drop_in, credit.amount AS credit,
               membership.amount AS membership, round(a.price * :scale)::bigint AS listed
        FROM attended a
        LEFT JOIN LATERAL (
            SELECT sum(l.total) AS amount
            FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
            WHERE l.session_id = a.session_id AND i.client_id = a.client_id
              AND i.kind = 'invoice' AND i.status NOT IN ('draft', 'void')
        ) drop_in ON true
        LEFT JOIN LATERAL (
            SELECT coalesce(round(sum(l.total)::numeric / g.quantity), 0)::bigint AS amount
            FROM credit_entries r
            JOIN credit_entries g ON g.id = r.grant_id
            LEFT JOIN invoice_lines l
              ON l.invoice_id = g.invoice_id AND (g.product_id IS NULL OR l.product_id = g.product_id)
            WHERE r.session_id = a.session_id AND r.client_id = a.client_id AND r.kind = 'reserve'
            GROUP BY r.id, g.quantity
            ORDER BY r.id DESC
            LIMIT 1
        ) credit ON true
        LEFT JOIN LATERAL (
            SELECT round(i.total::numeric / (
                       SELECT count(*)
                       FROM session_participants sp JOIN sessions s ON s.id = sp.session_id
                       WHERE sp.client_id = a.client_id AND sp.active AND s.status = 'completed'
                         AND sp.starts_at >= (i.period_start::timestamp AT TIME ZONE :zone)
                         AND sp.starts_at < (i.period_end::timestamp AT TIME ZONE :zone)
                   ))::bigint AS amount
            FROM invoices i JOIN memberships m ON m.id = i.membership_id
            WHERE i.client_id = a.client_id AND i.kind = 'invoice' AND i.status IN ('open', 'paid')
              AND m.sessions_per_period IS NULL AND i.period_start <= a.day AND a.day < i.period_end
            ORDER BY i.period_start DESC, i.id DESC
            LIMIT 1
        ) membership ON true
    )
    SELECT t.id AS trainer_id, t.first_name || ' ' || t.last_name AS name,
           count(DISTINCT v.session_id)::int AS sessions, count(*)::int AS attendances,
           sum(coalesce(v.drop_in, v.credit, v.membership, v.listed, 0))::bigint AS revenue,
           coalesce(sum(v.drop_in), 0)::bigint AS from_drop_ins,
           coalesce(sum(v.credit) FILTER (WHERE v.drop_in IS NULL), 0)::bigint AS from_credits,
           coalesce(sum(v.membership) FILTER (WHERE v.drop_in IS NULL AND v.credit IS NULL), 0)::bigint
               AS from_memberships,
           coalesce(sum(v.listed) FILTER (WHERE v.drop_in IS NULL AND v.credit IS NULL AND v.membership IS NULL), 0)
               ::bigint AS from_prices
    FROM valued v JOIN trainers t ON t.id = v.trainer_id
    GROUP BY t.id
    ORDER BY revenue DESC, name
""")


@dataclass(frozen=True)
class TrainerRevenue:
    trainer_id: int
    name: str
    sessions: int
    attendances: int
    revenue: int
    # How `revenue` splits by where each attendance's value came from (see the module's docstring).
    from_drop_ins: int
    from_credits: int
    from_memberships: int
    from_prices: int


def by_trainer(*, studio: Studio, days: DayRange) -> list[TrainerRevenue]:
    """Each trainer's sessions delivered in the range and what they were worth, highest first."""
    rows = db.session.execute(
        BY_TRAINER,
        {
            "org": studio.organization_id, "start": days.start, "end": days.end, "zone": studio.zone,
            "scale": 10 ** exponent(studio.currency),
        },
    )  # fmt: skip
    return [TrainerRevenue(**row._mapping) for row in rows]
