"""Emails about money: an invoice issued to a client, and a receipt for every payment received.

Both follow billing's events. The invoice is emailed by a job that runs once its transaction has
committed and looks at the invoice as it is then: a sale paid on the spot (finalised and paid in
one request) gets only the receipt, and a membership invoice that Stripe charges by itself is not
announced as one to pay.
"""

from __future__ import annotations

from fitnesscrm.billing import money, payment_methods
from fitnesscrm.billing.events import InvoiceFinalised, PaymentRecorded
from fitnesscrm.billing.models import Invoice, Membership, Payment
from fitnesscrm.clients.models import Client
from fitnesscrm.core import jobs, urls
from fitnesscrm.core.events import subscribe
from fitnesscrm.extensions import db
from fitnesscrm.notifications import service
from fitnesscrm.organizations.models import Organization


def _day(value) -> str:
    return f"{value:%-d %b %Y}"


@subscribe(InvoiceFinalised)
def email_when_issued(event: InvoiceFinalised) -> None:
    """Queue the invoice's email for after the commit (credit notes are not sent as something to pay)."""
    invoice = db.session.get(Invoice, event.entity_id)
    if invoice is not None and invoice.kind == "invoice":
        jobs.defer(email_invoice, organization_id=event.organization_id, invoice_id=invoice.id)


@jobs.task(name="notifications.email-invoice")
def email_invoice(organization_id: int, invoice_id: int) -> None:
    """After the commit: email the invoice if it still asks for money."""
    send_invoice_email(organization_id=organization_id, invoice_id=invoice_id)


def send_invoice_email(*, organization_id: int, invoice_id: int) -> None:
    """Email the client an invoice that still asks for money, with a link to pay it in the portal; commits."""
    invoice = db.session.get(Invoice, invoice_id)
    if invoice is None or invoice.organization_id != organization_id or invoice.status != "open":
        return
    if invoice.amount_due <= 0:
        return
    if invoice.membership_id is not None:
        membership = db.session.get(Membership, invoice.membership_id)
        if membership is not None and membership.collection == "stripe":
            return
    client = db.session.get(Client, invoice.client_id)
    if client is None or not client.email:
        return
    studio = db.session.get(Organization, organization_id).name
    amount = money.format_money(invoice.amount_due, invoice.currency)
    service.queue_email(
        organization_id=organization_id, template="invoice_issued", to_address=client.email,
        to_name=client.full_name, to_user_id=client.user_id,
        subject=f"Invoice {invoice.number} from {studio}: {amount} due {_day(invoice.due_on)}",
        context={
            "first_name": client.first_name, "number": invoice.number, "amount": amount,
            "issued_on": _day(invoice.issued_on), "due_on": _day(invoice.due_on),
            "can_log_in": client.user_id is not None, "url": urls.public_url("/portal/billing"),
        },
        idempotency_key=f"invoice-issued-{invoice.id}",
    )  # fmt: skip
    db.session.commit()


@subscribe(PaymentRecorded)
def email_receipt(event: PaymentRecorded) -> None:
    """A receipt for the client, in the payment's own transaction."""
    payment = db.session.get(Payment, event.entity_id)
    client = db.session.get(Client, event.client_id)
    if payment is None or client is None or not client.email:
        return
    invoice = db.session.get(Invoice, event.invoice_id)
    studio = db.session.get(Organization, event.organization_id).name
    amount = money.format_money(payment.amount, payment.currency)
    service.queue_email(
        organization_id=event.organization_id, template="payment_receipt", to_address=client.email,
        to_name=client.full_name, to_user_id=client.user_id,
        subject=f"Receipt from {studio}: {amount} received, thank you",
        context={
            "first_name": client.first_name, "amount": amount, "method": payment_methods.how_paid(payment.method),
            "received_on": _day(payment.received_at.date()), "number": invoice.number if invoice else None,
            "still_due": money.format_money(invoice.amount_due, invoice.currency)
            if invoice is not None and invoice.amount_due > 0 else None,
            "can_log_in": client.user_id is not None, "url": urls.public_url("/portal/billing"),
        },
        idempotency_key=f"payment-receipt-{payment.id}",
    )  # fmt: skip
