"""Personal records, derived from saved sets: which records each set broke, kept in `personal_records`.

A set is compared with the client's other done, non-deleted sets of the same exercise (every
one of them, whenever it was performed) and with the sets before it in its own batch. The
records of the sets in a batch are deleted and derived again, so a replayed or edited set
never duplicates its records, and a set edited down or deleted loses them.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.training.formulas import Bests, estimated_one_rep_max, records_broken
from fitnesscrm.training.models import PersonalRecord, SetLog


def counts(set_log) -> sa.ColumnElement[bool]:
    """The sets that count towards records, volume and charts: done, not deleted."""
    return sa.and_(set_log.status == "done", set_log.deleted_at.is_(None))


@dataclass
class _Standing:
    """One exercise's bests so far: the heaviest load, the best e1RM and the most reps done at each load."""

    heaviest: Decimal | None = None
    e1rm: Decimal | None = None
    reps_at: dict[Decimal, int] = field(default_factory=dict)

    def bests_for(self, load_kg: Decimal) -> Bests:
        at_or_above = [reps for load, reps in self.reps_at.items() if load >= load_kg]
        most = max(at_or_above, default=None)
        return Bests(heaviest_load_kg=self.heaviest, best_e1rm_kg=self.e1rm, most_reps_at_load=most)

    def add(self, load_kg: Decimal, reps: int, e1rm: Decimal | None) -> None:
        self.heaviest = load_kg if self.heaviest is None else max(self.heaviest, load_kg)
        if e1rm is not None:
            self.e1rm = e1rm if self.e1rm is None else max(self.e1rm, e1rm)
        self.reps_at[load_kg] = max(reps, self.reps_at.get(load_kg, 0))


def _standings(client_id: int, exercise_ids: Iterable[int], excluded: Iterable[uuid.UUID]) -> dict[int, _Standing]:
    """The bests of each exercise over the client's other counted sets: one statement, a row per distinct load."""
    stmt = (
        sa.select(SetLog.exercise_id, SetLog.load_kg, sa.func.max(SetLog.reps), sa.func.max(SetLog.e1rm_kg))
        .where(
            SetLog.client_id == client_id,
            SetLog.exercise_id.in_(list(exercise_ids)),
            counts(SetLog),
            SetLog.load_kg > 0,
            SetLog.reps > 0,
            SetLog.id.not_in(list(excluded)),
        )
        .group_by(SetLog.exercise_id, SetLog.load_kg)
    )
    standings: dict[int, _Standing] = defaultdict(_Standing)
    for exercise_id, load_kg, reps, e1rm in db.session.execute(stmt):
        standings[exercise_id].add(load_kg, reps, e1rm)
    return standings


def derive(*, organization_id: int, client_id: int, set_ids: Iterable[uuid.UUID]) -> int:
    """Delete and derive again the records of these sets of one client; returns how many were written."""
    set_ids = list(set_ids)
    if not set_ids:
        return 0
    db.session.execute(
        sa.delete(PersonalRecord).where(PersonalRecord.client_id == client_id, PersonalRecord.set_log_id.in_(set_ids))
    )
    batch = (
        db.session.execute(
            sa.select(SetLog)
            .where(SetLog.client_id == client_id, SetLog.id.in_(set_ids), counts(SetLog))
            .where(SetLog.load_kg > 0, SetLog.reps > 0)
            .order_by(SetLog.performed_at, SetLog.set_number, SetLog.id)
        )
        .scalars()
        .all()
    )
    if not batch:
        return 0
    standings = _standings(client_id, {entry.exercise_id for entry in batch}, set_ids)
    written = []
    for entry in batch:
        standing = standings[entry.exercise_id]
        for broken in records_broken(load_kg=entry.load_kg, reps=entry.reps, bests=standing.bests_for(entry.load_kg)):
            written.append(
                {
                    "organization_id": organization_id,
                    "client_id": client_id,
                    "exercise_id": entry.exercise_id,
                    "set_log_id": entry.id,
                    "kind": broken.kind,
                    "value": broken.value,
                    "previous_value": broken.previous,
                    "load_kg": entry.load_kg,
                    "reps": entry.reps,
                    "achieved_at": entry.performed_at,
                }
            )
        standing.add(entry.load_kg, entry.reps, estimated_one_rep_max(entry.load_kg, entry.reps))
    if written:
        # One multi-row INSERT, however many records the batch broke.
        db.session.execute(sa.insert(PersonalRecord).values(written))
    return len(written)
