"""Can a signed-in person turn push on and off for this device, and only at a real push service?"""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.extensions import db
from fitnesscrm.notifications.push import keys
from fitnesscrm.notifications.push.models import PushSubscription
from tests.notifications.push.conftest import unb64url

FCM = "https://fcm.googleapis.com/fcm/send/dXNlcjE6abc"


def _owners() -> list[tuple[str, int]]:
    stmt = sa.select(PushSubscription.endpoint, PushSubscription.user_id).order_by(PushSubscription.id)
    return [tuple(row) for row in db.session.execute(stmt).all()]


def test_public_key_is_made_once_and_is_a_p256_point(client_as, studio):
    first = client_as(studio.client_user).get("/api/push/public-key")
    assert first.status_code == 200
    again = client_as(studio.owner).get("/api/push/public-key").get_json()
    assert again == first.get_json()
    point = unb64url(again["public_key"])
    assert len(point) == 65 and point[0] == 4


def test_public_key_from_the_environment_wins_and_must_match(client_as, studio, app, monkeypatch):
    pair = keys.generate()
    monkeypatch.setitem(app.config, "VAPID_PRIVATE_KEY", pair.private_key)
    assert client_as(studio.trainer_user).get("/api/push/public-key").get_json() == {"public_key": pair.public_key}
    monkeypatch.setitem(app.config, "VAPID_PUBLIC_KEY", keys.generate().public_key)
    try:
        keys.current()
    except RuntimeError as error:
        assert "not the public half" in str(error)
    else:
        raise AssertionError("a mismatched public key was accepted")


def test_subscribing_twice_from_one_device_keeps_one_row_and_a_new_sign_in_takes_it_over(
    client_as, studio, push_service, device
):
    phone = device("phone")
    first = client_as(studio.client_user).post("/api/push/subscriptions", json=phone.subscription)
    assert first.status_code == 201
    assert first.get_json()["endpoint"] == phone.endpoint
    client_as(studio.client_user).post("/api/push/subscriptions", json={**phone.subscription, "expirationTime": None})
    assert _owners() == [(phone.endpoint, studio.client_user.id)]

    client_as(studio.trainer_user).post("/api/push/subscriptions", json=phone.subscription)
    assert _owners() == [(phone.endpoint, studio.trainer_user.id)]


def test_endpoints_outside_the_known_push_services_are_refused(client_as, studio, device, push_service, app):
    keys_ = device("phone").subscription["keys"]
    app.config["PUSH_ALLOW_LOCAL_ENDPOINTS"] = False
    trainer = client_as(studio.trainer_user)
    for endpoint, reason in (
        ("http://fcm.googleapis.com/fcm/send/x", "must start with https://"),
        ("https://169.254.169.254/latest/meta-data", "not one FitnessCRM sends to"),
        ("https://127.0.0.1/api/auth/logout", "not one FitnessCRM sends to"),
        ("https://fcm.googleapis.com.evil.example/x", "not one FitnessCRM sends to"),
        ("https://fcm.googleapis.com:8443/x", "standard https port"),
        ("https://user:pw@fcm.googleapis.com/x", "no user name or password"),
        (push_service.base + "/push/phone", "must start with https://"),
    ):
        response = trainer.post("/api/push/subscriptions", json={"endpoint": endpoint, "keys": keys_})
        assert response.status_code == 422, endpoint
        assert reason in str(response.get_json()), (endpoint, response.get_json())
    assert trainer.post("/api/push/subscriptions", json={"endpoint": FCM, "keys": keys_}).status_code == 201
    apple = "https://web.push.apple.com/QGuQyavXutnMH"
    assert trainer.post("/api/push/subscriptions", json={"endpoint": apple, "keys": keys_}).status_code == 201
    assert _owners() == [(FCM, studio.trainer_user.id), (apple, studio.trainer_user.id)]


def test_keys_that_are_not_a_browsers_are_refused(client_as, studio):
    response = client_as(studio.owner).post(
        "/api/push/subscriptions", json={"endpoint": FCM, "keys": {"p256dh": "abc", "auth": "!!"}}
    )
    assert response.status_code == 422
    assert set(response.get_json()["error"]["fields"]) == {"keys.p256dh", "keys.auth"}
    assert _owners() == []


def test_unsubscribing_removes_only_the_callers_own_device(client_as, studio, other_studio, device, push_service):
    phone, laptop = device("phone"), device("laptop")
    client_as(studio.client_user).post("/api/push/subscriptions", json=phone.subscription)
    client_as(studio.trainer_user).post("/api/push/subscriptions", json=laptop.subscription)

    for stranger in (studio.trainer_user, other_studio.owner):
        response = client_as(stranger).delete("/api/push/subscriptions", json={"endpoint": phone.endpoint})
        assert response.status_code == 204
    assert len(_owners()) == 2

    assert (
        client_as(studio.client_user).delete("/api/push/subscriptions", json={"endpoint": phone.endpoint}).status_code
        == 204
    )
    assert _owners() == [(laptop.endpoint, studio.trainer_user.id)]


def test_push_routes_refuse_anonymous_callers(client):
    assert client.get("/api/push/public-key").status_code == 401
    assert client.post("/api/push/subscriptions", json={"endpoint": FCM, "keys": {}}).status_code == 401
    assert client.delete("/api/push/subscriptions", json={"endpoint": FCM}).status_code == 401


def test_generate_vapid_keys_stores_a_pair_and_replace_orphans_subscriptions(app, client_as, studio):
    runner = app.test_cli_runner()
    first = runner.invoke(args=["push", "generate-vapid-keys"])
    assert first.exit_code == 0, first.output
    stored = keys.current()
    assert f"VAPID_PUBLIC_KEY={stored.public_key}" in first.output
    client_as(studio.client_user).post(
        "/api/push/subscriptions",
        json={"endpoint": FCM, "keys": {"p256dh": "B" + "A" * 86, "auth": "A" * 22}},
    )
    result = runner.invoke(args=["push", "generate-vapid-keys", "--replace"])
    assert result.exit_code == 0, result.output
    assert "1 device subscription removed" in result.output
    assert keys.current() != stored and f"VAPID_PUBLIC_KEY={keys.current().public_key}" in result.output
    assert _owners() == []
