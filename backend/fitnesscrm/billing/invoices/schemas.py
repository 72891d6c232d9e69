from __future__ import annotations

import marshmallow as ma

from fitnesscrm.billing.invoices.lines import MAX_INVOICE_GROSS
from fitnesscrm.billing.models import INVOICE_KINDS, INVOICE_STATUSES, PAYMENT_METHODS, PAYMENT_STATUSES
from fitnesscrm.billing.settings.schemas import Currency, amount_field
from fitnesscrm.core import fields
from fitnesscrm.core.auth import caller_or_none
from fitnesscrm.core.fields import Text, id_field
from fitnesscrm.core.pagination import PageArgsSchema
from fitnesscrm.core.tenancy import Role

MINOR_UNITS = {"description": "Minor units of the invoice's currency (1250 is $12.50)."}
MANUAL_METHODS = tuple(method for method in PAYMENT_METHODS if method != "stripe")


def _staff_notes(invoice):
    """Notes are the studio's own: a client reading their invoice never sees them."""
    caller = caller_or_none()
    return None if caller is None or caller.role == Role.CLIENT else invoice.notes


# --- out --------------------------------------------------------------------------------------------------------


class InvoiceLineSchema(ma.Schema):
    id = ma.fields.Integer()
    position = ma.fields.Integer()
    description = ma.fields.String()
    product_id = ma.fields.Integer(allow_none=True)
    session_id = ma.fields.Integer(allow_none=True)
    quantity = ma.fields.Integer()
    unit_price = ma.fields.Integer(metadata=MINOR_UNITS)
    tax_name = ma.fields.String(allow_none=True)
    tax_basis_points = ma.fields.Integer()
    tax_inclusive = ma.fields.Boolean()
    discount = ma.fields.Integer(metadata=MINOR_UNITS)
    net = ma.fields.Integer(metadata=MINOR_UNITS)
    tax = ma.fields.Integer(metadata=MINOR_UNITS)
    total = ma.fields.Integer(metadata=MINOR_UNITS)


class InvoiceSchema(ma.Schema):
    id = ma.fields.Integer()
    number = ma.fields.String(allow_none=True, metadata={"example": "INV-2026-000123"})
    kind = ma.fields.String()
    status = ma.fields.String()
    client_id = ma.fields.Integer()
    client_name = ma.fields.Function(lambda invoice: invoice.client.full_name)
    currency = ma.fields.String()
    issued_on = ma.fields.Date(allow_none=True)
    due_on = ma.fields.Date(allow_none=True)
    subtotal = ma.fields.Integer(metadata=MINOR_UNITS)
    discount_total = ma.fields.Integer(metadata=MINOR_UNITS)
    tax_total = ma.fields.Integer(metadata=MINOR_UNITS)
    total = ma.fields.Integer(metadata=MINOR_UNITS)
    amount_paid = ma.fields.Integer(metadata=MINOR_UNITS)
    amount_credited = ma.fields.Integer(metadata=MINOR_UNITS)
    amount_due = ma.fields.Integer(metadata=MINOR_UNITS)
    credit_note_for_id = ma.fields.Integer(allow_none=True)
    membership_id = ma.fields.Integer(allow_none=True)
    discount_id = ma.fields.Integer(allow_none=True)
    period_start = ma.fields.Date(allow_none=True)
    period_end = ma.fields.Date(allow_none=True)
    paid_at = ma.fields.DateTime(allow_none=True)
    voided_at = ma.fields.DateTime(allow_none=True)
    created_at = ma.fields.DateTime()


class InvoiceDetailSchema(InvoiceSchema):
    lines = ma.fields.List(ma.fields.Nested(InvoiceLineSchema))
    notes = ma.fields.Function(_staff_notes, metadata={"description": "Staff only; null for clients."})
    credit_note_for_number = ma.fields.String(allow_none=True)


class OverdueInvoiceSchema(InvoiceSchema):
    age_days = ma.fields.Integer(metadata={"description": "Days since the due date, in the studio's calendar."})


class PaymentSchema(ma.Schema):
    id = ma.fields.Integer()
    invoice_id = ma.fields.Integer()
    invoice_number = ma.fields.Function(lambda payment: payment.invoice.number)
    client_id = ma.fields.Integer()
    client_name = ma.fields.Function(lambda payment: payment.client.full_name)
    amount = ma.fields.Integer(metadata=MINOR_UNITS)
    amount_refunded = ma.fields.Integer(metadata=MINOR_UNITS)
    currency = ma.fields.String()
    method = ma.fields.String()
    status = ma.fields.String()
    reference = ma.fields.String(allow_none=True)
    failure_message = ma.fields.String(allow_none=True)
    received_at = ma.fields.DateTime()


class RefundSchema(ma.Schema):
    id = ma.fields.Integer()
    payment_id = ma.fields.Integer()
    amount = ma.fields.Integer(metadata=MINOR_UNITS)
    reason = ma.fields.String()
    refunded_at = ma.fields.DateTime()


class SaleSchema(ma.Schema):
    invoice = ma.fields.Nested(InvoiceDetailSchema)
    membership_id = ma.fields.Integer(allow_none=True)
    credits_granted = ma.fields.Integer()


# --- in ---------------------------------------------------------------------------------------------------------


class LineInputSchema(ma.Schema):
    description = Text(max_length=300, required=True)
    unit_price = amount_field(required=True)
    quantity = fields.Integer(load_default=1, minimum=1, maximum=10_000)
    product_id = id_field(allow_none=True)
    session_id = id_field(allow_none=True)
    tax_rate_id = id_field(allow_none=True)


class InvoiceCreateSchema(ma.Schema):
    client_id = id_field(required=True)
    lines = fields.List(ma.fields.Nested(LineInputSchema), required=True, min_items=1, max_items=100)
    discount_id = id_field(allow_none=True)
    due_on = fields.Date(allow_none=True)
    notes = Text(max_length=2000, allow_none=True)
    finalise = ma.fields.Boolean(load_default=False, metadata={"description": "Number it and make it owed now."})


class InvoiceUpdateSchema(ma.Schema):
    """A draft's fields, any subset; `lines` replaces them all."""

    lines = fields.List(ma.fields.Nested(LineInputSchema), min_items=1, max_items=100)
    discount_id = id_field(allow_none=True)
    due_on = fields.Date(allow_none=True)
    notes = Text(max_length=2000, allow_none=True)


class InvoiceQuerySchema(PageArgsSchema):
    status = fields.List(fields.String(validate=ma.validate.OneOf(INVOICE_STATUSES)), max_items=5)
    kind = fields.String(validate=ma.validate.OneOf(INVOICE_KINDS))
    client_id = id_field()
    membership_id = id_field()
    issued_from = fields.Date()
    issued_to = fields.Date()
    overdue = ma.fields.Boolean(metadata={"description": "Only open invoices past their due date."})
    number = Text(max_length=32, metadata={"description": "Part of the number."})


class OverdueQuerySchema(PageArgsSchema):
    client_id = id_field()


class CreditLineSchema(ma.Schema):
    line_id = fields.Integer(required=True, minimum=1, maximum=2**53)
    amount = fields.Integer(required=True, minimum=1, maximum=MAX_INVOICE_GROSS, metadata=MINOR_UNITS)


class CreditNoteCreateSchema(ma.Schema):
    reason = Text(max_length=2000, required=True)
    lines = fields.List(
        ma.fields.Nested(CreditLineSchema),
        min_items=1,
        max_items=100,
        metadata={"description": "Amounts (tax included) to credit per line; left out, the whole invoice."},
    )


class PaymentCreateSchema(ma.Schema):
    amount = fields.Integer(required=True, minimum=1, maximum=MAX_INVOICE_GROSS, metadata=MINOR_UNITS)
    method = fields.String(required=True, validate=ma.validate.OneOf(MANUAL_METHODS))
    reference = Text(max_length=200, allow_none=True)
    received_at = fields.DateTime(allow_none=True)
    currency = Currency(metadata={"description": "When given, must be the invoice's."})


class PaymentQuerySchema(PageArgsSchema):
    client_id = id_field()
    invoice_id = id_field()
    method = fields.String(validate=ma.validate.OneOf(PAYMENT_METHODS))
    status = fields.String(validate=ma.validate.OneOf(PAYMENT_STATUSES))
    received_from = fields.Date(metadata={"description": "From this day, in the studio's zone."})
    received_to = fields.Date(metadata={"description": "To this day included, in the studio's zone."})


class RefundCreateSchema(ma.Schema):
    amount = fields.Integer(required=True, minimum=1, maximum=MAX_INVOICE_GROSS, metadata=MINOR_UNITS)
    reason = Text(max_length=500, required=True)


class PaidSchema(ma.Schema):
    method = fields.String(required=True, validate=ma.validate.OneOf(MANUAL_METHODS))
    reference = Text(max_length=200, allow_none=True)


class SaleCreateSchema(ma.Schema):
    product_id = id_field(required=True)
    discount_id = id_field(allow_none=True)
    quantity = fields.Integer(load_default=1, minimum=1, maximum=100)
    paid = ma.fields.Nested(PaidSchema, allow_none=True, metadata={"description": "Paid on the spot: how."})
