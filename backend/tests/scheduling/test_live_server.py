"""Do simultaneous overlapping bookings through several gunicorn workers give exactly one session?"""

from __future__ import annotations

import threading

import pytest
import requests
import sqlalchemy as sa

from tests.live import BOOKINGS


@pytest.mark.live_server
def test_simultaneous_overlapping_bookings_give_one_session_and_409s_naming_it(live):
    barrier = threading.Barrier(BOOKINGS)
    results: list[requests.Response] = [None] * BOOKINGS
    headers = {"Authorization": f"Bearer {live['token']}"}

    def book(n: int) -> None:
        # Every booking starts n minutes after 10:00 and lasts an hour: each overlaps all others.
        payload = {
            "trainer_id": live["trainer"],
            "starts_at": f"2030-05-06T10:{n:02d}:00+00:00",
            "ends_at": f"2030-05-06T11:{n:02d}:00+00:00",
            "client_ids": [live["clients"][n]],
        }
        with requests.Session() as http:
            barrier.wait()
            results[n] = http.post(f"{live['base']}/api/sessions", json=payload, headers=headers, timeout=60)

    threads = [threading.Thread(target=book, args=(n,)) for n in range(BOOKINGS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    statuses = sorted(response.status_code for response in results)
    assert statuses == [201] + [409] * (BOOKINGS - 1), [r.text[:200] for r in results if r.status_code >= 500]
    winner = next(response.json() for response in results if response.status_code == 201)
    for response in results:
        if response.status_code == 409:
            error = response.json()["error"]
            assert error["code"] == "booking_conflict"
            assert error["fields"]["conflict"]["session_id"] == winner["id"]
            assert error["fields"]["conflict"]["trainer_id"] == live["trainer"]
    engine = sa.create_engine(live["url"])
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM sessions")).scalar_one() == 1
    engine.dispose()
