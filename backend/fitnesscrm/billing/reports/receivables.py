"""Receivables: what clients owed at the end of a day, by how long past its due date each invoice was.

An invoice counts when it was issued on or before that day, was not void by then (one voided later
counted until it was) and is not written off as uncollectible. It owed its total less the credit
notes issued against it by then and the payments received for it by then; a refund does not make
an invoice owed again. Its age is the days from its due date (its issue date when it has none).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa

from fitnesscrm.billing.reports.context import Studio
from fitnesscrm.extensions import db

# The buckets every answer lists, empty ones included, by days past the due date.
BUCKETS = (
    ("not_due", "Not yet due"),
    ("days_0_30", "0–30 days"),
    ("days_31_60", "31–60 days"),
    ("days_61_90", "61–90 days"),
    ("days_over_90", "Over 90 days"),
)

RECEIVABLES = sa.text("""
    WITH credited AS (
        SELECT credit_note_for_id AS id, -sum(total) AS amount
        FROM invoices
        WHERE organization_id = :org AND kind = 'credit_note' AND status NOT IN ('draft', 'void') AND issued_on <= :on
        GROUP BY credit_note_for_id
    ),
    paid AS (
        SELECT invoice_id AS id, sum(amount) AS amount
        FROM payments
        WHERE organization_id = :org AND status = 'succeeded' AND received_at < :end
        GROUP BY invoice_id
    ),
    owed AS (
        SELECT CAST(:on AS date) - coalesce(i.due_on, i.issued_on) AS age,
               i.total - coalesce(credited.amount, 0) - coalesce(paid.amount, 0) AS amount
        FROM invoices i LEFT JOIN credited USING (id) LEFT JOIN paid USING (id)
        WHERE i.organization_id = :org AND i.kind = 'invoice' AND i.status IN ('open', 'paid', 'void')
          AND i.issued_on <= :on AND (i.status <> 'void' OR i.voided_at >= :end)
    )
    SELECT CASE WHEN age < 0 THEN 'not_due' WHEN age <= 30 THEN 'days_0_30' WHEN age <= 60 THEN 'days_31_60'
                WHEN age <= 90 THEN 'days_61_90' ELSE 'days_over_90' END AS bucket,
           count(*)::int AS invoices, sum(amount)::bigint AS amount
    FROM owed WHERE amount > 0
    GROUP BY 1
""")


@dataclass(frozen=True)
class AgeBucket:
    key: str
    label: str
    invoices: int
    amount: int


def by_age(*, studio: Studio, on: date) -> list[AgeBucket]:
    """What was owed at the end of `on`, in the five age buckets (not yet due, 0–30, 31–60, 61–90, over 90 days)."""
    end = studio.start_of(on + timedelta(days=1))
    rows = db.session.execute(RECEIVABLES, {"org": studio.organization_id, "on": on, "end": end})
    found = {row.bucket: (row.invoices, row.amount) for row in rows}
    return [AgeBucket(key, label, *found.get(key, (0, 0))) for key, label in BUCKETS]
