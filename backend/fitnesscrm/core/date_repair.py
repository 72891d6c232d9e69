"""Rows saved with dates the API now refuses, found and repaired in one transaction (`flask repair-dates`).

Before `core/fields.py` bounded every date to 1900-2200, a session ending in the year 10000
could be saved; every read of it then failed (Python has no year 10000), so neither the
calendar nor the API could show or remove it. This walks every date and time column of
every table, reading only primary keys so that the broken values are never loaded, and
clears the value where the column may be empty or deletes the row where it may not (a
session's participants, reminders and history go with it, by their foreign keys).

A year of slack on each side keeps what the API derives from accepted dates (a reminder a
fortnight before a session in January 1900, a series materialised a year past 2200) in range.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa

from fitnesscrm.core.fields import EARLIEST, LATEST
from fitnesscrm.extensions import db

SLACK = timedelta(days=366)


@dataclass(frozen=True)
class Repair:
    """What was (or, in a dry run, would be) done: rows of a table deleted, or a column's values cleared."""

    table: str
    column: str | None  # None when whole rows are deleted
    keys: tuple
    saved: bool

    def __str__(self) -> str:
        shown = ", ".join(str(key[0] if len(key) == 1 else key) for key in self.keys[:20])
        more = f" and {len(self.keys) - 20} more" if len(self.keys) > 20 else ""
        rows = f"{len(self.keys)} {'row' if len(self.keys) == 1 else 'rows'} (key {shown}{more})"
        if self.column is None:
            return f"{self.table}: {'deleted' if self.saved else 'would delete'} {rows}"
        return f"{self.table}.{self.column}: {'cleared' if self.saved else 'would clear'} in {rows}"


def _out_of_range(column: sa.Column) -> sa.ColumnElement[bool] | None:
    """The condition that `column` holds a date outside the accepted range, or None for other columns."""
    if isinstance(column.type, sa.DateTime):
        low, high = EARLIEST - SLACK, LATEST + SLACK
        if not column.type.timezone:
            low, high = low.replace(tzinfo=None), high.replace(tzinfo=None)
    elif isinstance(column.type, sa.Date):
        low, high = (EARLIEST - SLACK).date(), (LATEST + SLACK).date()
    else:
        return None
    return sa.or_(column < low, column > high)


def _keys(table: sa.Table, condition: sa.ColumnElement[bool]) -> tuple:
    keys = list(table.primary_key.columns)
    return tuple(tuple(row) for row in db.session.execute(sa.select(*keys).where(condition).order_by(*keys)))


def repair(*, dry_run: bool = False) -> list[Repair]:
    """Delete rows with a required date out of range, then clear optional ones; commit once (roll back if dry)."""
    repairs = []
    for table in reversed(db.metadata.sorted_tables):  # children first
        conditions = {column: _out_of_range(column) for column in table.columns}
        required = [
            condition for column, condition in conditions.items() if condition is not None and not column.nullable
        ]
        if required and (found := _keys(table, sa.or_(*required))):
            db.session.execute(sa.delete(table).where(sa.or_(*required)))
            repairs.append(Repair(table.name, None, found, saved=not dry_run))
        for column, condition in conditions.items():
            if condition is not None and column.nullable and (found := _keys(table, condition)):
                db.session.execute(sa.update(table).where(condition).values({column.name: None}))
                repairs.append(Repair(table.name, column.name, found, saved=not dry_run))
    if dry_run:
        db.session.rollback()
    else:
        db.session.commit()
    return repairs
