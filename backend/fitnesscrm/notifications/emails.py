"""An outbox row rendered as an email: HTML and plain text in the studio's colours, headers, attachments."""

from __future__ import annotations

import hashlib
from datetime import datetime
from email.utils import parseaddr
from urllib.parse import quote
from zoneinfo import ZoneInfo

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from fitnesscrm.core import urls
from fitnesscrm.core.mailer import Email
from fitnesscrm.extensions import db
from fitnesscrm.notifications import topics
from fitnesscrm.notifications.models import OutboxMessage
from fitnesscrm.organizations.models import Organization

# The app's own accent (the SPA's --primary): studios have no colour of their own yet.
BRAND_COLOR = "#c2410c"
UNSUBSCRIBE_SALT = "notifications-unsubscribe"


def _local(moment: str, zone: str) -> str:
    """An instant stored in the context, as a person in `zone` reads it."""
    return f"{datetime.fromisoformat(moment).astimezone(ZoneInfo(zone)):%A %-d %B, %H:%M}"


_templates = Environment(
    loader=PackageLoader("fitnesscrm.notifications", "templates"),
    autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
    undefined=StrictUndefined,
    keep_trailing_newline=True,
)
_templates.filters["local"] = _local
_templates.filters["clock"] = lambda moment, zone: f"{datetime.fromisoformat(moment).astimezone(ZoneInfo(zone)):%H:%M}"
_templates.filters["zone_name"] = lambda zone: zone.replace("_", " ")


def _domain() -> str:
    sender = parseaddr(current_app.config.get("MAIL_DEFAULT_SENDER") or "")[1]
    return sender.rsplit("@", 1)[1] if "@" in sender else "fitnesscrm.invalid"


def message_id(message: OutboxMessage) -> str:
    """The Message-ID every try of `message` carries: derived from its idempotency key, never random."""
    digest = hashlib.sha256(f"{message.organization_id}:{message.idempotency_key}".encode()).hexdigest()[:40]
    return f"<outbox.{digest}@{_domain()}>"


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=UNSUBSCRIBE_SALT)


def unsubscribe_token(*, organization_id: int, channel: str, address: str, topic: str) -> str:
    """A signed token that lets whoever holds it turn off `topic` for `address` (and nothing else)."""
    return _serializer().dumps([organization_id, channel, address, topic])


def read_unsubscribe_token(token: str) -> tuple[int, str, str, str] | None:
    """(organization id, channel, address, topic) from a token this app signed; None for anything else."""
    try:
        organization_id, channel, address, topic = _serializer().loads(token)
    except (BadSignature, ValueError, TypeError):
        return None
    if topic not in topics.TOPICS:
        return None
    return organization_id, channel, address, topic


def _unsubscribe(message: OutboxMessage) -> tuple[dict[str, str], str | None]:
    """RFC 8058 one-click headers and the link for the footer; none for transactional mail."""
    if topics.is_transactional(message.template) or not message.recipient_address:
        return {}, None
    token = unsubscribe_token(
        organization_id=message.organization_id,
        channel=message.channel,
        address=message.recipient_address,
        topic=topics.topic_of(message.template),
    )
    mailbox = (
        current_app.config.get("MAIL_UNSUBSCRIBE_ADDRESS")
        or parseaddr(current_app.config.get("MAIL_DEFAULT_SENDER") or "")[1]
    )
    one_click = urls.public_url(f"/api/unsubscribe/{token}")
    header = f"<{one_click}>"
    if mailbox:
        header += f", <mailto:{mailbox}?subject={quote('unsubscribe ' + token)}>"
    headers = {"List-Unsubscribe": header, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    return headers, urls.public_url(f"/unsubscribe?token={token}")


def _attachments(message: OutboxMessage) -> list[tuple[str, str, bytes]]:
    """The files a message carries: a session's calendar file, as it was when the message was queued."""
    ics = message.context.get("ics")
    return [("session.ics", "text/calendar", ics.encode())] if ics else []


def render(message: OutboxMessage) -> Email:
    """The email `message` stands for, rendered now from its template and context."""
    organization = db.session.get(Organization, message.organization_id)
    headers, unsubscribe_url = _unsubscribe(message)
    topic = topics.topic_of(message.template)
    values = {
        **message.context,
        "subject": message.subject,
        "studio": {"name": organization.name, "color": BRAND_COLOR},
        "unsubscribe_url": unsubscribe_url,
        "topic_label": topics.TOPICS.get(topic, ""),
    }
    return Email(
        to=message.recipient_address,
        subject=message.subject,
        text=_templates.get_template(f"email/{message.template}.txt").render(values),
        html=_templates.get_template(f"email/{message.template}.html").render(values),
        message_id=message_id(message),
        headers=headers,
        attachments=_attachments(message),
    )
