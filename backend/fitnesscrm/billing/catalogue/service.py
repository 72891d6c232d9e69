"""The catalogue: products, tax rates and discounts; staff read them, owners and admins change them.

Something already sold (a product on an invoice line, a membership or a credit grant; a tax
rate on a product; a discount on an invoice or a membership) is archived instead of deleted,
so the records that name it keep their meaning. Invoice lines copy the price and the tax when
written, so changing a product or a rate never changes an invoice already made.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from fitnesscrm.billing import money
from fitnesscrm.billing.events import (
    DiscountAdded,
    DiscountDeleted,
    DiscountEvent,
    ProductAdded,
    ProductChanged,
    ProductDeleted,
    TaxRateAdded,
    TaxRateDeleted,
    TaxRateEvent,
)
from fitnesscrm.billing.models import CreditEntry, Discount, Invoice, InvoiceLine, Membership, Product, TaxRate
from fitnesscrm.billing.settings.service import get_settings
from fitnesscrm.core import events
from fitnesscrm.core.changes import created, deleted, diff
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal, Role, scoped
from fitnesscrm.errors import NotFound, ValidationError
from fitnesscrm.extensions import db

STATUSES = ("active", "archived", "all")


def _filtered(stmt: sa.Select, model, *, status: str, q: str | None) -> sa.Select:
    if status == "active":
        stmt = stmt.where(model.archived_at.is_(None))
    elif status == "archived":
        stmt = stmt.where(model.archived_at.is_not(None))
    if q:
        escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(model.name.ilike(f"%{escaped}%", escape="\\"))
    return stmt


def _one(model, actor: Principal, row_id: int, noun: str, *, options=()) -> Any:
    row = db.session.scalars(scoped(model, actor).where(model.id == row_id).options(*options)).one_or_none()
    if row is None:
        raise NotFound(f"No such {noun}.")
    return row


def _now() -> datetime:
    return datetime.now(UTC)


# --- products -------------------------------------------------------------------------------------------------


def _product_view(product: Product, currency: str) -> dict[str, Any]:
    """A product as the activity log shows it: the price as it reads, the tax rate by name."""
    return {
        "name": product.name,
        "kind": product.kind,
        "price": money.format_money(product.price, currency),
        "description": product.description,
        "session_kinds": list(product.session_kinds or []),
        "session_count": product.session_count,
        "valid_days": product.valid_days,
        "interval": product.interval,
        "sessions_per_period": product.sessions_per_period,
        "minimum_term_periods": product.minimum_term_periods,
        "notice_days": product.notice_days,
        "tax_rate": product.tax_rate.name if product.tax_rate_id and product.tax_rate else None,
        "archived_at": product.archived_at.isoformat() if product.archived_at else None,
    }


def get_all_products(
    *,
    actor: Principal,
    page: int = 1,
    per_page: int = 25,
    kind: str | None = None,
    status: str = "active",
    q: str | None = None,
) -> Page:
    """One page of products by name; clients see only active ones (what they may buy)."""
    if actor.role == Role.CLIENT:
        status = "active"
    stmt = _filtered(scoped(Product, actor), Product, status=status, q=q)
    if kind:
        stmt = stmt.where(Product.kind == kind)
    stmt = stmt.options(joinedload(Product.tax_rate)).order_by(Product.name, Product.id)
    return paginate(stmt, page=page, per_page=per_page)


def get_product(*, actor: Principal, product_id: int) -> Product:
    """One product (clients: an active one)."""
    product = _one(Product, actor, product_id, "product", options=(joinedload(Product.tax_rate),))
    if actor.role == Role.CLIENT and product.archived_at is not None:
        raise NotFound("No such product.")
    return product


def _tax_rate(actor: Principal, tax_rate_id: int | None) -> TaxRate | None:
    if tax_rate_id is None:
        return None
    rate = db.session.scalars(scoped(TaxRate, actor).where(TaxRate.id == tax_rate_id)).one_or_none()
    if rate is None or rate.archived_at is not None:
        raise ValidationError("No such tax rate.", fields={"tax_rate_id": ["No such tax rate, or it is archived."]})
    return rate


def _check_product(product: Product) -> None:
    """The kind's own rules, said per field before the database's check constraints would refuse them."""
    problems: dict[str, list[str]] = {}
    if product.kind == "pack":
        if not product.session_count:
            problems["session_count"] = ["A pack needs its number of sessions."]
        if not product.valid_days:
            problems["valid_days"] = ["A pack needs the days its sessions stay usable."]
    if product.kind == "membership" and not product.interval:
        problems["interval"] = ["A membership needs its billing interval: week, month or year."]
    if product.kind == "drop_in" and len(product.session_kinds or []) != 1:
        problems["session_kinds"] = ["A drop-in price is for exactly one kind of session."]
    if problems:
        raise ValidationError("The product is missing what its kind needs.", fields=problems)


def create_product(*, actor: Principal, **fields: Any) -> Product:
    """Add a product to the catalogue (owner, admin)."""
    actor.require(Role.OWNER, Role.ADMIN)
    product = Product(organization_id=actor.organization_id, **fields)
    product.tax_rate = _tax_rate(actor, fields.get("tax_rate_id"))
    _check_product(product)
    db.session.add(product)
    db.session.flush()
    currency = get_settings(actor.organization_id).currency
    events.record_by(
        actor, ProductAdded, entity_id=product.id, label=product.name, changes=created(_product_view(product, currency))
    )
    db.session.commit()
    return get_product(actor=actor, product_id=product.id)


def product_in_use(product_id: int) -> bool:
    """Whether anything was sold as this product: an invoice line, a membership or a credit grant names it."""
    return db.session.scalar(
        sa.select(
            sa.exists().where(InvoiceLine.product_id == product_id)
            | sa.exists().where(Membership.product_id == product_id)
            | sa.exists().where(CreditEntry.product_id == product_id)
        )
    )


def update_product(*, actor: Principal, product_id: int, **fields: Any) -> Product:
    """Change a product, archive it (`archived: true`) or bring it back (owner, admin); sold ones keep their kind."""
    actor.require(Role.OWNER, Role.ADMIN)
    product = _one(Product, actor, product_id, "product", options=(joinedload(Product.tax_rate),))
    currency = get_settings(actor.organization_id).currency
    before = _product_view(product, currency)
    archived = fields.pop("archived", None)
    if "tax_rate_id" in fields and fields["tax_rate_id"] != product.tax_rate_id:
        product.tax_rate = _tax_rate(actor, fields["tax_rate_id"])
    for name, value in fields.items():
        setattr(product, name, value)
    if archived is not None:
        product.archived_at = (product.archived_at or _now()) if archived else None
    _check_product(product)
    changes = diff(before, _product_view(product, currency))
    if changes:
        events.record_by(actor, ProductChanged, entity_id=product.id, label=product.name, changes=changes)
    db.session.commit()
    return get_product(actor=actor, product_id=product.id)


def delete_product(*, actor: Principal, product_id: int) -> None:
    """Delete a product never sold; one that was sold is archived instead (owner, admin)."""
    actor.require(Role.OWNER, Role.ADMIN)
    product = _one(Product, actor, product_id, "product", options=(joinedload(Product.tax_rate),))
    if product_in_use(product.id):
        update_product(actor=actor, product_id=product.id, archived=True)
        return
    currency = get_settings(actor.organization_id).currency
    changes = deleted(_product_view(product, currency))
    events.record_by(actor, ProductDeleted, entity_id=product.id, label=product.name, changes=changes)
    db.session.delete(product)
    db.session.commit()


# --- tax rates ------------------------------------------------------------------------------------------------


def _rate_view(rate: TaxRate) -> dict[str, Any]:
    percent = f"{rate.basis_points / 100:.2f}".rstrip("0").rstrip(".")
    return {
        "name": rate.name,
        "rate": f"{percent}% {'included in prices' if rate.inclusive else 'added to prices'}",
        "archived_at": rate.archived_at.isoformat() if rate.archived_at else None,
    }


def get_all_tax_rates(*, actor: Principal, page: int = 1, per_page: int = 25, status: str = "active",
                      q: str | None = None) -> Page:  # fmt: skip
    """One page of tax rates by name (staff)."""
    stmt = _filtered(scoped(TaxRate, actor), TaxRate, status=status, q=q).order_by(TaxRate.name, TaxRate.id)
    return paginate(stmt, page=page, per_page=per_page)


def get_tax_rate(*, actor: Principal, tax_rate_id: int) -> TaxRate:
    """One tax rate (staff)."""
    return _one(TaxRate, actor, tax_rate_id, "tax rate")


def create_tax_rate(*, actor: Principal, **fields: Any) -> TaxRate:
    """Add a tax rate (owner, admin)."""
    actor.require(Role.OWNER, Role.ADMIN)
    rate = TaxRate(organization_id=actor.organization_id, **fields)
    db.session.add(rate)
    db.session.flush()
    events.record_by(actor, TaxRateAdded, entity_id=rate.id, label=rate.name, changes=created(_rate_view(rate)))
    db.session.commit()
    return rate


def update_tax_rate(*, actor: Principal, tax_rate_id: int, **fields: Any) -> TaxRate:
    """Change, archive or restore a tax rate (owner, admin); invoices already written keep the old rate."""
    actor.require(Role.OWNER, Role.ADMIN)
    rate = _one(TaxRate, actor, tax_rate_id, "tax rate")
    before = _rate_view(rate)
    archived = fields.pop("archived", None)
    for name, value in fields.items():
        setattr(rate, name, value)
    if archived is not None:
        rate.archived_at = (rate.archived_at or _now()) if archived else None
    changes = diff(before, _rate_view(rate))
    if changes:
        events.record_by(actor, TaxRateEvent, entity_id=rate.id, label=rate.name, changes=changes)
    db.session.commit()
    return rate


def delete_tax_rate(*, actor: Principal, tax_rate_id: int) -> None:
    """Delete a tax rate no product uses; one in use is archived instead (owner, admin)."""
    actor.require(Role.OWNER, Role.ADMIN)
    rate = _one(TaxRate, actor, tax_rate_id, "tax rate")
    if db.session.scalar(sa.select(sa.exists().where(Product.tax_rate_id == rate.id))):
        update_tax_rate(actor=actor, tax_rate_id=rate.id, archived=True)
        return
    events.record_by(actor, TaxRateDeleted, entity_id=rate.id, label=rate.name, changes=deleted(_rate_view(rate)))
    db.session.delete(rate)
    db.session.commit()


# --- discounts ------------------------------------------------------------------------------------------------


def describe_discount(discount: Discount, currency: str) -> str:
    """ "10% off, for 3 periods" / "$5.00 off, once": how a discount reads."""
    if discount.basis_points is not None:
        off = f"{discount.basis_points / 100:.2f}".rstrip("0").rstrip(".") + "% off"
    else:
        off = f"{money.format_money(discount.amount or 0, currency)} off"
    if discount.duration == "repeating":
        periods = discount.duration_periods
        return f"{off}, for {periods} period{'s' if periods != 1 else ''}"
    return f"{off}, {'once' if discount.duration == 'once' else 'every period'}"


def _discount_view(discount: Discount, currency: str) -> dict[str, Any]:
    return {
        "name": discount.name,
        "terms": describe_discount(discount, currency),
        "archived_at": discount.archived_at.isoformat() if discount.archived_at else None,
    }


def _check_discount(discount: Discount) -> None:
    if (discount.basis_points is None) == (discount.amount is None):
        raise ValidationError(
            "A discount is either a percentage or an amount.",
            fields={"basis_points": ["Give basis_points or amount, not both."]},
        )
    if discount.duration == "repeating" and not discount.duration_periods:
        raise ValidationError(
            "A repeating discount needs its number of periods.",
            fields={"duration_periods": ["Required when duration is repeating."]},
        )
    if discount.duration != "repeating":
        discount.duration_periods = None


def get_all_discounts(*, actor: Principal, page: int = 1, per_page: int = 25, status: str = "active",
                      q: str | None = None) -> Page:  # fmt: skip
    """One page of discounts by name (staff)."""
    stmt = _filtered(scoped(Discount, actor), Discount, status=status, q=q).order_by(Discount.name, Discount.id)
    return paginate(stmt, page=page, per_page=per_page)


def get_discount(*, actor: Principal, discount_id: int) -> Discount:
    """One discount (staff)."""
    return _one(Discount, actor, discount_id, "discount")


def usable_discount(*, organization_id: int, discount_id: int | None) -> Discount | None:
    """The studio's active discount by id, for a sale or an invoice; a validation error otherwise."""
    if discount_id is None:
        return None
    discount = db.session.scalars(
        sa.select(Discount).where(Discount.organization_id == organization_id, Discount.id == discount_id)
    ).one_or_none()
    if discount is None or discount.archived_at is not None:
        raise ValidationError("No such discount.", fields={"discount_id": ["No such discount, or it is archived."]})
    return discount


def create_discount(*, actor: Principal, **fields: Any) -> Discount:
    """Add a discount (owner, admin)."""
    actor.require(Role.OWNER, Role.ADMIN)
    discount = Discount(organization_id=actor.organization_id, **fields)
    _check_discount(discount)
    db.session.add(discount)
    db.session.flush()
    currency = get_settings(actor.organization_id).currency
    events.record_by(
        actor, DiscountAdded, entity_id=discount.id, label=discount.name,
        changes=created(_discount_view(discount, currency)),
    )  # fmt: skip
    db.session.commit()
    return discount


def update_discount(*, actor: Principal, discount_id: int, **fields: Any) -> Discount:
    """Change, archive or restore a discount (owner, admin)."""
    actor.require(Role.OWNER, Role.ADMIN)
    discount = _one(Discount, actor, discount_id, "discount")
    currency = get_settings(actor.organization_id).currency
    before = _discount_view(discount, currency)
    archived = fields.pop("archived", None)
    if "basis_points" in fields and fields["basis_points"] is not None:
        discount.amount = None
    if "amount" in fields and fields["amount"] is not None:
        discount.basis_points = None
    for name, value in fields.items():
        setattr(discount, name, value)
    if archived is not None:
        discount.archived_at = (discount.archived_at or _now()) if archived else None
    _check_discount(discount)
    changes = diff(before, _discount_view(discount, currency))
    if changes:
        events.record_by(actor, DiscountEvent, entity_id=discount.id, label=discount.name, changes=changes)
    db.session.commit()
    return discount


def delete_discount(*, actor: Principal, discount_id: int) -> None:
    """Delete a discount never used; one on an invoice or a membership is archived instead (owner, admin)."""
    actor.require(Role.OWNER, Role.ADMIN)
    discount = _one(Discount, actor, discount_id, "discount")
    used = db.session.scalar(
        sa.select(
            sa.exists().where(Invoice.discount_id == discount.id)
            | sa.exists().where(Membership.discount_id == discount.id)
        )
    )
    if used:
        update_discount(actor=actor, discount_id=discount.id, archived=True)
        return
    currency = get_settings(actor.organization_id).currency
    events.record_by(
        actor, DiscountDeleted, entity_id=discount.id, label=discount.name,
        changes=deleted(_discount_view(discount, currency)),
    )  # fmt: skip
    db.session.delete(discount)
    db.session.commit()
