"""A studio's billing settings: read with defaults on first use, changed by owners and admins.

The Stripe secret key and webhook secret are stored encrypted (`core.crypto`) and never leave
the API; `stripe_secret_key` and `stripe_webhook_secret` hand them, decrypted, to the Stripe
adapter. The currency is fixed once the studio has finalised an invoice: amounts already
written are in it.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert

from fitnesscrm.billing import money
from fitnesscrm.billing.events import BillingSettingsChanged
from fitnesscrm.billing.models import BillingSettings, Invoice
from fitnesscrm.core import crypto, events
from fitnesscrm.core.changes import diff, snapshot
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.errors import Conflict
from fitnesscrm.extensions import db

POLICY = (
    "credit_policy", "late_cancel_hours", "late_cancel_penalty", "late_cancel_fee", "no_show_penalty",
    "no_show_fee", "invoice_due_days", "retry_days", "grace_days",
)  # fmt: skip
LETTERHEAD = ("legal_name", "address", "tax_id", "invoice_footer")
SECRETS = {
    "stripe_secret_key": "stripe_secret_key_encrypted",
    "stripe_webhook_secret": "stripe_webhook_secret_encrypted",
}
MONEY_FIELDS = ("late_cancel_fee", "no_show_fee")


def get_settings(organization_id: int) -> BillingSettings:
    """The studio's settings row, created with the defaults the first time anyone asks."""
    settings = db.session.get(BillingSettings, organization_id)
    if settings is None:
        # Two first requests at once must not both insert: the second finds the first's row.
        db.session.execute(insert(BillingSettings).values(organization_id=organization_id).on_conflict_do_nothing())
        settings = db.session.get(BillingSettings, organization_id)
    return settings


def get(*, actor: Principal) -> BillingSettings:
    """The caller's studio's billing settings (staff)."""
    actor.require(Role.OWNER, Role.ADMIN, Role.TRAINER)
    return get_settings(actor.organization_id)


def has_finalised_invoices(organization_id: int) -> bool:
    """Whether any invoice of the studio has left draft, which fixes its currency."""
    return db.session.scalar(
        sa.select(sa.exists().where(Invoice.organization_id == organization_id, Invoice.status != "draft"))
    )


def _readable(settings: BillingSettings) -> dict[str, Any]:
    values = snapshot(settings, ("currency", *POLICY, *LETTERHEAD, "stripe_publishable_key"))
    for field in MONEY_FIELDS:
        values[field] = money.format_money(values[field], settings.currency)
    values["stripe_secret_key"] = "set" if settings.stripe_secret_key_encrypted else None
    values["stripe_webhook_secret"] = "set" if settings.stripe_webhook_secret_encrypted else None
    return values


def update(*, actor: Principal, **fields: Any) -> BillingSettings:
    """Change the policy, letterhead, currency or Stripe keys (owner, admin); secrets are stored encrypted."""
    actor.require(Role.OWNER, Role.ADMIN)
    settings = get_settings(actor.organization_id)
    before = _readable(settings)
    currency = fields.pop("currency", None)
    if currency is not None and currency != settings.currency:
        if has_finalised_invoices(actor.organization_id):
            raise Conflict(
                f"The currency stays {settings.currency}: the studio has already issued invoices in it.",
                code="currency_locked",
            )
        settings.currency = currency
        # Drafts are not issued yet: they follow the studio's currency.
        db.session.execute(
            sa.update(Invoice)
            .where(Invoice.organization_id == actor.organization_id, Invoice.status == "draft")
            .values(currency=currency)
        )
    for name, column in SECRETS.items():
        if name in fields:
            secret = fields.pop(name)
            setattr(settings, column, crypto.encrypt(secret) if secret else None)
    for name, value in fields.items():
        setattr(settings, name, value)
    changes = diff(before, _readable(settings))
    if changes:
        events.record_by(
            actor, BillingSettingsChanged, entity_id=actor.organization_id, label="Billing settings", changes=changes
        )
    db.session.commit()
    return settings


def _decrypted(organization_id: int, column: str) -> str | None:
    token = db.session.scalar(
        sa.select(getattr(BillingSettings, column)).where(BillingSettings.organization_id == organization_id)
    )
    return crypto.decrypt(token) if token else None


def stripe_secret_key(organization_id: int) -> str | None:
    """The studio's Stripe secret key, decrypted, or None when it has not set one."""
    return _decrypted(organization_id, "stripe_secret_key_encrypted")


def stripe_webhook_secret(organization_id: int) -> str | None:
    """The studio's Stripe webhook signing secret (`whsec_...`), decrypted, or None."""
    return _decrypted(organization_id, "stripe_webhook_secret_encrypted")
