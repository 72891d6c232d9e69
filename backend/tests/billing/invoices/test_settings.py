"""Can staff read the billing settings, managers change them, and do Stripe secrets stay secret?"""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.billing.invoices.service import LineInput, create_invoice
from fitnesscrm.billing.models import BillingSettings, Invoice
from fitnesscrm.billing.settings import service
from fitnesscrm.extensions import db


def test_get_settings_creates_the_default_row_once(studio):
    first = service.get_settings(studio.org.id)
    again = service.get_settings(studio.org.id)
    assert first is again
    assert (first.currency, first.credit_policy, first.retry_days) == ("USD", "warn", [1, 3, 7])
    count = db.session.scalar(sa.select(sa.func.count()).where(BillingSettings.organization_id == studio.org.id))
    assert count == 1


def test_trainer_reads_settings_and_client_may_not(studio, client_as):
    assert client_as(studio.trainer_user).get("/api/billing/settings").status_code == 200
    assert client_as(studio.client_user).get("/api/billing/settings").status_code == 403


def test_patch_stores_stripe_secrets_encrypted_and_never_returns_them(studio, client_as):
    api = client_as(studio.owner)
    response = api.patch(
        "/api/billing/settings",
        json={"stripe_secret_key": "sk_test_abc123", "stripe_webhook_secret": "whsec_xyz", "legal_name": "Iron Ltd"},
    )
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["stripe_configured"] is True and body["stripe_webhook_configured"] is True
    assert "sk_test_abc123" not in response.get_data(as_text=True)
    assert "whsec_xyz" not in response.get_data(as_text=True)
    row = db.session.get(BillingSettings, studio.org.id)
    assert row.stripe_secret_key_encrypted and "sk_test" not in row.stripe_secret_key_encrypted
    assert service.stripe_secret_key(studio.org.id) == "sk_test_abc123"
    assert service.stripe_webhook_secret(studio.org.id) == "whsec_xyz"
    # The activity log says a key was set, never what it is.
    entry = db.session.scalars(
        sa.select(ActivityEntry).where(ActivityEntry.organization_id == studio.org.id).order_by(ActivityEntry.id.desc())
    ).first()
    assert "sk_test_abc123" not in str(entry.changes)


def test_patch_null_clears_a_secret(studio, client_as):
    api = client_as(studio.admin)
    api.patch("/api/billing/settings", json={"stripe_secret_key": "sk_test_abc"})
    body = api.patch("/api/billing/settings", json={"stripe_secret_key": None}).get_json()
    assert body["stripe_configured"] is False
    assert service.stripe_secret_key(studio.org.id) is None


def test_secrets_of_unconfigured_studio_are_none(studio):
    assert service.stripe_secret_key(studio.org.id) is None
    assert service.stripe_webhook_secret(studio.org.id) is None


def test_patch_refuses_a_key_of_the_wrong_kind(studio, client_as):
    response = client_as(studio.owner).patch("/api/billing/settings", json={"stripe_secret_key": "pk_test_abc"})
    assert response.status_code == 422
    assert "stripe_secret_key" in response.get_json()["error"]["fields"]


def test_trainer_may_not_change_settings(studio, client_as):
    response = client_as(studio.trainer_user).patch("/api/billing/settings", json={"credit_policy": "off"})
    assert response.status_code == 403
    assert service.get_settings(studio.org.id).credit_policy == "warn"


def test_currency_changes_until_the_first_invoice_is_finalised(studio, client_as, owner):
    api = client_as(studio.owner)
    assert api.patch("/api/billing/settings", json={"currency": "eur"}).get_json()["currency"] == "EUR"
    create_invoice(
        actor=owner, organization_id=studio.org.id, client_id=studio.client.id,
        lines=[LineInput(description="Session", unit_price=5000)], finalise=True,
    )  # fmt: skip
    db.session.commit()
    response = api.patch("/api/billing/settings", json={"currency": "GBP"})
    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "currency_locked"
    body = api.get("/api/billing/settings").get_json()
    assert (body["currency"], body["currency_locked"]) == ("EUR", True)


def test_retry_days_must_increase(studio, client_as):
    response = client_as(studio.owner).patch("/api/billing/settings", json={"retry_days": [3, 1]})
    assert response.status_code == 422


def test_drafts_follow_a_change_of_currency(studio, client_as, owner):
    draft = create_invoice(actor=owner, organization_id=studio.org.id, client_id=studio.client.id,
                           lines=[LineInput(description="Session", unit_price=5000)])  # fmt: skip
    db.session.commit()
    assert client_as(studio.owner).patch("/api/billing/settings", json={"currency": "GBP"}).status_code == 200
    db.session.expire_all()
    assert db.session.get(Invoice, draft.id).currency == "GBP"
