"""Measurements: the studio's types, a client's entries (enter, correct, remove, history), charts and export."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.exports import documented_export, export_response
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.core.tenancy import MANAGERS
from fitnesscrm.progress.measurements import charts, export, schemas, service, types

blp = Blueprint(
    "Measurements",
    __name__,
    url_prefix="/api",
    description="Body measurements: stored in SI, read and typed in each reader's units",
)


@blp.route("/measurement-types")
class MeasurementTypes(MethodView):
    @requires()
    @blp.arguments(schemas.MeasurementTypeQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.MeasurementTypeSchema))
    def get(self, args):
        """The types the studio measures: the built-in ones, then its own, in their order."""
        return types.get_all(actor=current_principal(), **args)

    @requires(*MANAGERS)
    @blp.arguments(schemas.MeasurementTypeCreateSchema)
    @blp.response(201, schemas.MeasurementTypeSchema)
    def post(self, args):
        """Add a measurement type of the studio's own (owner, admin)."""
        return types.create(actor=current_principal(), **args)


@blp.route("/measurement-types/<int:type_id>", methods=["PATCH"])
@requires(*MANAGERS)
@blp.arguments(schemas.MeasurementTypeUpdateSchema)
@blp.response(200, schemas.MeasurementTypeSchema)
def update_measurement_type(args, type_id):
    """Rename, archive or restore one of the studio's own types (owner, admin)."""
    return types.update(actor=current_principal(), type_id=type_id, **args)


@blp.route("/clients/<int:client_id>/measurements")
class ClientMeasurements(MethodView):
    @requires()
    @blp.arguments(schemas.MeasurementQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.MeasurementSchema))
    def get(self, args, client_id):
        """A client's current entries, newest day first (the client, their trainers, managers)."""
        return service.get_all(actor=current_principal(), client_id=client_id, **args)

    @requires()
    @blp.arguments(schemas.MeasurementCreateSchema)
    @blp.response(201, schemas.MeasurementSchema(many=True))
    def post(self, args, client_id):
        """Enter one or more values for one day, in your units (a type already measured that day is corrected)."""
        return service.create(actor=current_principal(), client_id=client_id, **args)


@blp.route("/clients/<int:client_id>/measurements/<int:measurement_id>", methods=["DELETE"])
@requires()
@blp.response(204)
def remove_measurement(client_id, measurement_id):
    """Remove an entry from the charts and lists; its history keeps it."""
    service.remove(actor=current_principal(), client_id=client_id, measurement_id=measurement_id)


@blp.route("/clients/<int:client_id>/measurements/<int:measurement_id>/corrections", methods=["POST"])
@requires()
@blp.arguments(schemas.MeasurementCorrectionSchema)
@blp.response(201, schemas.MeasurementSchema)
def correct_measurement(args, client_id, measurement_id):
    """Correct an entry: the new value becomes current, the old one stays in its history."""
    return service.correct(actor=current_principal(), client_id=client_id, measurement_id=measurement_id, **args)


@blp.route("/clients/<int:client_id>/measurements/<int:measurement_id>/history", methods=["GET"])
@requires()
@blp.response(200, schemas.MeasurementHistorySchema)
def get_measurement_history(client_id, measurement_id):
    """Every value an entry has had, newest first, with who entered and replaced each."""
    return service.history(actor=current_principal(), client_id=client_id, measurement_id=measurement_id)


@blp.route("/clients/<int:client_id>/measurements/latest", methods=["GET"])
@requires()
@blp.response(200, schemas.LatestMeasurementsSchema)
def get_latest_measurements(client_id):
    """The newest value of each type the client has, with the change since the one before."""
    return charts.latest(actor=current_principal(), client_id=client_id)


@blp.route("/clients/<int:client_id>/measurements/chart", methods=["GET"])
@requires()
@blp.arguments(schemas.ChartQuerySchema, location="query")
@blp.response(200, schemas.ChartSchema)
def get_measurement_chart(args, client_id):
    """One type over a range: its entries, the 7-entry moving average and the active goal's line."""
    return charts.chart(actor=current_principal(), client_id=client_id, **args)


@blp.route("/clients/<int:client_id>/measurements/body-composition", methods=["GET"])
@requires()
@blp.arguments(schemas.ChartRangeSchema, location="query")
@blp.response(200, schemas.BodyCompositionSchema)
def get_body_composition(args, client_id):
    """Fat and lean mass over a range, from weight and body fat % (lean mass where it was measured)."""
    return charts.body_composition(actor=current_principal(), client_id=client_id, **args)


@blp.route("/clients/<int:client_id>/measurements/export", methods=["GET"])
@requires()
@blp.arguments(schemas.MeasurementExportQuerySchema, location="query")
@documented_export(blp)
def export_measurements(args, client_id):
    """Download a client's measurements, one row per entry, as CSV or Excel, in your units."""
    actor, file_format = current_principal(), args.pop("file_format")
    name, rows = export.export(actor=actor, client_id=client_id, **args)
    return export_response(name, export.EXPORT_COLUMNS, rows, file_format=file_format, zone=actor.timezone)
