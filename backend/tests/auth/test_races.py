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


def test_two_tabs_refreshing_at_once_both_stay_signed_in(committed_app):
    from tests.factories import PASSWORD

    with committed_app.app_context():
        from fitnesscrm.auth.service import hash_password
        from fitnesscrm.models import Organization

        org = Organization(name="Tabs Studio", timezone="UTC")
        db.session.add(org)
        db.session.flush()
        owner = User(
            organization_id=org.id, email="tabs@example.com", password_hash=hash_password(PASSWORD),
            role="owner", first_name="Two", last_name="Tabs",
        )  # fmt: skip
        db.session.add(owner)
        db.session.commit()
    browser = committed_app.test_client()
    browser.post("/api/auth/login", json={"email": "tabs@example.com", "password": PASSWORD})
    cookies = {
        "refresh_token_cookie": browser.get_cookie("refresh_token_cookie", path="/api/auth").value,
        "csrf_refresh_token": browser.get_cookie("csrf_refresh_token").value,
    }

    def refresh(_n: int):
        tab = committed_app.test_client()
        tab.set_cookie("refresh_token_cookie", cookies["refresh_token_cookie"], path="/api/auth")
        response = tab.post("/api/auth/refresh", headers={"X-CSRF-TOKEN": cookies["csrf_refresh_token"]})
        renewed = tab.get_cookie("refresh_token_cookie", path="/api/auth")
        return response.status_code, renewed.value if renewed else None

    results = _at_once(2, refresh)

    assert [status for status, _ in results] == [200, 200], results
    with committed_app.app_context():
        from flask_jwt_extended import decode_token

        successors = {decode_token(token)["jti"] for _, token in results}
        assert len(successors) == 1
    tab = committed_app.test_client()
    tab.set_cookie("refresh_token_cookie", results[0][1], path="/api/auth")
    csrf = None
    with committed_app.app_context():
        csrf = decode_token(results[0][1])["csrf"]
    assert tab.post("/api/auth/refresh", headers={"X-CSRF-TOKEN": csrf}).status_code == 200
