"""The reports as the API serves them: each a JSON answer, or the same rows as a CSV or Excel download.

Owners and admins only (the routes check the role); every query is limited to the caller's studio.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from flask import Response

from fitnesscrm.billing import payment_methods
from fitnesscrm.billing.reports import receivables, recurring, refunds, revenue, trainers
from fitnesscrm.billing.reports.context import day_range, studio_of
from fitnesscrm.billing.reports.labels import PRODUCT_KINDS, day_label, major_units, period_label
from fitnesscrm.core.exports import DATETIME, NUMBER, TEXT, ExportColumn, export_response
from fitnesscrm.core.tenancy import MANAGERS, Principal

OTHER_CHARGES = "Other charges (no product)"


@dataclass(frozen=True)
class Report:
    """A report's JSON answer, and how to write it as a file."""

    data: dict[str, Any]
    name: str
    columns: Sequence[ExportColumn]
    rows: Callable[[], Iterable[Sequence[Any]]]
    zone: str

    def file(self, file_format: str) -> Response:
        return export_response(self.name, self.columns, self.rows(), file_format=file_format, zone=self.zone)


def _money(title: str) -> ExportColumn:
    return ExportColumn(title, NUMBER)


def revenue_by_period(
    *, actor: Principal, from_: date | None = None, to: date | None = None, group: str = "month"
) -> Report:
    """Payments received less refunds made, per day, week or month of the studio's calendar."""
    actor.require(*MANAGERS)
    studio = studio_of(actor)
    days = day_range(studio, from_, to, group=group)
    periods = revenue.by_period(studio=studio, days=days, group=group)
    received, refunded = sum(p.received for p in periods), sum(p.refunded for p in periods)
    rows = [{**vars(p), "net": p.net, "label": period_label(p.period, group)} for p in periods]
    data = {
        "currency": studio.currency, "first": days.first, "last": days.last, "group": group,
        "received": received, "refunded": refunded, "net": received - refunded, "periods": rows,
    }  # fmt: skip
    money = partial(major_units, currency=studio.currency)
    return Report(
        data=data, name=f"revenue-by-{group}", zone=actor.timezone or studio.zone,
        columns=(ExportColumn(group.capitalize()), ExportColumn("Currency"), _money("Received"), _money("Refunded"),
                 _money("Net"), ExportColumn("Payments", NUMBER), ExportColumn("Refunds", NUMBER)),
        rows=lambda: [(r["label"], studio.currency, money(r["received"]), money(r["refunded"]), money(r["net"]),
                       r["payments"], r["refunds"]) for r in rows],
    )  # fmt: skip


def revenue_by_product(*, actor: Principal, from_: date | None = None, to: date | None = None) -> Report:
    """Each product's units sold, amount invoiced and share of the money collected in the range."""
    actor.require(*MANAGERS)
    studio = studio_of(actor)
    days = day_range(studio, from_, to)
    products = [{**vars(p), "name": p.name or OTHER_CHARGES} for p in revenue.by_product(studio=studio, days=days)]
    data = {
        "currency": studio.currency, "first": days.first, "last": days.last,
        "collected": sum(p["collected"] for p in products), "products": products,
    }  # fmt: skip
    money = partial(major_units, currency=studio.currency)
    return Report(
        data=data, name="revenue-by-product", zone=actor.timezone or studio.zone,
        columns=(ExportColumn("Product"), ExportColumn("Kind"), ExportColumn("Sold", NUMBER), ExportColumn("Currency"),
                 _money("Invoiced"), _money("Collected")),
        rows=lambda: [(p["name"], PRODUCT_KINDS.get(p["kind"], ""), p["quantity"], studio.currency,
                       money(p["invoiced"]), money(p["collected"])) for p in products],
    )  # fmt: skip


def revenue_by_trainer(*, actor: Principal, from_: date | None = None, to: date | None = None) -> Report:
    """Each trainer's sessions delivered in the range and what their clients paid for them."""
    actor.require(*MANAGERS)
    studio = studio_of(actor)
    days = day_range(studio, from_, to)
    rows = [vars(t) for t in trainers.by_trainer(studio=studio, days=days)]
    data = {
        "currency": studio.currency, "first": days.first, "last": days.last,
        "revenue": sum(t["revenue"] for t in rows), "trainers": rows,
    }  # fmt: skip
    money = partial(major_units, currency=studio.currency)
    return Report(
        data=data, name="revenue-by-trainer", zone=actor.timezone or studio.zone,
        columns=(ExportColumn("Trainer"), ExportColumn("Sessions", NUMBER), ExportColumn("Attendances", NUMBER),
                 ExportColumn("Currency"), _money("Revenue"), _money("From drop-ins"), _money("From credits"),
                 _money("From memberships"), _money("From list prices")),
        rows=lambda: [(t["name"], t["sessions"], t["attendances"], studio.currency, money(t["revenue"]),
                       money(t["from_drop_ins"]), money(t["from_credits"]), money(t["from_memberships"]),
                       money(t["from_prices"])) for t in rows],
    )  # fmt: skip


def mrr(*, actor: Principal, from_: date | None = None, to: date | None = None) -> Report:
    """Monthly recurring revenue at the end of each month and its new, expansion, contraction and churn."""
    actor.require(*MANAGERS)
    studio = studio_of(actor)
    days = day_range(studio, from_, to, group="month")
    found = recurring.by_month(studio=studio, days=days)
    months = [{**vars(m), "label": period_label(m.month, "month")} for m in found]
    data = {"currency": studio.currency, "first": days.first, "last": days.last, "months": months}
    money = partial(major_units, currency=studio.currency)
    return Report(
        data=data, name="mrr", zone=actor.timezone or studio.zone,
        columns=(ExportColumn("Month"), ExportColumn("Currency"), _money("MRR"), ExportColumn("Members", NUMBER),
                 _money("New"), _money("Expansion"), _money("Contraction"), _money("Churned")),
        rows=lambda: [(m["label"], studio.currency, money(m["mrr"]), m["members"], money(m["new"]),
                       money(m["expansion"]), money(m["contraction"]), money(m["churned"])) for m in months],
    )  # fmt: skip


def receivables_by_age(*, actor: Principal, to: date | None = None) -> Report:
    """What clients owed at the end of a day (default today), by days past due."""
    actor.require(*MANAGERS)
    studio = studio_of(actor)
    on = to or studio.today
    buckets = [vars(b) for b in receivables.by_age(studio=studio, on=on)]
    data = {"currency": studio.currency, "on": on, "total": sum(b["amount"] for b in buckets), "buckets": buckets}
    return Report(
        data=data, name="receivables", zone=actor.timezone or studio.zone,
        columns=(ExportColumn(f"Past due on {day_label(on)}"), ExportColumn("Invoices", NUMBER),
                 ExportColumn("Currency"), _money("Owed")),
        rows=lambda: [(b["label"], b["invoices"], studio.currency, major_units(b["amount"], studio.currency))
                      for b in buckets],
    )  # fmt: skip


def refunds_made(
    *, actor: Principal, from_: date | None = None, to: date | None = None, page: int = 1, per_page: int = 25
) -> Report:
    """The refunds made in the range, latest first (a page of them; the download has all)."""
    actor.require(*MANAGERS)
    studio = studio_of(actor)
    days = day_range(studio, from_, to)
    found = refunds.listed(studio=studio, days=days, page=page, per_page=per_page)
    data = {
        "currency": studio.currency, "first": days.first, "last": days.last, "count": found.count,
        "amount": found.amount, "items": found.page.items, "meta": found.page.meta,
    }  # fmt: skip
    money = partial(major_units, currency=studio.currency)
    return Report(
        data=data, name="refunds", zone=actor.timezone or studio.zone,
        columns=(ExportColumn("Refunded", DATETIME), ExportColumn("Client"), ExportColumn("Invoice"),
                 ExportColumn("Paid by"), ExportColumn("Currency"), _money("Payment"), _money("Refunded amount"),
                 ExportColumn("Reason", TEXT), ExportColumn("Refunded by")),
        rows=lambda: ((r.refunded_at, r.client_name, r.invoice_number, payment_methods.name(r.method),
                       studio.currency, money(r.payment_amount), money(r.amount), r.reason, r.refunded_by)
                      for r in refunds.all_rows(studio=studio, days=days)),
    )  # fmt: skip
