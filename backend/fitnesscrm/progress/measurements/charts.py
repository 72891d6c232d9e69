"""What a client's measurements look like over time: the latest of each type, one type's chart, body composition.

All of it is computed in SQL over the current rows, read off `ix_measurements_current`
(client, type, day, id, including the value): the 7-entry moving average is a window over every
entry up to the range's end, so the first points of a range average the entries before it too.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import aggregate_order_by, distinct_on
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
                "value": from_si(row.value_si, row.dimension, units),
                "display": shown(row.value_si, row.dimension, units),
                "previous_value": None,
                "previous_on": None,
                "change": None,
                "change_display": None,
            }
        else:
            item = items[row.type_id]
            item["previous_value"] = from_si(row.value_si, row.dimension, units)
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
        "target_value": from_si(goal.target_value, measurement_type.dimension, units),
        "target_date": goal.target_date,
        "start_value": from_si(goal.start_value, measurement_type.dimension, units),
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
    """`value` (SI) in the reader's unit, rounded as shown, computed by PostgreSQL (as `units.from_si` would).

    Answered as a float: the chart's points go out as JSON numbers, and a float is cheaper to
    fetch than a Decimal (its shortest form is the rounded value, 82.4 stays 82.4).
    """
    factor = TO_SI[units.for_dimension(dimension)]
    return sa.cast(sa.func.round(value / sa.literal(factor, sa.Numeric(20, 10)), SHOWN_PLACES[dimension]), sa.Float)


def _averaged_rows(current: list, from_: date | None, units: Units, dimension: str) -> list[Any]:
    """Every entry of a short range with its moving average: one window along the index, no sort."""
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
    return db.session.execute(
        sa.select(
            averaged.c.measured_on,
            _shown_in_sql(averaged.c.value_si, dimension, units),
            _shown_in_sql(averaged.c.average, dimension, units),
        )
        .where(*([averaged.c.measured_on >= from_] if from_ else []))
        .order_by(averaged.c.n)
    ).all()


def _sampled_rows(current: list, first: date, last: date, units: Units, dimension: str) -> list[Any]:
    """For each of MAX_CHART_POINTS days spread evenly from `first` to `last`, the newest entry on or before it.

    Each day costs one backward probe of the index that reads that entry and the six before it (its
    average), so a long history costs the same as a short one: no pass numbers every entry. A day
    in a gap finds the entry an earlier day found; each entry is kept once.
    """
    steps = MAX_CHART_POINTS - 1
    step = sa.func.generate_series(0, steps).table_valued("i").render_derived(name="step")
    day = sa.literal(last) - (step.c.i * (last - first).days) // steps
    seven = (
        sa.select(Measurement.id, Measurement.measured_on, Measurement.value_si)
        .where(*current, Measurement.measured_on <= day)
        .order_by(Measurement.measured_on.desc(), Measurement.id.desc())
        .limit(AVERAGE_OF)
        .lateral("seven")
    )
    newest_first = (seven.c.measured_on.desc(), seven.c.id.desc())
    sampled = (
        sa.select(
            sa.func.max(seven.c.measured_on).label("measured_on"),
            sa.func.array_agg(aggregate_order_by(seven.c.id, *newest_first))[1].label("id"),
            sa.func.array_agg(aggregate_order_by(seven.c.value_si, *newest_first))[1].label("value_si"),
            sa.func.avg(seven.c.value_si).label("average"),
        )
        .select_from(step.join(seven, sa.true()))
        .group_by(step.c.i)
        .subquery()
    )
    return db.session.execute(
        sa.select(
            sampled.c.measured_on,
            _shown_in_sql(sampled.c.value_si, dimension, units),
            _shown_in_sql(sampled.c.average, dimension, units),
        )
        .ext(distinct_on(sampled.c.measured_on, sampled.c.id))
        .order_by(sampled.c.measured_on, sampled.c.id)
    ).all()


def chart(
    *, actor: Principal, client_id: int, type_id: int, from_: date | None = None, to: date | None = None
) -> dict[str, Any]:
    """One type's entries in a range, oldest first, with the 7-entry moving average and the goal line.

    A count of the range (with its first and last day) decides how: up to MAX_CHART_POINTS entries,
    one window slides the average along the index (PostgreSQL adds one value and drops one per
    row); more, and the chart samples evenly spaced days (`_sampled_rows`) instead of reading them all.
    """
    client = clients.find(actor=actor, client_id=client_id)
    measurement_type = types.find(actor=actor, type_id=type_id)
    units, dimension = units_for(actor), measurement_type.dimension
    current = _current(client.id, measurement_type.id, *([Measurement.measured_on <= to] if to else []))
    in_range = [*current, *([Measurement.measured_on >= from_] if from_ else [])]
    entries, first, last = db.session.execute(
        sa.select(sa.func.count(), sa.func.min(Measurement.measured_on), sa.func.max(Measurement.measured_on)).where(
            *in_range
        )
    ).one()
    if entries > MAX_CHART_POINTS:
        rows = _sampled_rows(current, first, last, units, dimension)
    else:
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
        rows = _averaged_rows(current, from_, units, dimension) if entries else []
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
    bounds = [*([Measurement.measured_on >= from_] if from_ else []), *([Measurement.measured_on <= to] if to else [])]
    readings = (
        sa.select(Measurement.measured_on, Measurement.id, Measurement.value_si.label("body_fat"))
        .where(*_current(client.id, ids["body_fat"], *bounds))
        .subquery()
    )
    # Thinned before the weight and lean mass are looked up, so that only the kept readings cost a lookup.
    fat = _thinned(readings, (readings.c.measured_on, readings.c.id)).subquery("fat")
    weight_row, lean_row = aliased(Measurement, name="weight_row"), aliased(Measurement, name="lean_row")
    # Joined laterally, so that each is looked up once a reading however often the select uses it.
    weight = (
        sa.select(weight_row.value_si.label("value_si"))
        .where(
            weight_row.client_id == client.id,
            weight_row.type_id == ids["weight"],
            weight_row.superseded_at.is_(None),
            weight_row.measured_on <= fat.c.measured_on,
            weight_row.measured_on > fat.c.measured_on - WEIGHT_STALE_AFTER,
        )
        .order_by(weight_row.measured_on.desc(), weight_row.id.desc())
        .limit(1)
        .lateral("weight")
    )
    lean = (
        sa.select(lean_row.value_si.label("value_si"))
        .where(
            lean_row.client_id == client.id,
            lean_row.type_id == ids["lean_mass"],
            lean_row.superseded_at.is_(None),
            lean_row.measured_on == fat.c.measured_on,
        )
        .order_by(lean_row.id.desc())
        .limit(1)
        .lateral("lean")
    )
    fat_mass = weight.c.value_si * fat.c.body_fat / 100
    units = units_for(actor)
    rows = db.session.execute(
        sa.select(
            fat.c.measured_on,
            _shown_in_sql(weight.c.value_si, "mass", units).label("weight"),
            _shown_in_sql(fat.c.body_fat, "percent", units).label("body_fat"),
            _shown_in_sql(fat_mass, "mass", units).label("fat_mass"),
            _shown_in_sql(sa.func.coalesce(lean.c.value_si, weight.c.value_si - fat_mass), "mass", units).label("lean"),
            lean.c.value_si.is_(None).label("derived"),
            fat.c.entries,
        )
        # A reading with no weight in the 14 days before it has no fat or lean mass: the inner join drops it.
        .select_from(fat.join(weight, sa.true()).outerjoin(lean, sa.true()))
        .order_by(fat.c.measured_on, fat.c.id)
    ).all()
    points = [
        {"date": day, "weight": weight_shown, "body_fat_percent": body_fat, "fat_mass": fat_shown,
         "lean_mass": lean_shown, "lean_mass_derived": derived}
        for day, weight_shown, body_fat, fat_shown, lean_shown, derived, _entries in rows
    ]  # fmt: skip
    return {
        "unit": units.weight_unit,
        "points": points,
        "derived_note": DERIVED_NOTE if any(point["lean_mass_derived"] for point in points) else None,
        # The thinning kept every n-th reading, n > 1, exactly when there were more than it keeps.
        "thinned": bool(rows) and rows[0].entries > MAX_CHART_POINTS,
    }
