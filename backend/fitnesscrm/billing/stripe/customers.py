"""The Stripe customer that stands for each client, made in the studio's account on first need."""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.billing.models import StripeCustomer
from fitnesscrm.billing.stripe import gateway
from fitnesscrm.clients.models import Client
from fitnesscrm.extensions import db

# pg_advisory_xact_lock(namespace, client id): one transaction at a time makes a client's customer.
_LOCK_NAMESPACE = 0x5354_4355  # "STCU"


def find(*, organization_id: int, client_id: int) -> str | None:
    """The client's Stripe customer id, or None when they have none yet."""
    return db.session.execute(
        sa.select(StripeCustomer.stripe_customer_id).where(
            StripeCustomer.organization_id == organization_id, StripeCustomer.client_id == client_id
        )
    ).scalar_one_or_none()


def ensure(*, client: Client) -> str:
    """The client's Stripe customer id, creating the customer in Stripe (once, under a lock) when missing."""
    existing = find(organization_id=client.organization_id, client_id=client.id)
    if existing:
        return existing
    db.session.execute(sa.select(sa.func.pg_advisory_xact_lock(_LOCK_NAMESPACE, client.id)))
    existing = find(organization_id=client.organization_id, client_id=client.id)
    if existing:
        return existing
    customer_id = gateway.create_customer(
        organization_id=client.organization_id,
        name=f"{client.first_name} {client.last_name}",
        email=client.email,
        metadata={"organization_id": str(client.organization_id), "client_id": str(client.id)},
        # A transaction rolled back after Stripe made the customer gets the same customer when tried again.
        idempotency_key=f"customer-{client.organization_id}-{client.id}",
    )
    db.session.add(
        StripeCustomer(organization_id=client.organization_id, client_id=client.id, stripe_customer_id=customer_id)
    )
    db.session.flush()
    return customer_id


def client_for(*, organization_id: int, customer_id: str | None) -> int | None:
    """The client a Stripe customer stands for, or None."""
    if not customer_id:
        return None
    return db.session.execute(
        sa.select(StripeCustomer.client_id).where(
            StripeCustomer.organization_id == organization_id, StripeCustomer.stripe_customer_id == customer_id
        )
    ).scalar_one_or_none()
