"""Are payments recorded once, never above what is due, and refunded only by managers within what was paid?"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from fitnesscrm.billing.events import InvoicePaid, PaymentFailed
from fitnesscrm.billing.invoices.service import (
    LineInput,
    create_invoice,
    get,
    record_failed_payment,
    record_payment,
    refund,
)
from fitnesscrm.billing.models import Invoice, Payment, Refund
from fitnesscrm.core import events
from fitnesscrm.errors import Conflict, Forbidden, ValidationError
from fitnesscrm.extensions import db
from tests.billing.invoices import fakes
from tests.factories import principal_for


@pytest.fixture
def invoice(studio, owner) -> Invoice:
    """An open invoice for $100.00."""
    made = create_invoice(actor=owner, organization_id=studio.org.id, client_id=studio.client.id,
                          lines=[LineInput(description="PT", unit_price=10_000)], finalise=True)  # fmt: skip
    db.session.commit()
    return get(actor=owner, invoice_id=made.id)


@pytest.fixture
def seen():
    """Events of the kinds dunning follows, as recorded."""
    recorded = []
    handler = events.subscribe(InvoicePaid, PaymentFailed)(recorded.append)
    yield recorded
    for kind in (InvoicePaid, PaymentFailed):
        events._subscribers[kind].remove(handler)


def _count(model) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def _pay(studio, owner, invoice, amount, **kwargs) -> Payment:
    return record_payment(actor=owner, organization_id=studio.org.id, invoice_id=invoice.id, amount=amount,
                          method=kwargs.pop("method", "cash"), **kwargs)  # fmt: skip


def test_partial_then_full_payment_marks_the_invoice_paid_once(studio, owner, invoice, seen):
    _pay(studio, owner, invoice, 4_000)
    assert get(actor=owner, invoice_id=invoice.id).status == "open"
    _pay(studio, owner, invoice, 6_000)
    settled = get(actor=owner, invoice_id=invoice.id)
    assert (settled.status, settled.amount_paid, settled.amount_due) == ("paid", 10_000, 0)
    assert [type(event) for event in seen] == [InvoicePaid]


def test_overpayment_is_a_409_with_nothing_written(studio, owner, invoice):
    _pay(studio, owner, invoice, 9_000)
    with pytest.raises(Conflict) as refused:
        _pay(studio, owner, invoice, 1_001)
    assert refused.value.code == "overpayment"
    assert "$10.01 is more than the $10.00 due" in refused.value.message
    db.session.rollback()
    assert _count(Payment) == 1
    assert get(actor=owner, invoice_id=invoice.id).amount_paid == 9_000


def test_payment_on_a_draft_or_void_invoice_is_refused(studio, owner, client_as):
    draft = create_invoice(actor=owner, organization_id=studio.org.id, client_id=studio.client.id,
                           lines=[LineInput(description="PT", unit_price=100)])  # fmt: skip
    db.session.commit()
    with pytest.raises(Conflict):
        _pay(studio, owner, draft, 100)
    db.session.rollback()
    client_as(studio.owner).post(f"/api/billing/invoices/{draft.id}/finalise")
    client_as(studio.owner).post(f"/api/billing/invoices/{draft.id}/void")
    response = client_as(studio.owner).post(
        f"/api/billing/invoices/{draft.id}/payments", json={"amount": 100, "method": "cash"}
    )
    assert response.status_code == 409
    assert _count(Payment) == 0


@pytest.mark.parametrize("amount", [0, -500])
def test_route_refuses_non_positive_amounts(studio, client_as, invoice, amount):
    response = client_as(studio.owner).post(
        f"/api/billing/invoices/{invoice.id}/payments", json={"amount": amount, "method": "cash"}
    )
    assert response.status_code == 422
    assert _count(Payment) == 0


def test_route_refuses_a_currency_other_than_the_invoices(studio, client_as, invoice):
    response = client_as(studio.owner).post(
        f"/api/billing/invoices/{invoice.id}/payments", json={"amount": 100, "method": "cash", "currency": "EUR"}
    )
    assert response.status_code == 422 and "currency" in response.get_json()["error"]["fields"]
    assert _count(Payment) == 0


def test_trainer_may_not_record_payments(studio, client_as, invoice):
    response = client_as(studio.trainer_user).post(
        f"/api/billing/invoices/{invoice.id}/payments", json={"amount": 100, "method": "cash"}
    )
    assert response.status_code == 403


def test_other_studio_cannot_pay_into_this_one(studio, other_studio, client_as, invoice):
    response = client_as(other_studio.owner).post(
        f"/api/billing/invoices/{invoice.id}/payments", json={"amount": 100, "method": "cash"}
    )
    assert response.status_code == 404
    assert _count(Payment) == 0


def test_same_payment_intent_twice_is_one_payment(studio, owner, invoice):
    first = _pay(studio, owner, invoice, 4_000, method="stripe", stripe_payment_intent_id="pi_1")
    again = _pay(studio, owner, invoice, 4_000, method="stripe", stripe_payment_intent_id="pi_1")
    assert first.id == again.id
    assert _count(Payment) == 1
    assert get(actor=owner, invoice_id=invoice.id).amount_paid == 4_000


def test_failed_then_succeeded_intent_is_one_payment(studio, owner, invoice, seen):
    failed = record_failed_payment(actor=None, organization_id=studio.org.id, invoice_id=invoice.id, amount=10_000,
                                   reason="Your card was declined.", stripe_payment_intent_id="pi_2")  # fmt: skip
    assert failed.status == "failed"
    paid = _pay(studio, None, invoice, 10_000, method="stripe", stripe_payment_intent_id="pi_2")
    assert paid.id == failed.id and paid.status == "succeeded" and paid.failure_message is None
    assert [type(event) for event in seen] == [PaymentFailed, InvoicePaid]
    # A failure arriving late for an intent that succeeded changes nothing.
    late = record_failed_payment(actor=None, organization_id=studio.org.id, invoice_id=invoice.id, amount=10_000,
                                 reason="Late", stripe_payment_intent_id="pi_2")  # fmt: skip
    assert late.status == "succeeded" and len(seen) == 2


def test_list_payments_for_staff_and_client(studio, client_as, owner, invoice, count_statements):
    _pay(studio, owner, invoice, 1_000, reference="Till 3")
    other = create_invoice(actor=owner, organization_id=studio.org.id, client_id=studio.other_client.id,
                           lines=[LineInput(description="PT", unit_price=500)], finalise=True)  # fmt: skip
    db.session.commit()
    _pay(studio, owner, other, 500)
    api = client_as(studio.owner)
    api.get("/api/billing/payments")
    with count_statements() as counter:
        items = api.get("/api/billing/payments").get_json()["items"]
    assert len(items) == 2 and counter.count <= 4
    mine = client_as(studio.client_user).get("/api/billing/payments").get_json()["items"]
    assert [(p["invoice_number"], p["client_name"], p["reference"]) for p in mine] == [
        (invoice.number, studio.client.full_name, "Till 3")
    ]
    assert len(client_as(studio.trainer_user).get("/api/billing/payments").get_json()["items"]) == 1


def test_refund_within_what_is_left(studio, client_as, owner, invoice):
    payment = _pay(studio, owner, invoice, 10_000)
    api = client_as(studio.admin)
    assert (
        api.post(f"/api/billing/payments/{payment.id}/refunds", json={"amount": 3_000, "reason": "Injury"}).status_code
        == 201
    )
    too_much = api.post(f"/api/billing/payments/{payment.id}/refunds", json={"amount": 7_001, "reason": "More"})
    assert too_much.status_code == 422
    assert "$70.00" in too_much.get_json()["error"]["message"]
    assert db.session.get(Payment, payment.id).amount_refunded == 3_000
    assert _count(Refund) == 1


def test_trainer_and_client_may_not_refund(studio, client_as, owner, invoice):
    payment = _pay(studio, owner, invoice, 10_000)
    for user in (studio.trainer_user, studio.client_user):
        response = client_as(user).post(
            f"/api/billing/payments/{payment.id}/refunds", json={"amount": 1, "reason": "x"}
        )
        assert response.status_code == 403
    with pytest.raises(Forbidden):
        refund(actor=principal_for(studio.trainer_user), payment_id=payment.id, amount=1, reason="x")
    assert _count(Refund) == 0


def test_refund_needs_a_reason(studio, owner, invoice):
    payment = _pay(studio, owner, invoice, 10_000)
    with pytest.raises(ValidationError):
        refund(actor=owner, payment_id=payment.id, amount=100, reason="  ")


def test_stripe_refund_goes_to_stripe_first(studio, owner, invoice, monkeypatch):
    calls = []

    def stripe_refund(**kwargs):
        calls.append(kwargs)
        return "re_123"

    fakes.install(monkeypatch, "fitnesscrm.billing.stripe.gateway", refund=stripe_refund, StripeError=fakes.StripeError)
    payment = _pay(studio, owner, invoice, 10_000, method="stripe", stripe_payment_intent_id="pi_9")
    row = refund(actor=owner, payment_id=payment.id, amount=2_500, reason="Cancelled class")
    assert calls == [{"organization_id": studio.org.id, "payment_intent_id": "pi_9", "amount": 2_500,
                      "reason": "Cancelled class"}]  # fmt: skip
    assert row.stripe_refund_id == "re_123"


def test_stripe_refusing_the_refund_writes_nothing(studio, client_as, owner, invoice, monkeypatch):
    def stripe_refund(**_kwargs):
        raise fakes.StripeError("Stripe says this charge was already refunded.")

    fakes.install(monkeypatch, "fitnesscrm.billing.stripe.gateway", refund=stripe_refund, StripeError=fakes.StripeError)
    payment = _pay(studio, owner, invoice, 10_000, method="stripe", stripe_payment_intent_id="pi_10")
    response = client_as(studio.owner).post(
        f"/api/billing/payments/{payment.id}/refunds", json={"amount": 100, "reason": "Goodwill"}
    )
    assert response.status_code == 409
    assert response.get_json()["error"]["message"] == "Stripe says this charge was already refunded."
    assert _count(Refund) == 0
    assert db.session.get(Payment, payment.id).amount_refunded == 0
