"""Invoice numbers: per studio, per year and per kind, without gaps.

The next number comes from one `INSERT ... ON CONFLICT DO UPDATE ... RETURNING` on the studio's
counter row, in the transaction that finalises the invoice. The update's row lock makes a second
finalising transaction wait until the first commits or rolls back, so numbers are handed out
one at a time, and a rolled-back invoice gives its number back with the counter's change.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.dialects.postgresql import insert

from fitnesscrm.billing.models import InvoiceCounter
from fitnesscrm.extensions import db

PREFIXES = {"invoice": "INV", "credit_note": "CN"}


def format_number(kind: str, year: int, sequence: int) -> str:
    """`INV-2026-000123`, `CN-2026-000007`."""
    return f"{PREFIXES[kind]}-{year}-{sequence:06d}"


def allocate(*, organization_id: int, kind: str, issued_on: date) -> str:
    """The next number of `kind` in the studio's year of `issued_on`, taken inside the caller's transaction."""
    stmt = (
        insert(InvoiceCounter)
        .values(organization_id=organization_id, kind=kind, year=issued_on.year, last_number=1)
        .on_conflict_do_update(
            index_elements=[InvoiceCounter.organization_id, InvoiceCounter.kind, InvoiceCounter.year],
            set_={"last_number": InvoiceCounter.last_number + 1},
        )
        .returning(InvoiceCounter.last_number)
    )
    sequence = db.session.execute(stmt).scalar_one()
    return format_number(kind, issued_on.year, sequence)
