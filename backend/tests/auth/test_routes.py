"""Can people sign up, sign in, stay signed in, sign out, change passwords and accept invitations?"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.models import Invitation, Organization, User
from tests.factories import PASSWORD, UserFactory
from tests.mail import text_of

SIGNUP = {
    "organization_name": "Iron Temple",
    "timezone": "Europe/Paris",
    "email": "Owner@IronTemple.fr",
    "password": "a-long-enough-password",
    "first_name": "Ines",
    "last_name": "Martin",
}


def _cookie(client, name):
    cookie = client.get_cookie(name)
    return cookie.value if cookie else None


def test_sign_up_creates_organization_and_owner_and_signs_in(client):
    response = client.post("/api/auth/signup", json=SIGNUP)
    assert response.status_code == 201
    body = response.get_json()
    assert body["role"] == "owner"
    assert body["email"] == "owner@irontemple.fr"
    assert body["organization"]["timezone"] == "Europe/Paris"
    assert body["organization"]["country"] == "FR"
    assert _cookie(client, "access_token_cookie")
    assert client.get("/api/auth/me").get_json()["id"] == body["id"]


@pytest.mark.parametrize(
    "change, field",
    [
        ({"password": "short"}, "password"),
        ({"email": "nope"}, "email"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"organization_name": "   "}, "organization_name"),
        ({"country": "Narnia"}, "country"),
    ],
)
def test_sign_up_rejects_bad_fields_and_writes_nothing(client, change, field):
    before = db.session.execute(sa.select(sa.func.count(Organization.id))).scalar_one()
    response = client.post("/api/auth/signup", json={**SIGNUP, **change})
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]
    assert db.session.execute(sa.select(sa.func.count(Organization.id))).scalar_one() == before


@pytest.mark.parametrize(
    "change, country",
    [({"country": "be"}, "BE"), ({"timezone": "UTC"}, "US"), ({"timezone": "America/Toronto"}, "CA")],
)
def test_sign_up_takes_the_country_given_else_the_time_zones_else_the_default(client, change, country):
    response = client.post("/api/auth/signup", json={**SIGNUP, **change})
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["organization"]["country"] == country


def test_sign_up_with_taken_email_conflicts(client):
    UserFactory(email="owner@irontemple.fr")
    response = client.post("/api/auth/signup", json=SIGNUP)
    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "conflict"


def test_sign_up_with_malformed_json_is_a_4xx(client):
    response = client.post("/api/auth/signup", data="{not json", content_type="application/json")
    assert 400 <= response.status_code < 500
    assert "error" in response.get_json()


def test_login_sets_cookies_and_me_works(client, studio):
    response = client.post("/api/auth/login", json={"email": studio.owner.email.upper(), "password": PASSWORD})
    assert response.status_code == 200
    assert _cookie(client, "csrf_access_token")
    assert client.get("/api/auth/me").get_json()["email"] == studio.owner.email


def _set_cookies(response) -> dict[str, str]:
    return {header.split("=", 1)[0]: header for header in response.headers.getlist("Set-Cookie")}


def test_login_sets_readable_csrf_cookies_for_every_page_and_logout_clears_them(client, studio):
    # The web app asks who is signed in only when these cookies exist (frontend/src/lib/csrf.ts).
    login = _set_cookies(client.post("/api/auth/login", json={"email": studio.owner.email, "password": PASSWORD}))
    for name in ("csrf_access_token", "csrf_refresh_token"):
        assert "HttpOnly" not in login[name]
        assert "Path=/;" in login[name] or login[name].endswith("Path=/")
    assert "HttpOnly" in login["access_token_cookie"]
    assert "HttpOnly" in login["refresh_token_cookie"]

    logout = client.post("/api/auth/logout", headers={"X-CSRF-TOKEN": _cookie(client, "csrf_access_token")})
    assert _cookie(client, "csrf_access_token") is None
    assert _cookie(client, "csrf_refresh_token") is None
    assert logout.status_code == 204


def test_login_with_wrong_password_is_401_with_the_error_shape(client, studio):
    response = client.post("/api/auth/login", json={"email": studio.owner.email, "password": "wrong-password"})
    assert response.status_code == 401
    assert response.get_json()["error"] == {
        "code": "invalid_credentials",
        "message": "Email or password is incorrect.",
        "request_id": response.headers["X-Request-ID"],
    }


def test_login_for_unknown_email_is_the_same_401(client):
    response = client.post("/api/auth/login", json={"email": "ghost@example.com", "password": "whatever-pass"})
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "invalid_credentials"


def test_cookie_session_needs_csrf_header_for_writes(client, studio):
    client.post("/api/auth/login", json={"email": studio.owner.email, "password": PASSWORD})
    payload = {"first_name": "A", "last_name": "B", "email": "new-trainer@example.com"}
    refused = client.post("/api/trainers", json=payload)
    assert refused.status_code == 401
    assert refused.get_json()["error"]["code"] == "csrf_missing"
    accepted = client.post(
        "/api/trainers", json=payload, headers={"X-CSRF-TOKEN": _cookie(client, "csrf_access_token")}
    )
    assert accepted.status_code == 201


def test_token_endpoint_gives_bearer_tokens_that_refresh(client, studio):
    tokens = client.post("/api/auth/token", json={"email": studio.admin.email, "password": PASSWORD}).get_json()
    assert tokens["token_type"] == "Bearer"
    me = client.get("/api/auth/me", headers={"Authorization": f"Bearer {tokens['access_token']}"})
    assert me.get_json()["role"] == "admin"
    refreshed = client.post("/api/auth/refresh", headers={"Authorization": f"Bearer {tokens['refresh_token']}"})
    assert refreshed.status_code == 200
    again = client.get("/api/auth/me", headers={"Authorization": f"Bearer {refreshed.get_json()['access_token']}"})
    assert again.status_code == 200


def test_access_token_cannot_be_used_to_refresh(client, studio):
    tokens = client.post("/api/auth/token", json={"email": studio.admin.email, "password": PASSWORD}).get_json()
    response = client.post("/api/auth/refresh", headers={"Authorization": f"Bearer {tokens['access_token']}"})
    assert response.status_code in (401, 422)
    assert "error" in response.get_json()


def test_logout_revokes_the_tokens_everywhere(client, studio):
    tokens = client.post("/api/auth/token", json={"email": studio.owner.email, "password": PASSWORD}).get_json()
    bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert client.post("/api/auth/logout", headers=bearer).status_code == 204
    after = client.get("/api/auth/me", headers=bearer)
    assert after.status_code == 401
    assert after.get_json()["error"]["code"] == "session_ended"


def test_logout_in_browser_clears_cookies_and_revokes_refresh(client, studio):
    client.post("/api/auth/login", json={"email": studio.owner.email, "password": PASSWORD})
    refresh_cookie = _cookie(client, "refresh_token_cookie")
    response = client.post("/api/auth/logout", headers={"X-CSRF-TOKEN": _cookie(client, "csrf_access_token")})
    assert response.status_code == 204
    assert _cookie(client, "access_token_cookie") is None
    reused = client.post("/api/auth/refresh", headers={"Authorization": f"Bearer {refresh_cookie}"})
    assert reused.status_code == 401


def test_password_change_signs_out_other_sessions(client, client_as, studio):
    other_session = client_as(studio.owner)
    client.post("/api/auth/login", json={"email": studio.owner.email, "password": PASSWORD})
    csrf = {"X-CSRF-TOKEN": _cookie(client, "csrf_access_token")}
    wrong = client.post(
        "/api/auth/password", json={"current_password": "nope", "new_password": "brand-new-password"}, headers=csrf
    )
    assert wrong.status_code == 422
    assert "current_password" in wrong.get_json()["error"]["fields"]
    db.session.execute(sa.update(User).values(password_changed_at=sa.func.now() - sa.text("interval '1 hour'")))
    db.session.commit()
    response = client.post(
        "/api/auth/password",
        json={"current_password": PASSWORD, "new_password": "brand-new-password"},
        headers=csrf,
    )
    assert response.status_code == 204
    assert client.get("/api/auth/me").status_code == 200
    assert other_session.get("/api/auth/me").status_code == 401


def test_password_change_emails_a_notice_in_the_owners_time_zone(client_as, studio, sent_mail):
    studio.owner.timezone = "Asia/Tokyo"
    db.session.commit()
    api = client_as(studio.owner)
    wrong = api.post("/api/auth/password", json={"current_password": "nope", "new_password": "brand-new-password"})
    assert wrong.status_code == 422
    assert sent_mail() == []  # a refused change tells nobody anything
    changed = api.post("/api/auth/password", json={"current_password": PASSWORD, "new_password": "brand-new-password"})
    assert changed.status_code == 204

    [notice] = sent_mail()
    assert notice["To"] == studio.owner.email
    assert notice["Subject"] == "Your FitnessCRM password was changed"
    assert "List-Unsubscribe" not in notice  # a security notice always goes
    text = text_of(notice)
    db.session.refresh(studio.owner)
    local = studio.owner.password_changed_at.astimezone(ZoneInfo("Asia/Tokyo"))
    assert f"{local:%H:%M} (Asia/Tokyo time)" in " ".join(text.split())
    assert "/forgot-password" in text


def test_update_me_changes_name(client_as, studio):
    response = client_as(studio.trainer_user).patch("/api/auth/me", json={"first_name": "Renamed"})
    assert response.status_code == 200
    assert response.get_json()["first_name"] == "Renamed"
    assert response.get_json()["trainer_id"] == studio.trainer.id


def test_me_timezone_follows_the_organization_until_set(client_as, studio):
    as_trainer = client_as(studio.trainer_user)
    me = as_trainer.get("/api/auth/me").get_json()
    assert (me["timezone"], me["timezone_is_own"]) == (studio.org.timezone, False)

    own = as_trainer.patch("/api/auth/me", json={"timezone": "Asia/Tokyo"}).get_json()
    assert (own["timezone"], own["timezone_is_own"]) == ("Asia/Tokyo", True)
    assert own["first_name"] == studio.trainer_user.first_name

    reset = as_trainer.patch("/api/auth/me", json={"timezone": None}).get_json()
    assert (reset["timezone"], reset["timezone_is_own"]) == (studio.org.timezone, False)


def test_me_refuses_an_unknown_timezone(client_as, studio):
    response = client_as(studio.trainer_user).patch("/api/auth/me", json={"timezone": "Mars/Olympus"})
    assert response.status_code == 422
    assert "timezone" in response.get_json()["error"]["fields"]
    assert client_as(studio.trainer_user).get("/api/auth/me").get_json()["timezone_is_own"] is False


def test_me_requires_authentication(client):
    response = client.get("/api/auth/me")
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthorized"


def test_garbage_bearer_token_is_401(client):
    response = client.get("/api/auth/me", headers={"Authorization": "Bearer not.a.jwt"})
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "invalid_token"


# Invitations ---------------------------------------------------------------


def _token_from(url: str) -> str:
    return url.split("token=", 1)[1]


def _emailed_token(message) -> str:
    """The token of the accept link in an invitation email's text."""
    return _token_from(next(line for line in text_of(message).splitlines() if "/accept-invite?token=" in line).strip())


def test_invite_trainer_emails_a_one_time_link_that_creates_the_account(client, client_as, studio, sent_mail):
    response = client_as(studio.owner).post(
        "/api/invitations",
        json={"email": "New.Coach@Example.com", "role": "trainer", "trainer_id": studio.other_trainer.id},
    )
    assert response.status_code == 201
    issued = response.get_json()
    assert issued["email_sent"] is True
    token = _token_from(issued["accept_url"])
    [invitation_email] = sent_mail()
    assert invitation_email["To"] == "new.coach@example.com"
    assert _emailed_token(invitation_email) == token
    stored = db.session.execute(sa.select(Invitation.token_hash)).scalars().all()
    assert token not in stored

    preview = client.post("/api/invitations/preview", json={"token": token}).get_json()
    assert preview == {
        "email": "new.coach@example.com",
        "role": "trainer",
        "organization_name": studio.org.name,
        "expires_at": preview["expires_at"],
    }
    accepted = client.post(
        "/api/invitations/accept",
        json={"token": token, "password": "a-fine-password", "first_name": "New", "last_name": "Coach"},
    )
    assert accepted.status_code == 201
    assert accepted.get_json()["trainer_id"] == studio.other_trainer.id
    assert client.get("/api/auth/me").get_json()["role"] == "trainer"

    reused = client.post(
        "/api/invitations/accept",
        json={"token": token, "password": "a-fine-password", "first_name": "X", "last_name": "Y"},
    )
    assert reused.status_code == 409
    assert reused.get_json()["error"]["code"] == "invitation_used"


def test_expired_invitation_is_refused(client, client_as, studio):
    issued = client_as(studio.admin).post("/api/invitations", json={"email": "late@example.com", "role": "admin"})
    token = _token_from(issued.get_json()["accept_url"])
    db.session.execute(sa.update(Invitation).values(expires_at=sa.func.now() - sa.text("interval '1 minute'")))
    db.session.commit()
    response = client.post(
        "/api/invitations/accept",
        json={"token": token, "password": "a-fine-password", "first_name": "L", "last_name": "Ate"},
    )
    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "invitation_expired"


def test_revoked_or_unknown_invitation_is_404(client, client_as, studio):
    api = client_as(studio.owner)
    issued = api.post("/api/invitations", json={"email": "gone@example.com", "role": "admin"}).get_json()
    assert api.get("/api/invitations").get_json()["items"][0]["email"] == "gone@example.com"
    assert api.delete(f"/api/invitations/{issued['id']}").status_code == 204
    token = _token_from(issued["accept_url"])
    assert client.post("/api/invitations/preview", json={"token": token}).status_code == 404
    assert client.post("/api/invitations/preview", json={"token": "x" * 40}).status_code == 404


def test_trainer_may_invite_only_clients(client_as, studio):
    api = client_as(studio.trainer_user)
    assert api.post("/api/invitations", json={"email": "boss@example.com", "role": "admin"}).status_code == 403
    other_client = api.post(
        "/api/invitations", json={"email": "c@example.com", "role": "client", "client_id": studio.other_client.id}
    )
    assert other_client.status_code == 404


def test_invite_client_needs_a_client_without_account(client_as, studio):
    api = client_as(studio.owner)
    missing = api.post("/api/invitations", json={"email": "c@example.com", "role": "client"})
    assert missing.status_code == 422
    taken = api.post(
        "/api/invitations", json={"email": "c@example.com", "role": "client", "client_id": studio.client.id}
    )
    assert taken.status_code == 409


def test_invite_for_another_studios_trainer_is_404(client_as, studio, other_studio):
    response = client_as(studio.owner).post(
        "/api/invitations", json={"email": "t@example.com", "role": "trainer", "trainer_id": other_studio.trainer.id}
    )
    assert response.status_code == 404


def test_accept_with_weak_password_is_422_and_keeps_the_invitation(client, client_as, studio):
    issued = client_as(studio.owner).post("/api/invitations", json={"email": "w@example.com", "role": "admin"})
    token = _token_from(issued.get_json()["accept_url"])
    weak = client.post(
        "/api/invitations/accept", json={"token": token, "password": "short", "first_name": "W", "last_name": "K"}
    )
    assert weak.status_code == 422
    assert client.post("/api/invitations/preview", json={"token": token}).status_code == 200


def test_pending_invitations_list_names_people_and_pages(client_as, studio, count_statements):
    api = client_as(studio.owner)
    api.post(
        "/api/invitations",
        json={"email": "coach@example.com", "role": "trainer", "trainer_id": studio.other_trainer.id},
    )
    api.post("/api/invitations", json={"email": "c@example.com", "role": "client", "client_id": studio.other_client.id})
    api.post("/api/invitations", json={"email": "boss@example.com", "role": "admin"})
    with count_statements() as counter:
        page = client_as(studio.admin).get("/api/invitations?per_page=2").get_json()
    assert counter.count <= 5
    assert page["meta"]["total"] == 3 and len(page["items"]) == 2
    newest = page["items"][0]
    assert newest["email"] == "boss@example.com"
    assert newest["invited_by_name"] == studio.owner.full_name
    names = {item["email"]: item["profile_name"] for item in api.get("/api/invitations").get_json()["items"]}
    assert names == {
        "boss@example.com": None,
        "c@example.com": studio.other_client.full_name,
        "coach@example.com": studio.other_trainer.full_name,
    }


def test_resend_gives_a_fresh_link_and_voids_the_old_one(client, client_as, studio, sent_mail):
    api = client_as(studio.admin)
    first = api.post("/api/invitations", json={"email": "again@example.com", "role": "admin"}).get_json()
    db.session.execute(sa.update(Invitation).values(expires_at=sa.func.now() + sa.text("interval '1 minute'")))
    db.session.commit()
    [first_email] = sent_mail()
    resent = api.post(f"/api/invitations/{first['id']}/resend")
    assert resent.status_code == 200
    again = resent.get_json()
    assert again["id"] == first["id"] and again["accept_url"] != first["accept_url"]
    [resent_email] = sent_mail()
    assert _emailed_token(resent_email) == _token_from(again["accept_url"])
    assert _emailed_token(first_email) == _token_from(first["accept_url"])
    assert resent_email["Message-ID"] != first_email["Message-ID"]  # a new link is a new message, not a resend
    assert again["expires_at"] > first["expires_at"]
    assert client.post("/api/invitations/preview", json={"token": _token_from(first["accept_url"])}).status_code == 404
    assert client.post("/api/invitations/preview", json={"token": _token_from(again["accept_url"])}).status_code == 200


def test_invitation_email_uses_the_public_address_not_the_host_header(app, client_as, studio, monkeypatch, sent_mail):
    monkeypatch.setitem(app.config, "PUBLIC_BASE_URL", "https://crm.example.com")
    client_as(studio.owner).post(
        "/api/invitations", json={"email": "h@example.com", "role": "admin"}, headers={"Host": "evil.example.net"}
    )
    [invitation_email] = sent_mail()
    assert "https://crm.example.com/accept-invite?token=" in text_of(invitation_email)
    assert "evil.example.net" not in invitation_email.as_string()


def test_revoked_invitation_cannot_be_resent(client_as, studio):
    api = client_as(studio.owner)
    issued = api.post("/api/invitations", json={"email": "r@example.com", "role": "admin"}).get_json()
    api.delete(f"/api/invitations/{issued['id']}")
    assert api.post(f"/api/invitations/{issued['id']}/resend").status_code == 404


def test_inviting_your_own_email_as_trainer_points_to_coach_yourself(client_as, studio):
    response = client_as(studio.owner).post("/api/invitations", json={"email": studio.owner.email, "role": "trainer"})
    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "invite_self"
