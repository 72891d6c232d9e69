"""A client's measurements: enter several on one day, correct, remove, list, read one entry's history.

Nothing is overwritten. A correction adds a row and marks the earlier one superseded by it; a
removal marks the row superseded by nothing; entering a type again on a day that already has a
value corrects that value. So the current entries are the rows with `superseded_at IS NULL` (at
most one per client, type and day: entries of a client are serialised by locking the client),
and every earlier value stays readable with who replaced it and when.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from fitnesscrm.auth.models import User
from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.pagination import Page, bounded_count, count_limit, page_from_total
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.errors import Conflict, NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.progress.measurements import types
from fitnesscrm.progress.measurements.events import MeasurementRecorded
from fitnesscrm.progress.measurements.units import Units, from_si, shown, to_si, unit_for, units_for
from fitnesscrm.progress.models import Measurement, MeasurementType
from fitnesscrm.training.progress.service import client_zone

Entered = aliased(User, name="entered_by")
Replacer = aliased(User, name="replaced_by")
Earlier = aliased(Measurement, name="earlier")
Corrector = aliased(User, name="corrector")
NEWEST_FIRST = (Measurement.measured_on.desc(), Measurement.id.desc())


def _name(user) -> sa.ColumnElement:
    return sa.func.nullif(sa.func.trim(sa.func.concat(user.first_name, " ", user.last_name)), "")


def day_label(day: date, today: date) -> str:
    """ "3 May", "1 Dec", or "3 May 2025" outside the current year."""
    return f"{day.day} {day:%b}" + ("" if day.year == today.year else f" {day.year}")


def entry_rows() -> sa.Select:
    """Entries with what people read about them: type, who entered and replaced them, what they corrected."""
    return (
        sa.select(
            Measurement,
            MeasurementType.name.label("type_name"),
            MeasurementType.dimension,
            _name(Entered).label("entered_by_name"),
            _name(Replacer).label("superseded_by_name"),
            Earlier.value_si.label("earlier_value_si"),
            Earlier.superseded_at.label("corrected_at"),
            _name(Corrector).label("corrected_by_name"),
        )
        .join(MeasurementType, MeasurementType.id == Measurement.type_id)
        .outerjoin(Entered, Entered.id == Measurement.entered_by_user_id)
        .outerjoin(Replacer, Replacer.id == Measurement.superseded_by_user_id)
        .outerjoin(Earlier, Earlier.superseded_by_id == Measurement.id)
        .outerjoin(Corrector, Corrector.id == Earlier.superseded_by_user_id)
    )


def _out(row, units: Units, zone: str) -> dict[str, Any]:
    measurement: Measurement = row.Measurement
    correction = None
    if row.earlier_value_si is not None:
        corrected_on = row.corrected_at.astimezone(ZoneInfo(zone)).date()
        by = f" by {row.corrected_by_name}" if row.corrected_by_name else ""
        today = datetime.now(ZoneInfo(zone)).date()
        earlier = shown(row.earlier_value_si, row.dimension, units)
        correction = f"Corrected from {earlier}{by} on {day_label(corrected_on, today)}"
    return {
        "id": measurement.id,
        "client_id": measurement.client_id,
        "type_id": measurement.type_id,
        "type_name": row.type_name,
        "dimension": row.dimension,
        "measured_on": measurement.measured_on,
        "value": from_si(measurement.value_si, row.dimension, units),
        "unit": units.for_dimension(row.dimension),
        "display": shown(measurement.value_si, row.dimension, units),
        "note": measurement.note,
        "entered_by_name": row.entered_by_name,
        "entered_at": measurement.created_at,
        "superseded_at": measurement.superseded_at,
        "superseded_by_name": row.superseded_by_name,
        "is_current": measurement.superseded_at is None,
        "corrected": row.earlier_value_si is not None,
        "correction": correction,
    }  # fmt: skip


def _reader(actor: Principal) -> tuple[Units, str]:
    return units_for(actor), actor.timezone or "UTC"


def get_all(*, actor: Principal, client_id: int, page: int, per_page: int, type_id: int | None = None) -> Page:
    """A client's current entries, newest day first (of one type if asked), in the reader's units.

    Counted over the entries alone (off `ix_measurements_current`); only the page's rows are joined
    to their type, people and the values they corrected.
    """
    client = clients.find(actor=actor, client_id=client_id)
    ids = sa.select(Measurement.id).where(Measurement.client_id == client.id, Measurement.superseded_at.is_(None))
    if type_id is not None:
        ids = ids.where(Measurement.type_id == type_id)
    limit = count_limit(page, per_page)
    total = bounded_count(ids, limit)
    on_page = ids.order_by(*NEWEST_FIRST).limit(per_page).offset((page - 1) * per_page)
    rows = db.session.execute(entry_rows().where(Measurement.id.in_(on_page)).order_by(*NEWEST_FIRST)).all()
    units, zone = _reader(actor)
    return page_from_total([_out(row, units, zone) for row in rows], total=total, page=page, per_page=per_page,
                           limit=limit)  # fmt: skip


def _usable_types(actor: Principal, type_ids: list[int]) -> dict[int, MeasurementType]:
    found = {
        item.id: item
        for item in db.session.execute(types.available(actor).where(MeasurementType.id.in_(type_ids))).scalars()
    }
    missing = [type_id for type_id in type_ids if type_id not in found]
    if missing:
        raise ValidationError(
            "Some of these measurement types do not exist or are archived.",
            fields={"entries": [f"No measurement type {type_id}." for type_id in missing]},
        )
    return found


def _check_day(client: Client, measured_on: date) -> str:
    zone = client_zone(client)
    today = datetime.now(ZoneInfo(zone)).date()
    if measured_on > today:
        raise ValidationError(
            "A measurement cannot be dated in the future.", fields={"measured_on": [f"Must be {today} or earlier."]}
        )
    return zone


def _change(value_si: Decimal | None, dimension: str, day: date, units: Units, today: date) -> str | None:
    return None if value_si is None else f"{shown(value_si, dimension, units)} ({day_label(day, today)})"


def _record(actor, client: Client, changes: dict, type_ids, measured_on: date) -> None:
    events.record_by(
        actor,
        MeasurementRecorded,
        entity_id=client.id,
        label=client.full_name,
        changes=changes,
        client_id=client.id,
        type_ids=tuple(type_ids),
        measured_on=measured_on,
    )


def _by_ids(ids: list[int]) -> list[dict[str, Any]]:
    return db.session.execute(entry_rows().where(Measurement.id.in_(ids)).order_by(Measurement.id)).all()


def create(
    *, actor: Principal, client_id: int, measured_on: date, entries: list[dict[str, Any]], note: str | None = None
) -> list[dict[str, Any]]:
    """Enter one or more types' values for one day; a type already measured that day is corrected."""
    client = clients.find(actor=actor, client_id=client_id, lock=True)
    type_ids = [entry["type_id"] for entry in entries]
    if len(set(type_ids)) != len(type_ids):
        raise ValidationError("Each measurement type may appear once.", fields={"entries": ["A type is repeated."]})
    zone = _check_day(client, measured_on)
    found = _usable_types(actor, type_ids)
    units, now = units_for(actor), datetime.now(UTC)
    values = {
        entry["type_id"]: to_si(entry["value"], unit_for(found[entry["type_id"]].dimension, entry.get("unit"), units))
        for entry in entries
    }
    earlier = {
        row.type_id: row
        for row in db.session.execute(
            sa.select(Measurement)
            .where(Measurement.client_id == client.id, Measurement.type_id.in_(type_ids))
            .where(Measurement.measured_on == measured_on, Measurement.superseded_at.is_(None))
            .with_for_update()
        ).scalars()
    }
    rows = [
        Measurement(organization_id=client.organization_id, client_id=client.id, type_id=type_id,
                    measured_on=measured_on, value_si=values[type_id], note=note, entered_by_user_id=actor.user_id)
        for type_id in type_ids
    ]  # fmt: skip
    db.session.add_all(rows)
    db.session.flush()
    today = datetime.now(ZoneInfo(zone)).date()
    changes = {}
    for row in rows:
        previous = earlier.get(row.type_id)
        if previous is not None:
            previous.superseded_at, previous.superseded_by_id = now, row.id
            previous.superseded_by_user_id = actor.user_id
        dimension = found[row.type_id].dimension
        changes[found[row.type_id].name] = {
            "before": _change(previous.value_si if previous else None, dimension, measured_on, units, today),
            "after": _change(row.value_si, dimension, measured_on, units, today),
        }
    _record(actor, client, changes, type_ids, measured_on)
    db.session.commit()
    return [_out(row, units, actor.timezone or "UTC") for row in _by_ids([row.id for row in rows])]


def _current(client: Client, measurement_id: int) -> Measurement:
    """The client's entry, locked, if it is still current; NotFound or Conflict otherwise."""
    measurement = db.session.execute(
        sa.select(Measurement)
        .where(Measurement.id == measurement_id, Measurement.client_id == client.id)
        .with_for_update()
    ).scalar_one_or_none()
    if measurement is None:
        raise NotFound("No such measurement.")
    if measurement.superseded_at is not None:
        raise Conflict("This value was already corrected or removed; reload to see the current one.")
    return measurement


def correct(
    *,
    actor: Principal,
    client_id: int,
    measurement_id: int,
    value: Decimal,
    unit: str | None = None,
    measured_on: date | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Replace an entry's value (and day or note): a new row; the old one stays in the history."""
    client = clients.find(actor=actor, client_id=client_id, lock=True)
    old = _current(client, measurement_id)
    measurement_type = db.session.get(MeasurementType, old.type_id)
    day = measured_on or old.measured_on
    zone = _check_day(client, day)
    if day != old.measured_on:
        clash = db.session.execute(
            sa.select(Measurement.id).where(
                Measurement.client_id == client.id,
                Measurement.type_id == old.type_id,
                Measurement.measured_on == day,
                Measurement.superseded_at.is_(None),
            )
        ).first()
        if clash:
            raise Conflict(
                f"There is already a {measurement_type.name.lower()} on {day}; correct that one instead.",
                fields={"measured_on": ["Already measured that day."]},
            )
    units, now = units_for(actor), datetime.now(UTC)
    new = Measurement(
        organization_id=client.organization_id,
        client_id=client.id,
        type_id=old.type_id,
        measured_on=day,
        value_si=to_si(value, unit_for(measurement_type.dimension, unit, units)),
        note=note if note is not None else old.note,
        entered_by_user_id=actor.user_id,
    )
    db.session.add(new)
    db.session.flush()
    old.superseded_at, old.superseded_by_id, old.superseded_by_user_id = now, new.id, actor.user_id
    today = datetime.now(ZoneInfo(zone)).date()
    dimension = measurement_type.dimension
    changes = {
        measurement_type.name: {
            "before": _change(old.value_si, dimension, old.measured_on, units, today),
            "after": _change(new.value_si, dimension, day, units, today),
        }
    }
    _record(actor, client, changes, [old.type_id], day)
    db.session.commit()
    return _out(_by_ids([new.id])[0], units, actor.timezone or "UTC")


def remove(*, actor: Principal, client_id: int, measurement_id: int) -> None:
    """Take an entry out of the charts and lists; it stays in its history as removed."""
    client = clients.find(actor=actor, client_id=client_id, lock=True)
    old = _current(client, measurement_id)
    measurement_type = db.session.get(MeasurementType, old.type_id)
    old.superseded_at, old.superseded_by_user_id = datetime.now(UTC), actor.user_id
    units = units_for(actor)
    today = datetime.now(ZoneInfo(client_zone(client))).date()
    changes = {
        measurement_type.name: {
            "before": _change(old.value_si, measurement_type.dimension, old.measured_on, units, today),
            "after": None,
        }
    }
    _record(actor, client, changes, [old.type_id], old.measured_on)
    db.session.commit()


def history(*, actor: Principal, client_id: int, measurement_id: int) -> dict[str, Any]:
    """Every value of the entry `measurement_id` belongs to, newest first, whichever of its versions is named."""
    client = clients.find(actor=actor, client_id=client_id)
    ids = sa.select(Measurement.id, Measurement.superseded_by_id).where(
        Measurement.id == measurement_id, Measurement.client_id == client.id
    )
    later = ids.cte("later", recursive=True)
    later = later.union_all(
        sa.select(Measurement.id, Measurement.superseded_by_id).join(later, Measurement.id == later.c.superseded_by_id)
    )
    head = sa.select(later.c.id).where(later.c.superseded_by_id.is_(None)).scalar_subquery()
    chain = sa.select(Measurement.id).where(Measurement.id == head).cte("chain", recursive=True)
    chain = chain.union_all(sa.select(Measurement.id).join(chain, Measurement.superseded_by_id == chain.c.id))
    rows = db.session.execute(
        entry_rows().where(Measurement.id.in_(sa.select(chain.c.id))).order_by(Measurement.created_at.desc(),
                                                                            Measurement.id.desc())
    ).all()  # fmt: skip
    if not rows:
        raise NotFound("No such measurement.")
    units, zone = _reader(actor)
    versions = [_out(row, units, zone) for row in rows]
    current = versions[0] if versions[0]["is_current"] else None
    return {"current": current, "versions": versions, "removed": current is None}
