"""Can an owner require two-factor sign-in of every staff account, and does it hold staff to it?"""

from __future__ import annotations

import pyotp
import pytest

from tests.auth.two_factor_helpers import enable_two_factor, log_in
from tests.factories import PASSWORD


def _require(client_as, studio, required: bool = True):
    return client_as(studio.owner).put("/api/auth/two-factor/requirement", json={"required_for_staff": required})


@pytest.fixture
def required(client_as, studio):
    """The studio requires two-factor sign-in; its owner has it on."""
    enable_two_factor(client_as, studio.owner)
    assert _require(client_as, studio).status_code == 200


@pytest.mark.parametrize(
    ("role", "read", "change"), [("owner", 200, 200), ("admin", 200, 403), ("trainer", 403, 403), ("client", 403, 403)]
)
def test_who_may_read_and_change_the_requirement(client_as, studio, role, read, change):
    enable_two_factor(client_as, studio.owner)
    api = client_as(studio.users[role])
    assert api.get("/api/auth/two-factor/requirement").status_code == read
    assert api.put("/api/auth/two-factor/requirement", json={"required_for_staff": True}).status_code == change


def test_an_owner_without_two_factor_cannot_require_it(client_as, studio):
    refused = _require(client_as, studio)
    assert refused.status_code == 409
    assert "your own account" in refused.get_json()["error"]["message"]


def test_the_requirement_lists_staff_who_lack_it_and_is_logged(client_as, studio, required):
    body = client_as(studio.admin).get("/api/auth/two-factor/requirement").get_json()
    assert body["required_for_staff"] is True
    assert body["staff_count"] == 3
    assert sorted(body["staff_without_two_factor"]) == sorted([studio.admin.full_name, studio.trainer_user.full_name])
    entries = client_as(studio.owner).get("/api/activity?entity_type=organization").get_json()["items"]
    assert any(change["field"] == "two_factor_required" for entry in entries for change in entry["changes"])


def test_staff_without_it_are_signed_out_and_sent_to_set_it_up(client, client_as, studio, required):
    first = log_in(client, studio.trainer_user)
    assert first.status_code == 202
    body = first.get_json()
    assert body["step"] == "setup"
    assert client.get("/api/auth/me").status_code == 401
    # The setup token opens nothing but the setup.
    code_step = client.post("/api/auth/login/two-factor", json={"token": body["token"], "code": "123456"})
    assert code_step.status_code == 401

    setup = client.post("/api/auth/login/two-factor/setup", json={"token": body["token"]}).get_json()
    assert setup["qr_svg"].startswith("<svg")
    wrong = client.post("/api/auth/login/two-factor/enable", json={"token": body["token"], "code": "000000"})
    assert wrong.status_code == 422 and client.get("/api/auth/me").status_code == 401
    enabled = client.post(
        "/api/auth/login/two-factor/enable", json={"token": body["token"], "code": pyotp.TOTP(setup["secret"]).now()}
    )
    assert enabled.status_code == 200
    assert len(enabled.get_json()["recovery_codes"]) == 10
    assert client.get("/api/auth/me").get_json()["id"] == studio.trainer_user.id
    # From now on the trainer signs in with a code like anyone who has it on.
    assert log_in(client, studio.trainer_user).get_json()["step"] == "code"


def test_requiring_it_ends_the_sessions_of_staff_without_it(client, client_as, studio):
    enable_two_factor(client_as, studio.owner)
    trainer = client.post("/api/auth/token", json={"email": studio.trainer_user.email, "password": PASSWORD}).get_json()
    owner = client.post("/api/auth/token", json={"email": studio.owner.email, "password": PASSWORD})
    assert owner.status_code == 202  # the owner's own sign-in is not touched: they use a code anyway
    bearer = {"Authorization": f"Bearer {trainer['access_token']}"}
    assert client.get("/api/auth/me", headers=bearer).status_code == 200
    _require(client_as, studio)
    ended = client.get("/api/auth/me", headers=bearer)
    assert ended.status_code == 401 and ended.get_json()["error"]["code"] == "session_ended"


def test_bearer_sign_in_of_staff_without_it_is_refused_with_a_reason(client, studio, required):
    refused = log_in(client, studio.admin, "/api/auth/token")
    assert refused.status_code == 403
    assert refused.get_json()["error"]["code"] == "two_factor_setup_required"


def test_clients_and_other_studios_are_not_held_to_it(client, studio, other_studio, required):
    assert log_in(client, studio.client_user).status_code == 200
    assert log_in(client, other_studio.trainer_user).status_code == 200


def test_staff_cannot_turn_it_off_while_it_is_required(client_as, studio):
    authenticator = enable_two_factor(client_as, studio.admin)
    enable_two_factor(client_as, studio.owner)
    _require(client_as, studio)
    refused = client_as(studio.admin).post(
        "/api/auth/two-factor/disable", json={"password": PASSWORD, "code": authenticator.code(1)}
    )
    assert refused.status_code == 409
    status = client_as(studio.admin).get("/api/auth/two-factor").get_json()
    assert status["enabled"] is True and status["required"] is True


def test_lifting_the_requirement_lets_the_password_alone_sign_in_again(client, client_as, studio, required):
    assert _require(client_as, studio, required=False).get_json()["required_for_staff"] is False
    assert log_in(client, studio.trainer_user).status_code == 200
