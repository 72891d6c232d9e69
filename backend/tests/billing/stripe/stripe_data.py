"""Rows the Stripe tests start from, written through the billing models (parts A and B write them in the product)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
from dateutil.relativedelta import relativedelta

from fitnesscrm.billing.models import BillingSettings, Invoice, Membership, Product
from fitnesscrm.core.crypto import encrypt
from fitnesscrm.extensions import db
from tests.billing.stripe.localstripe import PUBLISHABLE_KEY, SECRET_KEY, WEBHOOK_SECRET


def configure_stripe(organization_id: int, *, secret_key: str | None = SECRET_KEY) -> BillingSettings:
    settings = db.session.get(BillingSettings, organization_id) or BillingSettings(organization_id=organization_id)
    settings.currency = "USD"
    settings.stripe_publishable_key = PUBLISHABLE_KEY
    settings.stripe_secret_key_encrypted = encrypt(secret_key) if secret_key else None
    settings.stripe_webhook_secret_encrypted = encrypt(WEBHOOK_SECRET)
    db.session.add(settings)
    db.session.commit()
    return settings


@pytest.fixture
def stripe_studio(studio):
    """The `studio` of conftest.py with its Stripe account connected (localstripe's keys)."""
    configure_stripe(studio.org.id)
    return studio


def invoice_for(studio, *, client=None, amount: int = 4500, **extra) -> Invoice:
    from fitnesscrm.billing.invoices.service import LineInput, create_invoice

    invoice = create_invoice(
        actor=None,
        organization_id=studio.org.id,
        client_id=(client or studio.client).id,
        lines=[LineInput(description="Pack of 5 sessions", unit_price=amount)],
        finalise=True,
        **extra,
    )
    db.session.commit()  # create_invoice leaves the commit to its caller
    return invoice


@pytest.fixture
def open_invoice(stripe_studio) -> Invoice:
    """An open invoice of $45.00 to the studio's client (the one with a login)."""
    return invoice_for(stripe_studio)


@pytest.fixture
def membership(stripe_studio) -> Membership:
    """A monthly membership of $50.00 with 8 sessions a period, started today, its first period invoiced and open."""
    today = datetime.now(UTC).date()
    product = Product(
        organization_id=stripe_studio.org.id,
        kind="membership",
        name="Monthly unlimited",
        price=5000,
        interval="month",
        sessions_per_period=8,
        session_kinds=["personal"],
    )
    db.session.add(product)
    db.session.flush()
    member = Membership(
        organization_id=stripe_studio.org.id,
        client_id=stripe_studio.client.id,
        product_id=product.id,
        price=5000,
        interval="month",
        sessions_per_period=8,
        started_on=today,
        current_period_start=today,
        current_period_end=today + relativedelta(months=1),
        minimum_term_ends_on=today,
    )
    db.session.add(member)
    db.session.commit()
    invoice_for(
        stripe_studio,
        amount=5000,
        membership_id=member.id,
        period_start=member.current_period_start,
        period_end=member.current_period_end,
    )
    return member


def invoices_of(membership: Membership) -> list[Invoice]:
    return list(
        db.session.execute(
            sa.select(Invoice).where(Invoice.membership_id == membership.id).order_by(Invoice.period_start)
        ).scalars()
    )


def today() -> date:
    return datetime.now(UTC).date()


def save_card(client_as, studio, stripe_api, card: str = "pm_card_visa") -> int:
    """Save a card for the studio's client as the portal does (SetupIntent confirmed by Stripe.js); its id."""
    me = client_as(studio.client_user)
    setup = me.post(f"/api/clients/{studio.client.id}/cards/setup-intent").get_json()
    stripe_api.setup_intents.confirm(setup["setup_intent_id"], params={"payment_method": card})
    response = me.post(f"/api/clients/{studio.client.id}/cards", json={"setup_intent_id": setup["setup_intent_id"]})
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


def deliver(client, studio, event_type: str, obj: dict, event_id: str) -> None:
    """Stripe posts a signed event about `obj`; then the worker runs its job."""
    from fitnesscrm.billing.stripe import webhooks
    from tests.billing.stripe.localstripe import event_body, sign

    body = event_body(event_type, obj, event_id=event_id)
    url = f"/api/billing/stripe/webhooks/{studio.org.id}"
    response = client.post(url, data=body, headers={"Stripe-Signature": sign(body)})
    assert response.status_code == 200, response.get_json()
    webhooks.process(event_id=event_id)
