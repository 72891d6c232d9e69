"""Dunning: a membership whose renewal payment failed is past due, retried on the studio's schedule, then paused.

- `PaymentFailed` on a membership's invoice: the membership turns `past_due` (once), and the first
  retry is due `retry_days[0]` days after the failure;
- the hourly job retries what is due: a manual-collection member gets a reminder email through the
  outbox (template `payment_reminder`); a Stripe-collected one is charged again by part C
  (`billing.stripe.subscriptions.retry_invoice`). Each retry schedules the next from `retry_days`;
- for `grace_days` after the failure the member may still book (their credits stay usable); after
  that the membership pauses (credits unusable, no renewals), and retries go on;
- `InvoicePaid` on that invoice (a retry that worked, or a payment recorded by hand) clears the
  dunning and resumes a membership that dunning paused. A pause made by hand stays.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.billing import money
from fitnesscrm.billing.credits import policy
from fitnesscrm.billing.events import InvoicePaid, PaymentFailed
from fitnesscrm.billing.memberships import periods, service
from fitnesscrm.billing.models import BillingSettings, Invoice, Membership, Product
from fitnesscrm.clients.models import Client
from fitnesscrm.core import jobs, urls
from fitnesscrm.core.events import subscribe
from fitnesscrm.extensions import db
from fitnesscrm.notifications import service as notifications

log = logging.getLogger(__name__)
DEFAULT_RETRY_DAYS = (1, 3, 7)
DEFAULT_GRACE_DAYS = 7


def _schedule(organization_id: int) -> tuple[list[int], int]:
    """The studio's retry days and grace days (the defaults when it never saved billing settings)."""
    row = db.session.execute(
        sa.select(BillingSettings.retry_days, BillingSettings.grace_days).where(
            BillingSettings.organization_id == organization_id
        )
    ).one_or_none()
    if row is None:
        return list(DEFAULT_RETRY_DAYS), DEFAULT_GRACE_DAYS
    return sorted(row.retry_days or []), row.grace_days


def _membership_of(invoice_id: int) -> tuple[Invoice, Membership] | None:
    invoice = db.session.get(Invoice, invoice_id)
    if invoice is None or invoice.membership_id is None:
        return None
    membership = db.session.scalars(
        sa.select(Membership).where(Membership.id == invoice.membership_id).with_for_update()
    ).one_or_none()
    return (invoice, membership) if membership else None


@subscribe(PaymentFailed)
def on_payment_failed(event: PaymentFailed) -> None:
    """A membership's renewal payment failed: past due from now, first retry scheduled (later failures: no change)."""
    found = _membership_of(event.invoice_id)
    if found is None:
        return
    _, m = found
    if m.status not in service.RUNNING or m.past_due_since is not None:
        return
    retry_days, _ = _schedule(m.organization_id)
    now = datetime.now(UTC)
    m.status, m.past_due_since, m.failed_attempts = "past_due", now, 1
    m.next_retry_at = now + timedelta(days=retry_days[0]) if retry_days else None
    service.changed(event.actor, m, {"status": {"before": "Active", "after": "Payment overdue"}})


@subscribe(InvoicePaid)
def on_invoice_paid(event: InvoicePaid) -> None:
    """A membership's overdue invoice is paid: dunning ends and a membership it paused runs again."""
    found = _membership_of(event.entity_id)
    if found is None:
        return
    _, m = found
    if m.past_due_since is None:
        return
    before = service.STATUS_WORDS[m.status]
    if m.status in ("past_due", "paused"):
        m.status, m.paused_at = "active", None
    m.past_due_since, m.next_retry_at, m.failed_attempts = None, None, 0
    service.changed(event.actor, m, {"status": {"before": before, "after": service.STATUS_WORDS[m.status]}})


def run_due(*, now: datetime | None = None) -> int:
    """Retry what is due and pause what is past its grace: each membership in a transaction; how many changed."""
    now = now or datetime.now(UTC)
    due = db.session.scalars(
        sa.select(Membership.id)
        .where(Membership.past_due_since.is_not(None), Membership.status.in_(("past_due", "paused")))
        .order_by(Membership.id)
    ).all()
    db.session.rollback()
    return sum(_run_one(membership_id, now) for membership_id in due)


def _overdue_invoice(m: Membership) -> Invoice | None:
    return db.session.scalars(
        sa.select(Invoice)
        .where(Invoice.membership_id == m.id, Invoice.status == "open", Invoice.kind == "invoice")
        .order_by(Invoice.period_start.desc().nulls_last(), Invoice.id.desc())
        .limit(1)
    ).one_or_none()


def _run_one(membership_id: int, now: datetime) -> int:
    m = db.session.scalars(
        sa.select(Membership).where(Membership.id == membership_id).with_for_update(skip_locked=True)
    ).one_or_none()
    if m is None or m.past_due_since is None:
        db.session.rollback()
        return 0
    retry_days, grace_days = _schedule(m.organization_id)
    invoice = _overdue_invoice(m)
    changed = False
    if invoice is not None and m.next_retry_at is not None and m.next_retry_at <= now:
        _retry(m, invoice, grace_until=m.past_due_since + timedelta(days=grace_days), now=now)
        m.failed_attempts += 1
        left = retry_days[m.failed_attempts - 1 :]
        m.next_retry_at = m.past_due_since + timedelta(days=left[0]) if left else None
        changed = True
    if m.status == "past_due" and now >= m.past_due_since + timedelta(days=grace_days):
        m.status, m.paused_at = "paused", now
        service.changed(None, m, {"status": {"before": "Payment overdue", "after": "Paused"}})
        changed = True
    if changed:
        db.session.commit()
    else:
        db.session.rollback()
    return int(changed)


def _retry(m: Membership, invoice: Invoice, *, grace_until: datetime, now: datetime) -> None:
    """One retry: Stripe charges the card again (part C); otherwise the client is reminded by email."""
    if m.collection == "stripe":
        # Part C's Stripe subscriptions, imported where used: billing's parts are built side by side.
        from fitnesscrm.billing.stripe.gateway import StripeError
        from fitnesscrm.billing.stripe.subscriptions import retry_invoice

        try:
            retry_invoice(invoice)
        except StripeError as error:
            log.warning("Retrying invoice %s of membership %s failed: %s", invoice.id, m.id, error)
        return
    client = db.session.get(Client, m.client_id)
    if not client or not client.email:
        return
    product = db.session.get(Product, m.product_id)
    rules = policy.settings_for(m.organization_id)
    notifications.queue_email(
        organization_id=m.organization_id, template="payment_reminder", to_address=client.email,
        to_name=client.full_name, to_user_id=client.user_id,
        subject=f"Payment due: {product.name}, {money.format_money(invoice.amount_due, invoice.currency)}",
        context={
            "first_name": client.first_name, "membership": product.name,
            "amount": money.format_money(invoice.amount_due, invoice.currency), "invoice_number": invoice.number,
            "period": periods.period_words(
                invoice.period_start or m.current_period_start, invoice.period_end or m.current_period_end
            ),
            "grace_until": policy.local_day(grace_until, rules.timezone) if grace_until > now else None,
            "url": urls.public_url("/portal/billing"),
        },
        idempotency_key=f"payment-reminder-{invoice.id}-{m.failed_attempts}",
    )  # fmt: skip


@jobs.periodic(cron="53 * * * *", name="membership-dunning")
def dunning_hourly(timestamp: int) -> None:
    """Hourly: retry overdue membership payments on the studio's schedule and pause those past their grace."""
    run_due()
