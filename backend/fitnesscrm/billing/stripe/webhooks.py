"""Stripe's webhooks: verified, stored once by event id, answered at once, and processed in a job.

The request only checks the signature (the studio's `whsec_` secret, Stripe's 300-second tolerance
on its timestamp) and inserts the event with `ON CONFLICT DO NOTHING`, deferring its job in the same
transaction; a replayed or duplicated event inserts nothing and defers nothing. The job looks the
event's object up in Stripe as it is now instead of trusting the snapshot in the event, so events
that arrive late or out of order (an invoice's `paid` before its `created`) change nothing backwards.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import procrastinate
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert

from fitnesscrm.billing.models import StripeEvent
from fitnesscrm.billing.stripe import cards, gateway, payments, renewals
from fitnesscrm.core import jobs
from fitnesscrm.errors import AppError
from fitnesscrm.extensions import db
from fitnesscrm.organizations.models import Organization

log = logging.getLogger(__name__)

INVOICE_EVENTS = ("invoice.created", "invoice.finalized", "invoice.paid", "invoice.payment_succeeded")
SUBSCRIPTION_EVENTS = (
    "customer.subscription.created",
    "customer.subscription.updated",
    "customer.subscription.deleted",
)
# Stripe unreachable or slow: the job tries again, waiting longer each time (about 9 hours in all).
RETRY = procrastinate.RetryStrategy(max_attempts=10, exponential_wait=5, retry_exceptions={gateway.StripeError})


def _webhook_secret(organization_id: int) -> str | None:
    from fitnesscrm.billing.settings.service import stripe_webhook_secret

    return stripe_webhook_secret(organization_id)


def receive(*, organization_id: int, payload: bytes, signature: str | None) -> bool:
    """Store a signed event once and queue its processing; whether it was new. BadSignature (400) otherwise."""
    # A studio that does not exist is answered as one without a secret, so the answer tells nobody which ids exist.
    exists = db.session.get(Organization, organization_id) is not None
    secret = _webhook_secret(organization_id) if exists else None
    if not secret:
        raise gateway.BadSignature("This studio has no Stripe webhook secret, so no event can be verified.")
    event = gateway.verify_event(payload=payload, signature=signature, secret=secret)
    stored = db.session.execute(
        insert(StripeEvent)
        .values(
            id=str(event["id"])[:100],
            organization_id=organization_id,
            type=str(event["type"])[:100],
            created=datetime.fromtimestamp(int(event["created"]), UTC),
            payload=event,
        )
        .on_conflict_do_nothing(index_elements=[StripeEvent.id])
        .returning(StripeEvent.id)
    ).scalar_one_or_none()
    if stored is not None:
        jobs.defer(process_event_task, event_id=stored)
    db.session.commit()
    return stored is not None


@jobs.task(name="billing.stripe.process-event", retry=RETRY)
def process_event_task(event_id: str) -> None:
    """Apply one stored Stripe event to our records (a job, so the webhook answers at once)."""
    process(event_id=event_id)


def process(*, event_id: str) -> None:
    """Apply a stored event once: looked up afresh in Stripe, then marked processed (or its error kept)."""
    event = db.session.execute(
        sa.select(StripeEvent).where(StripeEvent.id == event_id).with_for_update(skip_locked=True)
    ).scalar_one_or_none()
    if event is None or event.processed_at is not None:
        db.session.rollback()
        return
    organization_id, kind, snapshot = event.organization_id, event.type, event.payload["data"]["object"]
    try:
        _apply(organization_id=organization_id, kind=kind, snapshot=snapshot)
    except gateway.StripeError as error:
        db.session.rollback()
        _finish(event_id, error=error.message, processed=False)
        raise  # Stripe may answer later: the job's retry strategy runs it again
    except AppError as error:
        # Our records refuse the change (an invoice paid by hand meanwhile): keep why, for reconciling.
        db.session.rollback()
        log.warning("Stripe event %s (%s) not applied: %s", event_id, kind, error.message)
        _finish(event_id, error=error.message, processed=True)
        return
    _finish(event_id, error=None, processed=True)


def _finish(event_id: str, *, error: str | None, processed: bool) -> None:
    db.session.execute(
        sa.update(StripeEvent)
        .where(StripeEvent.id == event_id)
        .values(error=error[:1000] if error else None, processed_at=sa.func.now() if processed else None)
    )
    db.session.commit()


def _apply(*, organization_id: int, kind: str, snapshot: dict[str, Any]) -> None:
    object_id = snapshot.get("id")
    if kind == "setup_intent.succeeded":
        live = gateway.retrieve_setup_intent(organization_id=organization_id, setup_intent_id=object_id)
        cards.record_from_setup_intent(organization_id=organization_id, setup_intent=live)
    elif kind in ("payment_intent.succeeded", "payment_intent.payment_failed"):
        live = gateway.retrieve_payment_intent(organization_id=organization_id, payment_intent_id=object_id)
        payments.sync_payment_intent(organization_id=organization_id, payment_intent=live)
    elif kind in INVOICE_EVENTS or kind == "invoice.payment_failed":
        live = gateway.retrieve_invoice(organization_id=organization_id, invoice_id=object_id)
        renewals.sync_invoice(
            organization_id=organization_id, stripe_invoice=live, failed=kind == "invoice.payment_failed"
        )
    elif kind in SUBSCRIPTION_EVENTS:
        live = gateway.retrieve_subscription(organization_id=organization_id, subscription_id=object_id)
        renewals.sync_subscription(organization_id=organization_id, subscription=live)
    db.session.commit()
