from __future__ import annotations

import marshmallow as ma

from fitnesscrm.billing.models import DISCOUNT_DURATIONS, INTERVALS, PRODUCT_KINDS
from fitnesscrm.billing.settings.schemas import amount_field
from fitnesscrm.core import fields
from fitnesscrm.core.fields import Text, id_field
from fitnesscrm.core.pagination import PageArgsSchema
from fitnesscrm.scheduling.models import KINDS as SESSION_KINDS

ARCHIVED = "True archives it (it can no longer be sold or chosen); false brings it back."


class _CatalogueArgsSchema(PageArgsSchema):
    status = fields.String(load_default="active", validate=ma.validate.OneOf(("active", "archived", "all")))
    q = Text(max_length=80, metadata={"description": "Part of the name."})


class ProductQuerySchema(_CatalogueArgsSchema):
    kind = fields.String(validate=ma.validate.OneOf(PRODUCT_KINDS))


class TaxRateQuerySchema(_CatalogueArgsSchema):
    pass


class DiscountQuerySchema(_CatalogueArgsSchema):
    pass


class ProductSchema(ma.Schema):
    id = ma.fields.Integer()
    kind = ma.fields.String()
    name = ma.fields.String()
    description = ma.fields.String(allow_none=True)
    price = ma.fields.Integer(metadata={"description": "Minor units of the studio's currency."})
    tax_rate_id = ma.fields.Integer(allow_none=True)
    tax_rate_name = ma.fields.Function(lambda product: product.tax_rate.name if product.tax_rate else None)
    session_kinds = ma.fields.List(ma.fields.String())
    session_count = ma.fields.Integer(allow_none=True)
    valid_days = ma.fields.Integer(allow_none=True)
    interval = ma.fields.String(allow_none=True)
    sessions_per_period = ma.fields.Integer(allow_none=True)
    minimum_term_periods = ma.fields.Integer()
    notice_days = ma.fields.Integer()
    archived_at = ma.fields.DateTime(allow_none=True)


class _ProductFieldsSchema(ma.Schema):
    name = Text(max_length=120, required=True)
    description = Text(max_length=1000, allow_none=True)
    price = amount_field(required=True)
    tax_rate_id = id_field(allow_none=True)
    session_kinds = fields.List(fields.String(validate=ma.validate.OneOf(SESSION_KINDS)), max_items=len(SESSION_KINDS))
    session_count = fields.Integer(minimum=1, maximum=1000, allow_none=True)
    valid_days = fields.Integer(minimum=1, maximum=3660, allow_none=True)
    interval = fields.String(validate=ma.validate.OneOf(INTERVALS), allow_none=True)
    sessions_per_period = fields.Integer(minimum=1, maximum=1000, allow_none=True)
    minimum_term_periods = fields.Integer(minimum=0, maximum=120)
    notice_days = fields.Integer(minimum=0, maximum=365)


class ProductCreateSchema(_ProductFieldsSchema):
    kind = fields.String(required=True, validate=ma.validate.OneOf(PRODUCT_KINDS))


class ProductUpdateSchema(_ProductFieldsSchema):
    """Any subset of the fields (the kind stays); load it with partial=True."""

    archived = ma.fields.Boolean(metadata={"description": ARCHIVED})


class TaxRateSchema(ma.Schema):
    id = ma.fields.Integer()
    name = ma.fields.String()
    basis_points = ma.fields.Integer(metadata={"description": "2000 is 20%."})
    inclusive = ma.fields.Boolean()
    archived_at = ma.fields.DateTime(allow_none=True)


class TaxRateCreateSchema(ma.Schema):
    name = Text(max_length=80, required=True)
    basis_points = fields.Integer(required=True, minimum=0, maximum=10_000, metadata={"description": "2000 is 20%."})
    inclusive = ma.fields.Boolean(
        load_default=False, metadata={"description": "True: prices include the tax (VAT); false: it is added on top."}
    )


class TaxRateUpdateSchema(TaxRateCreateSchema):
    """Any subset of the fields; load it with partial=True."""

    inclusive = ma.fields.Boolean()
    archived = ma.fields.Boolean(metadata={"description": ARCHIVED})


class DiscountSchema(ma.Schema):
    id = ma.fields.Integer()
    name = ma.fields.String()
    basis_points = ma.fields.Integer(allow_none=True, metadata={"description": "Percent off: 1000 is 10%."})
    amount = ma.fields.Integer(allow_none=True, metadata={"description": "Minor units off."})
    duration = ma.fields.String()
    duration_periods = ma.fields.Integer(allow_none=True)
    archived_at = ma.fields.DateTime(allow_none=True)


class DiscountCreateSchema(ma.Schema):
    name = Text(max_length=80, required=True)
    basis_points = fields.Integer(minimum=1, maximum=10_000, allow_none=True, metadata={"description": "1000 is 10%."})
    amount = amount_field(allow_none=True)
    duration = fields.String(load_default="once", validate=ma.validate.OneOf(DISCOUNT_DURATIONS))
    duration_periods = fields.Integer(minimum=1, maximum=120, allow_none=True)

    @ma.validates_schema
    def _percent_or_amount(self, data, partial=False, **_kwargs):
        if partial:
            return
        if (data.get("basis_points") is None) == (data.get("amount") is None):
            raise ma.ValidationError("Give basis_points or amount, not both.", "basis_points")


class DiscountUpdateSchema(DiscountCreateSchema):
    """Any subset of the fields; load it with partial=True."""

    duration = fields.String(validate=ma.validate.OneOf(DISCOUNT_DURATIONS))
    archived = ma.fields.Boolean(metadata={"description": ARCHIVED})
