"""Does two-factor sign-in ask for a code, refuse wrong and replayed ones, and let each recovery code in once?"""

from __future__ import annotations

from datetime import UTC, datetime

import pyotp
import pytest
import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.auth.two_factor import service as two_factor
from fitnesscrm.auth.two_factor.models import RecoveryCode, TwoFactorCredential
from fitnesscrm.core.crypto import decrypt
from fitnesscrm.extensions import db
from tests.auth.two_factor_helpers import enable_two_factor, log_in
from tests.factories import PASSWORD


def _cookie(client, name):
    cookie = client.get_cookie(name)
    return cookie.value if cookie else None


def _second_step(client, user) -> str:
    response = log_in(client, user)
    assert response.status_code == 202, response.get_json()
    return response.get_json()["token"]


def _activity(user, action: str) -> list[ActivityEntry]:
    entries = sa.select(ActivityEntry).where(
        ActivityEntry.entity_type == "two_factor", ActivityEntry.entity_id == user.id, ActivityEntry.action == action
    )
    return list(db.session.scalars(entries))


def test_setup_shows_a_qr_code_and_keeps_the_secret_encrypted(client_as, studio):
    api = client_as(studio.trainer_user)
    setup = api.post("/api/auth/two-factor/setup").get_json()
    assert setup["otpauth_uri"].startswith("otpauth://totp/")
    assert f"secret={setup['secret']}" in setup["otpauth_uri"]
    assert setup["qr_svg"].startswith("<svg") and "<script" not in setup["qr_svg"]
    stored = db.session.execute(
        sa.text("SELECT secret FROM two_factor_credentials WHERE user_id = :id"), {"id": studio.trainer_user.id}
    ).scalar_one()
    assert setup["secret"] not in stored
    assert decrypt(stored) == setup["secret"]
    # Pending until a code confirms it: the password alone still signs in.
    assert api.get("/api/auth/two-factor").get_json()["enabled"] is False


def test_enable_with_the_right_code_gives_ten_recovery_codes_stored_hashed(client_as, studio):
    authenticator = enable_two_factor(client_as, studio.trainer_user)
    assert len(authenticator.recovery_codes) == len(set(authenticator.recovery_codes)) == 10
    hashes = db.session.scalars(sa.select(RecoveryCode.code_hash).where(RecoveryCode.user_id == studio.trainer_user.id))
    stored = set(hashes)
    assert len(stored) == 10
    assert not stored & {code.replace("-", "") for code in authenticator.recovery_codes}
    status = client_as(studio.trainer_user).get("/api/auth/two-factor").get_json()
    assert status["enabled"] is True and status["recovery_codes_left"] == 10
    assert len(_activity(studio.trainer_user, "enable")) == 1


def test_enable_with_a_wrong_code_is_refused_and_changes_nothing(client_as, studio):
    api = client_as(studio.admin)
    api.post("/api/auth/two-factor/setup")
    refused = api.post("/api/auth/two-factor/enable", json={"code": "000000"})
    assert refused.status_code == 422
    assert refused.get_json()["error"]["code"] == "invalid_code"
    assert api.get("/api/auth/two-factor").get_json()["enabled"] is False
    assert not db.session.scalars(sa.select(RecoveryCode).where(RecoveryCode.user_id == studio.admin.id)).all()


def test_sign_in_asks_for_a_code_and_sets_no_session_until_it_is_right(client, client_as, studio):
    authenticator = enable_two_factor(client_as, studio.admin)
    first = log_in(client, studio.admin)
    assert first.status_code == 202
    body = first.get_json()
    assert body["step"] == "code" and body["expires_in"] == 300
    assert _cookie(client, "access_token_cookie") is None
    assert client.get("/api/auth/me").status_code == 401

    wrong = client.post("/api/auth/login/two-factor", json={"token": body["token"], "code": "123456"})
    assert wrong.status_code == 401 and wrong.get_json()["error"]["code"] == "invalid_code"
    assert _cookie(client, "access_token_cookie") is None

    signed_in = client.post("/api/auth/login/two-factor", json={"token": body["token"], "code": authenticator.code(1)})
    assert signed_in.status_code == 200
    assert signed_in.get_json()["id"] == studio.admin.id
    assert client.get("/api/auth/me").get_json()["email"] == studio.admin.email


def test_a_code_already_used_is_refused_even_within_its_window(client, client_as, studio):
    authenticator = enable_two_factor(client_as, studio.admin)
    code = authenticator.code(1)
    token = _second_step(client, studio.admin)
    assert client.post("/api/auth/login/two-factor", json={"token": token, "code": code}).status_code == 200
    replay = client.post("/api/auth/login/two-factor", json={"token": _second_step(client, studio.admin), "code": code})
    assert replay.status_code == 401
    assert replay.get_json()["error"]["code"] == "invalid_code"


@pytest.mark.parametrize(("offset", "accepted"), [(-2, False), (-1, True), (0, True), (1, True), (2, False)])
def test_codes_one_step_either_side_are_accepted(client, client_as, studio, monkeypatch, offset, accepted):
    authenticator = enable_two_factor(client_as, studio.admin)
    db.session.get(TwoFactorCredential, studio.admin.id).last_used_step = None
    db.session.commit()
    now = datetime(2030, 1, 1, 12, 0, 10, tzinfo=UTC)
    monkeypatch.setattr(two_factor, "_now", lambda: now)
    step = pyotp.TOTP(authenticator.secret).timecode(now)
    code = pyotp.TOTP(authenticator.secret).generate_otp(step + offset)
    answer = client.post("/api/auth/login/two-factor", json={"token": _second_step(client, studio.admin), "code": code})
    assert (answer.status_code == 200) is accepted


def test_each_recovery_code_signs_in_once_and_is_logged(client, client_as, studio):
    authenticator = enable_two_factor(client_as, studio.owner)
    recovery = authenticator.recovery_codes[3]
    typed = recovery.upper().replace("-", " ")  # as people copy them: any case, any separators
    used = client.post("/api/auth/login/two-factor", json={"token": _second_step(client, studio.owner), "code": typed})
    assert used.status_code == 200
    again = client.post(
        "/api/auth/login/two-factor", json={"token": _second_step(client, studio.owner), "code": recovery}
    )
    assert again.status_code == 401
    assert client_as(studio.owner).get("/api/auth/two-factor").get_json()["recovery_codes_left"] == 9
    entries = _activity(studio.owner, "update")
    assert len(entries) == 1 and entries[0].actor_name == studio.owner.full_name
    assert entries[0].changes == {
        "signed_in_with": {"before": None, "after": "A recovery code"},
        "recovery_codes_left": {"before": 10, "after": 9},
    }


def test_wrong_codes_slow_down_like_wrong_passwords(client, client_as, studio, app, monkeypatch):
    monkeypatch.setitem(app.config, "LOGIN_FREE_ATTEMPTS", 2)
    authenticator = enable_two_factor(client_as, studio.admin)
    token = _second_step(client, studio.admin)
    for _ in range(2):
        assert client.post("/api/auth/login/two-factor", json={"token": token, "code": "000000"}).status_code == 401
    throttled = client.post("/api/auth/login/two-factor", json={"token": token, "code": authenticator.code(1)})
    assert throttled.status_code == 429
    assert throttled.get_json()["error"]["code"] == "second_factor_throttled"
    assert "minute" in throttled.get_json()["error"]["message"]


@pytest.mark.parametrize("token", ["x" * 40, "not-a-token-at-all-but-long-enough"])
def test_a_forged_second_step_token_is_refused(client, client_as, studio, token):
    authenticator = enable_two_factor(client_as, studio.admin)
    answer = client.post("/api/auth/login/two-factor", json={"token": token, "code": authenticator.code(1)})
    assert answer.status_code == 401
    assert answer.get_json()["error"]["code"] == "second_step_invalid"


def test_an_expired_second_step_token_is_refused(client, client_as, studio, app, monkeypatch):
    authenticator = enable_two_factor(client_as, studio.admin)
    token = _second_step(client, studio.admin)
    monkeypatch.setitem(app.config, "TWO_FACTOR_STEP_SECONDS", -1)
    answer = client.post("/api/auth/login/two-factor", json={"token": token, "code": authenticator.code(1)})
    assert answer.status_code == 401
    assert answer.get_json()["error"]["code"] == "second_step_expired"


def test_a_password_changed_after_the_first_step_voids_it(client, client_as, studio):
    authenticator = enable_two_factor(client_as, studio.admin)
    token = _second_step(client, studio.admin)
    studio.admin.password_changed_at = datetime.now(UTC)
    db.session.commit()
    answer = client.post("/api/auth/login/two-factor", json={"token": token, "code": authenticator.code(1)})
    assert answer.status_code == 401


def test_bearer_callers_sign_in_in_two_steps_too(client, client_as, studio):
    authenticator = enable_two_factor(client_as, studio.trainer_user)
    first = log_in(client, studio.trainer_user, "/api/auth/token")
    assert first.status_code == 202 and "access_token" not in first.get_json()
    tokens = client.post(
        "/api/auth/token/two-factor", json={"token": first.get_json()["token"], "code": authenticator.code(1)}
    )
    assert tokens.status_code == 200
    me = client.get("/api/auth/me", headers={"Authorization": f"Bearer {tokens.get_json()['access_token']}"})
    assert me.get_json()["id"] == studio.trainer_user.id


def test_a_password_reset_does_not_skip_the_second_factor(client, client_as, studio):
    from fitnesscrm.auth import account_links
    from fitnesscrm.auth.models import AccountLink

    enable_two_factor(client_as, studio.admin)
    token = "a-reset-link-token-long-enough-1234"
    expires = datetime.now(UTC).replace(year=2099)
    db.session.add(
        AccountLink(
            user_id=studio.admin.id, purpose="password_reset", token_hash=account_links._hash(token), expires_at=expires
        )
    )
    db.session.commit()
    answer = client.post("/api/auth/password-reset/confirm", json={"token": token, "password": "a-brand-new-password"})
    assert answer.status_code == 202
    assert _cookie(client, "access_token_cookie") is None


def test_disable_needs_the_password_and_a_code(client, client_as, studio):
    authenticator = enable_two_factor(client_as, studio.admin)
    api = client_as(studio.admin)
    wrong_password = api.post("/api/auth/two-factor/disable", json={"password": "nope", "code": authenticator.code(1)})
    assert wrong_password.status_code == 422 and "password" in wrong_password.get_json()["error"]["fields"]
    wrong_code = api.post("/api/auth/two-factor/disable", json={"password": PASSWORD, "code": "000000"})
    assert wrong_code.status_code == 422 and "code" in wrong_code.get_json()["error"]["fields"]
    assert api.get("/api/auth/two-factor").get_json()["enabled"] is True

    turned_off = api.post("/api/auth/two-factor/disable", json={"password": PASSWORD, "code": authenticator.code(1)})
    assert turned_off.status_code == 204
    assert api.get("/api/auth/two-factor").get_json() == {
        "enabled": False,
        "enabled_at": None,
        "recovery_codes_left": 0,
        "required": False,
    }
    assert log_in(client, studio.admin).status_code == 200
    assert len(_activity(studio.admin, "disable")) == 1


def test_new_recovery_codes_replace_the_old_ones(client, client_as, studio):
    authenticator = enable_two_factor(client_as, studio.admin)
    api = client_as(studio.admin)
    fresh = api.post(
        "/api/auth/two-factor/recovery-codes", json={"password": PASSWORD, "code": authenticator.code(1)}
    ).get_json()["recovery_codes"]
    assert len(fresh) == 10 and not set(fresh) & set(authenticator.recovery_codes)
    old = client.post(
        "/api/auth/login/two-factor",
        json={"token": _second_step(client, studio.admin), "code": authenticator.recovery_codes[0]},
    )
    assert old.status_code == 401
    token = _second_step(client, studio.admin)
    assert client.post("/api/auth/login/two-factor", json={"token": token, "code": fresh[0]}).status_code == 200


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/auth/two-factor"),
        ("post", "/api/auth/two-factor/setup"),
        ("post", "/api/auth/two-factor/enable"),
        ("post", "/api/auth/two-factor/disable"),
        ("post", "/api/auth/two-factor/recovery-codes"),
        ("get", "/api/auth/two-factor/requirement"),
        ("put", "/api/auth/two-factor/requirement"),
    ],
)
def test_settings_need_a_signed_in_caller(client, method, path):
    assert getattr(client, method)(path, json={}).status_code == 401
