"""Can someone who forgot their password choose a new one through an emailed link, and only through it?"""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.auth.models import AccountLink
from fitnesscrm.extensions import db, mail
from tests.factories import PASSWORD

NEW_PASSWORD = "a-brand-new-password"


def _request_link(client, email, **kwargs) -> str | None:
    """Ask for a reset link and return the one emailed (None when no email left)."""
    with mail.record_messages() as outbox:
        response = client.post("/api/auth/password-reset", json={"email": email}, **kwargs)
        assert outbox == [], "the email leaves only after the response"
        response.close()
    assert response.status_code == 202
    if not outbox:
        return None
    return next(line for line in outbox[0].body.splitlines() if "/reset-password?token=" in line)


def _token(link: str) -> str:
    return link.split("token=", 1)[1]


def test_reset_link_sets_a_new_password_signs_in_and_ends_other_sessions(app, client, studio):
    other = client.post("/api/auth/token", json={"email": studio.admin.email, "password": PASSWORD}).get_json()
    token = _token(_request_link(client, studio.admin.email))
    assert token not in db.session.execute(sa.select(AccountLink.token_hash)).scalars().all()

    preview = client.post("/api/auth/password-reset/preview", json={"token": token})
    assert preview.get_json()["email"] == studio.admin.email

    browser = app.test_client()
    done = browser.post("/api/auth/password-reset/confirm", json={"token": token, "password": NEW_PASSWORD})
    assert done.status_code == 200
    assert done.get_json()["email"] == studio.admin.email
    assert browser.get("/api/auth/me").status_code == 200
    assert client.get("/api/auth/me", headers={"Authorization": f"Bearer {other['access_token']}"}).status_code == 401
    assert (
        client.post("/api/auth/refresh", headers={"Authorization": f"Bearer {other['refresh_token']}"}).status_code
        == 401
    )
    assert client.post("/api/auth/token", json={"email": studio.admin.email, "password": PASSWORD}).status_code == 401
    assert (
        client.post("/api/auth/token", json={"email": studio.admin.email, "password": NEW_PASSWORD}).status_code == 200
    )


def test_reset_link_works_once_and_voids_older_links(client, studio):
    first = _token(_request_link(client, studio.admin.email))
    second = _token(_request_link(client, studio.admin.email))
    assert (
        client.post("/api/auth/password-reset/confirm", json={"token": second, "password": NEW_PASSWORD}).status_code
        == 200
    )
    for token in (first, second):
        again = client.post("/api/auth/password-reset/confirm", json={"token": token, "password": "another-password-1"})
        assert again.status_code == 409
        assert again.get_json()["error"]["code"] == "link_used"


def test_expired_or_unknown_reset_link_is_refused(client, studio):
    token = _token(_request_link(client, studio.admin.email))
    db.session.execute(sa.update(AccountLink).values(expires_at=sa.func.now() - sa.text("interval '1 minute'")))
    db.session.commit()
    expired = client.post("/api/auth/password-reset/confirm", json={"token": token, "password": NEW_PASSWORD})
    assert (expired.status_code, expired.get_json()["error"]["code"]) == (409, "link_expired")
    unknown = client.post("/api/auth/password-reset/preview", json={"token": "y" * 40})
    assert (unknown.status_code, unknown.get_json()["error"]["code"]) == (404, "link_invalid")


def test_weak_new_password_is_422_and_keeps_the_link(client, studio):
    token = _token(_request_link(client, studio.admin.email))
    weak = client.post("/api/auth/password-reset/confirm", json={"token": token, "password": "short"})
    assert weak.status_code == 422 and "password" in weak.get_json()["error"]["fields"]
    assert client.post("/api/auth/password-reset/preview", json={"token": token}).status_code == 200


def test_reset_link_uses_the_public_address_never_the_host_header(app, client, studio, monkeypatch):
    monkeypatch.setitem(app.config, "PUBLIC_BASE_URL", "https://crm.example.com")
    link = _request_link(client, studio.admin.email, headers={"Host": "evil.example.net"})
    assert link.startswith("https://crm.example.com/reset-password?token=")


def test_reset_clears_the_throttle_of_the_email(app, client, studio):
    for _ in range(app.config["LOGIN_FREE_ATTEMPTS"]):
        client.post("/api/auth/login", json={"email": studio.admin.email, "password": "wrong-password-1"})
    token = _token(_request_link(client, studio.admin.email))
    client.post("/api/auth/password-reset/confirm", json={"token": token, "password": NEW_PASSWORD})
    stranger = app.test_client()
    assert (
        stranger.post("/api/auth/login", json={"email": studio.admin.email, "password": NEW_PASSWORD}).status_code
        == 200
    )
