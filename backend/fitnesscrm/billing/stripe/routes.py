"""Saved cards and online payment (the client, owners and admins), memberships charged by Stripe, Stripe's webhooks."""

from __future__ import annotations

import functools

from flask import request
from flask_smorest import Blueprint

from fitnesscrm.billing.stripe import cards, payments, schemas, subscriptions, webhooks
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.tenancy import Role

blp = Blueprint(
    "billing_stripe", __name__, url_prefix="/api", description="Stripe: saved cards, online payment, webhooks"
)
CARD_HOLDERS = (Role.OWNER, Role.ADMIN, Role.CLIENT)


def stripe_signed(view):
    """Documented as authenticated by Stripe's signature (checked in webhooks.receive), not by a session."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        return view(*args, **kwargs)

    apidoc = dict(getattr(wrapper, "_apidoc", {}))
    apidoc["manual_doc"] = {**apidoc.get("manual_doc", {}), "security": [{"stripeSignature": []}]}
    wrapper._apidoc = apidoc
    return wrapper


@blp.route("/clients/<int:client_id>/cards", methods=["GET"])
@requires()
@blp.response(200, schemas.SavedCardListSchema)
def list_cards(client_id: int):
    """A client's saved cards, the default first (anyone who may see the client)."""
    return {"items": cards.list_cards(actor=current_principal(), client_id=client_id)}


@blp.route("/clients/<int:client_id>/cards/setup-intent", methods=["POST"])
@requires(*CARD_HOLDERS)
@blp.response(201, schemas.SetupIntentSchema)
def start_card_setup(client_id: int):
    """Start saving a card: a SetupIntent's secret for Stripe.js (the client, owner, admin)."""
    return cards.start_setup(actor=current_principal(), client_id=client_id)


@blp.route("/clients/<int:client_id>/cards", methods=["POST"])
@requires(*CARD_HOLDERS)
@blp.arguments(schemas.SaveCardSchema)
@blp.response(201, schemas.SavedCardSchema)
def save_card(args, client_id: int):
    """Keep the card a confirmed SetupIntent saved (the client, owner, admin); saving it twice changes nothing."""
    return cards.save(actor=current_principal(), client_id=client_id, setup_intent_id=args["setup_intent_id"])


@blp.route("/clients/<int:client_id>/cards/<int:card_id>/default", methods=["POST"])
@requires(*CARD_HOLDERS)
@blp.response(200, schemas.SavedCardSchema)
def make_default_card(client_id: int, card_id: int):
    """Charge this card for the client's memberships from now on (the client, owner, admin)."""
    return cards.make_default(actor=current_principal(), client_id=client_id, card_id=card_id)


@blp.route("/clients/<int:client_id>/cards/<int:card_id>", methods=["DELETE"])
@requires(*CARD_HOLDERS)
@blp.response(204)
def delete_card(client_id: int, card_id: int):
    """Forget a saved card, here and in Stripe (the client, owner, admin)."""
    cards.delete(actor=current_principal(), client_id=client_id, card_id=card_id)


@blp.route("/billing/invoices/<int:invoice_id>/payment-intent", methods=["POST"])
@requires(*payments.PAYERS)
@blp.arguments(schemas.PaymentIntentCreateSchema)
@blp.response(201, schemas.PaymentIntentSchema)
def start_invoice_payment(args, invoice_id: int):
    """Pay what an open invoice still asks for through Stripe (the client who owes it, owner, admin)."""
    return payments.start(actor=current_principal(), invoice_id=invoice_id, card_id=args["card_id"])


@blp.route("/billing/memberships/<int:membership_id>/stripe-subscription", methods=["POST"])
@requires(*CARD_HOLDERS)
@blp.response(204)
def charge_membership_through_stripe(membership_id: int):
    """Charge a membership to the client's default card every period through Stripe (the client, owner, admin)."""
    actor = current_principal()
    subscriptions.subscribe(actor=actor, organization_id=actor.organization_id, membership_id=membership_id)


@blp.route("/billing/stripe/webhooks/<int:organization_id>", methods=["POST"])
@blp.response(200, schemas.WebhookReceivedSchema)
@stripe_signed
def receive_stripe_event(organization_id: int):
    """An event from the studio's Stripe account (its signature is the permission); stored once, processed later."""
    new = webhooks.receive(
        organization_id=organization_id,
        payload=request.get_data(cache=True),
        signature=request.headers.get("Stripe-Signature"),
    )
    return {"duplicate": not new}
