"""Do 20 invoices finalised at once through several gunicorn workers take 20 numbers without a gap or a repeat?"""

from __future__ import annotations

import threading

import pytest
import requests
import sqlalchemy as sa

CREATIONS = 20


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
