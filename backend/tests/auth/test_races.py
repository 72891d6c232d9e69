"""Do simultaneous requests that compete for one email or one refresh token end in clear answers, never a 500?"""

from __future__ import annotations

import threading
from collections.abc import Callable

import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.models import User

SIGNUP = {
    "organization_name": "Race Studio",
    "timezone": "UTC",
    "email": "race@example.com",
    "password": "a-long-enough-password",
    "first_name": "Rae",
    "last_name": "Cer",
}


def _at_once(count: int, request: Callable[[int], object]) -> list:
    """Run `request(n)` for n in range(count) in threads released together; their results in order."""
    barrier = threading.Barrier(count)
    results: list = [None] * count

    def run(n: int) -> None:
        barrier.wait()
        results[n] = request(n)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_simultaneous_sign_ups_with_one_email_give_one_account_and_409s(committed_app):
    def sign_up(n: int):
        response = committed_app.test_client().post(
            "/api/auth/signup", json={**SIGNUP, "organization_name": f"Race Studio {n}"}
        )
        return response.status_code, response.get_json()

    results = _at_once(4, sign_up)

    assert sorted(status for status, _ in results) == [201, 409, 409, 409], results
    for status, body in results:
        if status == 409:
            assert body["error"]["fields"] == {"email": ["Already registered."]}
    with committed_app.app_context():
        users = db.session.execute(sa.select(sa.func.count()).select_from(User)).scalar_one()
        organizations = db.session.execute(sa.text("SELECT count(*) FROM organizations")).scalar_one()
    assert (users, organizations) == (1, 1)
