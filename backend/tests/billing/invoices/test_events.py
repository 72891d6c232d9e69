"""Does invoicing keep a client who has invoices from being deleted, and let others go?"""

from __future__ import annotations

from fitnesscrm.billing.invoices.service import LineInput, create_invoice
from fitnesscrm.clients.models import Client
from fitnesscrm.extensions import db


def test_deleting_a_client_with_invoices_is_refused_and_nothing_is_deleted(studio, client_as, owner):
    create_invoice(actor=owner, organization_id=studio.org.id, client_id=studio.client.id,
                   lines=[LineInput(description="PT", unit_price=100)])  # fmt: skip
    db.session.commit()
    response = client_as(studio.owner).delete(f"/api/clients/{studio.client.id}")
    assert response.status_code == 409
    error = response.get_json()["error"]
    assert error["code"] == "client_has_invoices"
    assert error["message"].startswith(f"{studio.client.full_name} has invoices")
    db.session.expire_all()
    assert db.session.get(Client, studio.client.id) is not None


def test_deleting_a_client_without_invoices_still_works(studio, client_as):
    assert client_as(studio.owner).delete(f"/api/clients/{studio.other_client.id}").status_code == 204
