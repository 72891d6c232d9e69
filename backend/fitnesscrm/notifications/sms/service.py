"""The SMS channel's rules: the studio's number, queueing a text, inbound texts and keywords, status, usage.

Nothing is texted to a number that texted STOP: `queue_text` refuses it when the message is
written and the sender (sending.py) checks again when it is sent, since a STOP may arrive in
between. Webhooks are Twilio's: each is checked with Twilio's request signature before anything
is read or stored.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import phonenumbers
import sqlalchemy as sa
from flask import current_app
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import IntegrityError
from twilio.request_validator import RequestValidator

from fitnesscrm.clients.models import Client
from fitnesscrm.core import urls
from fitnesscrm.core.events import record
from fitnesscrm.core.phones import PhoneFormatter
from fitnesscrm.core.tenancy import MANAGERS, Principal, Role
from fitnesscrm.errors import Conflict, Forbidden
from fitnesscrm.extensions import db
from fitnesscrm.notifications import service as notifications
from fitnesscrm.notifications.events import TextMessageReceived
from fitnesscrm.notifications.models import OutboxMessage
from fitnesscrm.notifications.sms import twilio_adapter
from fitnesscrm.notifications.sms.models import STATUS_RANK, SmsMessage, SmsNumber, SmsOptOut
from fitnesscrm.organizations.models import Organization

log = logging.getLogger(__name__)

# Carriers' keywords (CTIA): a text that is only one of these words, in any case, is a keyword.
KEYWORDS = {
    **dict.fromkeys(("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"), "stop"),
    **dict.fromkeys(("START", "UNSTOP", "YES"), "start"),
    **dict.fromkeys(("HELP", "INFO"), "help"),
}
KEYWORD_REPLIES = {
    "stop": "You will get no more texts from {studio}. Reply START to receive them again.",
    "start": "You will get texts from {studio} again. Reply STOP to opt out.",
    "help": "{studio}: texts about your sessions and messages from your coach. Reply STOP to opt out.",
}
FAILED = ("failed", "undelivered")
# What Twilio reports of an outgoing text that this app keeps (its "sending", "read", "canceled" add nothing).
CALLBACK_STATUSES = ("accepted", "queued", "sent", "delivered", "undelivered", "failed")


def studio_number(*, organization_id: int) -> str | None:
    """The number the studio texts from, or None when an owner has not set one."""
    return db.session.execute(
        sa.select(SmsNumber.phone_number).where(SmsNumber.organization_id == organization_id)
    ).scalar_one_or_none()


def is_opted_out(*, organization_id: int, phone_number: str) -> bool:
    """Whether `phone_number` texted STOP to the studio (and not START since)."""
    return db.session.execute(
        sa.select(
            sa.exists().where(SmsOptOut.organization_id == organization_id, SmsOptOut.phone_number == phone_number)
        )
    ).scalar_one()


def queue_text(
    *,
    organization_id: int,
    template: str,
    to_number: str,
    to_name: str,
    subject: str,
    context: dict[str, Any],
    idempotency_key: str,
    to_user_id: int | None = None,
) -> int | None:
    """Write a text into the outbox in the caller's transaction (the caller commits); its id.

    None when it cannot or may not go: no Twilio account on this server, no studio number, a
    number that texted STOP, or a person who has not said yes to this topic by text.
    """
    if not twilio_adapter.configured() or studio_number(organization_id=organization_id) is None:
        return None
    if is_opted_out(organization_id=organization_id, phone_number=to_number):
        return None
    return notifications.queue_message(
        organization_id=organization_id,
        channel="sms",
        template=template,
        to_address=to_number,
        to_name=to_name,
        subject=subject,
        context=context,
        idempotency_key=idempotency_key,
        to_user_id=to_user_id,
    )


def get_settings(*, actor: Principal) -> dict:
    """The studio's texting set-up as Settings shows it (owners and admins)."""
    actor.require(*MANAGERS)
    number = studio_number(organization_id=actor.organization_id)
    return {
        "phone_number": number,
        "phone_number_display": PhoneFormatter(actor.country)(number),
        "configured": twilio_adapter.configured(),
        "inbound_url": urls.public_url("/api/sms/inbound"),
        "status_url": urls.public_url("/api/sms/status"),
    }


def update_settings(*, actor: Principal, phone_number: str | None) -> dict:
    """Set or clear the number the studio texts from (owners)."""
    actor.require(Role.OWNER)
    if phone_number is None:
        db.session.execute(sa.delete(SmsNumber).where(SmsNumber.organization_id == actor.organization_id))
        db.session.commit()
        return get_settings(actor=actor)
    taken = db.session.execute(
        sa.select(SmsNumber.organization_id).where(
            SmsNumber.phone_number == phone_number, SmsNumber.organization_id != actor.organization_id
        )
    ).scalar_one_or_none()
    if taken is not None:
        raise Conflict("Another studio already texts from this number.", code="sms_number_taken")
    db.session.execute(
        insert(SmsNumber)
        .values(organization_id=actor.organization_id, phone_number=phone_number)
        .on_conflict_do_update(
            constraint="uq_sms_numbers_organization_id",
            set_={"phone_number": phone_number, "updated_at": sa.func.now()},
        )
    )
    db.session.commit()
    return get_settings(actor=actor)


def usage(*, actor: Principal, months: int = 6) -> list[dict]:
    """Texts sent, delivered, failed and received per month, newest first, by the studio's calendar (owners, admins).

    "Sent" counts the texts Twilio accepted; "failed" those it or the carrier could not deliver.
    """
    actor.require(*MANAGERS)
    zone = db.session.get(Organization, actor.organization_id).timezone
    rows = db.session.execute(
        sa.text(
            """
            WITH months AS (
                SELECT generate_series(
                    date_trunc('month', now() AT TIME ZONE :zone) - make_interval(months => :months - 1),
                    date_trunc('month', now() AT TIME ZONE :zone),
                    interval '1 month'
                ) AS month
            )
            SELECT months.month,
                   count(m.id) FILTER (WHERE m.direction = 'out' AND m.twilio_sid IS NOT NULL) AS sent,
                   count(m.id) FILTER (WHERE m.direction = 'out' AND m.status = 'delivered') AS delivered,
                   count(m.id) FILTER (WHERE m.direction = 'out' AND m.status IN ('failed', 'undelivered')) AS failed,
                   count(m.id) FILTER (WHERE m.direction = 'in') AS received
            FROM months
            LEFT JOIN sms_messages AS m
              ON m.organization_id = :organization_id
             AND m.created_at >= months.month AT TIME ZONE :zone
             AND m.created_at < (months.month + interval '1 month') AT TIME ZONE :zone
            GROUP BY months.month
            ORDER BY months.month DESC
            """
        ),
        {"zone": zone, "months": months, "organization_id": actor.organization_id},
    ).all()
    return [
        {
            "month": f"{row.month:%Y-%m}",
            "label": f"{row.month:%B %Y}",
            "sent": row.sent,
            "delivered": row.delivered,
            "failed": row.failed,
            "received": row.received,
        }
        for row in rows
    ]


def verify(*, url: str, form: Any, signature: str | None) -> None:
    """Raise Forbidden unless Twilio signed this request (to `url`, with `form`) with this server's auth token."""
    token = current_app.config.get("TWILIO_AUTH_TOKEN")
    if not token or not signature or not RequestValidator(token).validate(url, form, signature):
        raise Forbidden("This request does not carry Twilio's signature.", code="bad_signature")


def _e164(number: str) -> str:
    """A sender as stored: E.164 when it is a phone number (short codes and names stay as Twilio gave them)."""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number[:20]
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)[:20]


def keyword_of(body: str) -> str | None:
    """stop, start or help when the text is only that keyword ("Stop texting me" is not one)."""
    return KEYWORDS.get(body.strip().upper())


def _client_with(organization_id: int, number: str) -> Client | None:
    """The one client of the studio with this number; none when nobody or several share it (a family phone)."""
    clients = (
        db.session.execute(
            sa.select(Client)
            .where(Client.organization_id == organization_id, Client.phone == number, Client.status != "archived")
            .limit(2)
        )
        .scalars()
        .all()
    )
    return clients[0] if len(clients) == 1 else None


def receive(*, to_number: str, from_number: str, body: str, sid: str) -> str | None:
    """Store a verified inbound text; honour STOP, START and HELP; thread a client's text into chat.

    The reply to text back (TwiML), or None. A text Twilio sends twice (same MessageSid) is stored once.
    """
    to_number = _e164(to_number)
    organization_id = db.session.execute(
        sa.select(SmsNumber.organization_id).where(SmsNumber.phone_number == to_number)
    ).scalar_one_or_none()
    if organization_id is None:
        log.warning("A text to %s arrived, but no studio texts from that number", to_number)
        return None
    from_number = _e164(from_number)
    keyword = keyword_of(body)
    sid = sid or None
    if sid and db.session.execute(sa.select(sa.exists().where(SmsMessage.twilio_sid == sid))).scalar_one():
        return _keyword_reply(organization_id, keyword)
    client = _client_with(organization_id, from_number)
    message = SmsMessage(
        organization_id=organization_id,
        direction="in",
        from_number=from_number,
        to_number=to_number,
        body=body,
        status="received",
        twilio_sid=sid,
        client_id=client.id if client else None,
        keyword=keyword,
    )
    db.session.add(message)
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()  # Twilio's retry of this text raced the first delivery of it, which stored it
        return _keyword_reply(organization_id, keyword)
    if keyword == "stop":
        db.session.execute(
            insert(SmsOptOut)
            .values(organization_id=organization_id, phone_number=from_number, keyword=body.strip()[:16])
            .on_conflict_do_nothing(constraint="uq_sms_opt_outs_org_number")
        )
    elif keyword == "start":
        db.session.execute(
            sa.delete(SmsOptOut).where(
                SmsOptOut.organization_id == organization_id, SmsOptOut.phone_number == from_number
            )
        )
    elif keyword is None and client is not None and body.strip():
        record(
            TextMessageReceived(
                organization_id=organization_id,
                actor=None,
                client_id=client.id,
                from_number=from_number,
                body=body,
                sms_message_id=message.id,
            )
        )
    db.session.commit()
    return _keyword_reply(organization_id, keyword)


def _keyword_reply(organization_id: int, keyword: str | None) -> str | None:
    # Twilio answers keywords itself unless it is told not to (SMS_KEYWORD_REPLIES): answering too would say it twice.
    if keyword is None or not current_app.config["SMS_KEYWORD_REPLIES"]:
        return None
    studio = db.session.get(Organization, organization_id).name
    return KEYWORD_REPLIES[keyword].format(studio=studio)


def update_status(*, sid: str, status: str, error_code: str) -> None:
    """Record a verified delivery status callback on its text (and on its outbox row when it failed)."""
    status = status.lower()
    if status not in CALLBACK_STATUSES or not sid:
        return
    message = db.session.execute(
        sa.select(SmsMessage).where(SmsMessage.twilio_sid == sid).with_for_update()
    ).scalar_one_or_none()
    if message is None:
        log.warning("A status callback for text %s, which this server did not send", sid)
        return
    if STATUS_RANK[status] < STATUS_RANK[message.status]:
        return  # callbacks can arrive out of order: "sent" after "delivered" says nothing new
    message.status = status
    if status == "delivered":
        message.delivered_at = datetime.now(UTC)
    if status in FAILED:
        code = _int(error_code)
        message.error_code = code
        reason = twilio_adapter.describe(code, "the carrier did not deliver it")
        message.error_message = _sentence(reason)
        if message.outbox_message_id is not None:
            # The outbox said "sent" when Twilio took it; owners see it did not arrive, and may send it again.
            db.session.execute(
                sa.update(OutboxMessage)
                .where(OutboxMessage.id == message.outbox_message_id, OutboxMessage.status == "sent")
                .values(status="dead", last_error=f"Not delivered: {reason}"[:500])
            )
    db.session.commit()


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _sentence(reason: str) -> str:
    return (reason[:1].upper() + reason[1:])[:500]
