"""/api/v2/measurements: clients' body measurements (weight, body fat, girths…) in SI units; read and record."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
import sqlalchemy as sa
from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.api_v2.operations import operation
from fitnesscrm.api_v2.pagination import CursorArgsSchema, cursor_page, list_schema
from fitnesscrm.api_v2.representations import representation
from fitnesscrm.core import fields
from fitnesscrm.core.auth import current_principal
from fitnesscrm.core.tenancy import Principal, scoped
from fitnesscrm.errors import ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.progress.measurements import service, types
from fitnesscrm.progress.measurements.schemas import MAX_VALUE
from fitnesscrm.progress.measurements.units import SI_UNIT, UNITS_OF
from fitnesscrm.progress.models import Measurement, MeasurementType

blp = Blueprint(
    "v2_measurements", __name__, url_prefix="/api/v2/measurements", description="Clients' body measurements"
)

UNITS = sorted({unit for units in UNITS_OF.values() for unit in units if unit})


class V2MeasurementSchema(ma.Schema):
    object = ma.fields.Constant("measurement", dump_only=True, required=True)
    id = ma.fields.Integer(required=True)
    client_id = ma.fields.Integer(required=True)
    type = ma.fields.String(
        attribute="v2_type_slug", required=True, metadata={"description": "The type's key, e.g. `weight`."}
    )
    measured_on = ma.fields.Date(required=True, metadata={"description": "The day, in the client's calendar."})
    value = ma.fields.Float(
        attribute="value_si", required=True, metadata={"description": "In `unit`: kg, cm, %, bpm or a plain number."}
    )
    unit = ma.fields.String(attribute="v2_unit", required=True, metadata={"description": "kg | cm | % | bpm | ''"})
    note = ma.fields.String(allow_none=True, required=True)
    created_at = ma.fields.DateTime(required=True)


class V2MeasurementListArgsSchema(CursorArgsSchema):
    client_id = fields.id_field(metadata={"description": "Only this client's measurements."})
    type = fields.String(validate=ma.validate.Length(max=60), metadata={"description": "Only this type, e.g. weight."})
    measured_from = fields.Date(metadata={"description": "Only days on or after this one."})
    measured_to = fields.Date(metadata={"description": "Only days on or before this one."})


class V2MeasurementCreateSchema(ma.Schema):
    client_id = fields.id_field(required=True)
    type = fields.String(
        required=True, validate=ma.validate.Length(min=1, max=60), metadata={"description": "The type's key."}
    )
    measured_on = fields.Date(required=True, metadata={"description": "The day, in the client's calendar; not ahead."})
    value = fields.Quantity(minimum=0, maximum=MAX_VALUE, places=3, required=True)
    unit = fields.String(
        validate=ma.validate.OneOf(UNITS),
        metadata={"description": "kg or lb, cm or in, % or bpm; left out, the type's SI unit (kg, cm, …)."},
    )
    note = fields.Text(max_length=500, allow_none=True)


def _with_types(measurements: list[Measurement]) -> list[Measurement]:
    """Attach each measurement's type key and SI unit, in one query for the page."""
    ids = {measurement.type_id for measurement in measurements}
    if not ids:
        return measurements
    found = {
        row.id: row
        for row in db.session.execute(
            sa.select(MeasurementType.id, MeasurementType.slug, MeasurementType.dimension).where(
                MeasurementType.id.in_(ids)
            )
        )
    }
    for measurement in measurements:
        kind = found[measurement.type_id]
        measurement.v2_type_slug, measurement.v2_unit = kind.slug, SI_UNIT[kind.dimension]
    return measurements


def _current(stmt: sa.Select) -> sa.Select:
    # A corrected or removed value is history: the API shows what the client's record says now.
    return stmt.where(Measurement.superseded_at.is_(None))


def _load(organization_id: int, measurement_id: int) -> Measurement | None:
    return db.session.scalars(
        _current(sa.select(Measurement)).where(
            Measurement.organization_id == organization_id, Measurement.id == measurement_id
        )
    ).one_or_none()


@representation("measurement")
def _represent(organization_id: int, measurement_id: int) -> dict[str, Any] | None:
    measurement = _load(organization_id, measurement_id)
    return None if measurement is None else V2MeasurementSchema().dump(_with_types([measurement])[0])


def _type(actor: Principal, slug: str) -> MeasurementType:
    found = db.session.scalars(
        types.available(actor).where(MeasurementType.slug == slug).order_by(MeasurementType.organization_id)
    ).first()
    if found is None:
        raise ValidationError("No such measurement type.", fields={"type": [f"No measurement type {slug}."]})
    return found


@blp.route("")
class Measurements(MethodView):
    @operation(blp, "listMeasurements", scope="measurements:read")
    @blp.arguments(V2MeasurementListArgsSchema, location="query")
    @blp.response(200, list_schema(V2MeasurementSchema))
    def get(self, args):
        """List current measurements, filtered by client, type or days."""
        actor = current_principal()
        stmt = _current(scoped(Measurement, actor))
        if "client_id" in args:
            stmt = stmt.where(Measurement.client_id == args["client_id"])
        if "type" in args:
            of_type = types.available(actor, include_archived=True).where(MeasurementType.slug == args["type"])
            stmt = stmt.where(Measurement.type_id.in_(of_type.with_only_columns(MeasurementType.id)))
        if "measured_from" in args:
            stmt = stmt.where(Measurement.measured_on >= args["measured_from"])
        if "measured_to" in args:
            stmt = stmt.where(Measurement.measured_on <= args["measured_to"])
        page = cursor_page(stmt, key=Measurement.id, limit=args["limit"], starting_after=args.get("starting_after"))
        page.data = _with_types(page.data)
        return page

    @operation(blp, "createMeasurement", scope="measurements:write")
    @blp.arguments(V2MeasurementCreateSchema)
    @blp.response(201, V2MeasurementSchema)
    def post(self, args):
        """Record a client's measurement for a day; one already there for that type and day is corrected."""
        actor = current_principal()
        kind = _type(actor, args["type"])
        unit = args.get("unit", SI_UNIT[kind.dimension])
        if unit not in UNITS_OF[kind.dimension]:
            raise ValidationError(
                f"A {kind.name.lower()} is given in {' or '.join(UNITS_OF[kind.dimension])}.",
                fields={"unit": [f"One of {', '.join(UNITS_OF[kind.dimension])}."]},
            )
        entry = {"type_id": kind.id, "value": args["value"], "unit": unit}
        [made] = service.create(
            actor=actor, client_id=args["client_id"], measured_on=args["measured_on"], entries=[entry],
            note=args.get("note"),
        )  # fmt: skip
        return _with_types([db.session.get_one(Measurement, made["id"])])[0]
