"""The rules for memberships: start (first period invoiced, credits granted), list, cancel per notice and
minimum term, pause and resume.

`start` writes in the caller's transaction and does not commit: a sale (part A) starts a membership
together with its invoice, and both are kept or neither. `create` is the request of its own that
starts one and commits. Renewals are `renewals.py`; failed payments `dunning.py`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from fitnesscrm.billing import money
from fitnesscrm.billing.credits import policy
from fitnesscrm.billing.credits import service as credits
from fitnesscrm.billing.events import MembershipChanged, MembershipStarted
from fitnesscrm.billing.memberships import periods
from fitnesscrm.billing.models import Discount, Invoice, Membership, Product
from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.errors import Conflict, Forbidden, NotFound, ValidationError
from fitnesscrm.extensions import db

COLLECTIONS = ("manual", "stripe")
# Statuses in which a membership still runs (and renews, for manual collection).
RUNNING = ("active", "past_due")
STATUS_WORDS = {
    "active": "Active", "past_due": "Payment overdue", "paused": "Paused", "cancelled": "Cancelled", "ended": "Ended",
}  # fmt: skip


def _product(organization_id: int, product_id: int) -> Product:
    product = db.session.get(Product, product_id)
    if product is None or product.organization_id != organization_id:
        raise NotFound("No such product.")
    if product.kind != "membership":
        raise ValidationError(f"{product.name} is not a membership.", fields={"product_id": ["Not a membership."]})
    if product.archived_at is not None:
        raise Conflict(f"{product.name} is no longer sold.", code="product_archived")
    return product


def _discount(organization_id: int, discount_id: int | None) -> Discount | None:
    if discount_id is None:
        return None
    discount = db.session.get(Discount, discount_id)
    if discount is None or discount.organization_id != organization_id:
        raise NotFound("No such discount.")
    if discount.archived_at is not None:
        raise Conflict(f"The discount {discount.name} is no longer offered.", code="discount_archived")
    return discount


def start(
    *,
    actor: Principal | None,
    organization_id: int,
    client_id: int,
    product_id: int,
    starts_on: date | None = None,
    discount_id: int | None = None,
    collection: str = "manual",
) -> Membership:
    """Start a membership: its first period invoiced (part A) and its credits granted; in the caller's transaction."""
    if collection not in COLLECTIONS:
        raise ValidationError("Collection is manual or stripe.", fields={"collection": ["manual or stripe."]})
    product = _product(organization_id, product_id)
    client = db.session.get(Client, client_id)
    if client is None or client.organization_id != organization_id:
        raise NotFound("No such client.")
    discount = _discount(organization_id, discount_id)
    zone = policy.settings_for(organization_id).timezone
    starts_on = starts_on or periods.today(zone)
    membership = Membership(
        organization_id=organization_id, client_id=client.id, product_id=product.id, status="active",
        price=product.price, interval=product.interval, sessions_per_period=product.sessions_per_period,
        started_on=starts_on, current_period_start=starts_on,
        current_period_end=periods.add_intervals(starts_on, product.interval, 1),
        minimum_term_ends_on=periods.add_intervals(starts_on, product.interval, product.minimum_term_periods),
        discount_id=discount.id if discount else None,
        discount_periods_left=None if discount is None or discount.duration == "forever" else (
            1 if discount.duration == "once" else discount.duration_periods
        ),
        collection=collection, created_by_id=actor.user_id if actor else None,
    )  # fmt: skip
    db.session.add(membership)
    db.session.flush()
    invoice_period(actor, membership, product, zone=zone)
    first_period = periods.period_words(starts_on, membership.current_period_end)
    events.record(
        MembershipStarted(
            organization_id=organization_id, actor=actor, entity_id=membership.id, client_id=client.id,
            label=f"{product.name} for {client.full_name}",
            changes={"status": {"before": None, "after": "Active"},
                     "period": {"before": None, "after": first_period}},
        )
    )  # fmt: skip
    return membership


def invoice_period(actor: Principal | None, membership: Membership, product: Product, *, zone: str) -> Invoice:
    """Invoice the membership's current period once and grant its credits; an invoice already made is reused.

    The membership's row must be new or locked by the caller, so two renewals cannot both pass the check.
    """
    start, end = membership.current_period_start, membership.current_period_end
    invoice = db.session.scalar(
        sa.select(Invoice).where(
            Invoice.membership_id == membership.id, Invoice.period_start == start, Invoice.kind == "invoice",
            Invoice.status != "void",
        )
    )  # fmt: skip
    if invoice is not None:
        return invoice
    discounted = membership.discount_id is not None and membership.discount_periods_left != 0
    # Part A's invoices, imported where used: billing's parts are built side by side.
    from fitnesscrm.billing.invoices.service import LineInput, create_invoice

    invoice = create_invoice(
        actor=actor, organization_id=membership.organization_id, client_id=membership.client_id,
        lines=[LineInput(description=f"{product.name}, {periods.period_words(start, end)}", unit_price=membership.price,
                         product_id=product.id, tax_rate_id=product.tax_rate_id)],
        discount_id=membership.discount_id if discounted else None, membership_id=membership.id,
        period_start=start, period_end=end, finalise=True,
    )  # fmt: skip
    if discounted and membership.discount_periods_left is not None:
        membership.discount_periods_left -= 1
    if membership.sessions_per_period:
        credits.grant(
            actor=actor, organization_id=membership.organization_id, client_id=membership.client_id,
            quantity=membership.sessions_per_period, session_kinds=product.session_kinds,
            expires_at=periods.midnight(end, zone), product_id=product.id, membership_id=membership.id,
            invoice_id=invoice.id,
        )  # fmt: skip
    return invoice


def create(*, actor: Principal, client_id: int, **fields: Any) -> Membership:
    """Start a membership for a client the caller may see (owners and admins) and commit."""
    actor.require(Role.OWNER, Role.ADMIN)
    client = clients.find(actor=actor, client_id=client_id)
    membership = start(actor=actor, organization_id=actor.organization_id, client_id=client.id, **fields)
    db.session.commit()
    return get(actor=actor, membership_id=membership.id)


def _visible(actor: Principal) -> sa.Select:
    """Memberships of the clients the caller may see (a client: their own; a trainer: those they coach)."""
    seen = clients.visible(actor).with_only_columns(Client.id)
    return (
        sa.select(Membership)
        .options(joinedload(Membership.client), joinedload(Membership.product))
        .where(Membership.organization_id == actor.organization_id, Membership.client_id.in_(seen))
    )


def describe(memberships: list[Membership], organization_id: int) -> list[Membership]:
    """Attach the sentences people read (price, renewal, end and why) to each membership; no statement per row."""
    rules = policy.settings_for(organization_id)
    for m in memberships:
        every = periods.INTERVAL_WORDS[m.interval]
        allowance = f", {m.sessions_per_period} sessions {every}" if m.sessions_per_period else ", unlimited sessions"
        m.client_name, m.product_name = m.client.full_name, m.product.name
        m.price_display = money.format_money(m.price, rules.currency)
        m.status_label = STATUS_WORDS[m.status]
        if m.ends_on is not None:
            upcoming = f"ends on {periods.day_words(m.ends_on)}"
        elif m.status == "paused":
            upcoming = "paused: not renewed until resumed"
        elif m.collection == "stripe":
            upcoming = f"renewed by card on {periods.day_words(m.current_period_end)}"
        else:
            upcoming = f"renews on {periods.day_words(m.current_period_end)}"
        m.summary = f"{m.price_display} {every}{allowance}; {upcoming}."
        m.ends_explained = explain_end(m, m.product.notice_days, rules.timezone)
    return memberships


def explain_end(m: Membership, notice_days: int, zone: str) -> str | None:
    """Why the membership ends when it does, in a sentence; None while it runs on."""
    if m.ends_on is None:
        return None
    if m.status == "cancelled":
        return f"Cancelled with immediate effect; access ended on {periods.day_words(m.ends_on)}."
    asked = m.cancel_requested_at.astimezone(ZoneInfo(zone)).date() if m.cancel_requested_at else m.ends_on
    reasons = []
    if notice_days:
        reasons.append(f"{notice_days} days' notice runs to {periods.day_words(asked + timedelta(days=notice_days))}")
    if m.minimum_term_ends_on > asked:
        last = m.minimum_term_ends_on - timedelta(days=1)
        reasons.append(f"the minimum term runs to {periods.day_words(last)}")
    why = f": {' and '.join(reasons)}" if reasons else ""
    return (
        f"Notice given on {periods.day_words(asked)}{why}. The membership ends on {periods.day_words(m.ends_on)}, "
        "the last day of that billing period, and is not renewed after it."
    )


def get(*, actor: Principal, membership_id: int) -> Membership:
    """A membership the caller may see, described, or NotFound."""
    membership = db.session.scalars(_visible(actor).where(Membership.id == membership_id)).unique().one_or_none()
    if membership is None:
        raise NotFound("No such membership.")
    return describe([membership], actor.organization_id)[0]


def get_all(
    *,
    actor: Principal,
    page: int = 1,
    per_page: int = 25,
    client_id: int | None = None,
    product_id: int | None = None,
    status: list[str] | None = None,
) -> Page:
    """One page of memberships, newest first, filtered: two statements plus the studio's settings."""
    stmt = _visible(actor)
    if client_id is not None:
        stmt = stmt.where(Membership.client_id == client_id)
    if product_id is not None:
        stmt = stmt.where(Membership.product_id == product_id)
    if status:
        stmt = stmt.where(Membership.status.in_(status))
    result = paginate(stmt.order_by(Membership.started_on.desc(), Membership.id.desc()), page=page, per_page=per_page)
    describe(result.items, actor.organization_id)
    return result


def for_client(*, actor: Principal, client_id: int, page: int = 1, per_page: int = 25) -> Page:
    """A client's memberships, newest first."""
    client = clients.find(actor=actor, client_id=client_id)
    return get_all(actor=actor, client_id=client.id, page=page, per_page=per_page)


def _for_change(actor: Principal, membership_id: int) -> Membership:
    """The membership, locked: a client may change their own, owners and admins any; trainers none."""
    if actor.role == Role.TRAINER:
        raise Forbidden("Trainers do not change memberships.")
    membership = db.session.scalars(
        sa.select(Membership)
        .where(Membership.id == membership_id, Membership.organization_id == actor.organization_id)
        .with_for_update()
    ).one_or_none()
    if membership is None or (actor.role == Role.CLIENT and membership.client_id != actor.client_id):
        raise NotFound("No such membership.")
    return membership


def changed(actor: Principal | None, m: Membership, changes: dict) -> None:
    client = db.session.get(Client, m.client_id)
    product = db.session.get(Product, m.product_id)
    events.record(
        MembershipChanged(
            organization_id=m.organization_id, actor=actor, entity_id=m.id, client_id=m.client_id,
            label=f"{product.name} for {client.full_name}", changes=changes,
        )
    )  # fmt: skip


def cancel(*, actor: Principal, membership_id: int, immediately: bool = False) -> Membership:
    """Give notice (the client or staff): the membership ends at the end of the billing period in which both the
    notice period and the minimum term have run; owners and admins may also end it today."""
    m = _for_change(actor, membership_id)
    if m.status in ("cancelled", "ended"):
        raise Conflict("The membership has already ended.", code="membership_ended")
    if immediately and not actor.is_manager:
        raise Forbidden("Only an owner or admin may end a membership at once.")
    zone = policy.settings_for(m.organization_id).timezone
    today = periods.today(zone)
    before = {"status": STATUS_WORDS[m.status], "ends_on": periods.day_words(m.ends_on) if m.ends_on else None}
    if immediately:
        m.status, m.ends_on = "cancelled", today
    elif m.ends_on is not None:
        return get(actor=actor, membership_id=m.id)
    else:
        notice_days = db.session.scalar(sa.select(Product.notice_days).where(Product.id == m.product_id))
        earliest = max(today + timedelta(days=notice_days), m.minimum_term_ends_on - timedelta(days=1))
        m.ends_on = periods.period_end_covering(
            m.current_period_start, m.interval, earliest, anchor_day=m.started_on.day
        ) - timedelta(days=1)
    m.cancel_requested_at = datetime.now(UTC)
    changed(actor, m, {
        "status": {"before": before["status"], "after": STATUS_WORDS[m.status]},
        "ends_on": {"before": before["ends_on"], "after": periods.day_words(m.ends_on)},
    })  # fmt: skip
    db.session.commit()
    return get(actor=actor, membership_id=m.id)


def pause(*, actor: Principal, membership_id: int) -> Membership:
    """Pause a running membership (owners and admins): no renewals and its credits unusable until resumed."""
    actor.require(Role.OWNER, Role.ADMIN)
    m = _for_change(actor, membership_id)
    if m.status not in RUNNING:
        raise Conflict(f"A membership that is {STATUS_WORDS[m.status].lower()} cannot be paused.", code="not_running")
    before = STATUS_WORDS[m.status]
    m.status, m.paused_at = "paused", datetime.now(UTC)
    changed(actor, m, {"status": {"before": before, "after": "Paused"}})
    db.session.commit()
    return get(actor=actor, membership_id=m.id)


def resume(*, actor: Principal, membership_id: int) -> Membership:
    """Resume a paused membership (owners and admins); still overdue if its renewal is unpaid."""
    actor.require(Role.OWNER, Role.ADMIN)
    m = _for_change(actor, membership_id)
    if m.status != "paused":
        raise Conflict("Only a paused membership can be resumed.", code="not_paused")
    m.status, m.paused_at = ("past_due" if m.past_due_since else "active"), None
    changed(actor, m, {"status": {"before": "Paused", "after": STATUS_WORDS[m.status]}})
    db.session.commit()
    return get(actor=actor, membership_id=m.id)
