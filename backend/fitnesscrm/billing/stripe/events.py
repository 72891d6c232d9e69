"""Stripe's part in other billing events: a membership charged by Stripe gets its subscription, and loses it."""

from __future__ import annotations

import logging

from fitnesscrm.billing.events import MembershipChanged, MembershipStarted
from fitnesscrm.billing.models import Membership
from fitnesscrm.billing.stripe import gateway, renewals, subscriptions
from fitnesscrm.billing.stripe import webhooks as webhooks
from fitnesscrm.core import events, jobs
from fitnesscrm.errors import AppError
from fitnesscrm.extensions import db

log = logging.getLogger(__name__)


@events.subscribe(MembershipStarted)
def subscribe_when_started(event: MembershipStarted) -> None:
    """A membership to be charged by Stripe: make its subscription in a job, once the start has committed."""
    membership = db.session.get(Membership, event.entity_id)
    if membership is not None and membership.collection == "stripe" and not membership.stripe_subscription_id:
        jobs.defer(
            subscribe_membership,
            organization_id=event.organization_id,
            membership_id=event.entity_id,
            queueing_lock=f"stripe-subscribe-{event.entity_id}",
        )


@events.subscribe(MembershipChanged)
def stop_charging_when_ending(event: MembershipChanged) -> None:
    """A Stripe-charged membership cancelled or given notice: Stripe is told in a job, once the change commits."""
    membership = db.session.get(Membership, event.entity_id)
    ending = membership is not None and (membership.status in ("cancelled", "ended") or membership.ends_on)
    if ending and membership.stripe_subscription_id:
        jobs.defer(
            stop_charging_membership,
            organization_id=event.organization_id,
            membership_id=membership.id,
            queueing_lock=f"stripe-stop-{membership.id}",
        )


@jobs.task(name="billing.stripe.stop-charging-membership", retry=webhooks.RETRY)
def stop_charging_membership(organization_id: int, membership_id: int) -> None:
    """Tell Stripe when to stop charging a membership that ends (now, or after the period of its last day)."""
    subscriptions.stop_charging(organization_id=organization_id, membership_id=membership_id)


@jobs.task(name="billing.stripe.subscribe-membership", retry=webhooks.RETRY)
def subscribe_membership(organization_id: int, membership_id: int) -> None:
    """Create the Stripe subscription of a membership; when Stripe cannot take it, it is invoiced by hand instead."""
    try:
        subscriptions.subscribe(actor=None, organization_id=organization_id, membership_id=membership_id)
    except gateway.StripeError:
        db.session.rollback()
        raise
    except AppError as error:
        db.session.rollback()
        membership = db.session.get(Membership, membership_id)
        if membership is None or membership.stripe_subscription_id:
            return
        log.warning("Membership %s stays invoiced by hand: %s", membership_id, error.message)
        membership.collection = "manual"
        events.record(
            MembershipChanged(
                organization_id=organization_id,
                actor=None,
                entity_id=membership.id,
                client_id=membership.client_id,
                label=renewals.label(membership),
                changes={
                    "collection": {"before": "charged through Stripe", "after": f"invoiced by hand: {error.message}"}
                },
            )
        )
        db.session.commit()
