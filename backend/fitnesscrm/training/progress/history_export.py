"""A client's training history as a file: one row per logged set, deleted sets left out."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date

import sqlalchemy as sa

from fitnesscrm.clients import service as clients
from fitnesscrm.core import crypto
from fitnesscrm.core.exports import DATETIME, NUMBER, ExportColumn
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.extensions import db
from fitnesscrm.training.models import Exercise, PersonalRecord, SetLog, WorkoutLog
from fitnesscrm.training.progress.service import RECORD_LABELS, client_zone, performed_between

EXPORT_COLUMNS = (
    ExportColumn("Performed at", DATETIME), ExportColumn("Workout"), ExportColumn("Exercise"),
    ExportColumn("Set", NUMBER), ExportColumn("Status"), ExportColumn("Reps", NUMBER), ExportColumn("Load", NUMBER),
    ExportColumn("Unit"), ExportColumn("Load (kg)", NUMBER), ExportColumn("Time (s)", NUMBER),
    ExportColumn("Distance (m)", NUMBER), ExportColumn("RPE", NUMBER), ExportColumn("e1RM (kg)", NUMBER),
    ExportColumn("Notes"), ExportColumn("Records"),
)  # fmt: skip
STATUSES = {"done": "Done", "skipped": "Skipped"}


def _file_name(full_name: str) -> str:
    """`training-ana-lopez`: whose history the file holds, readable in a downloads folder."""
    ascii_name = unicodedata.normalize("NFKD", full_name).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")
    return f"training-{slug}" if slug else "training"


def export(
    *, actor: Principal, client_id: int, from_: date | None = None, to: date | None = None
) -> tuple[str, Iterator[tuple]]:
    """The file's name and every set the client logged in the range (days in their zone), oldest first."""
    client = clients.find(actor=actor, client_id=client_id)
    return _file_name(client.full_name), _rows(client.id, client_zone(client), from_, to)


def _rows(client_id: int, zone: str, from_: date | None, to: date | None) -> Iterator[tuple]:
    """EXPORT_COLUMNS rows, streamed from a server-side cursor."""
    kinds = (
        sa.select(sa.func.array_agg(sa.func.distinct(PersonalRecord.kind)))
        .where(PersonalRecord.set_log_id == SetLog.id)
        .scalar_subquery()
    )
    # A note is kept per exercise of the workout, under the prescription's key or "exercise:<id>". The
    # notes are encrypted: each set carries its key and its log's token, decrypted below once per log.
    note_key = sa.func.coalesce(SetLog.prescription_key, sa.func.concat("exercise:", SetLog.exercise_id))
    stmt = (
        sa.select(
            SetLog.performed_at,
            WorkoutLog.name,
            Exercise.name,
            SetLog.set_number,
            SetLog.status,
            SetLog.reps,
            SetLog.load_value,
            SetLog.load_unit,
            SetLog.load_kg,
            SetLog.duration_seconds,
            SetLog.distance_m,
            SetLog.rpe,
            SetLog.e1rm_kg,
            note_key,
            kinds,
            SetLog.workout_log_id,
            sa.type_coerce(WorkoutLog.exercise_notes, sa.Text),
        )
        .join(WorkoutLog, WorkoutLog.id == SetLog.workout_log_id)
        .join(Exercise, Exercise.id == SetLog.exercise_id)
        .where(SetLog.client_id == client_id, SetLog.deleted_at.is_(None), *performed_between(from_, to, zone))
        .order_by(SetLog.performed_at, SetLog.workout_log_id, SetLog.set_number, SetLog.id)
        .execution_options(yield_per=1000)
    )
    notes_of, notes = None, {}
    for row in db.session.connection().execute(stmt):
        if row[15] != notes_of:  # a log's sets come one after another: its notes are decrypted once
            notes_of, notes = row[15], crypto.decrypt_json(row[16])
        records = "; ".join(RECORD_LABELS[kind] for kind in RECORD_LABELS if kind in (row[14] or ()))
        yield (*row[:4], STATUSES.get(row[4], row[4]), *row[5:13], notes.get(row[13]), records)
