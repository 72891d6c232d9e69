"""Does a streamed export read all its rows when served by gunicorn from a committed database?

In-process tests share one outer transaction, so they cannot see what a real server does
after the view returns: the request's session is removed before the body is sent.
"""

from __future__ import annotations

import csv
import io

import pytest
import requests
import sqlalchemy as sa

from tests.live import BOOKINGS

# More than the server-side cursor fetches at once (yield_per=1000), so the download needs later fetches.
EXTRA_CLIENTS = 2_500


@pytest.mark.live_server
def test_clients_export_streams_every_row_past_the_first_fetch(live):
    engine = sa.create_engine(live["url"])
    with engine.begin() as connection:
        organization_id = connection.execute(sa.text("SELECT id FROM organizations")).scalar_one()
        connection.execute(
            sa.text(
                "INSERT INTO clients (organization_id, first_name, last_name, status)"
                " SELECT :org, 'Export', lpad(n::text, 5, '0'), 'active' FROM generate_series(1, :count) AS n"
            ),
            {"org": organization_id, "count": EXTRA_CLIENTS},
        )
    engine.dispose()
    response = requests.get(
        f"{live['base']}/api/clients/export?status=all",
        headers={"Authorization": f"Bearer {live['token']}"},
        timeout=60,
    )
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 1 + BOOKINGS + EXTRA_CLIENTS
