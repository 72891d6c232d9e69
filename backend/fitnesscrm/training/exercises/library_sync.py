"""Writing a batch of exercises into a library (the built-in one or a studio's), matched on source and source id.

Both the seed of our built-in exercises and the importer of other formats come here: a
record whose (library, source, source_id) is already stored is updated when a field differs
and left alone when none does, so running either twice never duplicates anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.training.exercises.service import EDITABLE
from fitnesscrm.training.models import Exercise


@dataclass
class Report:
    """What a seed or an import did: counts, and one sentence per record it refused."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, {len(self.refused)} refused."
        )


def write(records: list[dict[str, Any]], *, organization_id: int | None, source: str, report: Report) -> Report:
    """Create or update each record (`source_id` plus EDITABLE fields) in one transaction, counting into `report`."""
    library = sa.func.coalesce(Exercise.organization_id, 0) == (organization_id or 0)
    ids = [record["source_id"] for record in records]
    stored = {
        exercise.source_id: exercise
        for exercise in db.session.execute(
            sa.select(Exercise).where(library, Exercise.source == source, Exercise.source_id.in_(ids))
        ).scalars()
    }
    for record in records:
        values = {name: record[name] for name in EDITABLE if name in record}
        exercise = stored.get(record["source_id"])
        if exercise is None:
            db.session.add(
                Exercise(organization_id=organization_id, source=source, source_id=record["source_id"], **values)
            )
            report.created += 1
        elif any(getattr(exercise, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(exercise, name, value)
            report.updated += 1
        else:
            report.unchanged += 1
    db.session.commit()
    return report
