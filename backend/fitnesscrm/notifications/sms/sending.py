"""The outbox's sender for the "sms" channel: word the text, check the number may still be texted, hand it to Twilio.

The text's row (SmsMessage) is committed before Twilio is called and gets Twilio's id as soon as
Twilio answers, so a worker that dies after that finds the id and does not text the person twice.
(A worker that dies while Twilio is answering cannot know; Twilio's Messages API takes no
idempotency key, so that one text may go twice.)
"""

from __future__ import annotations

import sqlalchemy as sa
from flask import current_app

from fitnesscrm.core import urls
from fitnesscrm.extensions import db
from fitnesscrm.notifications import delivery
from fitnesscrm.notifications.models import OutboxMessage
from fitnesscrm.notifications.sms import service, texts, twilio_adapter
from fitnesscrm.notifications.sms.models import STATUSES, SmsMessage
from fitnesscrm.organizations.models import Organization

NOT_RECEIVED = ("sending", "failed", "undelivered")


def _first_to(organization_id: int, number: str, excluding: int | None) -> bool:
    """Whether no text from the studio has reached this number yet (the first one says how to opt out)."""
    earlier = sa.exists().where(
        SmsMessage.organization_id == organization_id,
        SmsMessage.direction == "out",
        SmsMessage.to_number == number,
        SmsMessage.status.not_in(NOT_RECEIVED),
        SmsMessage.id != (excluding or 0),
    )
    return not db.session.execute(sa.select(earlier)).scalar_one()


def _status_callback() -> str | None:
    # Twilio can only call back an address it can reach: none is given until PUBLIC_BASE_URL says where.
    return urls.public_url("/api/sms/status") if current_app.config.get("PUBLIC_BASE_URL") else None


def send_text(message: OutboxMessage) -> str:
    """Send one outbox message as a text; Twilio's id for it (raises DeliveryError when it cannot go)."""
    organization_id, to_number = message.organization_id, message.recipient_address
    row = db.session.execute(
        sa.select(SmsMessage).where(SmsMessage.outbox_message_id == message.id)
    ).scalar_one_or_none()
    if row is not None and row.twilio_sid and row.status not in ("failed", "undelivered"):
        return row.twilio_sid  # Twilio took it on an earlier try whose worker died before recording it
    if service.is_opted_out(organization_id=organization_id, phone_number=to_number):
        raise delivery.DeliveryError(twilio_adapter.ERRORS[21610][0], permanent=True)
    from_number = service.studio_number(organization_id=organization_id)
    if from_number is None:
        raise delivery.DeliveryError(
            "the studio has no number to text from; an owner can set one in Settings", permanent=True
        )
    body = texts.render(
        template=message.template,
        context=message.context,
        studio_name=db.session.get(Organization, organization_id).name,
        first=_first_to(organization_id, to_number, row.id if row else None),
    )
    if row is None:
        row = SmsMessage(organization_id=organization_id, direction="out", outbox_message_id=message.id)
        db.session.add(row)
    row.from_number, row.to_number, row.body = from_number, to_number, body
    row.status, row.twilio_sid, row.error_code, row.error_message = "sending", None, None, None
    row.client_id = message.context.get("client_id")
    db.session.commit()
    try:
        accepted = twilio_adapter.send(to=to_number, from_=from_number, body=body, status_callback=_status_callback())
    except twilio_adapter.TwilioError as error:
        row.status, row.error_code = "failed", error.code
        row.error_message = (str(error)[:1].upper() + str(error)[1:])[:500]
        raise
    row.twilio_sid = accepted.sid
    row.status = accepted.status if accepted.status in STATUSES else "queued"
    db.session.commit()
    return accepted.sid


delivery.SENDERS["sms"] = send_text
