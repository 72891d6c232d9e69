"""The activity log: list, daily and weekly counts, export (owner, admin)."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.activity import schemas, service
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.exports import documented_export, export_response, file_zone
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.core.tenancy import MANAGERS

blp = Blueprint("activity", __name__, url_prefix="/api/activity", description="Who changed what, and when")


@blp.route("")
class Activity(MethodView):
    @requires(*MANAGERS)
    @blp.arguments(schemas.ActivityQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.ActivityEntrySchema))
    def get(self, args):
        """List activity, newest first: search, sort, filter by action, record, person, local dates (owner, admin)."""
        return service.get_all(actor=current_principal(), **args)


@blp.route("/stats")
class ActivityStats(MethodView):
    @requires(*MANAGERS)
    @blp.response(200, schemas.ActivityStatsSchema)
    def get(self):
        """Count entries in total (up to 10,000), today and this week in the organization's zone (owner, admin)."""
        return service.stats(actor=current_principal())


@blp.route("/export")
class ActivityExport(MethodView):
    @requires(*MANAGERS)
    @blp.arguments(schemas.ActivityExportQuerySchema, location="query")
    @documented_export(blp)
    def get(self, args):
        """Download the activity matching the list's filters as CSV or Excel (owner, admin)."""
        actor, file_format = current_principal(), args.pop("file_format")
        rows = service.export_rows(actor=actor, zone=file_zone(file_format, actor.timezone), **args)
        return export_response("activity", service.EXPORT_COLUMNS, rows, file_format=file_format, zone=actor.timezone)


@blp.route("/filters")
class ActivityFilters(MethodView):
    @requires(*MANAGERS)
    @blp.response(200, schemas.ActivityFiltersSchema)
    def get(self):
        """The actions and record types activity can be filtered by, with their labels (owner, admin)."""
        return service.filters()
