"""What a studio sells and what its clients owe, hold and pay: the billing tables.

Money is an integer number of minor units (cents, pence, yen) in the studio's ISO 4217
currency, never a float; `billing.money` computes every total. Credits are an append-only
ledger: a balance is a sum over it, never a column that can drift. Invoice numbers come from
a per-studio, per-year counter row updated in the invoice's own transaction, so a rolled-back
invoice gives its number back and the sequence has no gaps.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fitnesscrm.clients.models import Client
from fitnesscrm.core.crypto import encrypted_columns
from fitnesscrm.core.models import Base, TenantMixin, TimestampMixin

PRODUCT_KINDS = ("pack", "membership", "drop_in", "item")
INTERVALS = ("week", "month", "year")
CREDIT_POLICIES = ("required", "warn", "off")
# What a late cancel or a no-show costs: the credit is kept by the studio, a fee is invoiced, or nothing.
PENALTIES = ("forfeit", "fee", "none")
DISCOUNT_DURATIONS = ("once", "repeating", "forever")
CREDIT_ENTRY_KINDS = ("grant", "reserve", "release", "expire", "adjust")
MEMBERSHIP_STATUSES = ("active", "past_due", "paused", "cancelled", "ended")
INVOICE_KINDS = ("invoice", "credit_note")
INVOICE_STATUSES = ("draft", "open", "paid", "void", "uncollectible")
PAYMENT_METHODS = ("cash", "bank_transfer", "card_terminal", "stripe", "other")
PAYMENT_STATUSES = ("pending", "succeeded", "failed")


@encrypted_columns("stripe_secret_key_encrypted", "stripe_webhook_secret_encrypted")
class BillingSettings(Base):
    """One studio's billing policy, invoice letterhead and Stripe account."""

    __tablename__ = "billing_settings"
    __table_args__ = (
        sa.CheckConstraint("currency ~ '^[A-Z]{3}$'", name="currency_iso"),
        sa.CheckConstraint(f"credit_policy IN {CREDIT_POLICIES}", name="credit_policy_valid"),
        sa.CheckConstraint(f"late_cancel_penalty IN {PENALTIES}", name="late_cancel_penalty_valid"),
        sa.CheckConstraint(f"no_show_penalty IN {PENALTIES}", name="no_show_penalty_valid"),
        sa.CheckConstraint("late_cancel_hours BETWEEN 0 AND 336", name="late_cancel_hours_valid"),
        sa.CheckConstraint("late_cancel_fee >= 0 AND no_show_fee >= 0", name="fees_not_negative"),
        sa.CheckConstraint("invoice_due_days BETWEEN 0 AND 365", name="invoice_due_days_valid"),
        sa.CheckConstraint("grace_days BETWEEN 0 AND 60", name="grace_days_valid"),
    )

    organization_id: Mapped[int] = mapped_column(
        sa.ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    currency: Mapped[str] = mapped_column(sa.String(3), default="USD", server_default="USD")
    credit_policy: Mapped[str] = mapped_column(sa.String(8), default="warn", server_default="warn")
    # A cancel closer than this to the start is late.
    late_cancel_hours: Mapped[int] = mapped_column(default=24, server_default="24")
    late_cancel_penalty: Mapped[str] = mapped_column(sa.String(8), default="forfeit", server_default="forfeit")
    late_cancel_fee: Mapped[int] = mapped_column(default=0, server_default="0")
    no_show_penalty: Mapped[str] = mapped_column(sa.String(8), default="forfeit", server_default="forfeit")
    no_show_fee: Mapped[int] = mapped_column(default=0, server_default="0")
    invoice_due_days: Mapped[int] = mapped_column(default=14, server_default="14")
    # Days after a failed renewal on which it is tried again; after the last one the membership pauses.
    retry_days: Mapped[list[int]] = mapped_column(
        ARRAY(sa.Integer), default=lambda: [1, 3, 7], server_default="{1,3,7}"
    )
    # Days after the first failure during which a past-due member may still book.
    grace_days: Mapped[int] = mapped_column(default=7, server_default="7")
    # The letterhead of invoices.
    legal_name: Mapped[str | None] = mapped_column(sa.String(200))
    address: Mapped[str | None] = mapped_column(sa.String(500))
    tax_id: Mapped[str | None] = mapped_column(sa.String(50))
    invoice_footer: Mapped[str | None] = mapped_column(sa.String(1000))
    # The studio's own Stripe account: secrets are stored encrypted (core.crypto) and never returned.
    stripe_publishable_key: Mapped[str | None] = mapped_column(sa.String(200))
    stripe_secret_key_encrypted: Mapped[str | None] = mapped_column(sa.Text)
    stripe_webhook_secret_encrypted: Mapped[str | None] = mapped_column(sa.Text)
    updated_at: Mapped[datetime] = mapped_column(
        sa.DateTime(timezone=True), server_default=sa.func.now(), onupdate=sa.func.now()
    )


class TaxRate(TenantMixin, TimestampMixin, Base):
    __tablename__ = "tax_rates"
    __table_args__ = (sa.CheckConstraint("basis_points BETWEEN 0 AND 10000", name="basis_points_valid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(80))
    # 2000 is 20.00 %.
    basis_points: Mapped[int]
    # Inclusive: the price already contains the tax (VAT in Europe); exclusive: tax is added on top.
    inclusive: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    archived_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


class Product(TenantMixin, TimestampMixin, Base):
    """Something the studio sells; which columns matter depends on `kind`."""

    __tablename__ = "products"
    __table_args__ = (
        sa.CheckConstraint(f"kind IN {PRODUCT_KINDS}", name="kind_valid"),
        sa.CheckConstraint("price >= 0", name="price_not_negative"),
        sa.CheckConstraint(f"interval IS NULL OR interval IN {INTERVALS}", name="interval_valid"),
        sa.CheckConstraint(
            "kind <> 'pack' OR (session_count > 0 AND valid_days > 0)", name="pack_has_sessions_and_validity"
        ),
        sa.CheckConstraint("kind <> 'membership' OR interval IS NOT NULL", name="membership_has_interval"),
        sa.CheckConstraint("kind <> 'drop_in' OR cardinality(session_kinds) = 1", name="drop_in_has_one_kind"),
        sa.CheckConstraint("minimum_term_periods >= 0 AND notice_days >= 0", name="terms_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(16))
    name: Mapped[str] = mapped_column(sa.String(120))
    description: Mapped[str | None] = mapped_column(sa.String(1000))
    # Minor units of the studio's currency: per pack, per membership period, per session, per item.
    price: Mapped[int]
    tax_rate_id: Mapped[int | None] = mapped_column(sa.ForeignKey("tax_rates.id", ondelete="RESTRICT"), index=True)
    # Session kinds (scheduling.models.KINDS) a pack's or membership's credits pay for; empty means any.
    session_kinds: Mapped[list[str]] = mapped_column(ARRAY(sa.String(16)), default=list, server_default="{}")
    # Packs: how many sessions, usable for how many days from the sale.
    session_count: Mapped[int | None]
    valid_days: Mapped[int | None]
    # Memberships: billed every interval; sessions_per_period None means no credits (unlimited access).
    interval: Mapped[str | None] = mapped_column(sa.String(8))
    sessions_per_period: Mapped[int | None]
    minimum_term_periods: Mapped[int] = mapped_column(default=0, server_default="0")
    notice_days: Mapped[int] = mapped_column(default=0, server_default="0")
    # The Stripe Plan a membership renews on, made in the studio's account on first use.
    stripe_plan_id: Mapped[str | None] = mapped_column(sa.String(100))
    archived_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))

    tax_rate: Mapped[TaxRate | None] = relationship(lazy="raise")


class Discount(TenantMixin, TimestampMixin, Base):
    __tablename__ = "discounts"
    __table_args__ = (
        sa.CheckConstraint("(basis_points IS NULL) <> (amount IS NULL)", name="percent_or_amount"),
        sa.CheckConstraint("basis_points IS NULL OR basis_points BETWEEN 1 AND 10000", name="basis_points_valid"),
        sa.CheckConstraint("amount IS NULL OR amount > 0", name="amount_positive"),
        sa.CheckConstraint(f"duration IN {DISCOUNT_DURATIONS}", name="duration_valid"),
        sa.CheckConstraint(
            "(duration = 'repeating') = (duration_periods IS NOT NULL AND duration_periods > 0)",
            name="repeating_has_periods",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(80))
    basis_points: Mapped[int | None]
    amount: Mapped[int | None]
    # once: the first invoice; repeating: the first `duration_periods` periods of a membership; forever.
    duration: Mapped[str] = mapped_column(sa.String(12), default="once", server_default="once")
    duration_periods: Mapped[int | None]
    archived_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))


class Membership(TenantMixin, TimestampMixin, Base):
    """A client's recurring plan; its price and interval are copied from the product when it starts."""

    __tablename__ = "memberships"
    __table_args__ = (
        sa.CheckConstraint(f"status IN {MEMBERSHIP_STATUSES}", name="status_valid"),
        sa.CheckConstraint(f"interval IN {INTERVALS}", name="interval_valid"),
        sa.CheckConstraint("price >= 0", name="price_not_negative"),
        sa.CheckConstraint("current_period_end > current_period_start", name="period_valid"),
        sa.Index("ix_memberships_renewal", "status", "current_period_end"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(sa.ForeignKey("products.id", ondelete="RESTRICT"), index=True)
    status: Mapped[str] = mapped_column(sa.String(12), default="active", server_default="active")
    price: Mapped[int]
    interval: Mapped[str] = mapped_column(sa.String(8))
    sessions_per_period: Mapped[int | None]
    started_on: Mapped[date]
    current_period_start: Mapped[date]
    current_period_end: Mapped[date]
    # The first day on which the client may leave without breaking the minimum term.
    minimum_term_ends_on: Mapped[date]
    discount_id: Mapped[int | None] = mapped_column(sa.ForeignKey("discounts.id", ondelete="SET NULL"))
    # Periods the discount still applies to; None with a discount means forever.
    discount_periods_left: Mapped[int | None]
    # Charged automatically by Stripe (a subscription) or invoiced to be paid by hand.
    collection: Mapped[str] = mapped_column(sa.String(8), default="manual", server_default="manual")
    stripe_subscription_id: Mapped[str | None] = mapped_column(sa.String(100), unique=True)
    cancel_requested_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # The last day of access once notice is given or the membership is cancelled.
    ends_on: Mapped[date | None]
    # Dunning: when the first renewal payment failed, how many retries are done, when the next is due.
    past_due_since: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    failed_attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    next_retry_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    paused_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)

    client: Mapped[Client] = relationship(lazy="raise")
    product: Mapped[Product] = relationship(lazy="raise")
    discount: Mapped[Discount | None] = relationship(lazy="raise")


class CreditEntry(TenantMixin, Base):
    """One line of a client's session-credit ledger; rows are only ever added.

    A `grant` adds credits (a pack sold, a membership period started, `quantity` > 0) with the session
    kinds they pay for and when they expire. Every other row names the grant it draws on: `reserve`
    (-1) when a session is booked, `release` (+1) when it is cancelled in time, `expire` (the rest of a
    grant when it lapses), `adjust` (by hand, with a note). A grant's remaining credits are its own
    quantity plus the quantities of the rows that name it; a client's balance is the sum of all rows.
    """

    __tablename__ = "credit_entries"
    __table_args__ = (
        sa.CheckConstraint(f"kind IN {CREDIT_ENTRY_KINDS}", name="kind_valid"),
        sa.CheckConstraint("(kind = 'grant') = (grant_id IS NULL)", name="non_grants_name_their_grant"),
        sa.CheckConstraint("kind <> 'grant' OR quantity > 0", name="grant_positive"),
        sa.CheckConstraint("kind <> 'reserve' OR quantity < 0", name="reserve_negative"),
        sa.CheckConstraint("kind <> 'release' OR quantity > 0", name="release_positive"),
        sa.Index("ix_credit_entries_client", "client_id", "created_at"),
        sa.Index("ix_credit_entries_session", "session_id", "client_id"),
    )

    id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(sa.String(8))
    quantity: Mapped[int]
    grant_id: Mapped[int | None] = mapped_column(
        sa.BigInteger, sa.ForeignKey("credit_entries.id", ondelete="CASCADE"), index=True
    )
    # Grants: what they pay for and until when.
    session_kinds: Mapped[list[str]] = mapped_column(ARRAY(sa.String(16)), default=list, server_default="{}")
    expires_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # Where the row came from.
    product_id: Mapped[int | None] = mapped_column(sa.ForeignKey("products.id", ondelete="SET NULL"))
    membership_id: Mapped[int | None] = mapped_column(sa.ForeignKey("memberships.id", ondelete="SET NULL"))
    invoice_id: Mapped[int | None] = mapped_column(sa.ForeignKey("invoices.id", ondelete="SET NULL"))
    session_id: Mapped[int | None] = mapped_column(sa.ForeignKey("sessions.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(sa.String(500))
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


class InvoiceCounter(Base):
    """The last number a studio used in a year for one kind of invoice; its row lock serialises numbering."""

    __tablename__ = "invoice_counters"

    organization_id: Mapped[int] = mapped_column(
        sa.ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    # Invoices and credit notes are numbered in sequences of their own (INV-2026-000123, CN-2026-000007).
    kind: Mapped[str] = mapped_column(sa.String(12), primary_key=True, server_default="invoice")
    year: Mapped[int] = mapped_column(sa.SmallInteger, primary_key=True)
    last_number: Mapped[int] = mapped_column(default=0)


class Invoice(TenantMixin, TimestampMixin, Base):
    """An invoice or a credit note; its totals are written by `billing.money` from its lines.

    A draft has no number; finalising it (draft -> open) takes the next number. A credit note has
    negative totals, names the invoice it corrects, and lowers what that invoice still asks for.
    """

    __tablename__ = "invoices"
    __table_args__ = (
        sa.CheckConstraint(f"kind IN {INVOICE_KINDS}", name="kind_valid"),
        sa.CheckConstraint(f"status IN {INVOICE_STATUSES}", name="status_valid"),
        sa.CheckConstraint("status = 'draft' OR number IS NOT NULL", name="finalised_have_numbers"),
        sa.CheckConstraint("(kind = 'credit_note') = (credit_note_for_id IS NOT NULL)", name="credit_note_target"),
        sa.CheckConstraint("amount_paid >= 0", name="amount_paid_not_negative"),
        sa.UniqueConstraint("organization_id", "number", name="uq_invoices_organization_number"),
        sa.Index("ix_invoices_org_status_due", "organization_id", "status", "due_on"),
        sa.Index("ix_invoices_org_issued", "organization_id", "issued_on"),
        sa.Index("ix_invoices_client", "client_id", "issued_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(sa.String(12), default="invoice", server_default="invoice")
    number: Mapped[str | None] = mapped_column(sa.String(32))
    status: Mapped[str] = mapped_column(sa.String(14), default="draft", server_default="draft")
    currency: Mapped[str] = mapped_column(sa.String(3))
    issued_on: Mapped[date | None]
    due_on: Mapped[date | None]
    subtotal: Mapped[int] = mapped_column(default=0, server_default="0")
    discount_total: Mapped[int] = mapped_column(default=0, server_default="0")
    tax_total: Mapped[int] = mapped_column(default=0, server_default="0")
    total: Mapped[int] = mapped_column(default=0, server_default="0")
    amount_paid: Mapped[int] = mapped_column(default=0, server_default="0")
    # Credit notes issued against this invoice, as a positive amount.
    amount_credited: Mapped[int] = mapped_column(default=0, server_default="0")
    credit_note_for_id: Mapped[int | None] = mapped_column(sa.ForeignKey("invoices.id", ondelete="RESTRICT"))
    membership_id: Mapped[int | None] = mapped_column(sa.ForeignKey("memberships.id", ondelete="SET NULL"), index=True)
    discount_id: Mapped[int | None] = mapped_column(sa.ForeignKey("discounts.id", ondelete="SET NULL"))
    # The membership period an invoice bills, so a renewal is never invoiced twice.
    period_start: Mapped[date | None]
    period_end: Mapped[date | None]
    notes: Mapped[str | None] = mapped_column(sa.String(2000))
    stripe_invoice_id: Mapped[str | None] = mapped_column(sa.String(100), unique=True)
    stripe_payment_intent_id: Mapped[str | None] = mapped_column(sa.String(100), unique=True)
    paid_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    voided_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)

    client: Mapped[Client] = relationship(lazy="raise")
    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice", lazy="raise", order_by="InvoiceLine.position", cascade="all, delete-orphan"
    )

    @property
    def amount_due(self) -> int:
        if self.status in ("void", "uncollectible", "draft") or self.kind == "credit_note":
            return 0
        return max(0, self.total - self.amount_credited - self.amount_paid)


class InvoiceLine(TenantMixin, Base):
    __tablename__ = "invoice_lines"
    __table_args__ = (
        sa.CheckConstraint("quantity > 0", name="quantity_positive"),
        sa.CheckConstraint("tax_basis_points BETWEEN 0 AND 10000", name="tax_basis_points_valid"),
        sa.Index("ix_invoice_lines_invoice", "invoice_id", "position"),
    )

    id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(sa.ForeignKey("invoices.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(sa.SmallInteger)
    description: Mapped[str] = mapped_column(sa.String(300))
    product_id: Mapped[int | None] = mapped_column(sa.ForeignKey("products.id", ondelete="SET NULL"), index=True)
    # A drop-in or a late-cancel / no-show fee names its session; revenue by trainer follows it.
    session_id: Mapped[int | None] = mapped_column(sa.ForeignKey("sessions.id", ondelete="SET NULL"), index=True)
    quantity: Mapped[int] = mapped_column(default=1)
    # Minor units, negative on credit notes.
    unit_price: Mapped[int]
    # The tax as it was when the line was written, so a later change of rate leaves old invoices alone.
    tax_name: Mapped[str | None] = mapped_column(sa.String(80))
    tax_basis_points: Mapped[int] = mapped_column(default=0, server_default="0")
    tax_inclusive: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    discount: Mapped[int] = mapped_column(default=0, server_default="0")
    # Written by billing.money: net of discount and tax, the tax, and net + tax.
    net: Mapped[int] = mapped_column(default=0, server_default="0")
    tax: Mapped[int] = mapped_column(default=0, server_default="0")
    total: Mapped[int] = mapped_column(default=0, server_default="0")

    invoice: Mapped[Invoice] = relationship(back_populates="lines", lazy="raise")


class Payment(TenantMixin, TimestampMixin, Base):
    """Money received against one invoice, by hand or through Stripe; a failed attempt is kept too."""

    __tablename__ = "payments"
    __table_args__ = (
        sa.CheckConstraint(f"method IN {PAYMENT_METHODS}", name="method_valid"),
        sa.CheckConstraint(f"status IN {PAYMENT_STATUSES}", name="status_valid"),
        sa.CheckConstraint("amount > 0", name="amount_positive"),
        sa.CheckConstraint("amount_refunded >= 0 AND amount_refunded <= amount", name="refund_within_amount"),
        # Covering: a revenue report sums a studio's payments of a range from the index alone.
        sa.Index(
            "ix_payments_org_received",
            "organization_id",
            "received_at",
            postgresql_include=["status", "amount", "invoice_id"],
        ),
        sa.Index("ix_payments_invoice", "invoice_id"),
        sa.Index("ix_payments_client", "client_id", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(sa.ForeignKey("invoices.id", ondelete="RESTRICT"))
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="RESTRICT"))
    amount: Mapped[int]
    currency: Mapped[str] = mapped_column(sa.String(3))
    method: Mapped[str] = mapped_column(sa.String(16))
    status: Mapped[str] = mapped_column(sa.String(10), default="succeeded", server_default="succeeded")
    reference: Mapped[str | None] = mapped_column(sa.String(200))
    received_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    amount_refunded: Mapped[int] = mapped_column(default=0, server_default="0")
    failure_message: Mapped[str | None] = mapped_column(sa.String(500))
    stripe_payment_intent_id: Mapped[str | None] = mapped_column(sa.String(100), unique=True)
    stripe_charge_id: Mapped[str | None] = mapped_column(sa.String(100))
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)

    invoice: Mapped[Invoice] = relationship(lazy="raise")
    client: Mapped[Client] = relationship(lazy="raise")


class Refund(TenantMixin, Base):
    __tablename__ = "refunds"
    __table_args__ = (
        sa.CheckConstraint("amount > 0", name="amount_positive"),
        sa.Index(
            "ix_refunds_org_refunded", "organization_id", "refunded_at", postgresql_include=["amount", "payment_id"]
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(sa.ForeignKey("payments.id", ondelete="RESTRICT"), index=True)
    amount: Mapped[int]
    reason: Mapped[str] = mapped_column(sa.String(500))
    stripe_refund_id: Mapped[str | None] = mapped_column(sa.String(100), unique=True)
    refunded_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)

    payment: Mapped[Payment] = relationship(lazy="raise")


class StripeCustomer(TenantMixin, Base):
    """The Stripe customer that stands for one client in the studio's Stripe account."""

    __tablename__ = "stripe_customers"

    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True)
    stripe_customer_id: Mapped[str] = mapped_column(sa.String(100), unique=True)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


class SavedCard(TenantMixin, Base):
    """A card a client saved through a SetupIntent: only what Stripe lets us show, never the number."""

    __tablename__ = "saved_cards"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(sa.ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    stripe_payment_method_id: Mapped[str] = mapped_column(sa.String(100), unique=True)
    brand: Mapped[str] = mapped_column(sa.String(20))
    last4: Mapped[str] = mapped_column(sa.String(4))
    exp_month: Mapped[int] = mapped_column(sa.SmallInteger)
    exp_year: Mapped[int] = mapped_column(sa.SmallInteger)
    is_default: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


class StripeEvent(Base):
    """Each Stripe webhook event once: its id is the key, so a replay or a duplicate changes nothing."""

    __tablename__ = "stripe_events"

    id: Mapped[str] = mapped_column(sa.String(100), primary_key=True)
    organization_id: Mapped[int] = mapped_column(sa.ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(sa.String(100))
    # Stripe's own `created`, to tell a newer state of an object from an older one arriving late.
    created: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    payload: Mapped[dict[str, Any]] = mapped_column(JSONB)
    received_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())
    processed_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    error: Mapped[str | None] = mapped_column(sa.String(1000))
