"""Refunds made in a range: who was refunded, for which invoice, how much, why and by whom."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.billing.models import Invoice, Payment, Refund
from fitnesscrm.billing.reports.context import DayRange, Studio
from fitnesscrm.clients.models import Client
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.extensions import db


@dataclass(frozen=True)
class RefundsReport:
    count: int
    amount: int
    page: Page


def _rows(studio: Studio, days: DayRange) -> sa.Select:
    refunder = sa.orm.aliased(User)
    return (
        sa.select(
            Refund.id,
            Refund.refunded_at,
            Refund.amount,
            Refund.reason,
            (Client.first_name + " " + Client.last_name).label("client_name"),
            Invoice.number.label("invoice_number"),
            Payment.method,
            Payment.amount.label("payment_amount"),
            (refunder.first_name + " " + refunder.last_name).label("refunded_by"),
        )
        .join(Payment, Payment.id == Refund.payment_id)
        .join(Invoice, Invoice.id == Payment.invoice_id)
        .join(Client, Client.id == Payment.client_id)
        .outerjoin(refunder, refunder.id == Refund.created_by_id)
        .where(
            Refund.organization_id == studio.organization_id,
            Refund.refunded_at >= days.start,
            Refund.refunded_at < days.end,
        )
        .order_by(Refund.refunded_at.desc(), Refund.id.desc())
    )


def listed(*, studio: Studio, days: DayRange, page: int, per_page: int) -> RefundsReport:
    """The refunds made in the range, latest first, one page of them, with their count and sum: three statements."""
    count, amount = db.session.execute(
        sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(Refund.amount), 0)).where(
            Refund.organization_id == studio.organization_id,
            Refund.refunded_at >= days.start,
            Refund.refunded_at < days.end,
        )
    ).one()
    found = paginate(_rows(studio, days), page=page, per_page=per_page, scalars=False)
    return RefundsReport(count=count, amount=amount, page=found)


def all_rows(*, studio: Studio, days: DayRange) -> Iterator[sa.Row]:
    """Every refund of the range, latest first, for the download."""
    yield from db.session.execute(_rows(studio, days).execution_options(yield_per=500))
