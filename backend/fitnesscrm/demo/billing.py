"""The demo studio's billing: a catalogue, six months of sales, memberships, payments and credits.

Rows are written through the models, with totals from `billing.money`, in the demo's one
transaction (the billing services commit on their own). The story, drawn from a fixed seed:

- members pay a monthly membership with eight sessions a month, invoiced on the day it renews
  and mostly paid within a few days; a few stopped (churn), a few had a first-month discount
  (expansion the month after), one is past due after a declined card;
- pack clients buy a 10- or 20-session pack and another when it runs out; the sessions they were
  booked on since the calendar begins reserve a credit from their pack, the ones before it are
  recorded as reserves without a session (the studio's paper diary);
- other clients pay a drop-in for each group class they attend, and now and then buy a water bottle;
- a few invoices are open and not yet due, some overdue by one to four months, one was voided,
  one payment was partly refunded. (No credit notes: their numbering is part A's, and the first one
  made in the demo must not meet a number taken here.)

Invoice numbers follow the issue dates and the studio's invoice counter is left at the last one,
so the next invoice the app makes continues the sequence.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from fitnesscrm.billing import money
from fitnesscrm.billing.models import (
    BillingSettings,
    CreditEntry,
    Discount,
    Invoice,
    InvoiceCounter,
    InvoiceLine,
    Membership,
    Payment,
    Product,
    Refund,
    TaxRate,
)
from fitnesscrm.clients.models import Client
from fitnesscrm.demo import content
from fitnesscrm.extensions import db
from fitnesscrm.scheduling.models import Participant, Session

SEED = 1212
HISTORY_DAYS = 180
CURRENCY = "USD"
DUE_DAYS = 14
PAID_BY = ("card_terminal", "card_terminal", "stripe", "stripe", "bank_transfer", "cash")
# Sessions that hold a credit: attended, still booked, or missed without notice (the credit is forfeit).
HOLDS_CREDIT = ("completed", "scheduled", "no_show", "late_cancel")


@dataclass
class _Grant:
    entry: CreditEntry
    remaining: int


@dataclass
class _Counts:
    products: int = 0
    invoices: int = 0
    payments: int = 0
    refunds: int = 0
    memberships: int = 0
    credit_entries: int = 0
    by_status: dict[str, int] = field(default_factory=lambda: defaultdict(int))


class BillingBuilder:
    def __init__(self, *, now: datetime, organization_id: int, staff_user_id: int) -> None:
        self.now = now
        self.organization_id = organization_id
        self.staff_user_id = staff_user_id
        self.zone = ZoneInfo(content.TIMEZONE)
        self.today = now.astimezone(self.zone).date()
        self.rng = random.Random(SEED)
        self.invoices: list[Invoice] = []
        self.payments: dict[int, Payment] = {}
        self.counts = _Counts()

    # -- time -----------------------------------------------------------------------------------

    def at(self, day: date, hour: int = 10, minute: int = 0) -> datetime:
        """A local time on `day` in UTC, never later than now."""
        return min(datetime.combine(day, time(hour, minute), tzinfo=self.zone).astimezone(UTC), self.now)

    def local_day(self, moment: datetime) -> date:
        return moment.astimezone(self.zone).date()

    # -- rows -----------------------------------------------------------------------------------

    def add_catalogue(self) -> None:
        db.session.add(
            BillingSettings(
                organization_id=self.organization_id, currency=CURRENCY, credit_policy="warn",
                late_cancel_hours=12, late_cancel_penalty="forfeit", no_show_penalty="forfeit",
                invoice_due_days=DUE_DAYS, legal_name="Iron & Oak Fitness LLC",
                address="214 Atlantic Avenue\nBrooklyn, NY 11201", tax_id="EIN 84-2917365",
                invoice_footer="Thank you for training with us. Questions about an invoice? billing@ironandoak.example",
            )
        )  # fmt: skip
        self.tax = TaxRate(organization_id=self.organization_id, name="Sales tax", basis_points=800)
        db.session.add(self.tax)
        db.session.flush()

        def product(**values) -> Product:
            row = Product(organization_id=self.organization_id, **values)
            db.session.add(row)
            self.counts.products += 1
            return row

        self.pack_10 = product(
            kind="pack",
            name="10-session pack",
            price=65_000,
            session_count=10,
            valid_days=120,
            session_kinds=["personal"],
            description="Ten 1:1 sessions, valid for four months.",
        )
        self.pack_20 = product(
            kind="pack",
            name="20-session pack",
            price=120_000,
            session_count=20,
            valid_days=240,
            session_kinds=["personal"],
            description="Twenty 1:1 sessions, valid for eight months.",
        )
        self.monthly = product(
            kind="membership",
            name="Monthly membership",
            price=32_000,
            interval="month",
            sessions_per_period=8,
            minimum_term_periods=3,
            notice_days=14,
            description="Eight sessions a month, any kind; three months minimum, 14 days' notice.",
        )
        self.drop_in = product(kind="drop_in", name="Group class drop-in", price=2_500, session_kinds=["group"])
        self.bottle = product(kind="item", name="Iron & Oak water bottle", price=1_800, tax_rate_id=self.tax.id)
        self.discount = Discount(organization_id=self.organization_id, name="New member 10%", basis_points=1_000)
        db.session.add(self.discount)
        db.session.flush()  # fmt: skip

    def invoice(
        self, client: Client, issued: datetime, lines: list[tuple[Product, int, str]], *,
        discount: Discount | None = None, membership: Membership | None = None,
        period: tuple[date, date] | None = None, session_id: int | None = None,
    ) -> Invoice:  # fmt: skip
        """An open invoice of `lines` (product, quantity, description); `number` gives it its number in issue order."""
        issued_on = self.local_day(issued)
        invoice = Invoice(
            organization_id=self.organization_id, client_id=client.id, status="open", currency=CURRENCY,
            number=f"TEMPORARY-{len(self.invoices)}", issued_on=issued_on, due_on=issued_on + timedelta(days=DUE_DAYS),
            discount_id=discount.id if discount else None, membership_id=membership.id if membership else None,
            period_start=period[0] if period else None, period_end=period[1] if period else None,
            created_by_id=self.staff_user_id, created_at=issued, updated_at=issued,
        )  # fmt: skip
        gross = [product.price * quantity for product, quantity, _ in lines]
        off = money.discount_amount(gross=sum(gross), basis_points=discount.basis_points) if discount else 0
        taxed = {self.tax.id: self.tax}
        shares = money.spread(off, gross)
        invoice.lines = [
            InvoiceLine(
                organization_id=self.organization_id, position=n, description=description, product_id=product.id,
                session_id=session_id, quantity=quantity, unit_price=product.price, discount=share,
                tax_name=taxed[product.tax_rate_id].name if product.tax_rate_id else None,
                tax_basis_points=taxed[product.tax_rate_id].basis_points if product.tax_rate_id else 0,
                tax_inclusive=False,
            )
            for n, ((product, quantity, description), share) in enumerate(zip(lines, shares, strict=True))
        ]  # fmt: skip
        totals = money.apply_totals(invoice.lines)
        invoice.subtotal, invoice.discount_total = totals.subtotal, totals.discount_total
        invoice.tax_total, invoice.total = totals.tax_total, totals.total
        db.session.add(invoice)
        db.session.flush()
        self.invoices.append(invoice)
        return invoice

    def pay(self, invoice: Invoice, when: datetime, *, amount: int | None = None, method: str | None = None) -> Payment:
        amount = amount or invoice.amount_due
        payment = Payment(
            organization_id=self.organization_id, invoice_id=invoice.id, client_id=invoice.client_id, amount=amount,
            currency=CURRENCY, method=method or self.rng.choice(PAID_BY), status="succeeded", received_at=when,
            reference=f"Terminal receipt {self.rng.randint(100_000, 999_999)}" if method == "card_terminal" else None,
            created_by_id=self.staff_user_id, created_at=when, updated_at=when,
        )  # fmt: skip
        invoice.amount_paid += amount
        if invoice.amount_due == 0:
            invoice.status, invoice.paid_at = "paid", when
        db.session.add(payment)
        self.payments[invoice.id] = payment
        self.counts.payments += 1
        return payment

    def settle(self, invoice: Invoice, issued: datetime, *, open_chance: float = 0.0) -> None:
        """Paid a few days after it was issued, unless that is still to come or it stays open by chance."""
        when = issued + timedelta(hours=self.rng.choice([0, 2, 26, 50, 74, 120]))
        if when < self.now and self.rng.random() >= open_chance:
            self.pay(invoice, when)

    def credit(self, client: Client, kind: str, quantity: int, when: datetime, **values) -> CreditEntry:
        entry = CreditEntry(organization_id=self.organization_id, client_id=client.id, kind=kind, quantity=quantity,
                            created_by_id=self.staff_user_id, created_at=when, **values)  # fmt: skip
        db.session.add(entry)
        self.counts.credit_entries += 1
        return entry

    # -- the story ------------------------------------------------------------------------------

    def build(self) -> dict[str, int]:
        self.add_catalogue()
        clients = list(
            db.session.scalars(
                sa.select(Client)
                .where(Client.organization_id == self.organization_id, Client.status != "lead")
                .order_by(Client.id)
            )
        )
        bookings = self.bookings()
        history_start = self.today - timedelta(days=HISTORY_DAYS)
        members, packs = [], []
        for client in clients:
            booked = bookings.get(client.id, [])
            personal = any(session.kind == "personal" for session in booked)
            roll = self.rng.random()
            if (personal and roll < 0.45) or (not personal and roll < 0.3):
                members.append(client)
            elif personal or roll < 0.75:
                packs.append(client)
            else:
                self.drop_ins(client, booked)
        training = [client for client in members if client.status == "active"]
        declined = training[1] if len(training) > 1 else None
        for client in members:
            self.membership(client, bookings.get(client.id, []), history_start, past_due=client is declined)
        for client in packs:
            self.packs(client, bookings.get(client.id, []), history_start)
        self.overdue_and_corrections(clients)
        self.number()
        return {
            "products": self.counts.products, "invoices": len(self.invoices), "payments": self.counts.payments,
            "refunds": self.counts.refunds, "memberships": self.counts.memberships,
            "credit_entries": self.counts.credit_entries,
        }  # fmt: skip

    def bookings(self) -> dict[int, list[Session]]:
        """Each client's sessions that hold a credit, earliest first."""
        rows = db.session.execute(
            sa.select(Participant.client_id, Session)
            .join(Session, Session.id == Participant.session_id)
            .where(Session.organization_id == self.organization_id, Session.status.in_(HOLDS_CREDIT))
            .order_by(Session.starts_at)
        ).all()
        booked: dict[int, list[Session]] = defaultdict(list)
        for client_id, session in rows:
            booked[client_id].append(session)
        return booked

    def joined(self, client: Client, history_start: date) -> date:
        return max(self.local_day(client.created_at), history_start)

    def stopped(self, client: Client) -> date | None:
        """When a client who is no longer training stopped paying (paused, inactive or archived)."""
        if client.status == "active":
            return None
        start = self.local_day(client.created_at)
        return start + timedelta(days=max(20, int((self.today - start).days * self.rng.uniform(0.5, 0.9))))

    def membership(self, client: Client, booked: list[Session], history_start: date, *, past_due: bool) -> None:
        first = self.joined(client, history_start)
        first = first.replace(day=min(first.day, 28))
        stopped = self.stopped(client)
        welcome = self.rng.random() < 0.3
        membership = Membership(
            organization_id=self.organization_id, client_id=client.id, product_id=self.monthly.id, status="active",
            price=self.monthly.price, interval="month", sessions_per_period=8, started_on=first,
            current_period_start=first, current_period_end=_months_after(first, 1),
            minimum_term_ends_on=_months_after(first, 3), created_by_id=self.staff_user_id,
            discount_id=self.discount.id if welcome else None, discount_periods_left=0 if welcome else None,
            created_at=self.at(first, 9), updated_at=self.at(first, 9),
        )  # fmt: skip
        db.session.add(membership)
        db.session.flush()
        self.counts.memberships += 1
        start = first
        while start <= self.today and (stopped is None or start < stopped):
            end = _months_after(start, 1)
            issued = self.at(start, 7)
            label = f"{self.monthly.name}, {start:%-d %b} – {end - timedelta(days=1):%-d %b %Y}"
            invoice = self.invoice(
                client, issued, [(self.monthly, 1, label)],
                discount=self.discount if welcome and start == first else None, membership=membership,
                period=(start, end),
            )  # fmt: skip
            last_period = _months_after(start, 1) > self.today
            if past_due and last_period:
                self.decline(invoice, membership, issued)
            else:
                self.settle(invoice, issued, open_chance=0.5 if last_period else 0.0)
            grant = self.credit(client, "grant", 8, issued, expires_at=self.at(end, 0), membership_id=membership.id,
                                invoice_id=invoice.id, product_id=self.monthly.id)  # fmt: skip
            db.session.flush()
            uses = [s for s in booked if self.at(start, 0) <= s.starts_at < self.at(end, 0)][:8]
            for session in uses:
                self.reserve(client, grant, session)
            membership.current_period_start, membership.current_period_end = start, end
            start = end
        if stopped is not None:
            membership.status = "cancelled" if membership.current_period_end > self.today else "ended"
            membership.ends_on = membership.current_period_end - timedelta(days=1)
            membership.cancel_requested_at = self.at(membership.current_period_start, 18)

    def decline(self, invoice: Invoice, membership: Membership, issued: datetime) -> None:
        """The renewal's card was declined: the membership is past due and will be retried."""
        when = min(issued + timedelta(hours=1), self.now)
        db.session.add(
            Payment(
                organization_id=self.organization_id, invoice_id=invoice.id, client_id=invoice.client_id,
                amount=invoice.total, currency=CURRENCY, method="stripe", status="failed", received_at=when,
                failure_message="Your card was declined.", created_at=when, updated_at=when,
            )
        )  # fmt: skip
        membership.status, membership.past_due_since, membership.failed_attempts = "past_due", when, 1
        membership.next_retry_at = when + timedelta(days=1)

    def packs(self, client: Client, booked: list[Session], history_start: date) -> None:
        """A pack at joining and another whenever one runs out; earlier sessions used them up in the paper diary."""
        joined = self.joined(client, history_start)
        stopped = self.stopped(client)
        calendar_start = booked[0].starts_at if booked else self.now
        grants: list[_Grant] = []
        day = joined
        # Before the calendar: a pack every five to eight weeks, used up by the sessions of that time.
        while self.at(day, 11) < calendar_start - timedelta(days=21) and (stopped is None or day < stopped):
            grant = self.sell_pack(client, self.at(day, 11))
            for n in range(grant.remaining):
                moment = min(self.at(day + timedelta(days=3 + n * 4), 8), calendar_start - timedelta(days=1))
                self.credit(client, "reserve", -1, moment, grant_id=grant.entry.id,
                            note="A session from before the studio's calendar moved to FitnessCRM")  # fmt: skip
            grant.remaining = 0
            day += timedelta(days=self.rng.randint(35, 56))
        for session in booked:
            if session.kind != "personal":
                self.drop_in_for(client, session)  # packs pay for 1:1 sessions only
                continue
            grant = next((g for g in grants if g.remaining > 0 and g.entry.expires_at > session.starts_at), None)
            if grant is None:
                when = min(session.starts_at - timedelta(days=self.rng.randint(1, 4)), self.now - timedelta(hours=3))
                grant = self.sell_pack(client, when)
                grants.append(grant)
            self.reserve(client, grant.entry, session)
            grant.remaining -= 1

    def sell_pack(self, client: Client, when: datetime) -> _Grant:
        pack = self.pack_20 if self.rng.random() < 0.3 else self.pack_10
        lines = [(pack, 1, pack.name)]
        if self.rng.random() < 0.15:
            lines.append((self.bottle, 1, self.bottle.name))
        invoice = self.invoice(client, when, lines)
        self.settle(invoice, when)
        entry = self.credit(client, "grant", pack.session_count, when, session_kinds=pack.session_kinds,
                            expires_at=when + timedelta(days=pack.valid_days), product_id=pack.id,
                            invoice_id=invoice.id)  # fmt: skip
        db.session.flush()
        return _Grant(entry=entry, remaining=pack.session_count)

    def reserve(self, client: Client, grant: CreditEntry, session: Session) -> None:
        booked = min(session.created_at or session.starts_at, session.starts_at - timedelta(hours=1), self.now)
        self.credit(client, "reserve", -1, booked, grant_id=grant.id, session_id=session.id)

    def drop_ins(self, client: Client, booked: list[Session]) -> None:
        """A drop-in for each group class attended, paid at the desk; a bottle now and then."""
        for session in booked:
            self.drop_in_for(client, session)
        if self.rng.random() < 0.5:
            when = self.at(self.today - timedelta(days=self.rng.randint(5, HISTORY_DAYS - 10)), 17, 30)
            invoice = self.invoice(client, when, [(self.bottle, 1, self.bottle.name)])
            self.pay(invoice, when, method="card_terminal")

    def drop_in_for(self, client: Client, session: Session) -> None:
        """A group class attended without a membership: a drop-in paid at the desk."""
        if session.kind != "group" or session.status != "completed":
            return
        on = session.starts_at.astimezone(self.zone)
        label = f"{self.drop_in.name}: {session.title or 'Group class'} on {on:%a %-d %b}"
        invoice = self.invoice(client, session.starts_at, [(self.drop_in, 1, label)], session_id=session.id)
        self.pay(invoice, min(session.starts_at, self.now), method="card_terminal")

    def overdue_and_corrections(self, clients: list[Client]) -> None:
        """Overdue bottles and packs, a voided duplicate, and a partial refund."""
        rng = self.rng
        for days_ago in (20, 38, 52, 70, 100, 130):
            client = rng.choice(clients)
            issued = self.at(self.today - timedelta(days=days_ago), 16)
            self.invoice(client, issued, [(self.pack_10, 1, self.pack_10.name)] if days_ago > 90
                         else [(self.bottle, rng.randint(1, 3), self.bottle.name)])  # fmt: skip
        duplicate = self.invoice(rng.choice(clients), self.at(self.today - timedelta(days=40), 12),
                                 [(self.pack_10, 1, self.pack_10.name)])  # fmt: skip
        duplicate.status, duplicate.voided_at = "void", self.at(self.today - timedelta(days=40), 15)
        paid = [i for i in self.invoices if i.status == "paid" and i.lines[0].product_id == self.pack_20.id]
        if paid:
            invoice = paid[len(paid) // 2]
            payment = self.payments[invoice.id]
            db.session.flush()
            when = min(payment.received_at + timedelta(days=9), self.now)
            amount = money.divide(invoice.total, 4)
            db.session.add(Refund(organization_id=self.organization_id, payment_id=payment.id, amount=amount,
                                  reason="Five sessions refunded: the client moved to Boston", refunded_at=when,
                                  created_by_id=self.staff_user_id))  # fmt: skip
            payment.amount_refunded = amount
            self.counts.refunds += 1

    def number(self) -> None:
        """Numbers in issue order per year, and the studio's counters left at the last ones."""
        db.session.flush()
        last: dict[int, int] = defaultdict(int)
        for invoice in sorted(self.invoices, key=lambda i: (i.created_at, i.id)):
            year = invoice.issued_on.year
            last[year] += 1
            invoice.number = f"INV-{year}-{last[year]:06d}"
        for year, number in last.items():
            db.session.add(InvoiceCounter(organization_id=self.organization_id, year=year, last_number=number))
        db.session.flush()


def _months_after(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, day.day)


def add(*, now: datetime, organization_id: int, staff_user_id: int) -> dict[str, int]:
    """Add the demo studio's billing to the session; returns how many rows of each kind it wrote."""
    return BillingBuilder(now=now, organization_id=organization_id, staff_user_id=staff_user_id).build()
