"""What a client's measurements look like over time: the latest of each type, one type's chart, body composition.

All of it is computed in SQL over the current rows, read off `ix_measurements_current`
(client, type, day, id, including the value): the 7-entry moving average is a window over every
entry up to the range's end, so the first points of a range average the entries before it too.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from fitnesscrm.clients import service as clients
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.extensions import db
from fitnesscrm.progress.measurements import types
from fitnesscrm.progress.measurements.schemas import MAX_CHART_POINTS
from fitnesscrm.progress.measurements.units import SHOWN_PLACES, TO_SI, Units, from_si, shown, units_for
from fitnesscrm.progress.models import Goal, Measurement, MeasurementType

AVERAGE_OF = 7
# A weight older than this does not make a body-fat reading into fat and lean mass.
WEIGHT_STALE_AFTER = timedelta(days=14)
DERIVED_NOTE = "Lean mass is worked out as weight minus fat mass (weight × body fat %) on days it was not measured."


def _current(client_id: int, type_id: int, *conditions) -> list[Any]:
    return [
        Measurement.client_id == client_id,
        Measurement.type_id == type_id,
        Measurement.superseded_at.is_(None),
        *conditions,
    ]


def _convert(value_si, dimension: str, units: Units) -> Decimal | None:
    if value_si is None:
        return None
    return from_si(value_si, dimension, weight_unit=units.weight_unit, length_unit=units.length_unit)


def latest(*, actor: Principal, client_id: int) -> dict[str, Any]:
    """The newest value of each type the client has, with the change since the entry before it."""
    client = clients.find(actor=actor, client_id=client_id)
    newest = sa.func.row_number().over(partition_by=Measurement.type_id, order_by=(Measurement.measured_on.desc(),
                                                                                   Measurement.id.desc()))  # fmt: skip
    ranked = (
        sa.select(Measurement.id, Measurement.type_id, Measurement.measured_on, Measurement.value_si, newest.label("n"))
        .where(Measurement.client_id == client.id, Measurement.superseded_at.is_(None))
        .subquery()
    )
    rows = db.session.execute(
        sa.select(ranked, MeasurementType.name, MeasurementType.dimension)
        .join(MeasurementType, MeasurementType.id == ranked.c.type_id)
        .where(ranked.c.n <= 2)
        .order_by(MeasurementType.position, MeasurementType.id, ranked.c.n)
    ).all()
    units, items = units_for(actor), {}
    for row in rows:
        if row.n == 1:
            items[row.type_id] = {
                "type_id": row.type_id,
                "type_name": row.name,
                "dimension": row.dimension,
                "unit": units.for_dimension(row.dimension),
                "measurement_id": row.id,
                "measured_on": row.measured_on,
                "value": _convert(row.value_si, row.dimension, units),
                "display": shown(row.value_si, row.dimension, units),
                "previous_value": None,
                "previous_on": None,
                "change": None,
                "change_display": None,
            }
        else:
            item = items[row.type_id]
            item["previous_value"] = _convert(row.value_si, row.dimension, units)
            item["previous_on"] = row.measured_on
            item["change"] = item["value"] - item["previous_value"]
            sign = "+" if item["change"] > 0 else "\N{MINUS SIGN}" if item["change"] < 0 else "±"
            unit = item["unit"]
            item["change_display"] = f"{sign}{abs(item['change']):,}{'' if unit in ('%', '') else ' '}{unit}"
    return {"items": list(items.values())}


def _goal_line(client_id: int, measurement_type: MeasurementType, units: Units) -> dict[str, Any] | None:
    """The client's active goal for this type, newest first (read straight from `goals`)."""
    goal = db.session.execute(
        sa.select(Goal)
        .where(
            Goal.client_id == client_id,
            Goal.kind == "measurement",
            Goal.measurement_type_id == measurement_type.id,
            Goal.status == "active",
        )
        .order_by(Goal.created_at.desc(), Goal.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    if goal is None or goal.target_value is None:
        return None
    return {
        "title": goal.title,
        "target_value": _convert(goal.target_value, measurement_type.dimension, units),
        "target_date": goal.target_date,
        "start_value": _convert(goal.start_value, measurement_type.dimension, units),
        "starts_on": goal.starts_on,
    }


def _thinned(rows_in_range: sa.Subquery, order: tuple) -> sa.Select:
    """Every n-th row of the range, counting back from the newest, so that at most MAX_CHART_POINTS remain.

    Numbered in the order the rows arrive in (the index's), so that PostgreSQL sorts nothing.
    """
    number = sa.func.row_number().over(order_by=order)
    entries = sa.func.count().over()
    counted = sa.select(rows_in_range, (entries - number).label("back"), entries.label("entries")).subquery()
    step = sa.func.greatest(1, sa.func.ceil(counted.c.entries / float(MAX_CHART_POINTS)))
    return sa.select(counted).where(counted.c.back % sa.cast(step, sa.Integer) == 0)


def _shown_in_sql(value, dimension: str, units: Units) -> sa.ColumnElement:
    """`value` (SI) in the reader's unit, rounded as shown, computed by PostgreSQL (as `units.from_si` would)."""
    factor = TO_SI[units.for_dimension(dimension)]
    return sa.func.round(value / sa.literal(factor, sa.Numeric(20, 10)), SHOWN_PLACES[dimension])


def chart(
    *, actor: Principal, client_id: int, type_id: int, from_: date | None = None, to: date | None = None
) -> dict[str, Any]:
    """One type's entries in a range, oldest first, with the 7-entry moving average and the goal line.

    One pass over the index: a window numbers the rows up to `to` and averages each with the six
    before it (PostgreSQL slides a numeric average along, one addition and one subtraction a row),
    and the rows of the range are kept, every n-th from the newest when there are too many. A count
    over the same index first tells how many the range holds, and so which n.
    """
    client = clients.find(actor=actor, client_id=client_id)
    measurement_type = types.find(actor=actor, type_id=type_id)
    units, dimension = units_for(actor), measurement_type.dimension
    current = _current(client.id, measurement_type.id, *([Measurement.measured_on <= to] if to else []))
    in_range = Measurement.measured_on >= from_ if from_ else sa.true()
    if from_:
        # The window needs only the six entries before the range (all, if fewer), not the years before them.
        six_before = (
            sa.select(Measurement.measured_on)
            .where(*current, Measurement.measured_on < from_)
            .order_by(Measurement.measured_on.desc(), Measurement.id.desc())
            .offset(AVERAGE_OF - 2)
            .limit(1)
            .scalar_subquery()
        )
        current.append(Measurement.measured_on >= sa.func.coalesce(six_before, date.min))
    upto, entries = db.session.execute(
        sa.select(sa.func.count(), sa.func.count().filter(in_range)).where(*current)
    ).one()
    step = max(1, math.ceil(entries / MAX_CHART_POINTS))
    window = {"order_by": (Measurement.measured_on, Measurement.id), "rows": (-(AVERAGE_OF - 1), 0)}
    averaged = (
        sa.select(
            Measurement.measured_on,
            Measurement.value_si,
            sa.func.avg(Measurement.value_si).over(**window).label("average"),
            # The same window as the average's (its frame means nothing to row_number): one pass, no sort.
            sa.func.row_number().over(**window).label("n"),
        )
        .where(*current)
        .subquery()
    )
    rows = db.session.execute(
        sa.select(
            averaged.c.measured_on,
            _shown_in_sql(averaged.c.value_si, dimension, units),
            _shown_in_sql(averaged.c.average, dimension, units),
        )
        .where(*([averaged.c.measured_on >= from_] if from_ else []), (upto - averaged.c.n) % step == 0)
        .order_by(averaged.c.n)
    ).all()
    return {
        "type_id": measurement_type.id,
        "type_name": measurement_type.name,
        "dimension": dimension,
        "unit": units.for_dimension(dimension),
        "points": [{"date": day, "value": value, "average": average} for day, value, average in rows],
        "entries": entries,
        "thinned": entries > len(rows),
        "goal": _goal_line(client.id, measurement_type, units),
    }


def _builtin_ids() -> dict[str, int]:
    return dict(
        db.session.execute(
            sa.select(MeasurementType.slug, MeasurementType.id).where(
                MeasurementType.organization_id.is_(None),
                MeasurementType.slug.in_(("weight", "body_fat", "lean_mass")),
            )
        ).all()
    )


def body_composition(
    *, actor: Principal, client_id: int, from_: date | None = None, to: date | None = None
) -> dict[str, Any]:
    """Fat and lean mass on each day body fat was measured, from that day's weight (or the latest before it)."""
    client = clients.find(actor=actor, client_id=client_id)
    ids = _builtin_ids()
    fat = Measurement
    weight_row, lean_row = aliased(Measurement, name="weight_row"), aliased(Measurement, name="lean_row")
    weight = (
        sa.select(weight_row.value_si)
        .where(
            weight_row.client_id == client.id,
            weight_row.type_id == ids["weight"],
            weight_row.superseded_at.is_(None),
            weight_row.measured_on <= fat.measured_on,
            weight_row.measured_on > fat.measured_on - WEIGHT_STALE_AFTER,
        )
        .order_by(weight_row.measured_on.desc(), weight_row.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    lean = (
        sa.select(lean_row.value_si)
        .where(
            lean_row.client_id == client.id,
            lean_row.type_id == ids["lean_mass"],
            lean_row.superseded_at.is_(None),
            lean_row.measured_on == fat.measured_on,
        )
        .order_by(lean_row.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    bounds = [*([fat.measured_on >= from_] if from_ else []), *([fat.measured_on <= to] if to else [])]
    readings = (
        sa.select(fat.measured_on, fat.id, fat.value_si.label("body_fat"), weight.label("weight"), lean.label("lean"))
        .where(*_current(client.id, ids["body_fat"], *bounds))
        .subquery()
    )
    with_weight = sa.select(readings).where(readings.c.weight.is_not(None)).subquery()
    points = _thinned(with_weight, (with_weight.c.measured_on, with_weight.c.id)).subquery()
    rows = db.session.execute(sa.select(points).order_by(points.c.measured_on, points.c.id)).all()
    units, out, derived = units_for(actor), [], False
    for row in rows:
        fat_mass = row.weight * row.body_fat / 100
        lean_mass = row.lean if row.lean is not None else row.weight - fat_mass
        derived = derived or row.lean is None
        out.append({
            "date": row.measured_on,
            "weight": _convert(row.weight, "mass", units),
            "body_fat_percent": _convert(row.body_fat, "percent", units),
            "fat_mass": _convert(fat_mass, "mass", units),
            "lean_mass": _convert(lean_mass, "mass", units),
            "lean_mass_derived": row.lean is None,
        })  # fmt: skip
    return {
        "unit": units.weight_unit,
        "points": out,
        "derived_note": DERIVED_NOTE if derived else None,
        "thinned": bool(rows) and rows[0].entries > len(rows),
    }
