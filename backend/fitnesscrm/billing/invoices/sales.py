"""Selling a product to a client: the invoice, and what the product gives (credits, a membership).

A pack is invoiced and its credits granted at once, usable for the pack's `valid_days` from the
sale (`billing.credits.service.grant`); a drop-in or an item is invoiced; a membership is started
by `billing.memberships.service.start`, which invoices its first period through `create_invoice`.
Paid on the spot (`paid`), the invoice's amount is recorded as a payment in the same transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from fitnesscrm.billing.invoices import service as invoices
from fitnesscrm.billing.invoices.payments import record_payment
from fitnesscrm.billing.invoices.state import outstanding
from fitnesscrm.billing.models import Invoice, Product
from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core.tenancy import Principal, Role, scoped
from fitnesscrm.errors import NotFound, ValidationError
from fitnesscrm.extensions import db


def _product(actor: Principal, product_id: int) -> Product:
    product = db.session.scalars(scoped(Product, actor).where(Product.id == product_id)).one_or_none()
    if product is None or product.archived_at is not None:
        raise ValidationError("No such product.", fields={"product_id": ["No such product, or it is archived."]})
    return product


def sell(
    *,
    actor: Principal,
    client_id: int,
    product_id: int,
    discount_id: int | None = None,
    quantity: int = 1,
    paid: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Sell a product to a client (owner, admin): `{"invoice", "membership_id", "credits_granted"}`; commits."""
    actor.require(Role.OWNER, Role.ADMIN)
    client = db.session.scalars(clients.visible(actor).where(Client.id == client_id)).one_or_none()
    if client is None:
        raise NotFound("No such client.")
    product = _product(actor, product_id)
    membership_id, granted = None, 0
    if product.kind == "membership":
        if quantity != 1:
            raise ValidationError("A membership is sold one at a time.", fields={"quantity": ["Must be 1."]})
        from fitnesscrm.billing.memberships import service as memberships  # part B: memberships and their periods

        membership = memberships.start(
            actor=actor, organization_id=actor.organization_id, client_id=client.id, product_id=product.id,
            discount_id=discount_id,
        )  # fmt: skip
        membership_id = membership.id
        invoice = db.session.scalars(
            sa.select(Invoice)
            .where(Invoice.organization_id == actor.organization_id, Invoice.membership_id == membership.id)
            .order_by(Invoice.id.desc())
            .limit(1)
        ).one()
    else:
        line = invoices.LineInput(
            description=product.name, unit_price=product.price, quantity=quantity, product_id=product.id
        )
        invoice = invoices.create_invoice(
            actor=actor, organization_id=actor.organization_id, client_id=client.id, lines=[line],
            discount_id=discount_id, finalise=True,
        )  # fmt: skip
        if product.kind == "pack":
            from fitnesscrm.billing.credits import service as credits  # part B: the credit ledger

            granted = product.session_count * quantity
            credits.grant(
                actor=actor, organization_id=actor.organization_id, client_id=client.id, quantity=granted,
                session_kinds=list(product.session_kinds or []),
                expires_at=datetime.now(UTC) + timedelta(days=product.valid_days), product_id=product.id,
                invoice_id=invoice.id, note=f"{product.name} sold",
            )  # fmt: skip
    if paid is not None and outstanding(invoice) > 0:
        # record_payment commits the sale with the payment.
        record_payment(
            actor=actor, organization_id=actor.organization_id, invoice_id=invoice.id, amount=outstanding(invoice),
            method=paid["method"], reference=paid.get("reference"),
        )  # fmt: skip
    else:
        db.session.commit()
    return {
        "invoice": invoices.get(actor=actor, invoice_id=invoice.id),
        "membership_id": membership_id,
        "credits_granted": granted,
    }
