"""Can people see where they are signed in, by device, and sign a session out so that its tokens stop at once?"""

from __future__ import annotations

import pytest

from fitnesscrm.auth.sessions import device_name
from tests.factories import PASSWORD

CHROME_MAC = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
SAFARI_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1"
)
FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"


def _sign_in(client, user, agent: str, address: str = "203.0.113.7") -> dict:
    response = client.post(
        "/api/auth/token",
        json={"email": user.email, "password": PASSWORD},
        headers={"User-Agent": agent},
        environ_base={"REMOTE_ADDR": address},
    )
    assert response.status_code == 200
    return response.get_json()


def _bearer(tokens: dict) -> dict:
    return {"Authorization": f"Bearer {tokens['access_token']}"}


@pytest.mark.parametrize(
    ("agent", "name"),
    [
        (CHROME_MAC, "Chrome on macOS"),
        (SAFARI_IPHONE, "Safari on iPhone"),
        (FIREFOX_WINDOWS, "Firefox on Windows"),
        (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
            "Safari/537.36 Edg/131.0.0.0",
            "Edge on Windows",
        ),
        (
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile "
            "Safari/537.36",
            "Chrome on Android",
        ),
        ("curl/8.5.0", "curl"),
        ("", "Unknown device"),
        (None, "Unknown device"),
    ],
)
def test_device_names_read_like_people_say_them(agent, name):
    assert device_name(agent) == name


def test_sessions_list_each_sign_in_by_device_this_one_first(client, studio, count_statements):
    _sign_in(client, studio.admin, SAFARI_IPHONE, "198.51.100.4")
    _sign_in(client, studio.admin, FIREFOX_WINDOWS)
    mine = _sign_in(client, studio.admin, CHROME_MAC)
    _sign_in(client, studio.trainer_user, CHROME_MAC)  # someone else's: never listed

    response = client.get("/api/auth/sessions", headers=_bearer(mine))
    assert response.status_code == 200
    body = response.get_json()
    assert body["meta"]["total"] == 3
    assert [item["device"] for item in body["items"]] == ["Chrome on macOS", "Firefox on Windows", "Safari on iPhone"]
    assert [item["current"] for item in body["items"]] == [True, False, False]
    assert body["items"][2]["ip_address"] == "198.51.100.4"
    assert body["items"][0]["created_at"] and body["items"][0]["last_used_at"]

    with count_statements() as counter:
        client.get("/api/auth/sessions?per_page=1", headers=_bearer(mine))
    with count_statements() as more:
        client.get("/api/auth/sessions?per_page=100", headers=_bearer(mine))
    assert counter.count == more.count


def test_revoking_a_session_stops_its_access_and_refresh_tokens_at_once(client, studio):
    phone = _sign_in(client, studio.admin, SAFARI_IPHONE)
    laptop = _sign_in(client, studio.admin, CHROME_MAC)
    sessions = client.get("/api/auth/sessions", headers=_bearer(laptop)).get_json()["items"]
    phone_id = next(item["id"] for item in sessions if item["device"] == "Safari on iPhone")

    assert client.delete(f"/api/auth/sessions/{phone_id}", headers=_bearer(laptop)).status_code == 204
    ended = client.get("/api/auth/me", headers=_bearer(phone))
    assert ended.status_code == 401 and ended.get_json()["error"]["code"] == "session_ended"
    refresh = client.post("/api/auth/refresh", headers={"Authorization": f"Bearer {phone['refresh_token']}"})
    assert refresh.status_code == 401
    assert client.get("/api/auth/me", headers=_bearer(laptop)).status_code == 200
    remaining = client.get("/api/auth/sessions", headers=_bearer(laptop)).get_json()["items"]
    assert [item["device"] for item in remaining] == ["Chrome on macOS"]


def test_sign_out_everywhere_else_keeps_only_this_session(client, studio):
    others = [_sign_in(client, studio.owner, agent) for agent in (SAFARI_IPHONE, FIREFOX_WINDOWS)]
    mine = _sign_in(client, studio.owner, CHROME_MAC)
    ended = client.post("/api/auth/sessions/revoke-others", headers=_bearer(mine))
    assert ended.status_code == 200 and ended.get_json() == {"ended": 2}
    for tokens in others:
        assert client.get("/api/auth/me", headers=_bearer(tokens)).status_code == 401
    assert client.get("/api/auth/me", headers=_bearer(mine)).status_code == 200


@pytest.mark.parametrize("whose", ["colleague", "other_studio"])
def test_nobody_can_revoke_someone_elses_session(client, studio, other_studio, whose):
    victim = _sign_in(client, studio.trainer_user if whose == "colleague" else other_studio.owner, CHROME_MAC)
    victim_session = client.get("/api/auth/sessions", headers=_bearer(victim)).get_json()["items"][0]["id"]
    attacker = _sign_in(client, studio.owner, FIREFOX_WINDOWS)
    refused = client.delete(f"/api/auth/sessions/{victim_session}", headers=_bearer(attacker))
    assert refused.status_code == 404
    assert client.get("/api/auth/me", headers=_bearer(victim)).status_code == 200


def test_refreshing_marks_the_session_as_used(client, studio):
    tokens = _sign_in(client, studio.admin, CHROME_MAC)
    before = client.get("/api/auth/sessions", headers=_bearer(tokens)).get_json()["items"][0]["last_used_at"]
    refreshed = client.post("/api/auth/refresh", headers={"Authorization": f"Bearer {tokens['refresh_token']}"})
    after = client.get("/api/auth/sessions", headers=_bearer(refreshed.get_json())).get_json()["items"][0]
    assert after["last_used_at"] > before and after["current"] is True


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", "/api/auth/sessions"), ("delete", "/api/auth/sessions/abc"), ("post", "/api/auth/sessions/revoke-others")],
)
def test_sessions_need_a_signed_in_caller(client, method, path):
    assert getattr(client, method)(path).status_code == 401
