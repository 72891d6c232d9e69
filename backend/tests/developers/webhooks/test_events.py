"""Does each domain event become the public webhook event endpoints subscribe to, with its v2 object?"""

from __future__ import annotations

import json

import sqlalchemy as sa

from fitnesscrm.assignments import service as assignments
from fitnesscrm.developers.webhooks import service
from fitnesscrm.developers.webhooks.event_types import EVENT_TYPES
from fitnesscrm.developers.webhooks.models import WebhookEvent
from fitnesscrm.extensions import db
from fitnesscrm.scheduling.models import Session
from tests.factories import UserFactory, principal_for


def _listen(studio, receiver, *event_types):
    service.create(actor=principal_for(studio.owner), url=receiver.url, event_types=list(event_types or EVENT_TYPES))


def _events() -> list[tuple[str, dict]]:
    rows = db.session.scalars(sa.select(WebhookEvent).order_by(WebhookEvent.created_at, WebhookEvent.id)).all()
    return [(row.type, json.loads(row.body)["data"]["object"]) for row in rows]


def test_session_booked_attended_no_show_and_cancelled(studio, client_as, receiver):
    _listen(studio, receiver)
    api = client_as(studio.owner)
    booked = api.post(
        "/api/sessions",
        json={
            "trainer_id": studio.trainer.id,
            "client_ids": [studio.client.id],
            "starts_at": "2030-01-07T10:00:00Z",
            "ends_at": "2030-01-07T11:00:00Z",
        },
    ).get_json()
    db.session.execute(
        sa.update(Session)
        .where(Session.id == booked["id"])
        .values(
            starts_at=Session.starts_at - sa.text("interval '5 years'"),
            ends_at=Session.ends_at - sa.text("interval '5 years'"),
        )
    )
    for status in ("no_show", "late_cancel", "completed"):
        assert api.post(f"/api/sessions/{booked['id']}/attendance", json={"status": status}).status_code == 200
    other = api.post(
        "/api/sessions",
        json={"trainer_id": studio.trainer.id, "starts_at": "2030-01-08T10:00:00Z", "ends_at": "2030-01-08T11:00:00Z"},
    ).get_json()
    assert api.post(f"/api/sessions/{other['id']}/cancel", json={}).status_code == 200

    happened = [(kind, data.get("id")) for kind, data in _events()]
    assert happened == [
        ("session.booked", booked["id"]),
        ("session.no_show", booked["id"]),
        ("session.attended", booked["id"]),
        ("session.booked", other["id"]),
        ("session.cancelled", other["id"]),
    ]
    assert all(data["object"] == "session" for _, data in _events())


def test_client_update_and_archive(studio, client_as, receiver):
    _listen(studio, receiver, "client.updated", "client.archived")
    api = client_as(studio.owner)
    assert api.patch(f"/api/clients/{studio.client.id}", json={"first_name": "Cass"}).status_code == 200
    assert api.post(f"/api/clients/{studio.client.id}/archive").status_code == 200
    [(updated, client), (archived, _)] = _events()
    assert (updated, client["first_name"], archived) == ("client.updated", "Cass", "client.archived")


def test_message_received_only_when_the_client_wrote_it(studio, client_as, receiver):
    _listen(studio, receiver, "message.received")
    coach = UserFactory(organization_id=studio.org.id, role="trainer")
    studio.other_trainer.user_id = coach.id
    owner = principal_for(studio.owner)
    assignments.assign(actor=owner, client_id=studio.client.id, trainer_id=studio.other_trainer.id)
    threads = client_as(coach).get("/api/threads").get_json()["items"]
    thread_id = next(thread["id"] for thread in threads if thread["client_id"] == studio.client.id)
    from_client = client_as(studio.client_user).post(
        f"/api/threads/{thread_id}/messages", json={"body": "Running late"}
    )
    assert from_client.status_code == 201, from_client.get_json()
    to_client = client_as(coach).post(f"/api/threads/{thread_id}/messages", json={"body": "No problem"})
    assert to_client.status_code == 201, to_client.get_json()
    assert _events() == [("message.received", {"object": "message", "id": from_client.get_json()["id"]})]


def test_invoice_paid_and_payment_succeeded(studio, receiver):
    from fitnesscrm.billing.invoices.service import LineInput, create_invoice, record_payment

    _listen(studio, receiver, "invoice.paid", "payment.succeeded")
    owner = principal_for(studio.owner)
    invoice = create_invoice(
        actor=owner,
        organization_id=studio.org.id,
        client_id=studio.client.id,
        finalise=True,
        lines=[LineInput(description="PT", unit_price=5_000)],
    )
    payment = record_payment(
        actor=owner, organization_id=studio.org.id, invoice_id=invoice.id, amount=invoice.total, method="cash"
    )
    kinds = {(kind, data["object"], data["id"]) for kind, data in _events()}
    assert kinds == {("payment.succeeded", "payment", payment.id), ("invoice.paid", "invoice", invoice.id)}
