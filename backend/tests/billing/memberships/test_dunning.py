"""Does a failed renewal make a membership past due, retry, remind, pause after grace, and resume when paid?"""

from __future__ import annotations

import sys
import types
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from fitnesscrm.billing.events import InvoicePaid, PaymentFailed
from fitnesscrm.billing.memberships import dunning
from fitnesscrm.billing.memberships import service as memberships
from fitnesscrm.billing.models import Invoice, Membership
from fitnesscrm.core import events
from fitnesscrm.extensions import db
from fitnesscrm.notifications.models import OutboxMessage
from tests.billing.credits.conftest import membership_product, set_policy


@pytest.fixture
def overdue(studio, fake_invoices):
    """A membership whose renewal invoice failed to be paid just now."""
    set_policy(studio.org.id, retry_days=[1, 3, 7], grace_days=5)
    m = memberships.start(actor=None, organization_id=studio.org.id, client_id=studio.client.id,
                          product_id=membership_product(studio.org.id).id, starts_on=date(2030, 1, 1))  # fmt: skip
    db.session.commit()
    invoice = db.session.scalars(sa.select(Invoice).where(Invoice.membership_id == m.id)).one()
    fail(studio, invoice)
    return m, invoice


def fail(studio, invoice):
    events.record(
        PaymentFailed(organization_id=studio.org.id, actor=None, entity_id=1, label="Payment",
                      client_id=invoice.client_id, invoice_id=invoice.id, amount=invoice.total, currency="USD",
                      reason="Card declined")
    )  # fmt: skip
    db.session.commit()


def reminders():
    stmt = sa.select(OutboxMessage).where(OutboxMessage.template == "payment_reminder").order_by(OutboxMessage.id)
    return list(db.session.scalars(stmt))


def test_failed_payment_makes_the_membership_past_due_with_a_retry_scheduled(overdue, studio):
    m, invoice = overdue
    db.session.refresh(m)
    assert m.status == "past_due" and m.failed_attempts == 1
    assert m.next_retry_at - m.past_due_since == timedelta(days=1)
    since = m.past_due_since
    fail(studio, invoice)
    db.session.refresh(m)
    assert (m.past_due_since, m.failed_attempts) == (since, 1)


def test_retries_remind_the_client_on_schedule_then_pause_after_grace(overdue):
    m, _invoice = overdue
    db.session.refresh(m)
    since = m.past_due_since
    assert dunning.run_due(now=since + timedelta(hours=12)) == 0
    assert dunning.run_due(now=since + timedelta(days=1, minutes=1)) == 1
    assert dunning.run_due(now=since + timedelta(days=1, minutes=2)) == 0
    db.session.refresh(m)
    assert (m.failed_attempts, m.next_retry_at, m.status) == (2, since + timedelta(days=3), "past_due")
    [reminder] = reminders()
    assert reminder.context["amount"] == "$60.00"
    assert reminder.context["membership"] == "Monthly membership"
    assert reminder.context["grace_until"]
    dunning.run_due(now=since + timedelta(days=3, minutes=1))
    dunning.run_due(now=since + timedelta(days=5, minutes=1))
    db.session.refresh(m)
    assert m.status == "paused" and m.paused_at is not None
    dunning.run_due(now=since + timedelta(days=7, minutes=1))
    db.session.refresh(m)
    assert (m.failed_attempts, m.next_retry_at) == (4, None)
    assert len(reminders()) == 3
    assert reminders()[-1].context["grace_until"] is None


def test_paying_the_invoice_resumes_a_membership_dunning_paused(overdue, studio):
    m, invoice = overdue
    db.session.refresh(m)
    dunning.run_due(now=m.past_due_since + timedelta(days=6))
    db.session.refresh(m)
    assert m.status == "paused"
    events.record(InvoicePaid(organization_id=studio.org.id, actor=None, entity_id=invoice.id, label="Invoice",
                              client_id=invoice.client_id))  # fmt: skip
    db.session.commit()
    db.session.refresh(m)
    assert (m.status, m.past_due_since, m.next_retry_at, m.paused_at) == ("active", None, None, None)


def test_a_pause_made_by_hand_is_not_undone_by_a_payment(studio, fake_invoices):
    m = memberships.start(actor=None, organization_id=studio.org.id, client_id=studio.client.id,
                          product_id=membership_product(studio.org.id).id)  # fmt: skip
    m.status = "paused"
    db.session.commit()
    invoice = db.session.scalars(sa.select(Invoice).where(Invoice.membership_id == m.id)).one()
    events.record(InvoicePaid(organization_id=studio.org.id, actor=None, entity_id=invoice.id, label="Invoice",
                              client_id=invoice.client_id))  # fmt: skip
    db.session.commit()
    db.session.refresh(m)
    assert m.status == "paused"


def test_stripe_collected_memberships_are_charged_again_through_part_c(overdue, monkeypatch):
    m, invoice = overdue
    m.collection = "stripe"
    db.session.commit()
    retried = []
    gateway = types.ModuleType("fitnesscrm.billing.stripe.gateway")
    gateway.StripeError = type("StripeError", (Exception,), {})
    subscriptions = types.ModuleType("fitnesscrm.billing.stripe.subscriptions")
    subscriptions.retry_invoice = retried.append
    monkeypatch.setitem(sys.modules, "fitnesscrm.billing.stripe", types.ModuleType("fitnesscrm.billing.stripe"))
    monkeypatch.setitem(sys.modules, "fitnesscrm.billing.stripe.gateway", gateway)
    monkeypatch.setitem(sys.modules, "fitnesscrm.billing.stripe.subscriptions", subscriptions)
    db.session.refresh(m)
    dunning.run_due(now=m.past_due_since + timedelta(days=1, minutes=1))
    assert [i.id for i in retried] == [invoice.id]
    assert reminders() == []


def test_a_failed_payment_on_an_invoice_without_membership_changes_nothing(studio):
    invoice = Invoice(organization_id=studio.org.id, client_id=studio.client.id, currency="USD", status="open",
                      number="INV-1")  # fmt: skip
    db.session.add(invoice)
    db.session.commit()
    fail(studio, invoice)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Membership)) == 0
