"""A client's measurements as a file: one row per current entry, oldest first, in the reader's units."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from zoneinfo import ZoneInfo

from fitnesscrm.clients import service as clients
from fitnesscrm.core.exports import DATE, DATETIME, NUMBER, ExportColumn
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.extensions import db
from fitnesscrm.progress.measurements.service import day_label, entry_rows
from fitnesscrm.progress.measurements.units import Units, from_si, shown, units_for
from fitnesscrm.progress.models import Measurement, MeasurementType

EXPORT_COLUMNS = (
    ExportColumn("Date", DATE), ExportColumn("Measurement"), ExportColumn("Value", NUMBER), ExportColumn("Unit"),
    ExportColumn("Note"), ExportColumn("Entered by"), ExportColumn("Entered at", DATETIME), ExportColumn("Corrected"),
)  # fmt: skip


def _file_name(full_name: str) -> str:
    """`measurements-ana-lopez`: whose measurements the file holds."""
    ascii_name = unicodedata.normalize("NFKD", full_name).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")
    return f"measurements-{slug}" if slug else "measurements"


def export(
    *, actor: Principal, client_id: int, from_: date | None = None, to: date | None = None
) -> tuple[str, Iterator[tuple]]:
    """The file's name and the client's current entries in the range, oldest first, in the reader's units."""
    client = clients.find(actor=actor, client_id=client_id)
    return _file_name(client.full_name), _lines(client.id, units_for(actor), actor.timezone or "UTC", from_, to)


def _lines(client_id: int, units: Units, zone: str, from_: date | None, to: date | None) -> Iterator[tuple]:
    stmt = entry_rows().where(Measurement.client_id == client_id, Measurement.superseded_at.is_(None))
    if from_:
        stmt = stmt.where(Measurement.measured_on >= from_)
    if to:
        stmt = stmt.where(Measurement.measured_on <= to)
    stmt = stmt.order_by(Measurement.measured_on, MeasurementType.position, Measurement.id).execution_options(
        yield_per=1000
    )
    for row in db.session.execute(stmt):
        measurement = row.Measurement
        corrected = None
        if row.earlier_value_si is not None:
            on = row.corrected_at.astimezone(ZoneInfo(zone)).date()
            by = f" by {row.corrected_by_name}" if row.corrected_by_name else ""
            corrected = f"From {shown(row.earlier_value_si, row.dimension, units)}{by} on {day_label(on, on)} {on.year}"
        yield (
            measurement.measured_on,
            row.type_name,
            from_si(measurement.value_si, row.dimension, units),
            units.for_dimension(row.dimension),
            measurement.note,
            row.entered_by_name,
            measurement.created_at,
            corrected,
        )
