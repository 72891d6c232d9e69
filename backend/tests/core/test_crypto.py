"""Stored secrets: readable back with the current key or a listed old one, re-encrypted by `flask crypto rotate`."""

from __future__ import annotations

import pytest

from fitnesscrm.billing.models import BillingSettings
from fitnesscrm.core import crypto
from fitnesscrm.extensions import db
from tests.factories import OrganizationFactory

NEW_KEY = "n3W-k3y-Qx9Vz1Nb4Hc7Ks3Fd6Ga0Pe9Yu2To8I"


def test_a_secret_reads_back_and_is_not_stored_in_clear(app):
    token = crypto.encrypt("sk_test_123")
    assert "sk_test_123" not in token
    assert crypto.decrypt(token) == "sk_test_123"
    assert crypto.encrypt("sk_test_123") != token  # a fresh IV each time


def test_another_key_cannot_read_it(app, monkeypatch):
    token = crypto.encrypt("whsec_abc")
    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_KEY", NEW_KEY)
    with pytest.raises(crypto.DecryptionError, match="DATA_ENCRYPTION_KEY"):
        crypto.decrypt(token)


def test_rotation_keeps_old_secrets_readable_then_rewrites_them_with_the_new_key(app, monkeypatch):
    old_key = app.config["DATA_ENCRYPTION_KEY"]
    org = OrganizationFactory()
    settings = BillingSettings(organization_id=org.id, stripe_secret_key_encrypted=crypto.encrypt("sk_test_old"))
    db.session.add(settings)
    db.session.commit()

    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_KEY", NEW_KEY)
    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_OLD_KEYS", old_key)
    assert crypto.decrypt(settings.stripe_secret_key_encrypted) == "sk_test_old"
    result = app.test_cli_runner().invoke(args=["crypto", "rotate"])
    assert result.exit_code == 0, result.output
    assert "Re-encrypted" in result.output

    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_OLD_KEYS", "")
    stored = db.session.get(BillingSettings, org.id).stripe_secret_key_encrypted
    assert crypto.decrypt(stored) == "sk_test_old"


def test_rotation_without_the_old_key_says_so_and_changes_nothing(app, monkeypatch):
    org = OrganizationFactory()
    token = crypto.encrypt("sk_test_kept")
    db.session.add(BillingSettings(organization_id=org.id, stripe_secret_key_encrypted=token))
    db.session.commit()
    monkeypatch.setitem(app.config, "DATA_ENCRYPTION_KEY", NEW_KEY)
    result = app.test_cli_runner().invoke(args=["crypto", "rotate"])
    assert result.exit_code == 1
    assert "cannot be decrypted" in result.output
    db.session.rollback()
    assert db.session.get(BillingSettings, org.id).stripe_secret_key_encrypted == token
