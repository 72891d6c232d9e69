"""The demo studio's billing: months of revenue, members, packs, credits used by its sessions, sound books."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from fitnesscrm.auth.models import User
from fitnesscrm.billing.models import CreditEntry, Invoice, InvoiceCounter, Membership, Payment, Product, Refund
from fitnesscrm.extensions import db
from fitnesscrm.scheduling.models import Session
from tests.billing.reports import recompute


@pytest.fixture(scope="module")
def module_transaction(demo_databases):
    """This module's tests share the demo studio loaded as of now, loaded once per run (conftest's DemoDatabases)."""
    yield from demo_databases.transaction(None)


@pytest.fixture(scope="module")
def studio(module_transaction):
    """The demo studio."""
    return module_transaction.demo


@pytest.fixture
def owner(studio):
    return db.session.scalars(sa.select(User).where(User.email == "owner@demo.fitnesscrm.dev")).one()


def test_demo_billing_has_the_catalogue_and_counts_what_it_wrote(studio):
    names = set(db.session.scalars(sa.select(Product.name)))
    assert {"10-session pack", "20-session pack", "Monthly membership", "Group class drop-in"} <= names
    assert studio.billing["invoices"] == db.session.scalar(sa.select(sa.func.count()).select_from(Invoice))
    assert studio.billing["refunds"] == 1


def test_demo_invoices_add_up_and_are_numbered_without_gaps(studio):
    invoices = list(db.session.scalars(sa.select(Invoice).options(sa.orm.selectinload(Invoice.lines))))
    numbers = defaultdict(list)
    for invoice in invoices:
        assert invoice.total == sum(line.total for line in invoice.lines)
        assert invoice.amount_paid <= invoice.total
        year, number = re.fullmatch(r"INV-(\d{4})-(\d{6})", invoice.number).groups()
        assert int(year) == invoice.issued_on.year
        numbers[int(year)].append(int(number))
    for found in numbers.values():
        assert sorted(found) == list(range(1, len(found) + 1))
    counters = {c.year: c.last_number for c in db.session.scalars(sa.select(InvoiceCounter))}
    assert counters == {year: len(found) for year, found in numbers.items()}


def test_demo_invoices_are_paid_open_overdue_and_void(studio):
    statuses = {invoice.status for invoice in db.session.scalars(sa.select(Invoice))}
    assert {"paid", "open", "void"} <= statuses
    today = datetime.now(UTC).date()
    overdue = db.session.scalars(sa.select(Invoice).where(Invoice.status == "open", Invoice.due_on < today)).all()
    assert len(overdue) >= 4
    assert db.session.scalar(sa.select(sa.func.count()).where(Payment.status == "failed")) >= 1
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Refund)) == 1


def test_demo_memberships_are_active_past_due_and_ended(studio):
    statuses = set(db.session.scalars(sa.select(Membership.status)))
    assert {"active", "past_due"} <= statuses
    assert statuses & {"cancelled", "ended"}


def test_demo_credits_never_run_below_zero_and_pay_for_sessions(studio):
    entries = list(db.session.scalars(sa.select(CreditEntry)))
    remaining = {e.id: e.quantity for e in entries if e.kind == "grant"}
    for entry in entries:
        if entry.grant_id is not None:
            remaining[entry.grant_id] += entry.quantity
    assert min(remaining.values()) >= 0
    attended = set(db.session.scalars(sa.select(Session.id).where(Session.status == "completed")))
    used = {e.session_id for e in entries if e.kind == "reserve" and e.session_id in attended}
    assert len(used) > len(attended) / 2


def test_demo_revenue_dashboard_shows_months_of_history(studio, owner, client_as):
    api = client_as(owner)
    revenue = api.get("/api/billing/reports/revenue?group=month").get_json()
    assert sum(1 for month in revenue["periods"] if month["net"] > 0) >= 6
    mrr = api.get("/api/billing/reports/mrr").get_json()["months"]
    assert sum(1 for month in mrr if month["mrr"] > 0) >= 6
    assert any(month["new"] for month in mrr) and any(month["churned"] for month in mrr)
    receivables = api.get("/api/billing/reports/receivables").get_json()["buckets"]
    assert sum(1 for bucket in receivables if bucket["amount"]) >= 3
    trainers = api.get("/api/billing/reports/revenue-by-trainer").get_json()["trainers"]
    assert len(trainers) == 5 and all(t["revenue"] > 0 for t in trainers)
    assert api.get("/api/billing/reports/refunds").get_json()["count"] == 1


def test_demo_reports_agree_with_the_recomputation(studio, owner, client_as):
    api = client_as(owner)
    answer = api.get("/api/billing/reports/revenue?group=week").get_json()
    first, last = datetime.fromisoformat(answer["from"]).date(), datetime.fromisoformat(answer["to"]).date()
    expected = recompute.revenue(studio.organization_id, "America/New_York", first, last, "week")
    assert [row["net"] for row in answer["periods"]] == [row["net"] for row in expected]
    products = api.get("/api/billing/reports/revenue-by-product").get_json()
    assert products["collected"] == sum(row["net"] for row in expected)
