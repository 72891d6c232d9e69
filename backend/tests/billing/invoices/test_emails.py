"""Is a client emailed an invoice that asks for money, and a receipt for each payment, in words?"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from fitnesscrm.billing.invoices.service import LineInput, create_invoice
from fitnesscrm.extensions import db
from fitnesscrm.notifications import invoices as invoice_emails
from fitnesscrm.notifications.models import OutboxMessage
from tests.mail import text_of


def _invoice_jobs() -> list[int]:
    rows = db.session.execute(
        sa.text(
            "SELECT (args->>'invoice_id')::int FROM procrastinate_jobs WHERE task_name = 'notifications.email-invoice'"
        )
    )
    return [row[0] for row in rows]


def _outbox(template: str) -> list[OutboxMessage]:
    return list(db.session.scalars(sa.select(OutboxMessage).where(OutboxMessage.template == template)))


def _run_invoice_jobs(organization_id: int) -> None:
    for invoice_id in _invoice_jobs():
        invoice_emails.send_invoice_email(organization_id=organization_id, invoice_id=invoice_id)


def test_a_finalised_invoice_is_emailed_with_its_number_amount_and_due_date(studio, client_as, sent_mail):
    response = client_as(studio.owner).post(
        "/api/billing/invoices",
        json={"client_id": studio.client.id, "finalise": True, "lines": [{"description": "PT", "unit_price": 12_000}]},
    )
    assert response.status_code == 201, response.get_json()
    invoice = response.get_json()
    assert _invoice_jobs() == [invoice["id"]]
    _run_invoice_jobs(studio.org.id)
    _run_invoice_jobs(studio.org.id)  # a job run twice queues one email
    [message] = _outbox("invoice_issued")
    assert message.recipient_address == studio.client.email
    [mail] = sent_mail()
    assert mail["Subject"].startswith(f"Invoice {invoice['number']} from {studio.org.name}: $120.00 due ")
    body = text_of(mail)
    assert "$120.00 is due by" in body and "/portal/billing" in body
    due = date.fromisoformat(invoice["due_on"])
    assert mail["Subject"].endswith(f"due {due:%-d %b %Y}") and f"{due:%-d %b %Y}" in body
    assert invoice["due_on"] not in body


def test_a_sale_paid_on_the_spot_sends_only_the_receipt(studio, client_as, catalogue, sent_mail):
    response = client_as(studio.owner).post(
        f"/api/clients/{studio.client.id}/sales",
        json={"product_id": catalogue.bottle.id, "paid": {"method": "cash"}},
    )
    assert response.status_code == 201, response.get_json()
    _run_invoice_jobs(studio.org.id)
    assert _outbox("invoice_issued") == []
    assert len(_outbox("payment_receipt")) == 1
    [mail] = sent_mail()
    assert mail["Subject"] == f"Receipt from {studio.org.name}: $12.00 received, thank you"
    assert "We received $12.00 in cash on" in text_of(mail)


def test_a_part_payment_says_what_is_still_due(studio, client_as, owner):
    invoice = create_invoice(actor=owner, organization_id=studio.org.id, client_id=studio.client.id, finalise=True,
                             lines=[LineInput(description="PT", unit_price=10_000)])  # fmt: skip
    db.session.commit()
    response = client_as(studio.owner).post(
        f"/api/billing/invoices/{invoice.id}/payments", json={"amount": 4_000, "method": "bank_transfer"}
    )
    assert response.status_code == 201, response.get_json()
    [receipt] = _outbox("payment_receipt")
    assert receipt.context["still_due"] == "$60.00" and receipt.context["method"] == "by bank transfer"


def test_a_client_who_turned_billing_email_off_gets_none(studio, client_as, owner):
    from fitnesscrm.notifications import service as notifications

    notifications.set_preference(organization_id=studio.org.id, channel="email", address=studio.client.email,
                                 topic="billing", enabled=False)  # fmt: skip
    db.session.commit()
    invoice = create_invoice(actor=owner, organization_id=studio.org.id, client_id=studio.client.id, finalise=True,
                             lines=[LineInput(description="PT", unit_price=10_000)])  # fmt: skip
    db.session.commit()
    _run_invoice_jobs(studio.org.id)
    assert db.session.get(type(invoice), invoice.id).status == "open"
    assert _outbox("invoice_issued") == []
