"""Is a new chat message pushed to the devices of the people it is for, and not to its author?"""

from __future__ import annotations

import sqlalchemy as sa

from fitnesscrm.core import events
from fitnesscrm.core.tenancy import Principal, Role
from fitnesscrm.extensions import db
from fitnesscrm.messaging.events import MessagePosted
from fitnesscrm.notifications import delivery
from fitnesscrm.notifications.models import OutboxMessage
from fitnesscrm.notifications.push import service


def _post(studio, *, recipients, via_sms=False) -> None:
    author = studio.trainer_user
    events.record(
        MessagePosted(
            organization_id=studio.org.id,
            actor=Principal(
                user_id=author.id, organization_id=studio.org.id, role=Role.TRAINER, email=author.email, name="x"
            ),
            thread_id=5,
            message_id=77,
            author_user_id=author.id,
            author_name="Sam Coach",
            thread_title="Anna Smith",
            preview="x" * 300,
            recipient_user_ids=tuple(recipients),
            client_id=studio.client.id,
            via_sms=via_sms,
        )
    )
    db.session.commit()


def _pushes() -> list[OutboxMessage]:
    stmt = sa.select(OutboxMessage).where(OutboxMessage.channel == "push").order_by(OutboxMessage.id)
    return list(db.session.execute(stmt).scalars())


def test_a_message_is_pushed_once_per_recipient_with_a_device_linking_to_their_screen(
    client_as, studio, push_service, device
):
    phone, laptop, authors_phone = device("phone"), device("laptop"), device("author")
    client_as(studio.client_user).post("/api/push/subscriptions", json=phone.subscription)
    client_as(studio.owner).post("/api/push/subscriptions", json=laptop.subscription)
    client_as(studio.trainer_user).post("/api/push/subscriptions", json=authors_phone.subscription)

    _post(studio, recipients=[studio.client_user.id, studio.owner.id, studio.trainer_user.id, studio.admin.id])
    _post(studio, recipients=[studio.client_user.id, studio.owner.id])  # the same event recorded twice

    rows = _pushes()
    assert sorted(row.recipient_user_id for row in rows) == sorted([studio.client_user.id, studio.owner.id])
    for row in rows:
        assert delivery.deliver_message(message_id=row.id) == "sent"
    to_client = phone.read(push_service.to("phone")[0])
    assert to_client["url"] == "/portal/messages/5" and to_client["tag"] == "thread-5"
    assert to_client["title"] == "Sam Coach in Anna Smith" and len(to_client["body"]) == 180
    assert laptop.read(push_service.to("laptop")[0])["url"] == "/messages/5"
    assert push_service.to("author") == []


def test_reminder_push_goes_beside_the_email_to_a_client_with_a_device(client_as, studio, push_service, device):
    phone = device("phone")
    client_as(studio.client_user).post("/api/push/subscriptions", json=phone.subscription)

    message_id = service.queue_reminder_push(
        organization_id=studio.org.id,
        reminder_id=12,
        user_id=studio.client_user.id,
        what="Personal training session",
        when="Tue 3 Dec, 10:00",
        with_name="Sam Coach",
    )
    db.session.commit()
    assert (
        service.queue_reminder_push(
            organization_id=studio.org.id, reminder_id=13, user_id=None, what="x", when="y", with_name="z"
        )
        is None
    )

    assert delivery.deliver_message(message_id=message_id) == "sent"
    assert phone.read(push_service.to("phone")[0]) == {
        "title": "Reminder: Personal training session",
        "body": "Tue 3 Dec, 10:00 with Sam Coach",
        "url": "/portal",
        "tag": "reminder-12",
    }
