"""/api/v2/invoices: what clients owe and have paid, with `expand=lines,payments` for the detail."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import marshmallow as ma
import sqlalchemy as sa
from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.api_v2.operations import expand_field, operation
from fitnesscrm.api_v2.pagination import CursorArgsSchema, cursor_page, list_schema
from fitnesscrm.api_v2.payments import V2PaymentSchema
from fitnesscrm.api_v2.representations import representation
from fitnesscrm.billing.models import INVOICE_KINDS, INVOICE_STATUSES, Invoice, InvoiceLine, Payment
from fitnesscrm.core import fields
from fitnesscrm.core.auth import current_principal
from fitnesscrm.core.tenancy import scoped
from fitnesscrm.errors import NotFound
from fitnesscrm.extensions import db

blp = Blueprint("v2_invoices", __name__, url_prefix="/api/v2/invoices", description="Invoices and credit notes")

EXPANDABLE = ("lines", "payments")


def _minor(description: str) -> ma.fields.Integer:
    return ma.fields.Integer(required=True, metadata={"description": f"{description}, in the currency's minor units."})


class V2InvoiceLineSchema(ma.Schema):
    description = ma.fields.String(required=True)
    quantity = ma.fields.Integer(required=True)
    unit_price = _minor("The price of one")
    discount = _minor("The discount on the line")
    tax_name = ma.fields.String(allow_none=True, required=True)
    tax_basis_points = ma.fields.Integer(required=True, metadata={"description": "The tax rate; 2000 is 20%."})
    tax_inclusive = ma.fields.Boolean(required=True, metadata={"description": "Whether the price includes the tax."})
    net = _minor("Before tax")
    tax = _minor("The tax")
    total = _minor("With tax")
    product_id = ma.fields.Integer(allow_none=True, required=True)
    session_id = ma.fields.Integer(allow_none=True, required=True)


class V2InvoiceSchema(ma.Schema):
    object = ma.fields.Constant("invoice", dump_only=True, required=True)
    id = ma.fields.Integer(required=True)
    number = ma.fields.String(allow_none=True, required=True, metadata={"description": "Null while a draft."})
    kind = ma.fields.String(required=True, metadata={"description": " | ".join(INVOICE_KINDS)})
    status = ma.fields.String(required=True, metadata={"description": " | ".join(INVOICE_STATUSES)})
    client_id = ma.fields.Integer(required=True)
    currency = ma.fields.String(required=True, metadata={"description": "ISO 4217, e.g. USD."})
    subtotal = _minor("Before discount and tax")
    discount_total = _minor("The discount")
    tax_total = _minor("The tax")
    total = _minor("What the invoice is for")
    amount_paid = _minor("Paid so far")
    amount_credited = _minor("Taken off by credit notes")
    amount_due = ma.fields.Function(
        lambda invoice: invoice.total - invoice.amount_credited - invoice.amount_paid,
        required=True,
        metadata={"type": "integer", "description": "Still owed, in the currency's minor units."},
    )
    issued_on = ma.fields.Date(allow_none=True, required=True)
    due_on = ma.fields.Date(allow_none=True, required=True)
    period_start = ma.fields.Date(allow_none=True, required=True, metadata={"description": "A membership's period."})
    period_end = ma.fields.Date(allow_none=True, required=True)
    membership_id = ma.fields.Integer(allow_none=True, required=True)
    credit_note_for_id = ma.fields.Integer(
        allow_none=True, required=True, metadata={"description": "For a credit note, the invoice it credits."}
    )
    notes = ma.fields.String(allow_none=True, required=True)
    paid_at = ma.fields.DateTime(allow_none=True, required=True)
    voided_at = ma.fields.DateTime(allow_none=True, required=True)
    created_at = ma.fields.DateTime(required=True)
    updated_at = ma.fields.DateTime(required=True)
    # Not the ORM relationships (lazy="raise"): what `_expanded` attached, absent unless asked for.
    lines = ma.fields.List(
        ma.fields.Nested(V2InvoiceLineSchema),
        attribute="v2_lines",
        metadata={"description": "Only with `expand=lines`, in order."},
    )
    payments = ma.fields.List(
        ma.fields.Nested(V2PaymentSchema),
        attribute="v2_payments",
        metadata={"description": "Only with `expand=payments`, oldest first."},
    )


class V2InvoiceListArgsSchema(CursorArgsSchema):
    client_id = fields.id_field(metadata={"description": "Only this client's invoices."})
    status = fields.String(validate=ma.validate.OneOf(INVOICE_STATUSES), metadata={"description": "Only this status."})
    kind = fields.String(validate=ma.validate.OneOf(INVOICE_KINDS), metadata={"description": "Only this kind."})
    number = fields.String(validate=ma.validate.Length(max=32), metadata={"description": "The invoice numbered so."})
    expand = expand_field(*EXPANDABLE)


class V2InvoiceExpandArgsSchema(fields.QuerySchema):
    expand = expand_field(*EXPANDABLE)


def _expanded(invoices: list[Invoice], expand: list[str]) -> list[Invoice]:
    """Attach the lines and payments asked for, one query each for the whole page."""
    ids = [invoice.id for invoice in invoices]
    if not ids:
        return invoices
    if "lines" in expand:
        lines: dict[int, list[InvoiceLine]] = defaultdict(list)
        rows = db.session.scalars(
            sa.select(InvoiceLine).where(InvoiceLine.invoice_id.in_(ids)).order_by(InvoiceLine.position)
        )
        for line in rows:
            lines[line.invoice_id].append(line)
        for invoice in invoices:
            invoice.v2_lines = lines[invoice.id]
    if "payments" in expand:
        payments: dict[int, list[Payment]] = defaultdict(list)
        for payment in db.session.scalars(sa.select(Payment).where(Payment.invoice_id.in_(ids)).order_by(Payment.id)):
            payments[payment.invoice_id].append(payment)
        for invoice in invoices:
            invoice.v2_payments = payments[invoice.id]
    return invoices


def _load(organization_id: int, invoice_id: int) -> Invoice | None:
    return db.session.scalars(
        sa.select(Invoice).where(Invoice.organization_id == organization_id, Invoice.id == invoice_id)
    ).one_or_none()


@representation("invoice")
def _represent(organization_id: int, invoice_id: int) -> dict[str, Any] | None:
    invoice = _load(organization_id, invoice_id)
    return None if invoice is None else V2InvoiceSchema().dump(_expanded([invoice], list(EXPANDABLE))[0])


@blp.route("")
class Invoices(MethodView):
    @operation(blp, "listInvoices", scope="invoices:read")
    @blp.arguments(V2InvoiceListArgsSchema, location="query")
    @blp.response(200, list_schema(V2InvoiceSchema))
    def get(self, args):
        """List invoices and credit notes, drafts included, filtered by client, status, kind or number."""
        stmt = scoped(Invoice, current_principal())
        for name in ("client_id", "status", "kind", "number"):
            if name in args:
                stmt = stmt.where(getattr(Invoice, name) == args[name])
        page = cursor_page(stmt, key=Invoice.id, limit=args["limit"], starting_after=args.get("starting_after"))
        page.data = _expanded(page.data, args["expand"])
        return page


@blp.route("/<int:invoice_id>")
class InvoiceById(MethodView):
    @operation(blp, "getInvoice", scope="invoices:read")
    @blp.arguments(V2InvoiceExpandArgsSchema, location="query")
    @blp.response(200, V2InvoiceSchema)
    def get(self, args, invoice_id):
        """One invoice or credit note."""
        invoice = _load(current_principal().organization_id, invoice_id)
        if invoice is None:
            raise NotFound("No such invoice.")
        return _expanded([invoice], args["expand"])[0]
