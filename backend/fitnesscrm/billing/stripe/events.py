"""Stripe's part in other billing events: a membership started for collection by Stripe gets its subscription."""

from __future__ import annotations

import logging

from fitnesscrm.billing.events import MembershipChanged, MembershipStarted
from fitnesscrm.billing.models import Membership
from fitnesscrm.billing.stripe import gateway, subscriptions
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
                label=subscriptions.label(membership),
                changes={
                    "collection": {"before": "charged through Stripe", "after": f"invoiced by hand: {error.message}"}
                },
            )
        )
        db.session.commit()
