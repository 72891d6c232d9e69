"""Can owners and admins manage webhook endpoints over /api/developers/webhooks, and nobody else see them?"""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.activity.models import ActivityEntry
from fitnesscrm.clients import service as clients
from fitnesscrm.developers.webhooks import delivery, signing
from fitnesscrm.developers.webhooks.models import WebhookDelivery, WebhookEndpoint
from fitnesscrm.extensions import db
from tests.factories import principal_for

BASE = "/api/developers/webhooks"


def _create(api, url, event_types=("client.created",)):
    return api.post(BASE, json={"url": url, "event_types": list(event_types), "description": "Zapier"})


def test_create_shows_the_secret_once_and_stores_it_encrypted(studio, client_as, receiver):
    api = client_as(studio.owner)
    response = _create(api, receiver.url)
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["signing_secret"].startswith("whsec_")
    assert body["event_labels"] == ["A client was added"] and body["enabled"] is True
    stored = db.session.get(WebhookEndpoint, body["id"])
    assert body["signing_secret"] not in stored.secret
    again = api.get(f"{BASE}/{body['id']}").get_json()
    assert "signing_secret" not in again and "secret" not in again
    assert all("signing_secret" not in item for item in api.get(BASE).get_json()["items"])
    entry = db.session.scalars(sa.select(ActivityEntry).where(ActivityEntry.entity_type == "webhook_endpoint")).one()
    assert (entry.action, entry.entity_label) == ("create", receiver.url)


def test_refused_address_is_a_422_with_a_sentence(studio, client_as):
    response = _create(client_as(studio.admin), "http://169.254.169.254/latest/meta-data")
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["fields"]["url"] == [
        "The host 169.254.169.254 is on a private or reserved network, which webhooks may not reach."
    ]
    assert _create(client_as(studio.admin), "ftp://example.com/x").status_code == 422
    assert db.session.scalar(sa.select(sa.func.count()).select_from(WebhookEndpoint)) == 0


def test_unknown_event_type_is_a_422(studio, client_as, receiver):
    response = _create(client_as(studio.owner), receiver.url, ["client.exploded"])
    assert response.status_code == 422
    assert "event_types" in response.get_json()["error"]["fields"]


def test_update_turns_off_and_on_and_roll_shows_a_new_secret(studio, client_as, receiver):
    api = client_as(studio.owner)
    created = _create(api, receiver.url).get_json()
    off = api.patch(f"{BASE}/{created['id']}", json={"enabled": False}).get_json()
    assert off["enabled"] is False and off["disabled_reason"].startswith("Turned off by ")
    on = api.patch(f"{BASE}/{created['id']}", json={"enabled": True, "event_types": ["session.booked"]}).get_json()
    assert on["enabled"] is True and on["disabled_reason"] is None and on["event_types"] == ["session.booked"]
    rolled = api.post(f"{BASE}/{created['id']}/roll-secret").get_json()
    assert rolled["signing_secret"] != created["signing_secret"]
    actions = db.session.scalars(
        sa.select(ActivityEntry.action)
        .where(ActivityEntry.entity_type == "webhook_endpoint")
        .order_by(ActivityEntry.id)
    ).all()
    assert actions == ["create", "disable", "update", "enable", "update"]


def test_test_event_lands_in_the_delivery_log_with_its_answer(studio, client_as, receiver):
    api = client_as(studio.owner)
    created = _create(api, receiver.url).get_json()
    sent = api.post(f"{BASE}/{created['id']}/test")
    assert sent.status_code == 201
    assert sent.get_json()["event_type"] == "webhook.test" and sent.get_json()["status"] == "pending"
    delivery.deliver_delivery(delivery_id=sent.get_json()["id"])
    [request] = receiver.requests
    assert signing.verify(request.body, request.headers[signing.HEADER], created["signing_secret"])
    log = api.get(f"{BASE}/{created['id']}/deliveries").get_json()
    [item] = log["items"]
    assert (item["status_text"], item["last_status_code"], item["event_label"]) == ("Delivered", 200, "Test event")
    assert item["can_replay"] is True


def test_replay_route_sends_again_and_refuses_while_in_flight(studio, client_as, receiver):
    api = client_as(studio.admin)
    created = _create(api, receiver.url).get_json()
    clients.create(actor=principal_for(studio.owner), first_name="Ana", last_name="Lee")
    [item] = api.get(f"{BASE}/{created['id']}/deliveries").get_json()["items"]
    replay = f"{BASE}/{created['id']}/deliveries/{item['id']}/replay"
    assert api.post(replay).get_json()["error"]["code"] == "delivery_in_progress"
    delivery.deliver_delivery(delivery_id=item["id"])
    assert api.post(replay).status_code == 200
    assert delivery.deliver_delivery(delivery_id=item["id"]) == "delivered"
    assert len(receiver.requests) == 2


def test_other_studios_endpoint_is_404(studio, other_studio, client_as, receiver):
    created = _create(client_as(other_studio.owner), receiver.url).get_json()
    api = client_as(studio.owner)
    assert api.get(f"{BASE}/{created['id']}").status_code == 404
    assert api.get(f"{BASE}/{created['id']}/deliveries").status_code == 404
    assert api.delete(f"{BASE}/{created['id']}").status_code == 404


def test_delete_removes_the_endpoint_and_its_log(studio, client_as, receiver):
    api = client_as(studio.owner)
    created = _create(api, receiver.url).get_json()
    clients.create(actor=principal_for(studio.owner), first_name="Ana", last_name="Lee")
    assert api.delete(f"{BASE}/{created['id']}").status_code == 204
    assert db.session.scalar(sa.select(sa.func.count()).select_from(WebhookDelivery)) == 0


def test_delivery_log_statements_do_not_grow_with_the_page(studio, client_as, receiver, count_statements):
    api = client_as(studio.owner)
    created = _create(api, receiver.url).get_json()
    owner = principal_for(studio.owner)
    for number in range(12):
        clients.create(actor=owner, first_name=f"Client{number}", last_name="Lee")

    def statements(per_page):
        with count_statements() as counter:
            body = api.get(f"{BASE}/{created['id']}/deliveries?per_page={per_page}").get_json()
        assert len(body["items"]) == per_page
        return counter.count

    assert statements(2) == statements(12)


def test_endpoint_list_statements_do_not_grow_with_the_page(studio, client_as, receiver, count_statements):
    api = client_as(studio.owner)
    for _ in range(6):
        _create(api, receiver.url)

    def statements(per_page):
        with count_statements() as counter:
            assert len(api.get(f"{BASE}?per_page={per_page}").get_json()["items"]) == per_page
        return counter.count

    assert statements(1) == statements(6)


def test_event_types_list_names_every_type(studio, client_as):
    types = client_as(studio.admin).get(f"{BASE}/event-types").get_json()
    assert {"type": "checkin.submitted", "label": "A client submitted a check-in"} in types
    assert len(types) == 14
