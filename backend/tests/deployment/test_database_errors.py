"""Does a lost database connection answer 503 in the one error shape, and any other database fault still 500?

The smoke test (test_smoke.py) restarts a real PostgreSQL under load; these pin the handler's cases one by one.
"""

from __future__ import annotations

import psycopg2
import pytest
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from fitnesscrm.clients import service


def _failing_with(monkeypatch, error: Exception) -> None:
    def get_all(**_kwargs):
        raise error

    monkeypatch.setattr(service, "get_all", get_all)


@pytest.mark.parametrize(
    "error",
    [
        OperationalError("SELECT 1", {}, psycopg2.OperationalError("server closed the connection unexpectedly")),
        DBAPIError("SELECT 1", {}, psycopg2.InterfaceError("connection already closed"), connection_invalidated=True),
    ],
    ids=["server gone", "connection invalidated"],
)
def test_lost_connection_is_503_in_the_error_shape_with_retry_after(error, studio, client_as, monkeypatch):
    _failing_with(monkeypatch, error)
    response = client_as(studio.owner).get("/api/clients")
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "2"
    error = response.get_json()["error"]
    assert (error["code"], error["message"]) == ("unavailable", "The database is not answering; try again in a moment.")


def test_other_database_faults_stay_500(studio, client_as, monkeypatch):
    _failing_with(monkeypatch, IntegrityError("INSERT", {}, psycopg2.IntegrityError("duplicate key")))
    response = client_as(studio.owner).get("/api/clients")
    assert response.status_code == 500
    assert response.get_json()["error"]["code"] == "internal_error"
