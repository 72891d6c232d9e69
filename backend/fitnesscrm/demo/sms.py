"""The demo studio's text messages: its number, three months of reminders texted to the clients who asked
for them (most delivered, one not), texts clients sent back, and one client who texted STOP.

Only the texts' own rows are written (history, like the demo outbox): no outbox rows, so nothing here
is ever sent, and the owners' outbox keeps showing the email states it demonstrates.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.clients.models import Client
from fitnesscrm.demo import content
from fitnesscrm.extensions import db
from fitnesscrm.notifications.service import set_preference
from fitnesscrm.notifications.sms.models import SmsMessage, SmsNumber, SmsOptOut
from fitnesscrm.organizations.models import Organization

# Not of the 555-01xx form demo clients' numbers take, so no client shares it.
STUDIO_NUMBER = f"+1{content.AREA_CODES[0]}5550000"
TEXTERS = 4
REPLIES = ("Thanks, see you then!", "Running 10 min late, sorry", "Can we move to 6pm?")


def add(*, now: datetime, organization_id: int) -> int:
    """Add the studio's number and its texts; returns how many texts."""
    org = db.session.get(Organization, organization_id)
    db.session.add(SmsNumber(organization_id=organization_id, phone_number=STUDIO_NUMBER))
    clients = (
        db.session.execute(
            sa.select(Client)
            .where(Client.organization_id == organization_id, Client.phone.is_not(None), Client.status == "active")
            .order_by(Client.id)
            .limit(TEXTERS + 1)
        )
        .scalars()
        .all()
    )
    texters, stopped = clients[:TEXTERS], clients[TEXTERS:]
    texts = []
    for n, client in enumerate(texters):
        set_preference(
            organization_id=organization_id, channel="sms", address=client.phone, topic="reminders", enabled=True
        )
        for week in range(12):
            at = now - timedelta(days=7 * week + n, hours=3)
            undelivered = n == TEXTERS - 1 and week == 2
            texts.append(
                SmsMessage(
                    organization_id=organization_id, direction="out", from_number=STUDIO_NUMBER,
                    to_number=client.phone, client_id=client.id, created_at=at, updated_at=at,
                    body=f"{org.name}: reminder, Personal session tomorrow at 07:00."
                    + (" Reply STOP to opt out." if week == 11 else ""),
                    status="undelivered" if undelivered else "delivered",
                    twilio_sid=f"SMdemo{client.id:06d}{week:02d}{'0' * 22}",
                    delivered_at=None if undelivered else at + timedelta(seconds=4),
                    error_code=30003 if undelivered else None,
                    error_message="The phone was switched off or out of reach" if undelivered else None,
                )
            )  # fmt: skip
        at = now - timedelta(days=5 * n + 1, hours=2)
        texts.append(
            SmsMessage(
                organization_id=organization_id, direction="in", from_number=client.phone, to_number=STUDIO_NUMBER,
                client_id=client.id, body=REPLIES[n % len(REPLIES)], status="received", created_at=at, updated_at=at,
                twilio_sid=f"SMdemoin{client.id:06d}{'0' * 20}",
            )
        )  # fmt: skip
    for client in stopped:
        at = now - timedelta(days=20)
        texts.append(
            SmsMessage(
                organization_id=organization_id, direction="in", from_number=client.phone, to_number=STUDIO_NUMBER,
                client_id=client.id, body="STOP", keyword="stop", status="received", created_at=at, updated_at=at,
                twilio_sid=f"SMdemostop{client.id:06d}{'0' * 18}",
            )
        )  # fmt: skip
        db.session.add(SmsOptOut(organization_id=organization_id, phone_number=client.phone, keyword="STOP"))
    db.session.add_all(texts)
    return len(texts)
