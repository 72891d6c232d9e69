"""Invoice lines from what a caller asks for: checked, taxed as their rate is today, the discount spread over them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from fitnesscrm.billing import money
from fitnesscrm.billing.models import Discount, InvoiceLine, Product, TaxRate
from fitnesscrm.errors import ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.scheduling.models import Session

MAX_LINES = 100
MAX_UNIT_PRICE = 10_000_000
MAX_QUANTITY = 10_000
# Amounts are 32-bit integers in the database: an invoice stays well below 2**31 minor units.
MAX_INVOICE_GROSS = 1_000_000_000


@dataclass(frozen=True)
class LineInput:
    """One line to invoice, `unit_price` in minor units; without `tax_rate_id`, a product's line takes its rate."""

    description: str
    unit_price: int
    quantity: int = 1
    product_id: int | None = None
    session_id: int | None = None
    tax_rate_id: int | None = None


def _check_line(index: int, line: LineInput) -> None:
    problems = []
    if not (line.description or "").strip() or len(line.description) > 300:
        problems.append("A description of 1 to 300 characters.")
    if not isinstance(line.unit_price, int) or not 0 <= line.unit_price <= MAX_UNIT_PRICE:
        problems.append(f"unit_price must be a whole number of minor units from 0 to {MAX_UNIT_PRICE}.")
    if not isinstance(line.quantity, int) or not 1 <= line.quantity <= MAX_QUANTITY:
        problems.append(f"quantity must be from 1 to {MAX_QUANTITY}.")
    if problems:
        raise ValidationError("A line is not valid.", fields={"lines": {str(index): problems}})


def _by_id(model, organization_id: int, ids: set[int]) -> dict[int, Any]:
    if not ids:
        return {}
    rows = db.session.scalars(sa.select(model).where(model.organization_id == organization_id, model.id.in_(ids)))
    return {row.id: row for row in rows}


def build_lines(organization_id: int, inputs: Sequence[LineInput], discount: Discount | None) -> list[InvoiceLine]:
    """Invoice lines for `inputs`: tax copied from each rate, the invoice's discount spread over them before tax."""
    if not inputs:
        raise ValidationError("An invoice needs at least one line.", fields={"lines": ["At least one line."]})
    if len(inputs) > MAX_LINES:
        raise ValidationError("Too many lines.", fields={"lines": [f"At most {MAX_LINES} lines."]})
    for index, line in enumerate(inputs):
        _check_line(index, line)
    products = _by_id(Product, organization_id, {line.product_id for line in inputs if line.product_id})
    sessions = _by_id(Session, organization_id, {line.session_id for line in inputs if line.session_id})
    rate_ids = {line.tax_rate_id for line in inputs if line.tax_rate_id}
    rate_ids |= {p.tax_rate_id for p in products.values() if p.tax_rate_id}
    rates = _by_id(TaxRate, organization_id, rate_ids)
    lines = []
    for position, line in enumerate(inputs):
        if line.product_id and line.product_id not in products:
            raise ValidationError("No such product.", fields={"lines": {str(position): ["No such product."]}})
        if line.session_id and line.session_id not in sessions:
            raise ValidationError("No such session.", fields={"lines": {str(position): ["No such session."]}})
        rate_id = line.tax_rate_id or (products[line.product_id].tax_rate_id if line.product_id else None)
        rate = rates.get(rate_id) if rate_id else None
        if rate_id and (rate is None or (line.tax_rate_id and rate.archived_at is not None)):
            raise ValidationError("No such tax rate.", fields={"lines": {str(position): ["No such tax rate."]}})
        lines.append(
            InvoiceLine(
                organization_id=organization_id, position=position, description=line.description.strip(),
                product_id=line.product_id, session_id=line.session_id, quantity=line.quantity,
                unit_price=line.unit_price, discount=0, tax_name=rate.name if rate else None,
                tax_basis_points=rate.basis_points if rate else 0, tax_inclusive=rate.inclusive if rate else False,
            )
        )  # fmt: skip
    if sum(line.quantity * line.unit_price for line in lines) > MAX_INVOICE_GROSS:
        raise ValidationError(
            "An invoice comes to at most 1,000,000,000 minor units (10 million in a two-decimal currency).",
            fields={"lines": ["Too large in total."]},
        )
    spread_discount(lines, discount)
    return lines


def spread_discount(lines: Sequence[InvoiceLine], discount: Discount | None) -> None:
    """The invoice-wide discount over its lines in proportion to their gross, before tax; none clears it."""
    gross = [line.quantity * line.unit_price for line in lines]
    off = 0
    if discount is not None:
        off = money.discount_amount(gross=sum(gross), basis_points=discount.basis_points, amount=discount.amount)
    for line, share in zip(lines, money.spread(off, gross), strict=True):
        line.discount = share
