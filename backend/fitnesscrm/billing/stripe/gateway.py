"""Stripe's API through the `stripe` library, in the studio's own account: the only module that imports `stripe`.

Each call builds a `StripeClient` with the studio's secret key (billing settings, stored encrypted),
so one server serves many studios' accounts. STRIPE_API_BASE replaces https://api.stripe.com (tests
point it at localstripe). Objects come back as plain dicts (Stripe's JSON), so nothing outside this
module depends on the library's types. Every failure is a `StripeError` with a sentence for people.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import stripe
from flask import current_app

from fitnesscrm.errors import AppError


class StripeError(AppError):
    """Stripe refused or could not be reached; `message` says so in a sentence, `code` is Stripe's when given."""

    status = 502
    code = "stripe_error"


class StripeNotConfigured(StripeError):
    status = 409
    code = "stripe_not_configured"


class CardDeclined(StripeError):
    status = 402
    code = "card_declined"


class BadSignature(AppError):
    """A webhook call Stripe did not sign with the studio's secret, or signed too long ago."""

    status = 400
    code = "bad_signature"


@dataclass(frozen=True)
class Card:
    """What Stripe lets us show of a saved card."""

    payment_method_id: str
    brand: str
    last4: str
    exp_month: int
    exp_year: int
    customer_id: str | None


@dataclass(frozen=True)
class Intent:
    """A PaymentIntent or SetupIntent as the browser needs it: its id, secret for Stripe.js, and status."""

    id: str
    client_secret: str
    status: str


def _secret_key(organization_id: int) -> str:
    from fitnesscrm.billing.settings.service import stripe_secret_key

    key = stripe_secret_key(organization_id)
    if not key:
        raise StripeNotConfigured("The studio has not connected a Stripe account yet (Billing settings, Stripe keys).")
    return key


def _client(organization_id: int) -> stripe.StripeClient:
    config = current_app.config
    base = {"api": config["STRIPE_API_BASE"]} if config.get("STRIPE_API_BASE") else None
    return stripe.StripeClient(
        _secret_key(organization_id),
        base_addresses=base,
        http_client=stripe.RequestsClient(timeout=config["STRIPE_TIMEOUT_SECONDS"]),
        max_network_retries=2,
    )


def _sentence(error: stripe.StripeError) -> StripeError:
    message = (error.user_message or getattr(error, "_message", None) or str(error) or "").strip()
    if isinstance(error, stripe.CardError):
        reason = message.rstrip(".") or "The card was declined"
        return CardDeclined(f"{reason}.", code=error.code or "card_declined")
    if isinstance(error, stripe.AuthenticationError):
        return StripeNotConfigured("Stripe refused the studio's secret key; check it in Billing settings.")
    if isinstance(error, stripe.APIConnectionError):
        return StripeError("Stripe could not be reached; try again in a moment.", code="stripe_unreachable")
    if isinstance(error, stripe.RateLimitError):
        return StripeError("Stripe asked us to slow down; try again in a moment.", code="stripe_rate_limited")
    if isinstance(error, stripe.InvalidRequestError) and error.http_status == 404:
        return StripeError("Stripe does not know this payment or card any more.", code="stripe_not_found")
    reason = message.rstrip(".") or "it gave no reason"
    return StripeError(f"Stripe refused the request: {reason}.")


def _call(organization_id: int, operation) -> Any:
    """Run `operation(client)` and turn the library's errors into StripeError sentences."""
    client = _client(organization_id)
    try:
        return operation(client.v1)
    except stripe.StripeError as error:
        raise _sentence(error) from error


def _plain(obj: Any) -> dict[str, Any]:
    return obj.to_dict(recursive=True, for_json=True)


def _options(idempotency_key: str | None) -> dict[str, Any]:
    return {"idempotency_key": idempotency_key} if idempotency_key else {}


# Customers and cards


def create_customer(
    *, organization_id: int, name: str, email: str | None, metadata: dict[str, str], idempotency_key: str | None = None
) -> str:
    """A new customer in the studio's account; its id (cus_...)."""
    params = {"name": name, "metadata": metadata, **({"email": email} if email else {})}
    options = _options(idempotency_key)
    return _call(organization_id, lambda v1: v1.customers.create(params=params, options=options)).id


def create_setup_intent(*, organization_id: int, customer_id: str, metadata: dict[str, str]) -> Intent:
    """A SetupIntent that saves a card on the customer for later charges without them present."""
    params = {"customer": customer_id, "usage": "off_session", "payment_method_types": ["card"], "metadata": metadata}
    intent = _call(organization_id, lambda v1: v1.setup_intents.create(params=params))
    return Intent(id=intent.id, client_secret=intent.client_secret, status=intent.status)


def retrieve_setup_intent(*, organization_id: int, setup_intent_id: str) -> dict[str, Any]:
    return _plain(_call(organization_id, lambda v1: v1.setup_intents.retrieve(setup_intent_id)))


def retrieve_card(*, organization_id: int, payment_method_id: str) -> Card:
    """A saved card's brand, last four digits and expiry."""
    method = _call(organization_id, lambda v1: v1.payment_methods.retrieve(payment_method_id))
    if method.type != "card":
        raise StripeError("This payment method is not a card.", code="not_a_card")
    card = method.card
    return Card(
        payment_method_id=method.id,
        brand=str(card.brand),
        last4=str(card.last4),
        exp_month=int(card.exp_month),
        exp_year=int(card.exp_year),
        customer_id=method.customer,
    )


def attach_card(*, organization_id: int, payment_method_id: str, customer_id: str) -> None:
    _call(organization_id, lambda v1: v1.payment_methods.attach(payment_method_id, params={"customer": customer_id}))


def detach_card(*, organization_id: int, payment_method_id: str) -> None:
    _call(organization_id, lambda v1: v1.payment_methods.detach(payment_method_id))


def set_default_card(*, organization_id: int, customer_id: str, payment_method_id: str | None) -> None:
    """Charge this card for the customer's subscriptions and invoices (None: no default any more)."""
    params = {"invoice_settings": {"default_payment_method": payment_method_id or ""}}
    _call(organization_id, lambda v1: v1.customers.update(customer_id, params=params))


# Payments


def create_payment_intent(
    *,
    organization_id: int,
    amount: int,
    currency: str,
    customer_id: str,
    metadata: dict[str, str],
    payment_method_id: str | None = None,
) -> Intent:
    """A PaymentIntent for `amount`; with a saved card it is charged now, off session.

    No idempotency key of ours: the library adds one to each POST it retries, and a key reused later
    would replay an old decline to a client trying the same card again.
    """
    params: dict[str, Any] = {
        "amount": amount,
        "currency": currency.lower(),
        "customer": customer_id,
        "metadata": metadata,
    }
    if payment_method_id:
        params.update(payment_method=payment_method_id, confirm=True, off_session=True)
    intent = _call(organization_id, lambda v1: v1.payment_intents.create(params=params))
    return Intent(id=intent.id, client_secret=intent.client_secret, status=intent.status)


def retrieve_payment_intent(*, organization_id: int, payment_intent_id: str) -> dict[str, Any]:
    return _plain(_call(organization_id, lambda v1: v1.payment_intents.retrieve(payment_intent_id)))


def refund(*, organization_id: int, payment_intent_id: str, amount: int, reason: str) -> str:
    """Give back `amount` of a PaymentIntent's charge; the refund's id (re_...). The reason is kept in metadata."""
    params = {"payment_intent": payment_intent_id, "amount": amount, "metadata": {"reason": reason[:500]}}
    return _call(organization_id, lambda v1: v1.refunds.create(params=params)).id


# Plans, subscriptions and their invoices


def create_plan(
    *, organization_id: int, name: str, amount: int, currency: str, interval: str, metadata: dict[str, str]
) -> str:
    """A Plan (a price per interval) with a product of its own; its id. localstripe speaks Plans, not Prices."""
    params = {
        "amount": amount,
        "currency": currency.lower(),
        "interval": interval,
        "product": {"name": name},
        "metadata": metadata,
    }
    return _call(organization_id, lambda v1: v1.plans.create(params=params)).id


def retrieve_plan(*, organization_id: int, plan_id: str) -> dict[str, Any]:
    return _plain(_call(organization_id, lambda v1: v1.plans.retrieve(plan_id)))


def create_subscription(
    *,
    organization_id: int,
    customer_id: str,
    plan_id: str,
    metadata: dict[str, str],
    trial_end: int | None,
    idempotency_key: str,
) -> dict[str, Any]:
    """Subscribe the customer to the plan: Stripe invoices and charges the first period at once, or at `trial_end`."""
    params: dict[str, Any] = {"customer": customer_id, "items": [{"plan": plan_id}], "metadata": metadata}
    if trial_end is not None:
        params["trial_end"] = trial_end
    options = _options(idempotency_key)
    return _plain(_call(organization_id, lambda v1: v1.subscriptions.create(params=params, options=options)))


def retrieve_subscription(*, organization_id: int, subscription_id: str) -> dict[str, Any]:
    return _plain(_call(organization_id, lambda v1: v1.subscriptions.retrieve(subscription_id)))


def cancel_subscription(*, organization_id: int, subscription_id: str) -> dict[str, Any]:
    return _plain(_call(organization_id, lambda v1: v1.subscriptions.cancel(subscription_id)))


def cancel_subscription_at(*, organization_id: int, subscription_id: str, cancel_at: int) -> dict[str, Any]:
    """Stripe charges no period starting at or after `cancel_at` (a unix time) and ends the subscription then."""
    params = {"cancel_at": cancel_at}
    return _plain(_call(organization_id, lambda v1: v1.subscriptions.update(subscription_id, params=params)))


def retrieve_invoice(*, organization_id: int, invoice_id: str) -> dict[str, Any]:
    return _plain(_call(organization_id, lambda v1: v1.invoices.retrieve(invoice_id)))


def pay_invoice(*, organization_id: int, invoice_id: str) -> dict[str, Any]:
    """Try again to charge an open invoice (the customer's default card)."""
    return _plain(_call(organization_id, lambda v1: v1.invoices.pay(invoice_id)))


# Listing, for reconciliation


def list_payment_intents(*, organization_id: int, created_from: datetime, created_to: datetime) -> list[dict]:
    """Every PaymentIntent created in [from, to), oldest first."""
    return _list(organization_id, "payment_intents", created_from, created_to)


def list_refunds(*, organization_id: int, created_from: datetime, created_to: datetime) -> list[dict]:
    """Every refund created in [from, to), oldest first."""
    return _list(organization_id, "refunds", created_from, created_to)


def _list(organization_id: int, resource: str, created_from: datetime, created_to: datetime) -> list[dict]:
    start, end = int(created_from.timestamp()), int(created_to.timestamp())

    def fetch(v1) -> list[dict]:
        # Stripe filters by `created` itself; localstripe ignores filters it does not know, so the
        # range is applied here too.
        page = getattr(v1, resource).list(params={"limit": 100})
        return [_plain(item) for item in page.auto_paging_iter()]

    rows = [row for row in _call(organization_id, fetch) if start <= int(row.get("created") or 0) < end]
    return sorted(rows, key=lambda row: (row["created"], row["id"]))


# Webhooks


def verify_event(*, payload: bytes, signature: str | None, secret: str) -> dict[str, Any]:
    """The event Stripe signed, as a dict; BadSignature when the signature or its timestamp does not hold."""
    try:
        stripe.Webhook.construct_event(payload, signature or "", secret)
    except stripe.SignatureVerificationError as error:
        raise BadSignature("The Stripe-Signature header does not match this body, or is too old.") from error
    except ValueError as error:
        raise BadSignature("The body is not a Stripe event.") from error
    event = json.loads(payload)
    if not isinstance(event, dict) or not all(key in event for key in ("id", "type", "created", "data")):
        raise BadSignature("The body is not a Stripe event.")
    return event
