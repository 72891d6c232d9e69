"""A studio's billing history for the report tests: products, invoices, payments, refunds, sessions, credits.

Rows are written straight through the models, totals by `billing.money`, as the demo writes them.
`random_history` makes a few months of varied rows from a seed, with moments close to midnight and to
month ends in the studio's zone, where bucketing by zone matters.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from fitnesscrm.billing import money
from fitnesscrm.billing.models import (
    BillingSettings,
    CreditEntry,
    Invoice,
    InvoiceLine,
    Membership,
    Payment,
    Product,
    Refund,
)
from fitnesscrm.extensions import db
from fitnesscrm.scheduling.models import Participant, Session
from tests.factories import ClientFactory, TrainerFactory

ZONE = "America/New_York"


@dataclass
class Ledger:
    organization_id: int
    zone: ZoneInfo
    products: dict[str, Product] = field(default_factory=dict)
    numbers: int = 0

    def at(self, day: date, hour: int = 12, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=self.zone).astimezone(UTC)

    def product(self, key: str, **values) -> Product:
        product = Product(organization_id=self.organization_id, **values)
        db.session.add(product)
        db.session.flush()
        self.products[key] = product
        return product

    def invoice(
        self, client_id: int, issued_on: date, lines: list[tuple[Product | None, int, int]], *,
        status: str = "open", due_days: int = 14, tax_basis_points: int = 0, discount: int = 0,
        session_id: int | None = None, **values,
    ) -> Invoice:  # fmt: skip
        """An invoice of `lines` (product, unit price, quantity), with totals written by billing.money."""
        self.numbers += 1
        invoice = Invoice(
            organization_id=self.organization_id, client_id=client_id, status=status, currency="USD",
            number=None if status == "draft" else f"INV-{issued_on.year}-{self.numbers:06d}",
            issued_on=issued_on, due_on=issued_on + timedelta(days=due_days), **values,
        )  # fmt: skip
        gross = [price * quantity for _, price, quantity in lines]
        shares = money.spread(discount, gross)
        invoice.lines = [
            InvoiceLine(
                organization_id=self.organization_id, position=n, description=product.name if product else "Fee",
                product_id=product.id if product else None, unit_price=price, quantity=quantity,
                discount=share, tax_basis_points=tax_basis_points, session_id=session_id,
            )
            for n, ((product, price, quantity), share) in enumerate(zip(lines, shares, strict=True))
        ]  # fmt: skip
        totals = money.apply_totals(invoice.lines)
        invoice.subtotal, invoice.discount_total = totals.subtotal, totals.discount_total
        invoice.tax_total, invoice.total = totals.tax_total, totals.total
        db.session.add(invoice)
        db.session.flush()
        return invoice

    def pay(self, invoice: Invoice, amount: int, received_at: datetime, *, status: str = "succeeded") -> Payment:
        payment = Payment(
            organization_id=self.organization_id, invoice_id=invoice.id, client_id=invoice.client_id, amount=amount,
            currency="USD", method="card_terminal", status=status, received_at=received_at,
        )  # fmt: skip
        if status == "succeeded":
            invoice.amount_paid += amount
            if invoice.amount_due == 0:
                invoice.status, invoice.paid_at = "paid", received_at
        db.session.add(payment)
        db.session.flush()
        return payment

    def refund(self, payment: Payment, amount: int, refunded_at: datetime, reason: str = "Moved away") -> Refund:
        payment.amount_refunded += amount
        refund = Refund(
            organization_id=self.organization_id, payment_id=payment.id, amount=amount, reason=reason,
            refunded_at=refunded_at,
        )  # fmt: skip
        db.session.add(refund)
        db.session.flush()
        return refund

    def session(self, trainer_id: int, client_ids: list[int], starts_at: datetime, *, status: str = "completed",
                price: str | None = "45.00", kind: str = "personal") -> Session:  # fmt: skip
        ends_at = starts_at + timedelta(minutes=50)
        session = Session(
            organization_id=self.organization_id, trainer_id=trainer_id, kind=kind, status=status,
            starts_at=starts_at, ends_at=ends_at, timezone=ZONE, capacity=max(1, len(client_ids)),
            price=None if price is None else Decimal(price),
        )  # fmt: skip
        db.session.add(session)
        db.session.flush()
        for client_id in client_ids:
            participant = Participant(
                organization_id=self.organization_id, session_id=session.id, client_id=client_id,
                starts_at=starts_at, ends_at=ends_at, active=True,
            )  # fmt: skip
            db.session.add(participant)
        db.session.flush()
        return session

    def grant(self, client_id: int, quantity: int, invoice: Invoice, product: Product, **values) -> CreditEntry:
        entry = CreditEntry(
            organization_id=self.organization_id, client_id=client_id, kind="grant", quantity=quantity,
            invoice_id=invoice.id, product_id=product.id, **values,
        )  # fmt: skip
        db.session.add(entry)
        db.session.flush()
        return entry

    def reserve(self, grant: CreditEntry, session: Session) -> CreditEntry:
        entry = CreditEntry(
            organization_id=self.organization_id, client_id=grant.client_id, kind="reserve", quantity=-1,
            grant_id=grant.id, session_id=session.id,
        )  # fmt: skip
        db.session.add(entry)
        db.session.flush()
        return entry

    def membership(self, client_id: int, product: Product, started_on: date, **values) -> Membership:
        membership = Membership(
            organization_id=self.organization_id, client_id=client_id, product_id=product.id, price=product.price,
            interval=product.interval, sessions_per_period=product.sessions_per_period, started_on=started_on,
            current_period_start=started_on, current_period_end=started_on + timedelta(days=30),
            minimum_term_ends_on=started_on, **values,
        )  # fmt: skip
        db.session.add(membership)
        db.session.flush()
        return membership


def ledger_for(organization) -> Ledger:
    """A ledger for `organization`, which now keeps its books in USD in New York time."""
    organization.timezone = ZONE
    db.session.add(BillingSettings(organization_id=organization.id, currency="USD"))
    db.session.flush()
    return Ledger(organization_id=organization.id, zone=ZoneInfo(ZONE))


def add_month(day: date, months: int = 1) -> date:
    """The same day `months` later (days past the 28th are not used here)."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, day.day)


def random_history(ledger: Ledger, *, seed: int, first: date, months: int) -> None:
    """Months of varied billing for a few clients and trainers, drawn from `seed`."""
    rng = random.Random(seed)
    org = ledger.organization_id
    clients = [ClientFactory(organization_id=org).id for _ in range(8)]
    trainers = [TrainerFactory(organization_id=org).id for _ in range(3)]
    pack = ledger.product("pack", kind="pack", name="10-session pack", price=20_000, session_count=10, valid_days=180)
    monthly = ledger.product("monthly", kind="membership", name="Monthly", price=8_000, interval="month",
                             sessions_per_period=8)  # fmt: skip
    weekly = ledger.product("weekly", kind="membership", name="Weekly", price=2_500, interval="week")
    yearly = ledger.product("yearly", kind="membership", name="Yearly", price=90_000, interval="year")
    drop_in = ledger.product("drop_in", kind="drop_in", name="Drop-in", price=3_000, session_kinds=["personal"])
    bottle = ledger.product("bottle", kind="item", name="Water bottle", price=1_250)
    last = add_month(first, months) - timedelta(days=1)

    def some_day(start: date = first, end: date = last) -> date:
        return start + timedelta(days=rng.randint(0, (end - start).days))

    def some_moment(day: date) -> datetime:
        # Near midnight half the time: where the studio's day and UTC's differ.
        hour, minute = rng.choice([(0, 5), (23, 55), (19, 30), (20, 10), (rng.randint(6, 22), rng.randint(0, 59))])
        return ledger.at(day, hour, minute)

    payments: list[Payment] = []
    grants: list[CreditEntry] = []
    for _ in range(30):
        client = rng.choice(clients)
        issued = some_day()
        lines = rng.sample([(pack, pack.price, 1), (bottle, bottle.price, rng.randint(1, 3)), (None, 1_500, 1)],
                           k=rng.randint(1, 3))  # fmt: skip
        status = rng.choice(["open", "open", "open", "void", "draft", "uncollectible"])
        invoice = ledger.invoice(
            client, issued, lines, status=status, tax_basis_points=rng.choice([0, 825, 2000]),
            discount=rng.choice([0, 0, 999, 2_500]), due_days=rng.choice([0, 14, 30]),
        )  # fmt: skip
        if status == "void":
            invoice.voided_at = some_moment(some_day(issued, last + timedelta(days=20)))
        if status != "open":
            continue
        remaining = invoice.total
        for _ in range(rng.randint(0, 3)):
            amount = min(remaining, rng.randint(1, max(1, invoice.total // 2)))
            if amount <= 0:
                break
            failed = rng.random() < 0.1
            payment = ledger.pay(invoice, amount, some_moment(some_day(issued, last + timedelta(days=10))),
                                 status="failed" if failed else "succeeded")  # fmt: skip
            if not failed:
                remaining -= amount
                payments.append(payment)
        if rng.random() < 0.3 and invoice.total > 0:
            note = ledger.invoice(
                client, some_day(issued, last), [(None, -rng.randint(1, invoice.total), 1)], kind="credit_note",
                credit_note_for_id=invoice.id,
            )  # fmt: skip
            invoice.amount_credited += -note.total
        if any(product is pack for product, _, _ in lines):
            grants.append(ledger.grant(client, 10, invoice, pack))
    for payment in rng.sample(payments, k=min(6, len(payments))):
        amount = rng.randint(1, payment.amount)
        paid_on = payment.received_at.astimezone(ledger.zone).date()
        ledger.refund(payment, amount, some_moment(some_day(paid_on + timedelta(days=1), paid_on + timedelta(days=20))))

    # Memberships: each invoiced per period, some changing plan or price, some ending.
    for client in clients[:6]:
        product = rng.choice([monthly, monthly, weekly, yearly])
        start = some_day(first, first + timedelta(days=60))
        start = start.replace(day=min(start.day, 28))
        membership = ledger.membership(client, product, start)
        day, price = start, product.price
        while day <= last and rng.random() < 0.93:
            months_on = {"month": 1, "year": 12}.get(product.interval)
            end = add_month(day, months_on) if months_on else day + timedelta(days=7)
            ledger.invoice(client, day, [(product, price, 1)], status=rng.choice(["open", "paid", "paid", "void"]),
                           membership_id=membership.id, period_start=day, period_end=end,
                           tax_basis_points=rng.choice([0, 825]))  # fmt: skip
            if rng.random() < 0.15:
                price += rng.choice([-1_000, 1_500])
            day = end

    # Sessions: some on credits, some drop-ins, some at list price, some not delivered.
    spacing = (last - first).days // 40
    for n in range(40):
        # One session a day at most, so nobody is double-booked; some just before midnight.
        day = first + timedelta(days=n * spacing + rng.randint(0, spacing - 1))
        starts_at = ledger.at(day, *rng.choice([(23, 30), (0, 0), (9, 0), (18, 15)]))
        attendees = rng.sample(clients, k=rng.choice([1, 1, 2, 3]))
        session = ledger.session(
            rng.choice(trainers), attendees, starts_at,
            status=rng.choice(["completed", "completed", "completed", "scheduled", "no_show", "cancelled"]),
            price=rng.choice([None, "45.00", "37.505", "60.00"]), kind="group" if len(attendees) > 1 else "personal",
        )  # fmt: skip
        for client in attendees:
            mine = [g for g in grants if g.client_id == client]
            if mine and rng.random() < 0.6:
                ledger.reserve(rng.choice(mine), session)
            elif rng.random() < 0.3:
                ledger.invoice(client, day, [(drop_in, drop_in.price, 1)], session_id=session.id)
