"""Do the revenue reports agree with a plain Python recomputation over the same rows, and who may read them?"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from fitnesscrm.extensions import db
from tests.billing.reports import recompute
from tests.billing.reports.ledger import ZONE, Ledger, ledger_for, random_history
from tests.conftest import loaded, make_studio
from tests.factories import ClientFactory

FIRST, MONTHS = date(2026, 1, 1), 6
LAST = date(2026, 6, 30)
RANGE = f"from={FIRST}&to={LAST}"
REPORTS = ("revenue", "revenue-by-product", "revenue-by-trainer", "mrr", "receivables", "refunds")


@pytest.fixture
def ledger(studio) -> Ledger:
    return ledger_for(studio.org)


@pytest.fixture(scope="module", params=[11, 12, 13])
def history(request, module_transaction) -> Iterator[SimpleNamespace]:
    """A studio (see make_studio) with six months of random billing (three seeds), committed.

    Made once per seed for the module's tests that read it (seconds each, for ~70 tests), in a savepoint
    of the module's transaction that is rolled back before the next seed's.
    """
    savepoint = module_transaction.connection.begin_nested()
    with module_transaction.bound():
        studio = make_studio()
        random_history(ledger_for(studio.org), seed=request.param, first=FIRST, months=MONTHS)
        db.session.commit()
        loaded(studio)
    yield studio
    savepoint.rollback()


def _today() -> date:
    return datetime.now(ZoneInfo(ZONE)).date()


def _get(client_as, user, path: str) -> dict:
    response = client_as(user).get(f"/api/billing/reports/{path}")
    assert response.status_code == 200, response.get_json()
    return response.get_json()


@pytest.mark.parametrize("group", ["day", "week", "month"])
def test_revenue_matches_recomputation_by_group(group, history, client_as):
    answer = _get(client_as, history.owner, f"revenue?{RANGE}&group={group}")
    expected = recompute.revenue(history.org.id, ZONE, FIRST, LAST, group)
    got = [{k: v for k, v in row.items() if k != "label"} for row in answer["periods"]]
    assert got == [{**row, "period": row["period"].isoformat()} for row in expected]
    assert answer["net"] == sum(row["net"] for row in expected)
    assert sum(row["payments"] for row in expected) > 0


def test_revenue_by_product_matches_recomputation_and_adds_up_to_revenue(history, client_as):
    answer = _get(client_as, history.owner, f"revenue-by-product?{RANGE}")
    expected = recompute.by_product(history.org.id, ZONE, FIRST, LAST)
    got = {row["product_id"]: {k: row[k] for k in ("quantity", "invoiced", "collected")} for row in answer["products"]}
    assert got == {key: value for key, value in expected.items() if any(value.values())}
    revenue = _get(client_as, history.owner, f"revenue?{RANGE}")
    assert answer["collected"] == revenue["net"]


def test_revenue_by_trainer_matches_recomputation(history, client_as):
    answer = _get(client_as, history.owner, f"revenue-by-trainer?{RANGE}")
    expected = recompute.by_trainer(history.org.id, ZONE, FIRST, LAST, scale=100)
    got = {row.pop("trainer_id"): row for row in answer["trainers"]}
    assert got == expected
    # Every way of valuing an attendance is exercised by each seed.
    for source in ("from_drop_ins", "from_credits", "from_memberships", "from_prices"):
        assert any(row[source] for row in got.values()), source


def test_mrr_matches_recomputation(history, client_as):
    answer = _get(client_as, history.owner, f"mrr?{RANGE}")
    expected = recompute.mrr(history.org.id, FIRST, LAST, today=_today())
    got = [{k: v for k, v in row.items() if k != "label"} for row in answer["months"]]
    assert got == [{**row, "month": row["month"].isoformat()} for row in expected]
    assert any(row["mrr"] for row in got)


@pytest.mark.parametrize("on", [date(2026, 2, 15), date(2026, 4, 30), date(2026, 7, 20), date(2026, 12, 1)])
def test_receivables_match_recomputation_on_a_day(on, history, client_as):
    answer = _get(client_as, history.owner, f"receivables?to={on}")
    expected = recompute.receivables(history.org.id, ZONE, on)
    got = {row["key"]: (row["invoices"], row["amount"]) for row in answer["buckets"] if row["invoices"]}
    assert got == expected
    assert [row["key"] for row in answer["buckets"]] == [
        "not_due", "days_0_30", "days_31_60", "days_61_90", "days_over_90",
    ]  # fmt: skip


def test_refunds_list_the_range_latest_first_with_their_sum(history, client_as):
    answer = _get(client_as, history.owner, f"refunds?{RANGE}&per_page=2")
    start, end = recompute._bounds(ZONE, FIRST, LAST)
    from fitnesscrm.billing.models import Refund

    refunds = [r for r in recompute._all(Refund, history.org.id) if start <= r.refunded_at < end]
    assert (answer["count"], answer["amount"]) == (len(refunds), sum(r.amount for r in refunds))
    latest = sorted(refunds, key=lambda r: (r.refunded_at, r.id), reverse=True)[:2]
    assert [row["id"] for row in answer["items"]] == [r.id for r in latest]
    assert answer["items"][0]["method_label"] == "Card terminal"
    assert answer["meta"]["total"] == len(refunds)


def test_revenue_buckets_a_payment_by_the_studio_day_not_utc(ledger, studio, client_as):
    invoice = ledger.invoice(studio.client.id, date(2026, 1, 20), [(None, 5_000, 1)])
    # 23:30 on 31 January in New York is 04:30 on 1 February in UTC.
    ledger.pay(invoice, 2_000, ledger.at(date(2026, 1, 31), 23, 30))
    ledger.pay(invoice, 1_000, ledger.at(date(2026, 2, 1), 0, 10))
    db.session.commit()
    answer = _get(client_as, studio.owner, "revenue?from=2026-01-01&to=2026-02-28&group=month")
    assert [(row["label"], row["received"]) for row in answer["periods"]] == [
        ("January 2026", 2_000), ("February 2026", 1_000),
    ]  # fmt: skip


def test_revenue_counts_a_refund_when_made_and_labels_weeks(ledger, studio, client_as):
    invoice = ledger.invoice(studio.client.id, date(2026, 3, 2), [(None, 10_000, 1)])
    payment = ledger.pay(invoice, 10_000, ledger.at(date(2026, 3, 2)))
    ledger.refund(payment, 2_500, ledger.at(date(2026, 3, 11)))
    db.session.commit()
    answer = _get(client_as, studio.owner, "revenue?from=2026-03-02&to=2026-03-15&group=week")
    assert [(r["label"], r["received"], r["refunded"], r["net"]) for r in answer["periods"]] == [
        ("Week of 2 Mar 2026", 10_000, 0, 10_000), ("Week of 9 Mar 2026", 0, 2_500, -2_500),
    ]  # fmt: skip
    assert (answer["received"], answer["refunded"], answer["net"], answer["currency"]) == (10_000, 2_500, 7_500, "USD")


def test_revenue_by_trainer_values_a_credit_at_its_pack_price(ledger, studio, client_as):
    pack = ledger.product("pack", kind="pack", name="Pack of 10", price=20_000, session_count=10, valid_days=90)
    invoice = ledger.invoice(studio.client.id, date(2026, 3, 1), [(pack, 20_000, 1)], discount=1_000)
    grant = ledger.grant(studio.client.id, 10, invoice, pack)
    session = ledger.session(studio.trainer.id, [studio.client.id], ledger.at(date(2026, 3, 3), 9), price="50.00")
    ledger.reserve(grant, session)
    ledger.session(studio.trainer.id, [studio.other_client.id], ledger.at(date(2026, 3, 4), 9), price="50.00")
    ledger.session(studio.trainer.id, [studio.client.id], ledger.at(date(2026, 3, 5), 9), status="scheduled")
    db.session.commit()
    answer = _get(client_as, studio.owner, "revenue-by-trainer?from=2026-03-01&to=2026-03-31")
    [row] = answer["trainers"]
    assert (row["name"], row["sessions"], row["revenue"]) == (studio.trainer.full_name, 2, 1_900 + 5_000)
    assert (row["from_credits"], row["from_prices"], row["from_drop_ins"]) == (1_900, 5_000, 0)


def test_revenue_by_trainer_splits_an_unlimited_membership_over_the_sessions_of_its_period(ledger, studio, client_as):
    unlimited = ledger.product("u", kind="membership", name="Unlimited", price=9_000, interval="month")
    membership = ledger.membership(studio.client.id, unlimited, date(2026, 3, 1))
    ledger.invoice(studio.client.id, date(2026, 3, 1), [(unlimited, 9_000, 1)], membership_id=membership.id,
                   period_start=date(2026, 3, 1), period_end=date(2026, 4, 1))  # fmt: skip
    # Three sessions delivered in March (one of them with the other trainer, one on the 31st late in the
    # evening: still March in New York), one not delivered, and one in April (no invoice: list price).
    for day, trainer, status in ((3, studio.trainer, "completed"), (10, studio.other_trainer, "completed"),
                                 (17, studio.trainer, "no_show"), (31, studio.trainer, "completed")):  # fmt: skip
        ledger.session(trainer.id, [studio.client.id], ledger.at(date(2026, 3, day), 22, 30), status=status)
    ledger.session(studio.trainer.id, [studio.client.id], ledger.at(date(2026, 4, 2), 9), price="40.00")
    db.session.commit()
    answer = _get(client_as, studio.owner, "revenue-by-trainer?from=2026-03-10&to=2026-04-30")
    got = {r["trainer_id"]: (r["sessions"], r["from_memberships"], r["from_prices"]) for r in answer["trainers"]}
    assert got == {studio.trainer.id: (2, 3_000, 4_000), studio.other_trainer.id: (1, 3_000, 0)}


def test_mrr_moves_new_expansion_contraction_and_churn(ledger, studio, client_as):
    monthly = ledger.product("m", kind="membership", name="Monthly", price=8_000, interval="month")
    clients = [studio.client.id, studio.other_client.id, ClientFactory(organization_id=studio.org.id).id]
    prices = {clients[0]: [8_000, 9_000, 9_000], clients[1]: [8_000, 6_000, None], clients[2]: [None, None, 8_000]}
    for client, by_month in prices.items():
        membership = ledger.membership(client, monthly, date(2026, 1, 10))
        for n, price in enumerate(by_month):
            if price is not None:
                start = date(2026, 1 + n, 10)
                ledger.invoice(client, start, [(monthly, price, 1)], membership_id=membership.id, period_start=start,
                               period_end=date(2026, 2 + n, 10), tax_basis_points=2000)  # fmt: skip
    db.session.commit()
    answer = _get(client_as, studio.owner, "mrr?from=2026-01-01&to=2026-03-31")
    assert [(m["label"], m["mrr"], m["members"], m["new"], m["expansion"], m["contraction"], m["churned"])
            for m in answer["months"]] == [
        ("January 2026", 16_000, 2, 16_000, 0, 0, 0),
        ("February 2026", 15_000, 2, 0, 1_000, 2_000, 0),
        ("March 2026", 17_000, 2, 8_000, 0, 0, 6_000),
    ]  # fmt: skip


def test_receivables_age_from_the_due_date(ledger, studio, client_as):
    today = date(2026, 6, 30)
    for days_past, total in ((-3, 100), (0, 200), (45, 300), (75, 400), (120, 500)):
        due = today - timedelta(days=days_past)
        ledger.invoice(studio.client.id, due - timedelta(days=14), [(None, total, 1)], due_days=14)
    paid = ledger.invoice(studio.client.id, date(2026, 6, 1), [(None, 999, 1)])
    ledger.pay(paid, 999, ledger.at(date(2026, 6, 2)))
    db.session.commit()
    answer = _get(client_as, studio.owner, f"receivables?to={today}")
    assert [(b["label"], b["invoices"], b["amount"]) for b in answer["buckets"]] == [
        ("Not yet due", 1, 100), ("0–30 days", 1, 200), ("31–60 days", 1, 300), ("61–90 days", 1, 400),
        ("Over 90 days", 1, 500),
    ]  # fmt: skip
    assert answer["total"] == 1_500


@pytest.mark.parametrize(
    "path",
    ["revenue?group=week", "revenue-by-product?", "revenue-by-trainer?", "mrr?", "receivables?", "refunds?"],
)
def test_each_report_downloads_as_csv(path, history, client_as):
    response = client_as(history.admin).get(f"/api/billing/reports/{path}&format=csv&{RANGE}")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert len(rows) >= 2 and all(len(row) == len(rows[0]) for row in rows)


def test_revenue_csv_has_labels_and_amounts_in_major_units(ledger, studio, client_as):
    invoice = ledger.invoice(studio.client.id, date(2026, 1, 20), [(None, 5_000, 1)])
    ledger.pay(invoice, 1_250, ledger.at(date(2026, 1, 21)))
    db.session.commit()
    response = client_as(studio.owner).get("/api/billing/reports/revenue?from=2026-01-01&to=2026-01-31&format=csv")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows == [
        ["Month", "Currency", "Received", "Refunded", "Net", "Payments", "Refunds"],
        ["January 2026", "USD", "12.50", "0.00", "12.50", "1", "0"],
    ]


@pytest.mark.parametrize("role", ["trainer", "client"])
@pytest.mark.parametrize("path", REPORTS)
def test_reports_refuse_trainers_and_clients(role, path, studio, client_as):
    response = client_as(studio.users[role]).get(f"/api/billing/reports/{path}")
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "forbidden"


def test_reports_show_nothing_of_another_studio(history, other_studio, client_as):
    answer = _get(client_as, other_studio.owner, f"revenue?{RANGE}")
    assert (answer["received"], answer["refunded"]) == (0, 0)
    assert _get(client_as, other_studio.owner, f"revenue-by-product?{RANGE}")["products"] == []
    assert _get(client_as, other_studio.owner, f"revenue-by-trainer?{RANGE}")["trainers"] == []
    assert all(m["mrr"] == 0 for m in _get(client_as, other_studio.owner, f"mrr?{RANGE}")["months"])
    assert _get(client_as, other_studio.owner, "receivables?to=2026-12-01")["total"] == 0
    assert _get(client_as, other_studio.owner, f"refunds?{RANGE}")["count"] == 0


@pytest.mark.parametrize(
    ("query", "field"),
    [("from=2026-03-01&to=2026-02-01", "from"), ("from=2020-01-01&to=2026-01-01&group=day", "to"),
     ("group=year", "group"), ("from=yesterday", "from"), ("format=pdf", "format")],
)  # fmt: skip
def test_revenue_refuses_bad_ranges_with_422(query, field, studio, client_as):
    response = client_as(studio.owner).get(f"/api/billing/reports/revenue?{query}")
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


def test_revenue_defaults_to_the_last_twelve_months(studio, ledger, client_as):
    answer = _get(client_as, studio.owner, "revenue")
    assert len(answer["periods"]) == 12
    assert answer["periods"][-1]["period"] == date.fromisoformat(answer["to"]).replace(day=1).isoformat()


@pytest.mark.parametrize("path", ["revenue?group=day", "revenue-by-product?", "revenue-by-trainer?", "mrr?",
                                  "receivables?", "refunds?"])  # fmt: skip
def test_each_report_runs_a_fixed_number_of_statements(path, history, client_as, count_statements):
    api = client_as(history.owner)
    db.session.connection()  # the test's savepoint on the module's history, opened before counting
    with count_statements() as counter:
        assert api.get(f"/api/billing/reports/{path}&{RANGE}").status_code == 200
    # Signing in, the studio's zone and currency, then the report: one statement, or three for the refunds page.
    assert counter.count == (5 if path.startswith("refunds") else 3)


def test_revenue_by_trainer_values_a_credit_given_by_hand_at_nothing(ledger, studio, client_as):
    from fitnesscrm.billing.models import CreditEntry

    grant = CreditEntry(organization_id=studio.org.id, client_id=studio.client.id, kind="grant", quantity=2,
                        note="Goodwill")  # fmt: skip
    db.session.add(grant)
    db.session.flush()
    session = ledger.session(studio.trainer.id, [studio.client.id], ledger.at(date(2026, 3, 3), 9), price="50.00")
    ledger.reserve(grant, session)
    db.session.commit()
    [row] = _get(client_as, studio.owner, "revenue-by-trainer?from=2026-03-01&to=2026-03-31")["trainers"]
    assert (row["attendances"], row["revenue"], row["from_credits"], row["from_prices"]) == (1, 0, 0, 0)
    expected = recompute.by_trainer(studio.org.id, ZONE, date(2026, 3, 1), date(2026, 3, 31), scale=100)
    assert expected[studio.trainer.id]["revenue"] == 0


def test_refunds_download_as_a_workbook_with_every_refund(history, client_as):
    from openpyxl import load_workbook

    from fitnesscrm.core.xlsx_export import XLSX_MIMETYPE

    response = client_as(history.owner).get(f"/api/billing/reports/refunds?{RANGE}&per_page=1&format=xlsx")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith(XLSX_MIMETYPE)
    rows = list(load_workbook(io.BytesIO(response.data), read_only=True).active.iter_rows(values_only=True))
    count = _get(client_as, history.owner, f"refunds?{RANGE}")["count"]
    assert rows[0][:3] == ("Refunded (America/New_York)", "Client", "Invoice")
    assert len(rows) == count + 1


def test_mrr_of_the_month_under_way_counts_renewals_not_yet_due(ledger, studio, client_as):
    today = _today()
    monthly = ledger.product("m", kind="membership", name="Monthly", price=8_000, interval="month")
    membership = ledger.membership(studio.client.id, monthly, today)
    # Billed from today for a month: the month's last day may fall after the period or inside it.
    start = today - timedelta(days=27) if today.day > 27 else today
    end = start + timedelta(days=28)
    ledger.invoice(studio.client.id, start, [(monthly, 8_000, 1)], membership_id=membership.id, period_start=start,
                   period_end=end)  # fmt: skip
    db.session.commit()
    [month] = _get(client_as, studio.owner, f"mrr?from={today.replace(day=1)}&to={today}")["months"]
    assert (month["mrr"], month["members"], month["churned"]) == (8_000, 1, 0)
    assert recompute.mrr(studio.org.id, today.replace(day=1), today, today)[0]["mrr"] == 8_000
