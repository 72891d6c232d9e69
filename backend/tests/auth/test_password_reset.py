"""Can someone who forgot their password choose a new one through an emailed link, and only through it?"""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.auth.models import AccountLink
from fitnesscrm.extensions import db
from tests.factories import PASSWORD
from tests.mail import text_of

NEW_PASSWORD = "a-brand-new-password"


def _request_link(client, smtp, sent_mail, email, **kwargs) -> str | None:
    """Ask for a reset link, deliver what the outbox holds, and return the link emailed (None when no email left)."""
    before = len(smtp.inbox.received)
    response = client.post("/api/auth/password-reset", json={"email": email}, **kwargs)
    assert response.status_code == 202
    assert len(smtp.inbox.received) == before, "the request only queues the email; the worker sends it"
    emails = sent_mail()
    if not emails:
        return None
    [message] = emails
    assert message["To"] == email and message["Subject"] == "Reset your FitnessCRM password"
    return next(line for line in text_of(message).splitlines() if "/reset-password?token=" in line).strip()


def _token(link: str) -> str:
    return link.split("token=", 1)[1]


def test_reset_link_sets_a_new_password_signs_in_and_ends_other_sessions(app, client, studio, smtp, sent_mail):
    other = client.post("/api/auth/token", json={"email": studio.admin.email, "password": PASSWORD}).get_json()
    token = _token(_request_link(client, smtp, sent_mail, studio.admin.email))
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


def test_reset_link_works_once_and_voids_older_links(client, studio, smtp, sent_mail):
    first = _token(_request_link(client, smtp, sent_mail, studio.admin.email))
    second = _token(_request_link(client, smtp, sent_mail, studio.admin.email))
    assert (
        client.post("/api/auth/password-reset/confirm", json={"token": second, "password": NEW_PASSWORD}).status_code
        == 200
    )
    for token in (first, second):
        again = client.post("/api/auth/password-reset/confirm", json={"token": token, "password": "another-password-1"})
        assert again.status_code == 409
        assert again.get_json()["error"]["code"] == "link_used"


def test_expired_or_unknown_reset_link_is_refused(client, studio, smtp, sent_mail):
    token = _token(_request_link(client, smtp, sent_mail, studio.admin.email))
    db.session.execute(sa.update(AccountLink).values(expires_at=sa.func.now() - sa.text("interval '1 minute'")))
    db.session.commit()
    expired = client.post("/api/auth/password-reset/confirm", json={"token": token, "password": NEW_PASSWORD})
    assert (expired.status_code, expired.get_json()["error"]["code"]) == (409, "link_expired")
    unknown = client.post("/api/auth/password-reset/preview", json={"token": "y" * 40})
    assert (unknown.status_code, unknown.get_json()["error"]["code"]) == (404, "link_invalid")


def test_weak_new_password_is_422_and_keeps_the_link(client, studio, smtp, sent_mail):
    token = _token(_request_link(client, smtp, sent_mail, studio.admin.email))
    weak = client.post("/api/auth/password-reset/confirm", json={"token": token, "password": "short"})
    assert weak.status_code == 422 and "password" in weak.get_json()["error"]["fields"]
    assert client.post("/api/auth/password-reset/preview", json={"token": token}).status_code == 200


def test_reset_link_uses_the_public_address_never_the_host_header(app, client, studio, monkeypatch, smtp, sent_mail):
    monkeypatch.setitem(app.config, "PUBLIC_BASE_URL", "https://crm.example.com")
    link = _request_link(client, smtp, sent_mail, studio.admin.email, headers={"Host": "evil.example.net"})
    assert link.startswith("https://crm.example.com/reset-password?token=")


def test_reset_clears_the_throttle_of_the_email(app, client, studio, smtp, sent_mail):
    for _ in range(app.config["LOGIN_FREE_ATTEMPTS"]):
        client.post("/api/auth/login", json={"email": studio.admin.email, "password": "wrong-password-1"})
    token = _token(_request_link(client, smtp, sent_mail, studio.admin.email))
    client.post("/api/auth/password-reset/confirm", json={"token": token, "password": NEW_PASSWORD})
    stranger = app.test_client()
    assert (
        stranger.post("/api/auth/login", json={"email": studio.admin.email, "password": NEW_PASSWORD}).status_code
        == 200
    )
