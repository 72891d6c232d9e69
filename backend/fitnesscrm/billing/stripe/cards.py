"""Saved cards: a SetupIntent the browser confirms with Stripe.js, then the card kept as Stripe shows it.

A card is recorded twice over on purpose, by whichever comes first: the browser posting the
SetupIntent back (`save`) and Stripe's `setup_intent.succeeded` webhook (`record_from_setup_intent`).
The payment method's id is unique, so the second changes nothing.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.dialects.postgresql import insert

from fitnesscrm.billing.events import CardsChanged
from fitnesscrm.billing.models import SavedCard
from fitnesscrm.billing.stripe import customers, gateway
from fitnesscrm.clients import service as clients
from fitnesscrm.clients.models import Client
from fitnesscrm.core import events
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.errors import Conflict, NotFound, ValidationError
from fitnesscrm.extensions import db

# Who may add, remove or choose a client's cards: the client, and the studio's managers at the desk.
CARD_HOLDERS = (Role.OWNER, Role.ADMIN, Role.CLIENT)


def _client(actor: Principal, client_id: int, *, write: bool) -> Client:
    client = clients.find(actor=actor, client_id=client_id)
    if write:
        actor.require(*CARD_HOLDERS)
    return client


def _name(client: Client) -> str:
    return f"{client.first_name} {client.last_name}"


def _describe(card: SavedCard) -> str:
    return f"{card.brand.title()} ending {card.last4}"


def publishable_key(organization_id: int) -> str | None:
    from fitnesscrm.billing.settings.service import get_settings

    return get_settings(organization_id).stripe_publishable_key


def start_setup(*, actor: Principal, client_id: int) -> dict[str, Any]:
    """A SetupIntent for the browser to collect a card with: its secret and the studio's publishable key."""
    client = _client(actor, client_id, write=True)
    customer_id = customers.ensure(client=client)
    intent = gateway.create_setup_intent(
        organization_id=client.organization_id,
        customer_id=customer_id,
        metadata={"organization_id": str(client.organization_id), "client_id": str(client.id)},
    )
    db.session.commit()
    return {
        "setup_intent_id": intent.id,
        "client_secret": intent.client_secret,
        "publishable_key": publishable_key(client.organization_id),
        "stripe_js_url": current_app.config["STRIPE_JS_URL"],
    }


def save(*, actor: Principal, client_id: int, setup_intent_id: str) -> SavedCard:
    """Record the card a confirmed SetupIntent saved for this client (idempotent)."""
    client = _client(actor, client_id, write=True)
    customer_id = customers.find(organization_id=client.organization_id, client_id=client.id)
    if not customer_id:
        raise NotFound("No such card set-up for this client.")
    intent = gateway.retrieve_setup_intent(organization_id=client.organization_id, setup_intent_id=setup_intent_id)
    if intent.get("customer") != customer_id:
        raise NotFound("No such card set-up for this client.")
    if intent.get("status") != "succeeded" or not intent.get("payment_method"):
        raise Conflict("The card has not been confirmed yet; finish entering it first.", code="setup_incomplete")
    card = _record(client=client, customer_id=customer_id, payment_method_id=_id(intent["payment_method"]), actor=actor)
    db.session.commit()
    return card


def record_from_setup_intent(*, organization_id: int, setup_intent: dict[str, Any]) -> SavedCard | None:
    """Stripe says a SetupIntent succeeded: keep its card for the client its customer stands for."""
    client_id = customers.client_for(organization_id=organization_id, customer_id=setup_intent.get("customer"))
    if client_id is None or setup_intent.get("status") != "succeeded" or not setup_intent.get("payment_method"):
        return None
    client = db.session.get(Client, client_id)
    return _record(
        client=client,
        customer_id=setup_intent["customer"],
        payment_method_id=_id(setup_intent["payment_method"]),
        actor=None,
    )


def _id(value: str | dict[str, Any]) -> str:
    return value["id"] if isinstance(value, dict) else value


def _record(*, client: Client, customer_id: str, payment_method_id: str, actor: Principal | None) -> SavedCard:
    existing = _by_payment_method(client, payment_method_id)
    if existing:
        return existing
    details = gateway.retrieve_card(organization_id=client.organization_id, payment_method_id=payment_method_id)
    if details.customer_id != customer_id:
        gateway.attach_card(
            organization_id=client.organization_id, payment_method_id=payment_method_id, customer_id=customer_id
        )
    has_default = db.session.execute(
        sa.select(sa.exists().where(SavedCard.client_id == client.id, SavedCard.is_default))
    ).scalar()
    inserted = db.session.execute(
        insert(SavedCard)
        .values(
            organization_id=client.organization_id,
            client_id=client.id,
            stripe_payment_method_id=payment_method_id,
            brand=details.brand[:20],
            last4=details.last4[-4:],
            exp_month=details.exp_month,
            exp_year=details.exp_year,
            is_default=not has_default,
        )
        .on_conflict_do_nothing(index_elements=[SavedCard.stripe_payment_method_id])
        .returning(SavedCard.id)
    ).scalar_one_or_none()
    card = _by_payment_method(client, payment_method_id)
    if inserted is not None:
        if card.is_default:
            gateway.set_default_card(
                organization_id=client.organization_id, customer_id=customer_id, payment_method_id=payment_method_id
            )
        _changed(client, actor, f"{_describe(card)} saved")
    return card


def _by_payment_method(client: Client, payment_method_id: str) -> SavedCard | None:
    return db.session.execute(
        sa.select(SavedCard).where(
            SavedCard.client_id == client.id, SavedCard.stripe_payment_method_id == payment_method_id
        )
    ).scalar_one_or_none()


def _changed(client: Client, actor: Principal | None, what: str) -> None:
    events.record(
        CardsChanged(
            organization_id=client.organization_id,
            actor=actor,
            entity_id=client.id,
            label=_name(client),
            changes={"card": {"before": None, "after": what}},
        )
    )


def list_cards(*, actor: Principal, client_id: int) -> list[SavedCard]:
    """The client's saved cards, the default first, then the newest."""
    client = _client(actor, client_id, write=False)
    return list(
        db.session.execute(
            sa.select(SavedCard)
            .where(SavedCard.organization_id == client.organization_id, SavedCard.client_id == client.id)
            .order_by(SavedCard.is_default.desc(), SavedCard.created_at.desc(), SavedCard.id.desc())
        ).scalars()
    )


def _card(client: Client, card_id: int) -> SavedCard:
    card = db.session.execute(
        sa.select(SavedCard).where(SavedCard.id == card_id, SavedCard.client_id == client.id).with_for_update()
    ).scalar_one_or_none()
    if card is None:
        raise NotFound("No such card.")
    return card


def make_default(*, actor: Principal, client_id: int, card_id: int) -> SavedCard:
    """Charge this card for the client's memberships and saved-card payments from now on."""
    client = _client(actor, client_id, write=True)
    card = _card(client, card_id)
    if not card.is_default:
        customer_id = customers.find(organization_id=client.organization_id, client_id=client.id)
        if customer_id is None:
            raise ValidationError("This client has no Stripe customer.")
        gateway.set_default_card(
            organization_id=client.organization_id,
            customer_id=customer_id,
            payment_method_id=card.stripe_payment_method_id,
        )
        db.session.execute(
            sa.update(SavedCard)
            .where(SavedCard.client_id == client.id, SavedCard.id != card.id)
            .values(is_default=False)
        )
        card.is_default = True
        _changed(client, actor, f"{_describe(card)} is the default card")
    db.session.commit()
    return card


def delete(*, actor: Principal, client_id: int, card_id: int) -> None:
    """Forget a card here and in Stripe; the newest remaining card becomes the default."""
    client = _client(actor, client_id, write=True)
    card = _card(client, card_id)
    gateway.detach_card(organization_id=client.organization_id, payment_method_id=card.stripe_payment_method_id)
    was_default, described = card.is_default, _describe(card)
    db.session.delete(card)
    db.session.flush()
    if was_default:
        successor = db.session.execute(
            sa.select(SavedCard)
            .where(SavedCard.client_id == client.id)
            .order_by(SavedCard.created_at.desc(), SavedCard.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        customer_id = customers.find(organization_id=client.organization_id, client_id=client.id)
        if successor is not None:
            successor.is_default = True
        if customer_id:
            gateway.set_default_card(
                organization_id=client.organization_id,
                customer_id=customer_id,
                payment_method_id=successor.stripe_payment_method_id if successor else None,
            )
    _changed(client, actor, f"{described} removed")
    db.session.commit()


def default_card(*, client_id: int) -> SavedCard | None:
    return db.session.execute(
        sa.select(SavedCard).where(SavedCard.client_id == client_id, SavedCard.is_default)
    ).scalar_one_or_none()
