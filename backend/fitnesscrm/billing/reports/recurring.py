"""Monthly recurring revenue (MRR) and what moved it, month by month.

A membership counts in a month when one of its invoices (open or paid, not a credit note) bills a
period that contains the month's last day, or today in the month under way (its next renewal is not
invoiced yet, and counting it gone would show churn that has not happened). It contributes that
invoice's amount before tax (after discounts), turned into a monthly amount: a week's x 52 / 12, a
year's / 12, rounded half away from zero. Movements compare each client's MRR with the month before:
new (none before), expansion (more), contraction (less), churned (none now). A client who swaps one
plan for another therefore expands or contracts rather than churning and coming back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from fitnesscrm.billing.reports.context import DayRange, Studio
from fitnesscrm.extensions import db

MRR = sa.text("""
    WITH months AS (
        SELECT m::date AS month,
               CASE WHEN date_trunc('month', CAST(:today AS timestamp)) = m THEN CAST(:today AS date)
                    ELSE (m + interval '1 month' - interval '1 day')::date END AS last_day
        FROM generate_series(date_trunc('month', CAST(:first AS timestamp)) - interval '1 month',
                             CAST(:last AS timestamp), interval '1 month') m
    ),
    billed AS (
        SELECT DISTINCT ON (mo.month, i.membership_id) mo.month, i.client_id,
               CASE ms.interval
                   WHEN 'week' THEN round((i.total - i.tax_total)::bigint * 52 / 12.0)
                   WHEN 'year' THEN round((i.total - i.tax_total) / 12.0)
                   ELSE i.total - i.tax_total
               END AS mrr
        FROM months mo
        JOIN invoices i ON i.period_start <= mo.last_day AND i.period_end > mo.last_day
        JOIN memberships ms ON ms.id = i.membership_id
        WHERE i.organization_id = :org AND i.kind = 'invoice' AND i.status IN ('open', 'paid')
        ORDER BY mo.month, i.membership_id, i.period_start DESC, i.id DESC
    ),
    per_client AS (SELECT month, client_id, sum(mrr) AS mrr FROM billed GROUP BY month, client_id),
    pairs AS (
        SELECT month, client_id,
               sum(mrr) FILTER (WHERE is_current) AS cur, sum(mrr) FILTER (WHERE NOT is_current) AS prev
        FROM (
            SELECT month, client_id, mrr, true AS is_current FROM per_client
            UNION ALL
            SELECT (month + interval '1 month')::date, client_id, mrr, false FROM per_client
        ) both_months
        GROUP BY month, client_id
    )
    SELECT mo.month,
           coalesce(sum(cur), 0)::bigint AS mrr,
           count(cur)::int AS members,
           coalesce(sum(cur) FILTER (WHERE prev IS NULL), 0)::bigint AS new,
           coalesce(sum(cur - prev) FILTER (WHERE cur > prev), 0)::bigint AS expansion,
           coalesce(sum(prev - cur) FILTER (WHERE cur < prev), 0)::bigint AS contraction,
           coalesce(sum(prev) FILTER (WHERE cur IS NULL), 0)::bigint AS churned
    FROM months mo LEFT JOIN pairs USING (month)
    WHERE mo.month >= date_trunc('month', CAST(:first AS timestamp))
    GROUP BY mo.month
    ORDER BY mo.month
""")


@dataclass(frozen=True)
class MonthMrr:
    """MRR at the end of `month` and its movements since the end of the month before (all positive)."""

    month: date
    mrr: int
    members: int
    new: int
    expansion: int
    contraction: int
    churned: int


def by_month(*, studio: Studio, days: DayRange) -> list[MonthMrr]:
    """MRR at the end of each month of the range, with its new, expansion, contraction and churned amounts."""
    params = {"org": studio.organization_id, "first": days.first, "last": days.last, "today": studio.today}
    rows = db.session.execute(MRR, params)
    return [MonthMrr(**row._mapping) for row in rows]
