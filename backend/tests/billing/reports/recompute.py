"""Each report worked out the plain way: read the studio's rows, loop over them in Python, add up.

Written from the reports' definitions (docs/billing/reports.md), not from their SQL, so that a
report and its recomputation agreeing says the SQL does what the documentation says.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from fitnesscrm.billing import money
from fitnesscrm.billing.models import CreditEntry, Invoice, InvoiceLine, Membership, Payment, Refund
from fitnesscrm.extensions import db
from fitnesscrm.scheduling.models import Participant, Session
from fitnesscrm.trainers.models import Trainer


def _all(model, organization_id: int) -> list:
    return list(db.session.scalars(sa.select(model).where(model.organization_id == organization_id)))


def _bounds(zone: str, first: date, last: date) -> tuple[datetime, datetime]:
    tz = ZoneInfo(zone)
    return (datetime.combine(first, time(), tzinfo=tz).astimezone(UTC),
            datetime.combine(last + timedelta(days=1), time(), tzinfo=tz).astimezone(UTC))  # fmt: skip


def period_start(day: date, group: str) -> date:
    if group == "month":
        return day.replace(day=1)
    if group == "week":
        return day - timedelta(days=day.weekday())
    return day


def _next(period: date, group: str) -> date:
    if group == "month":
        return (period + timedelta(days=32)).replace(day=1)
    return period + timedelta(days=7 if group == "week" else 1)


def revenue(organization_id: int, zone: str, first: date, last: date, group: str) -> list[dict]:
    start, end = _bounds(zone, first, last)
    tz = ZoneInfo(zone)
    periods = {}
    period = period_start(first, group)
    while period <= last:
        periods[period] = {"period": period, "received": 0, "refunded": 0, "payments": 0, "refunds": 0}
        period = _next(period, group)
    for payment in _all(Payment, organization_id):
        if payment.status == "succeeded" and start <= payment.received_at < end:
            row = periods[period_start(payment.received_at.astimezone(tz).date(), group)]
            row["received"] += payment.amount
            row["payments"] += 1
    for refund in _all(Refund, organization_id):
        if start <= refund.refunded_at < end:
            row = periods[period_start(refund.refunded_at.astimezone(tz).date(), group)]
            row["refunded"] += refund.amount
            row["refunds"] += 1
    return [{**row, "net": row["received"] - row["refunded"]} for row in periods.values()]


def _lines_by_invoice(organization_id: int) -> dict[int, list[InvoiceLine]]:
    lines = defaultdict(list)
    for line in sorted(_all(InvoiceLine, organization_id), key=lambda line: (line.position, line.id)):
        lines[line.invoice_id].append(line)
    return lines


def by_product(organization_id: int, zone: str, first: date, last: date) -> dict[int | None, dict]:
    start, end = _bounds(zone, first, last)
    payments = {p.id: p for p in _all(Payment, organization_id)}
    per_invoice: dict[int, int] = defaultdict(int)
    for payment in payments.values():
        if payment.status == "succeeded" and start <= payment.received_at < end:
            per_invoice[payment.invoice_id] += payment.amount
    for refund in _all(Refund, organization_id):
        if start <= refund.refunded_at < end:
            per_invoice[payments[refund.payment_id].invoice_id] -= refund.amount
    lines = _lines_by_invoice(organization_id)
    products: dict[int | None, dict] = defaultdict(lambda: {"quantity": 0, "invoiced": 0, "collected": 0})
    for invoice_id, amount in per_invoice.items():
        if amount == 0:
            continue
        mine = lines[invoice_id]
        shares = money.spread(abs(amount), [line.total for line in mine])
        for line, share in zip(mine, shares, strict=True):
            products[line.product_id]["collected"] += share if amount > 0 else -share
    for invoice in _all(Invoice, organization_id):
        if invoice.status in ("draft", "void") or not first <= invoice.issued_on <= last:
            continue
        for line in lines[invoice.id]:
            products[line.product_id]["invoiced"] += line.total
            if invoice.kind == "invoice":
                products[line.product_id]["quantity"] += line.quantity
    return dict(products)


def by_trainer(organization_id: int, zone: str, first: date, last: date, scale: int) -> dict[int, dict]:
    start, end = _bounds(zone, first, last)
    invoices = {i.id: i for i in _all(Invoice, organization_id)}
    lines = _lines_by_invoice(organization_id)
    entries = _all(CreditEntry, organization_id)
    grants = {e.id: e for e in entries if e.kind == "grant"}
    names = {t.id: t.full_name for t in _all(Trainer, organization_id)}
    unlimited = {m.id for m in _all(Membership, organization_id) if m.sessions_per_period is None}
    result: dict[int, dict] = {}
    participants = _all(Participant, organization_id)
    sessions = {s.id: s for s in _all(Session, organization_id)}
    tz = ZoneInfo(zone)

    def delivered(client_id: int, first: date, end: date) -> int:
        """The client's delivered attendances on days first..end (excluded), in the studio's calendar."""
        return sum(
            1 for p in participants
            if p.client_id == client_id and p.active and sessions[p.session_id].status == "completed"
            and first <= p.starts_at.astimezone(tz).date() < end
        )  # fmt: skip

    def membership_share(client_id: int, day: date) -> int | None:
        covering = [
            i for i in invoices.values()
            if i.client_id == client_id and i.kind == "invoice" and i.status in ("open", "paid")
            and i.membership_id in unlimited and i.period_start <= day < i.period_end
        ]  # fmt: skip
        if not covering:
            return None
        invoice = max(covering, key=lambda i: (i.period_start, i.id))
        return money.divide(invoice.total, delivered(client_id, invoice.period_start, invoice.period_end))

    for session in _all(Session, organization_id):
        if session.status != "completed" or not start <= session.starts_at < end:
            continue
        for participant in participants:
            if participant.session_id != session.id or not participant.active:
                continue
            row = result.setdefault(session.trainer_id, {
                "name": names[session.trainer_id], "sessions": set(), "attendances": 0, "revenue": 0,
                "from_drop_ins": 0, "from_credits": 0, "from_memberships": 0, "from_prices": 0,
            })  # fmt: skip
            row["sessions"].add(session.id)
            row["attendances"] += 1
            drop_in = [
                line.total for invoice_lines in lines.values() for line in invoice_lines
                if line.session_id == session.id and invoices[line.invoice_id].client_id == participant.client_id
                and invoices[line.invoice_id].kind == "invoice"
                and invoices[line.invoice_id].status not in ("draft", "void")
            ]  # fmt: skip
            reserves = [e for e in entries if e.kind == "reserve" and e.session_id == session.id
                        and e.client_id == participant.client_id]  # fmt: skip
            local_day = session.starts_at.astimezone(tz).date()
            if drop_in:
                value, source = sum(drop_in), "from_drop_ins"
            elif reserves:
                grant = grants[max(reserves, key=lambda e: e.id).grant_id]
                paid = sum(line.total for line in lines[grant.invoice_id]
                           if grant.product_id is None or line.product_id == grant.product_id)  # fmt: skip
                value, source = money.divide(paid, grant.quantity), "from_credits"
            elif (share := membership_share(participant.client_id, local_day)) is not None:
                value, source = share, "from_memberships"
            elif session.price is not None:
                value = int((session.price * scale).quantize(Decimal(1), rounding=ROUND_HALF_UP))
                source = "from_prices"
            else:
                value, source = 0, None
            row["revenue"] += value
            if source:
                row[source] += value
    for row in result.values():
        row["sessions"] = len(row["sessions"])
    return result


def _month_end(month: date) -> date:
    return (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def _mrr_by_client(organization_id: int, month: date, today: date) -> dict[int, int]:
    day = today if month == today.replace(day=1) else _month_end(month)
    intervals = {m.id: m.interval for m in _all(Membership, organization_id)}
    covering: dict[int, Invoice] = {}
    for invoice in _all(Invoice, organization_id):
        if (invoice.membership_id is None or invoice.kind != "invoice" or invoice.status not in ("open", "paid")
                or not invoice.period_start <= day < invoice.period_end):  # fmt: skip
            continue
        best = covering.get(invoice.membership_id)
        if best is None or (invoice.period_start, invoice.id) > (best.period_start, best.id):
            covering[invoice.membership_id] = invoice
    per_client: dict[int, int] = defaultdict(int)
    for membership_id, invoice in covering.items():
        amount = invoice.total - invoice.tax_total
        interval = intervals[membership_id]
        if interval == "week":
            amount = money.divide(amount * 52, 12)
        elif interval == "year":
            amount = money.divide(amount, 12)
        per_client[invoice.client_id] += amount
    return per_client


def mrr(organization_id: int, first: date, last: date, today: date) -> list[dict]:
    months = []
    month = first.replace(day=1)
    while month <= last:
        now = _mrr_by_client(organization_id, month, today)
        before = _mrr_by_client(organization_id, (month - timedelta(days=1)).replace(day=1), today)
        row = {"month": month, "mrr": sum(now.values()), "members": len(now),
               "new": 0, "expansion": 0, "contraction": 0, "churned": 0}  # fmt: skip
        for client in now.keys() | before.keys():
            if client not in before:
                row["new"] += now[client]
            elif client not in now:
                row["churned"] += before[client]
            elif now[client] > before[client]:
                row["expansion"] += now[client] - before[client]
            else:
                row["contraction"] += before[client] - now[client]
        months.append(row)
        month = (month + timedelta(days=32)).replace(day=1)
    return months


def receivables(organization_id: int, zone: str, on: date) -> dict[str, tuple[int, int]]:
    _, end = _bounds(zone, on, on)
    invoices = _all(Invoice, organization_id)
    payments = _all(Payment, organization_id)
    buckets: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for invoice in invoices:
        if (invoice.kind != "invoice" or invoice.status in ("draft", "uncollectible") or invoice.issued_on > on
                or (invoice.voided_at is not None and invoice.voided_at < end)):  # fmt: skip
            continue
        if invoice.status == "void" and invoice.voided_at is None:
            continue
        credited = sum(-note.total for note in invoices
                       if note.credit_note_for_id == invoice.id and note.status not in ("draft", "void")
                       and note.issued_on <= on)  # fmt: skip
        paid = sum(p.amount for p in payments
                   if p.invoice_id == invoice.id and p.status == "succeeded" and p.received_at < end)  # fmt: skip
        owed = invoice.total - credited - paid
        if owed <= 0:
            continue
        age = (on - (invoice.due_on or invoice.issued_on)).days
        key = ("not_due" if age < 0 else "days_0_30" if age <= 30 else "days_31_60" if age <= 60
               else "days_61_90" if age <= 90 else "days_over_90")  # fmt: skip
        buckets[key][0] += 1
        buckets[key][1] += owed
    return {key: tuple(value) for key, value in buckets.items()}
