"""The reports' query arguments and answers; amounts are integers in minor units of `currency`."""

from __future__ import annotations

import marshmallow as ma

from fitnesscrm.billing import payment_methods
from fitnesscrm.billing.reports.context import GROUPS
from fitnesscrm.core import fields
from fitnesscrm.core.exports import FORMATS
from fitnesscrm.core.pagination import PageArgsSchema, PageMetaSchema

AS_FILE = "`csv` or `xlsx` for a download; the JSON answer when left out."


FROM_DESCRIPTION = "First day, in the studio's zone (default: the first of the month eleven months ago)."


def _format_field() -> fields.String:
    return fields.String(data_key="format", validate=ma.validate.OneOf(FORMATS), metadata={"description": AS_FILE})


class RangeArgsSchema(fields.QuerySchema):
    from_ = fields.Date(data_key="from", metadata={"description": FROM_DESCRIPTION})
    to = fields.Date(metadata={"description": "Last day, included (default: today in the studio's zone)."})
    file_format = _format_field()


class RevenueArgsSchema(RangeArgsSchema):
    group = fields.String(
        load_default="month", validate=ma.validate.OneOf(GROUPS), metadata={"description": "Per day, week or month."}
    )


class ReceivablesArgsSchema(fields.QuerySchema):
    to = fields.Date(metadata={"description": "What was owed at the end of this day (default: today)."})
    file_format = _format_field()


class RefundsArgsSchema(RangeArgsSchema, PageArgsSchema):
    pass


class _ReportSchema(ma.Schema):
    currency = ma.fields.String(required=True, metadata={"example": "USD"})
    from_ = ma.fields.Date(data_key="from", attribute="first", required=True)
    to = ma.fields.Date(attribute="last", required=True)


class PeriodRevenueSchema(ma.Schema):
    period = ma.fields.Date(required=True, metadata={"description": "The period's first day."})
    label = ma.fields.String(required=True, metadata={"example": "March 2026"})
    received = ma.fields.Integer(required=True)
    refunded = ma.fields.Integer(required=True)
    net = ma.fields.Integer(required=True)
    payments = ma.fields.Integer(required=True)
    refunds = ma.fields.Integer(required=True)


class RevenueSchema(_ReportSchema):
    group = ma.fields.String(required=True)
    received = ma.fields.Integer(required=True)
    refunded = ma.fields.Integer(required=True)
    net = ma.fields.Integer(required=True)
    periods = ma.fields.List(ma.fields.Nested(PeriodRevenueSchema), required=True)


class ProductRevenueSchema(ma.Schema):
    product_id = ma.fields.Integer(allow_none=True, metadata={"description": "None for lines that name no product."})
    name = ma.fields.String(required=True, metadata={"example": "10-session pack"})
    kind = ma.fields.String(allow_none=True)
    quantity = ma.fields.Integer(required=True, metadata={"description": "Units on invoices issued in the range."})
    invoiced = ma.fields.Integer(required=True, metadata={"description": "Invoiced in the range, less credit notes."})
    collected = ma.fields.Integer(required=True, metadata={"description": "Its share of the revenue of the range."})


class RevenueByProductSchema(_ReportSchema):
    collected = ma.fields.Integer(required=True)
    products = ma.fields.List(ma.fields.Nested(ProductRevenueSchema), required=True)


class TrainerRevenueSchema(ma.Schema):
    trainer_id = ma.fields.Integer(required=True)
    name = ma.fields.String(required=True)
    sessions = ma.fields.Integer(required=True, metadata={"description": "Sessions delivered (marked completed)."})
    attendances = ma.fields.Integer(required=True, metadata={"description": "Clients on them."})
    revenue = ma.fields.Integer(required=True)
    from_drop_ins = ma.fields.Integer(required=True)
    from_credits = ma.fields.Integer(required=True)
    from_memberships = ma.fields.Integer(required=True)
    from_prices = ma.fields.Integer(required=True)


class RevenueByTrainerSchema(_ReportSchema):
    revenue = ma.fields.Integer(required=True)
    trainers = ma.fields.List(ma.fields.Nested(TrainerRevenueSchema), required=True)


class MonthMrrSchema(ma.Schema):
    month = ma.fields.Date(required=True, metadata={"description": "The month's first day."})
    label = ma.fields.String(required=True, metadata={"example": "March 2026"})
    mrr = ma.fields.Integer(required=True, metadata={"description": "At the month's end."})
    members = ma.fields.Integer(required=True, metadata={"description": "Clients paying it."})
    new = ma.fields.Integer(required=True)
    expansion = ma.fields.Integer(required=True)
    contraction = ma.fields.Integer(required=True)
    churned = ma.fields.Integer(required=True)


class MrrSchema(_ReportSchema):
    months = ma.fields.List(ma.fields.Nested(MonthMrrSchema), required=True)


class AgeBucketSchema(ma.Schema):
    key = ma.fields.String(required=True, metadata={"example": "days_31_60"})
    label = ma.fields.String(required=True, metadata={"example": "31–60 days"})
    invoices = ma.fields.Integer(required=True)
    amount = ma.fields.Integer(required=True)


class ReceivablesSchema(ma.Schema):
    currency = ma.fields.String(required=True)
    on = ma.fields.Date(required=True, metadata={"description": "Owed at the end of this day."})
    total = ma.fields.Integer(required=True)
    buckets = ma.fields.List(ma.fields.Nested(AgeBucketSchema), required=True)


class RefundReportRowSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    refunded_at = ma.fields.DateTime(required=True)
    amount = ma.fields.Integer(required=True)
    reason = ma.fields.String(required=True)
    client_name = ma.fields.String(required=True)
    invoice_number = ma.fields.String(allow_none=True)
    method = ma.fields.String(required=True, metadata={"example": "card_terminal"})
    method_label = ma.fields.Function(
        lambda row: payment_methods.name(row.method), metadata={"type": "string", "example": "Card terminal"}
    )
    payment_amount = ma.fields.Integer(required=True)
    refunded_by = ma.fields.String(allow_none=True)


class RefundsSchema(_ReportSchema):
    count = ma.fields.Integer(required=True)
    amount = ma.fields.Integer(required=True)
    items = ma.fields.List(ma.fields.Nested(RefundReportRowSchema), required=True)
    meta = ma.fields.Nested(PageMetaSchema, required=True)
