"""Revenue: money received less money refunded, by period of the studio's calendar and by product.

A payment counts when it was received and succeeded; a refund counts, as a negative, when it was
made, whichever period its payment fell in. By product, each invoice's money is split over its
lines in proportion to their totals (largest remainders first, as `money.spread` splits), so the
products add up to exactly the revenue of the range.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from fitnesscrm.billing.reports.context import DayRange, Studio
from fitnesscrm.extensions import db

STEPS = {"day": "1 day", "week": "1 week", "month": "1 month"}

# Money in and out of one studio in [start, end): payments as they were received, refunds as they were made.
MOVEMENTS = """
    SELECT p.invoice_id, p.received_at AS at, p.amount AS received, 0 AS refunded, 1 AS payments, 0 AS refunds
    FROM payments p
    WHERE p.organization_id = :org AND p.status = 'succeeded' AND p.received_at >= :start AND p.received_at < :end
    UNION ALL
    SELECT p.invoice_id, r.refunded_at, 0, r.amount, 0, 1
    FROM refunds r JOIN payments p ON p.id = r.payment_id
    WHERE r.organization_id = :org AND r.refunded_at >= :start AND r.refunded_at < :end
"""

BY_PERIOD = sa.text(f"""
    WITH movements AS ({MOVEMENTS}),
    totals AS (
        SELECT date_trunc(:unit, at AT TIME ZONE :zone)::date AS period,
               sum(received) AS received, sum(refunded) AS refunded,
               sum(payments) AS payments, sum(refunds) AS refunds
        FROM movements GROUP BY 1
    ),
    periods AS (
        SELECT generate_series(date_trunc(:unit, CAST(:first AS timestamp)), CAST(:last AS timestamp),
                               CAST(:step AS interval))::date AS period
    )
    SELECT periods.period, coalesce(received, 0)::bigint AS received, coalesce(refunded, 0)::bigint AS refunded,
           coalesce(payments, 0)::int AS payments, coalesce(refunds, 0)::int AS refunds
    FROM periods LEFT JOIN totals USING (period)
    ORDER BY periods.period
""")  # noqa: S608 - the fragment is a constant; every value is a bound parameter

BY_PRODUCT = sa.text(f"""
    WITH per_invoice AS (
        SELECT invoice_id, sum(received - refunded) AS amount
        FROM ({MOVEMENTS}) movements GROUP BY invoice_id HAVING sum(received - refunded) <> 0
    ),
    weighted AS (
        SELECT pi.invoice_id, pi.amount, abs(pi.amount) AS size, l.product_id, l.position, l.id, l.total AS weight,
               sum(l.total) OVER (PARTITION BY l.invoice_id) AS whole
        FROM per_invoice pi JOIN invoice_lines l ON l.invoice_id = pi.invoice_id AND l.organization_id = :org
    ),
    split AS (
        SELECT invoice_id, amount, size, product_id, size * weight / whole AS base,
               row_number() OVER (PARTITION BY invoice_id ORDER BY size * weight % whole DESC, position, id) AS place
        FROM weighted WHERE whole > 0
    ),
    shares AS (
        SELECT product_id, amount,
               base + CASE WHEN place <= size - sum(base) OVER (PARTITION BY invoice_id) THEN 1 ELSE 0 END AS share
        FROM split
    ),
    collected AS (
        SELECT coalesce(product_id, 0) AS key,
               sum(CASE WHEN amount < 0 THEN -share ELSE share END) AS collected
        FROM shares GROUP BY 1
    ),
    sold AS (
        -- The lines' own studio too, so that no plan reads every studio's lines (a hash join would).
        SELECT coalesce(l.product_id, 0) AS key,
               sum(l.quantity) FILTER (WHERE i.kind = 'invoice') AS quantity, sum(l.total) AS invoiced
        FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
        WHERE l.organization_id = :org AND i.organization_id = :org AND i.status NOT IN ('draft', 'void')
          AND i.issued_on >= :first AND i.issued_on <= :last
        GROUP BY 1
    )
    SELECT p.id AS product_id, p.name, p.kind, coalesce(quantity, 0)::int AS quantity,
           coalesce(invoiced, 0)::bigint AS invoiced, coalesce(collected, 0)::bigint AS collected
    FROM collected FULL JOIN sold USING (key)
    LEFT JOIN products p ON p.id = key
    ORDER BY coalesce(collected, 0) DESC, p.name NULLS LAST
""")  # noqa: S608 - the fragment is a constant; every value is a bound parameter


@dataclass(frozen=True)
class PeriodRevenue:
    period: date
    received: int
    refunded: int
    payments: int
    refunds: int

    @property
    def net(self) -> int:
        return self.received - self.refunded


def by_period(*, studio: Studio, days: DayRange, group: str) -> list[PeriodRevenue]:
    """Money received and refunded in each day, week (from Monday) or month of the range, empty ones included."""
    rows = db.session.execute(
        BY_PERIOD,
        {
            "org": studio.organization_id, "zone": studio.zone, "start": days.start, "end": days.end,
            "unit": group, "step": STEPS[group], "first": days.first, "last": days.last,
        },
    )  # fmt: skip
    return [PeriodRevenue(**row._mapping) for row in rows]


@dataclass(frozen=True)
class ProductRevenue:
    """One product (None: lines that name no product, such as fees) and what it brought in over the range."""

    product_id: int | None
    name: str | None
    kind: str | None
    # Sold: on invoices issued in the range (credit notes lower `invoiced`); collected: its share of the revenue.
    quantity: int
    invoiced: int
    collected: int


def by_product(*, studio: Studio, days: DayRange) -> list[ProductRevenue]:
    """Each product's units sold and amount invoiced in the range, and its share of the money collected in it."""
    rows = db.session.execute(
        BY_PRODUCT,
        {"org": studio.organization_id, "start": days.start, "end": days.end, "first": days.first, "last": days.last},
    )
    return [ProductRevenue(**row._mapping) for row in rows]
