"""Revenue reports for owners and admins: JSON for the dashboard, `?format=csv` (or `xlsx`) to download."""

from __future__ import annotations

from collections.abc import Callable

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.billing.reports import schemas, service
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.tenancy import MANAGERS
from fitnesscrm.core.xlsx_export import XLSX_MIMETYPE

blp = Blueprint(
    "billing_reports", __name__, url_prefix="/api/billing/reports", description="Revenue reports (owner, admin)"
)
FILES = {"text/csv": {"schema": {"type": "string"}}, XLSX_MIMETYPE: {"schema": {"type": "string", "format": "binary"}}}


def _also_as_file(view: Callable) -> Callable:
    """Document that `?format=csv|xlsx` answers the same 200 with a file."""
    return blp.doc(responses={200: {"content": FILES}})(view)


def _answer(report: service.Report, args: dict):
    file_format = args.get("file_format")
    return report.file(file_format) if file_format else report.data


def _report_args(args: dict) -> dict:
    return {key: value for key, value in args.items() if key != "file_format"}


@blp.route("/revenue")
class Revenue(MethodView):
    @requires(*MANAGERS)
    @blp.arguments(schemas.RevenueArgsSchema, location="query")
    @blp.response(200, schemas.RevenueSchema)
    @_also_as_file
    def get(self, args):
        """Revenue (payments received less refunds made) per day, week or month of the studio's calendar."""
        return _answer(service.revenue_by_period(actor=current_principal(), **_report_args(args)), args)


@blp.route("/revenue-by-product")
class RevenueByProduct(MethodView):
    @requires(*MANAGERS)
    @blp.arguments(schemas.RangeArgsSchema, location="query")
    @blp.response(200, schemas.RevenueByProductSchema)
    @_also_as_file
    def get(self, args):
        """Each product's units sold, amount invoiced and share of the revenue in the range."""
        return _answer(service.revenue_by_product(actor=current_principal(), **_report_args(args)), args)


@blp.route("/revenue-by-trainer")
class RevenueByTrainer(MethodView):
    @requires(*MANAGERS)
    @blp.arguments(schemas.RangeArgsSchema, location="query")
    @blp.response(200, schemas.RevenueByTrainerSchema)
    @_also_as_file
    def get(self, args):
        """Each trainer's sessions delivered in the range and what their clients paid for them."""
        return _answer(service.revenue_by_trainer(actor=current_principal(), **_report_args(args)), args)


@blp.route("/mrr")
class Mrr(MethodView):
    @requires(*MANAGERS)
    @blp.arguments(schemas.RangeArgsSchema, location="query")
    @blp.response(200, schemas.MrrSchema)
    @_also_as_file
    def get(self, args):
        """Monthly recurring revenue at each month's end, with new, expansion, contraction and churned amounts."""
        return _answer(service.mrr(actor=current_principal(), **_report_args(args)), args)


@blp.route("/receivables")
class Receivables(MethodView):
    @requires(*MANAGERS)
    @blp.arguments(schemas.ReceivablesArgsSchema, location="query")
    @blp.response(200, schemas.ReceivablesSchema)
    @_also_as_file
    def get(self, args):
        """What clients owed at the end of a day (default today), by days past the due date."""
        return _answer(service.receivables_by_age(actor=current_principal(), **_report_args(args)), args)


@blp.route("/refunds")
class Refunds(MethodView):
    @requires(*MANAGERS)
    @blp.arguments(schemas.RefundsArgsSchema, location="query")
    @blp.response(200, schemas.RefundsSchema)
    @_also_as_file
    def get(self, args):
        """The refunds made in the range, latest first, with their count and sum (the download has every one)."""
        return _answer(service.refunds_made(actor=current_principal(), **_report_args(args)), args)
