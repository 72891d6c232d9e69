"""Do refresh tokens rotate on use, die with sign-out whatever the transport, and sign a thief out?"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from flask_jwt_extended import decode_token

from fitnesscrm.auth.models import RefreshToken, RefreshTokenFamily
from fitnesscrm.extensions import db
from tests.factories import PASSWORD


def _bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def _tokens(client, user) -> dict:
    return client.post("/api/auth/token", json={"email": user.email, "password": PASSWORD}).get_json()


def _refresh(client, refresh_token: str):
    return client.post("/api/auth/refresh", headers=_bearer(refresh_token))


@pytest.fixture
def no_grace(app, monkeypatch):
    monkeypatch.setitem(app.config, "REFRESH_REUSE_GRACE_SECONDS", 0)


def test_bearer_logout_revokes_the_refresh_token_too(client, studio):
    tokens = _tokens(client, studio.admin)
    assert client.post("/api/auth/logout", headers=_bearer(tokens["access_token"])).status_code == 204
    refused = _refresh(client, tokens["refresh_token"])
    assert refused.status_code == 401
    assert refused.get_json()["error"]["code"] == "session_ended"


def test_refresh_rotates_the_refresh_token(client, studio):
    tokens = _tokens(client, studio.admin)
    refreshed = _refresh(client, tokens["refresh_token"])
    assert refreshed.status_code == 200
    body = refreshed.get_json()
    old, new = decode_token(tokens["refresh_token"]), decode_token(body["refresh_token"])
    assert new["jti"] != old["jti"] and new["fam"] == old["fam"]
    assert client.get("/api/auth/me", headers=_bearer(body["access_token"])).status_code == 200
    assert _refresh(client, body["refresh_token"]).status_code == 200


def test_reusing_a_rotated_refresh_token_signs_the_whole_family_out(client, studio, no_grace):
    tokens = _tokens(client, studio.admin)
    stolen = tokens["refresh_token"]
    legitimate = _refresh(client, stolen).get_json()

    reuse = _refresh(client, stolen)
    assert reuse.status_code == 401
    assert reuse.get_json()["error"]["code"] == "session_ended"
    assert _refresh(client, legitimate["refresh_token"]).status_code == 401
    assert client.get("/api/auth/me", headers=_bearer(legitimate["access_token"])).status_code == 401
    family = db.session.get(RefreshTokenFamily, decode_token(stolen)["fam"])
    assert family.revoked_at is not None


def test_other_sign_ins_survive_a_revoked_family(client, studio, no_grace):
    victim = _tokens(client, studio.admin)
    other_device = _tokens(client, studio.admin)
    _refresh(client, victim["refresh_token"])
    _refresh(client, victim["refresh_token"])
    assert _refresh(client, other_device["refresh_token"]).status_code == 200


def test_just_rotated_token_within_grace_gets_the_same_successor(client, studio):
    tokens = _tokens(client, studio.admin)
    first = _refresh(client, tokens["refresh_token"]).get_json()
    second = _refresh(client, tokens["refresh_token"])
    assert second.status_code == 200
    assert decode_token(second.get_json()["refresh_token"])["jti"] == decode_token(first["refresh_token"])["jti"]
    assert db.session.execute(sa.select(sa.func.count()).select_from(RefreshToken)).scalar_one() == 2
    assert _refresh(client, first["refresh_token"]).status_code == 200


def test_grace_ends_once_the_successor_itself_was_used(client, studio):
    tokens = _tokens(client, studio.admin)
    first = _refresh(client, tokens["refresh_token"]).get_json()
    _refresh(client, first["refresh_token"])
    assert _refresh(client, tokens["refresh_token"]).status_code == 401
    assert _refresh(client, first["refresh_token"]).status_code == 401


def test_browser_refresh_renews_both_cookies_and_never_shows_the_refresh_token(client, studio):
    client.post("/api/auth/login", json={"email": studio.owner.email, "password": PASSWORD})
    before = client.get_cookie("refresh_token_cookie", path="/api/auth").value
    response = client.post("/api/auth/refresh", headers={"X-CSRF-TOKEN": client.get_cookie("csrf_refresh_token").value})
    assert response.status_code == 200
    assert "refresh_token" not in response.get_json()
    after = client.get_cookie("refresh_token_cookie", path="/api/auth").value
    assert decode_token(after)["jti"] != decode_token(before)["jti"]
    assert client.get("/api/auth/me").status_code == 200


def test_refresh_token_without_a_family_is_refused(client, studio):
    from flask_jwt_extended import create_refresh_token

    legacy = create_refresh_token(identity=str(studio.owner.id))
    assert _refresh(client, legacy).status_code == 401


def test_password_change_revokes_every_family(client, studio):
    tokens = _tokens(client, studio.owner)
    client.post("/api/auth/login", json={"email": studio.owner.email, "password": PASSWORD})
    response = client.post(
        "/api/auth/password",
        json={"current_password": PASSWORD, "new_password": "brand-new-password"},
        headers={"X-CSRF-TOKEN": client.get_cookie("csrf_access_token").value},
    )
    assert response.status_code == 204
    assert _refresh(client, tokens["refresh_token"]).status_code == 401
    assert client.get("/api/auth/me").status_code == 200
