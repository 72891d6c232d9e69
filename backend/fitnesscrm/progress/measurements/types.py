"""Measurement types: the built-in ones every studio shares and the studio's own (managers add, rename, archive)."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal
from fitnesscrm.errors import Conflict, NotFound
from fitnesscrm.extensions import db
from fitnesscrm.progress.measurements.units import UNITS_OF, Units, units_for
from fitnesscrm.progress.models import MeasurementType

# The studio's own types follow the built-ins (positions 1-11) in the order they were added.
OWN_TYPES_POSITION = 1000


def available(actor: Principal, *, include_archived: bool = False) -> sa.Select:
    """`select(MeasurementType)`: the built-ins and the caller's studio's own (archived ones only if asked)."""
    stmt = sa.select(MeasurementType).where(
        sa.or_(MeasurementType.organization_id.is_(None), MeasurementType.organization_id == actor.organization_id)
    )
    if not include_archived:
        stmt = stmt.where(MeasurementType.archived_at.is_(None))
    return stmt


def out(measurement_type: MeasurementType, units: Units) -> dict[str, Any]:
    """A type as the API answers it, with the unit this reader reads it in."""
    return {
        "id": measurement_type.id,
        "slug": measurement_type.slug,
        "name": measurement_type.name,
        "dimension": measurement_type.dimension,
        "unit": units.for_dimension(measurement_type.dimension),
        "units": list(UNITS_OF[measurement_type.dimension]),
        "position": measurement_type.position,
        "is_builtin": measurement_type.organization_id is None,
        "archived_at": measurement_type.archived_at,
    }


def get_all(*, actor: Principal, page: int, per_page: int, include_archived: bool = False) -> Page:
    """The types the studio measures with, built-ins first, each in its position."""
    stmt = available(actor, include_archived=include_archived).order_by(MeasurementType.position, MeasurementType.id)
    result = paginate(stmt, page=page, per_page=per_page)
    units = units_for(actor)
    result.items = [out(item, units) for item in result.items]
    return result


def find(*, actor: Principal, type_id: int, own: bool = False, lock: bool = False) -> MeasurementType:
    """A type the caller's studio may use (`own`: one of its own, which it may change), or NotFound."""
    stmt = available(actor, include_archived=True).where(MeasurementType.id == type_id)
    if own:
        stmt = stmt.where(MeasurementType.organization_id == actor.organization_id)
    if lock:
        stmt = stmt.with_for_update()
    found = db.session.execute(stmt).scalar_one_or_none()
    if found is None:
        raise NotFound("No such measurement type." if not own else "Built-in measurement types cannot be changed.")
    return found


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", ascii_name).strip("_")[:50] or "type"


def _name_taken(actor: Principal, name: str, *, other_than: int | None = None) -> bool:
    stmt = available(actor, include_archived=True).where(sa.func.lower(MeasurementType.name) == name.lower())
    if other_than:
        stmt = stmt.where(MeasurementType.id != other_than)
    return db.session.execute(stmt.with_only_columns(sa.literal(1)).limit(1)).first() is not None


def create(*, actor: Principal, name: str, dimension: str) -> dict[str, Any]:
    """Add a type of the studio's own, after the built-ins and its earlier ones (owner, admin)."""
    if _name_taken(actor, name):
        raise Conflict(f"There is already a measurement type called {name}.", fields={"name": ["Already in use."]})
    # The slug only has to be unique: a renamed or archived type keeps its own.
    taken = set(
        db.session.execute(
            sa.select(MeasurementType.slug).where(MeasurementType.organization_id == actor.organization_id)
        ).scalars()
    )
    slug, n = _slug(name), 1
    while slug in taken or slug in ("weight", "body_fat", "lean_mass"):
        n += 1
        slug = f"{_slug(name)[:45]}_{n}"
    last = db.session.execute(
        sa.select(sa.func.max(MeasurementType.position)).where(MeasurementType.organization_id == actor.organization_id)
    ).scalar_one()
    measurement_type = MeasurementType(
        organization_id=actor.organization_id,
        slug=slug,
        name=name,
        dimension=dimension,
        position=(last or OWN_TYPES_POSITION) + 1,
    )
    db.session.add(measurement_type)
    db.session.commit()
    return out(measurement_type, units_for(actor))


def update(*, actor: Principal, type_id: int, name: str | None = None, archived: bool | None = None) -> dict[str, Any]:
    """Rename, archive or restore one of the studio's own types (owner, admin); its entries stay as they are."""
    measurement_type = find(actor=actor, type_id=type_id, own=True, lock=True)
    if name and name != measurement_type.name:
        if _name_taken(actor, name, other_than=measurement_type.id):
            raise Conflict(f"There is already a measurement type called {name}.", fields={"name": ["Already in use."]})
        measurement_type.name = name
    if archived is not None:
        if archived and measurement_type.archived_at is None:
            measurement_type.archived_at = datetime.now(UTC)
        elif not archived:
            measurement_type.archived_at = None
    db.session.commit()
    return out(measurement_type, units_for(actor))
