"""Can guessing be slowed without letting anyone lock a person out, and without telling which emails exist?"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher

from fitnesscrm.auth.models import SignInThrottle
from fitnesscrm.extensions import db
from fitnesscrm.notifications.models import OutboxMessage
from tests.factories import PASSWORD, UserFactory
from tests.mail import text_of

WRONG = "wrong-password-123"


def _login(client, email, password=WRONG, **kwargs):
    return client.post("/api/auth/login", json={"email": email, "password": password}, **kwargs)


def _fail(client, email, times):
    return [_login(client, email).status_code for _ in range(times)]


def _ask(client, path, email):
    """Ask for an emailed link; closing the response is what sends the mail, as a WSGI server does."""
    response = client.post(path, json={"email": email})
    response.close()
    return response


def _wait_over():
    """Pretend the current delay has passed for every throttled email."""
    db.session.execute(sa.update(SignInThrottle).values(last_attempt_at=sa.func.now() - sa.text("interval '1 day'")))
    db.session.commit()


@pytest.fixture
def verifications(monkeypatch):
    """How many argon2 verifications ran."""
    counter = {"count": 0}
    original = PasswordHasher.verify

    def counting(self, *args, **kwargs):
        counter["count"] += 1
        return original(self, *args, **kwargs)

    monkeypatch.setattr(PasswordHasher, "verify", counting)
    return counter


def _without_request_id(body: dict) -> dict:
    return {**body, "error": {k: v for k, v in body["error"].items() if k != "request_id"}}


def test_known_and_unknown_emails_get_the_same_answers_after_the_same_work(client, studio, app, verifications):
    free = app.config["LOGIN_FREE_ATTEMPTS"]
    answers = {}
    for email in (studio.admin.email, "nobody-here@example.com"):
        verifications["count"] = 0
        responses = [_login(client, email) for _ in range(free + 1)]
        # Each answer has its own request id; everything else must be the same.
        answers[email] = [(r.status_code, _without_request_id(r.get_json())) for r in responses]
        assert verifications["count"] == free
    known, unknown = answers.values()
    assert known == unknown
    assert [status for status, _ in known] == [401] * free + [429]
    assert known[-1][1]["error"]["code"] == "sign_in_throttled"
    assert "Try again in 1 minute" in known[-1][1]["error"]["message"]


def test_throttled_email_refuses_even_the_right_password_until_the_wait_is_over(client, studio, app):
    _fail(client, studio.admin.email, app.config["LOGIN_FREE_ATTEMPTS"])
    assert _login(client, studio.admin.email, PASSWORD).status_code == 429
    _wait_over()
    assert _login(client, studio.admin.email, PASSWORD).status_code == 200
    assert db.session.execute(sa.select(sa.func.count()).select_from(SignInThrottle)).scalar_one() == 0


def test_each_further_failure_doubles_the_wait(client, studio, app):
    free, base = app.config["LOGIN_FREE_ATTEMPTS"], app.config["LOGIN_DELAY_SECONDS"]
    _fail(client, studio.admin.email, free)
    for extra in range(3):
        _wait_over()
        assert _login(client, studio.admin.email).status_code == 401
        waits = db.session.execute(
            sa.select(SignInThrottle.failures).where(SignInThrottle.failures == free + extra + 1)
        ).scalar_one()
        assert waits == free + extra + 1
    expected = min(app.config["LOGIN_MAX_DELAY_SECONDS"], base * 2**3)
    message = _login(client, studio.admin.email).get_json()["error"]["message"]
    assert f"Try again in {-(-expected // 60)} minutes" in message


def test_a_browser_the_account_signed_in_from_is_not_locked_out_by_strangers(app, studio):
    owners_browser, attacker = app.test_client(), app.test_client()
    assert _login(owners_browser, studio.owner.email, PASSWORD).status_code == 200
    owners_browser.post(
        "/api/auth/logout", headers={"X-CSRF-TOKEN": owners_browser.get_cookie("csrf_access_token").value}
    )
    _fail(attacker, studio.owner.email, app.config["LOGIN_FREE_ATTEMPTS"] + 3)
    assert _login(attacker, studio.owner.email, PASSWORD).status_code == 429
    assert _login(owners_browser, studio.owner.email, PASSWORD).status_code == 200


def test_a_trusted_browser_guessing_is_throttled_too(app, studio):
    browser = app.test_client()
    _login(browser, studio.owner.email, PASSWORD)
    statuses = _fail(browser, studio.owner.email, app.config["LOGIN_FREE_ATTEMPTS"] + 1)
    assert statuses[-1] == 429


def test_per_ip_limit_is_shared_by_every_credential_endpoint(client, studio, app, monkeypatch):
    monkeypatch.setitem(app.config, "LOGIN_RATE_LIMIT_PER_IP", "3 per minute")
    assert _login(client, "a@example.com").status_code == 401
    assert client.post("/api/auth/token", json={"email": "b@example.com", "password": WRONG}).status_code == 401
    assert client.post("/api/auth/password-reset", json={"email": "c@example.com"}).status_code == 202
    for blocked in (
        _login(client, studio.owner.email, PASSWORD),
        client.post("/api/auth/token", json={"email": studio.owner.email, "password": PASSWORD}),
        client.post(
            "/api/invitations/accept", json={"token": "x" * 40, "password": WRONG, "first_name": "A", "last_name": "B"}
        ),
    ):
        assert blocked.status_code == 429
        assert blocked.get_json()["error"]["code"] == "rate_limited"
    assert _login(client, studio.owner.email, PASSWORD, environ_base={"REMOTE_ADDR": "10.9.9.9"}).status_code == 200


def test_unlock_link_lets_this_browser_sign_in_while_strangers_wait(app, client, studio, smtp, sent_mail):
    _fail(client, studio.trainer_user.email, app.config["LOGIN_FREE_ATTEMPTS"])
    throttled = _login(client, studio.trainer_user.email, PASSWORD)
    assert throttled.status_code == 429

    asked = _ask(client, "/api/auth/unlock", studio.trainer_user.email.upper())
    assert asked.status_code == 202
    [unlock_email] = sent_mail()
    assert smtp.inbox.received[0][0] == [studio.trainer_user.email]
    assert unlock_email["Subject"] == "Unlock sign-in to FitnessCRM"
    link = next(line for line in text_of(unlock_email).splitlines() if "/unlock-sign-in?token=" in line).strip()
    assert link.startswith("http://127.0.0.1:")
    token = link.split("token=", 1)[1]

    unlocked = client.post("/api/auth/unlock/confirm", json={"token": token})
    assert unlocked.get_json() == {"email": studio.trainer_user.email}
    assert _login(client, studio.trainer_user.email, PASSWORD).status_code == 200
    assert _login(app.test_client(), studio.trainer_user.email, PASSWORD).status_code == 429
    assert client.post("/api/auth/unlock/confirm", json={"token": token}).get_json()["error"]["code"] == "link_used"


def test_asking_for_a_link_answers_alike_for_unknown_emails_and_sends_nothing(client, studio, smtp, sent_mail):
    for path, subject in (
        ("/api/auth/unlock", "Unlock sign-in to FitnessCRM"),
        ("/api/auth/password-reset", "Reset your FitnessCRM password"),
    ):
        before = len(smtp.inbox.received)
        known = _ask(client, path, studio.admin.email)
        unknown = _ask(client, path, "stranger@example.com")
        assert (known.status_code, known.get_json()) == (unknown.status_code, unknown.get_json())
        assert [message["Subject"] for message in sent_mail()] == [subject]
        assert [rcpt for rcpt, _raw in smtp.inbox.received[before:]] == [[studio.admin.email]]
    addresses = db.session.execute(sa.select(OutboxMessage.recipient_address)).scalars().all()
    assert "stranger@example.com" not in addresses


def test_links_per_email_are_limited_alike_for_unknown_emails(client, studio, app, monkeypatch):
    monkeypatch.setitem(app.config, "ACCOUNT_EMAIL_RATE_LIMIT", "2 per hour")
    for email in (studio.admin.email, "stranger@example.com"):
        statuses = [client.post("/api/auth/password-reset", json={"email": email}).status_code for _ in range(3)]
        assert statuses == [202, 202, 429]


def test_deactivated_account_gets_no_link(client, sent_mail):
    user = UserFactory(is_active=False)
    assert _ask(client, "/api/auth/password-reset", user.email).status_code == 202
    assert db.session.execute(sa.select(OutboxMessage)).scalars().all() == []
    assert sent_mail() == []
