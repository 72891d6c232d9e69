"""/api/v2/payments: money received against invoices (and failed attempts), for accounting integrations."""

from __future__ import annotations

from typing import Any

import marshmallow as ma
import sqlalchemy as sa
from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.api_v2.operations import operation
from fitnesscrm.api_v2.pagination import CursorArgsSchema, cursor_page, list_schema
from fitnesscrm.api_v2.representations import representation
from fitnesscrm.billing.models import PAYMENT_METHODS, PAYMENT_STATUSES, Payment
from fitnesscrm.core import fields
from fitnesscrm.core.auth import current_principal
from fitnesscrm.core.tenancy import scoped
from fitnesscrm.errors import NotFound
from fitnesscrm.extensions import db

blp = Blueprint("v2_payments", __name__, url_prefix="/api/v2/payments", description="Payments against invoices")


class V2PaymentSchema(ma.Schema):
    object = ma.fields.Constant("payment", dump_only=True, required=True)
    id = ma.fields.Integer(required=True)
    invoice_id = ma.fields.Integer(required=True)
    client_id = ma.fields.Integer(required=True)
    amount = ma.fields.Integer(required=True, metadata={"description": "In the currency's minor units (cents)."})
    amount_refunded = ma.fields.Integer(required=True, metadata={"description": "In minor units."})
    currency = ma.fields.String(required=True, metadata={"description": "ISO 4217, e.g. USD."})
    method = ma.fields.String(required=True, metadata={"description": " | ".join(PAYMENT_METHODS)})
    status = ma.fields.String(required=True, metadata={"description": " | ".join(PAYMENT_STATUSES)})
    reference = ma.fields.String(allow_none=True, required=True, metadata={"description": "A cheque or transfer id."})
    failure_message = ma.fields.String(allow_none=True, required=True, metadata={"description": "Why it failed."})
    received_at = ma.fields.DateTime(required=True)
    created_at = ma.fields.DateTime(required=True)
    updated_at = ma.fields.DateTime(required=True)


class V2PaymentListArgsSchema(CursorArgsSchema):
    invoice_id = fields.id_field(metadata={"description": "Only payments against this invoice."})
    client_id = fields.id_field(metadata={"description": "Only this client's payments."})
    status = fields.String(validate=ma.validate.OneOf(PAYMENT_STATUSES), metadata={"description": "Only this status."})
    received_from = fields.DateTime(metadata={"description": "Only payments received at or after this instant."})
    received_to = fields.DateTime(metadata={"description": "Only payments received before this instant."})


def _load(organization_id: int, payment_id: int) -> Payment | None:
    return db.session.scalars(
        sa.select(Payment).where(Payment.organization_id == organization_id, Payment.id == payment_id)
    ).one_or_none()


@representation("payment")
def _represent(organization_id: int, payment_id: int) -> dict[str, Any] | None:
    payment = _load(organization_id, payment_id)
    return None if payment is None else V2PaymentSchema().dump(payment)


@blp.route("")
class Payments(MethodView):
    @operation(blp, "listPayments", scope="payments:read")
    @blp.arguments(V2PaymentListArgsSchema, location="query")
    @blp.response(200, list_schema(V2PaymentSchema))
    def get(self, args):
        """List payments, succeeded, pending and failed, filtered by invoice, client, status or time received."""
        stmt = scoped(Payment, current_principal())
        if "invoice_id" in args:
            stmt = stmt.where(Payment.invoice_id == args["invoice_id"])
        if "client_id" in args:
            stmt = stmt.where(Payment.client_id == args["client_id"])
        if "status" in args:
            stmt = stmt.where(Payment.status == args["status"])
        if "received_from" in args:
            stmt = stmt.where(Payment.received_at >= args["received_from"])
        if "received_to" in args:
            stmt = stmt.where(Payment.received_at < args["received_to"])
        return cursor_page(stmt, key=Payment.id, limit=args["limit"], starting_after=args.get("starting_after"))


@blp.route("/<int:payment_id>")
class PaymentById(MethodView):
    @operation(blp, "getPayment", scope="payments:read")
    @blp.response(200, V2PaymentSchema)
    def get(self, payment_id):
        """One payment."""
        payment = _load(current_principal().organization_id, payment_id)
        if payment is None:
            raise NotFound("No such payment.")
        return payment
