"""Through several gunicorn workers at once: are invoices numbered without gaps, and is nothing ever overpaid?"""

from __future__ import annotations

import threading

import pytest
import requests
import sqlalchemy as sa

CREATIONS = 20
PAYMENTS = 10


@pytest.mark.live_server
def test_simultaneous_invoices_are_numbered_without_gaps(live):
    barrier = threading.Barrier(CREATIONS)
    results: list[requests.Response | None] = [None] * CREATIONS
    headers = {"Authorization": f"Bearer {live['token']}"}

    def create(n: int) -> None:
        payload = {
            "client_id": live["clients"][n],
            "lines": [{"description": f"Session {n}", "unit_price": 1000 + n}],
            "finalise": True,
        }
        with requests.Session() as http:
            barrier.wait()
            results[n] = http.post(f"{live['base']}/api/billing/invoices", json=payload, headers=headers, timeout=60)

    threads = [threading.Thread(target=create, args=(n,)) for n in range(CREATIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [response.status_code for response in results] == [201] * CREATIONS, [r.text[:300] for r in results]
    numbers = sorted(response.json()["number"] for response in results)
    year = numbers[0][4:8]
    assert numbers == [f"INV-{year}-{n:06d}" for n in range(1, CREATIONS + 1)]
    engine = sa.create_engine(live["url"])
    with engine.connect() as connection:
        counter = connection.execute(sa.text("SELECT last_number FROM invoice_counters WHERE kind = 'invoice'"))
        assert counter.scalar_one() == CREATIONS
    engine.dispose()


def _at_once(count: int, send) -> list[requests.Response]:
    barrier = threading.Barrier(count)
    results: list[requests.Response | None] = [None] * count

    def run(n: int) -> None:
        with requests.Session() as http:
            barrier.wait()
            results[n] = send(http, n)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.live_server
def test_simultaneous_payments_never_pay_more_than_is_due(live):
    headers = {"Authorization": f"Bearer {live['token']}"}
    invoice = requests.post(
        f"{live['base']}/api/billing/invoices",
        json={
            "client_id": live["clients"][0],
            "lines": [{"description": "Pack", "unit_price": 10_000}],
            "finalise": True,
        },
        headers=headers,
        timeout=60,
    ).json()
    # Each pays 60%: only one fits.
    results = _at_once(
        PAYMENTS,
        lambda http, n: http.post(
            f"{live['base']}/api/billing/invoices/{invoice['id']}/payments",
            json={"amount": 6_000, "method": "cash", "reference": f"Till {n}"},
            headers=headers,
            timeout=60,
        ),
    )
    statuses = sorted(response.status_code for response in results)
    assert statuses == [201] + [409] * (PAYMENTS - 1), [r.text[:300] for r in results]
    assert {r.json()["error"]["code"] for r in results if r.status_code == 409} == {"overpayment"}
    engine = sa.create_engine(live["url"])
    with engine.connect() as connection:
        paid = connection.execute(sa.text("SELECT amount_paid FROM invoices WHERE id = :id"), {"id": invoice["id"]})
        assert paid.scalar_one() == 6_000
        count = connection.execute(
            sa.text("SELECT count(*) FROM payments WHERE invoice_id = :id"), {"id": invoice["id"]}
        )
        assert count.scalar_one() == 1
    engine.dispose()
