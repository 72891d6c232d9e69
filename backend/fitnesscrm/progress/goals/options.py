"""What a coach may set a goal on for a client: measurement types with the client's latest value, and their habits."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from fitnesscrm.clients import service as clients
from fitnesscrm.core.tenancy import STAFF, Principal
from fitnesscrm.extensions import db
from fitnesscrm.progress.measurements.units import from_si, units_for
from fitnesscrm.progress.models import Habit, Measurement, MeasurementType


def get(*, actor: Principal, client_id: int) -> dict[str, Any]:
    """The studio's measurement types (with the client's latest value in the reader's unit) and the client's habits."""
    actor.require(*STAFF)
    client = clients.find(actor=actor, client_id=client_id)
    units = units_for(actor)
    latest = (
        sa.select(Measurement.value_si, Measurement.measured_on)
        .where(
            Measurement.client_id == client.id,
            Measurement.type_id == MeasurementType.id,
            Measurement.superseded_at.is_(None),
        )
        .order_by(Measurement.measured_on.desc(), Measurement.id.desc())
        .limit(1)
        .subquery()
        .lateral("latest")
    )
    types = db.session.execute(
        sa.select(MeasurementType, latest.c.value_si, latest.c.measured_on)
        .outerjoin(latest, sa.true())
        .where(
            sa.or_(
                MeasurementType.organization_id.is_(None), MeasurementType.organization_id == client.organization_id
            ),
            MeasurementType.archived_at.is_(None),
        )
        .order_by(MeasurementType.position, MeasurementType.name)
    ).all()
    habits = db.session.execute(
        sa.select(Habit.id, Habit.name)
        .where(Habit.client_id == client.id, Habit.archived_at.is_(None))
        .order_by(sa.func.lower(Habit.name), Habit.id)
    ).all()
    return {
        "weight_unit": units.weight_unit,
        "length_unit": units.length_unit,
        "measurement_types": [
            {
                "id": kind.id,
                "name": kind.name,
                "dimension": kind.dimension,
                "unit": units.for_dimension(kind.dimension),
                "latest_value": None if value is None else float(from_si(value, kind.dimension, units)),
                "latest_on": measured_on,
            }
            for kind, value, measured_on in types
        ],
        "habits": [{"id": habit_id, "name": name} for habit_id, name in habits],
    }
