"""The demo studio's segments and campaigns, so the Campaigns screens show every state with believable figures.

Three segments; a newsletter sent three weeks ago and an A/B-tested offer sent ten days ago (their
recipients, sent outbox rows, opens and clicks, and one unsubscribe), one scheduled for next week and
one draft. Rows are written directly rather than through the sending job: they are history, and
deferring delivery for them would send mail that was "sent" weeks ago. The scheduled campaign is
picked up by the minute job (campaigns.dispatch-due) when its time comes, like any other.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import sqlalchemy as sa

from fitnesscrm.campaigns import content, tracking
from fitnesscrm.campaigns.models import Campaign, CampaignClick, CampaignRecipient
from fitnesscrm.clients.models import Client
from fitnesscrm.extensions import db
from fitnesscrm.notifications import merge_fields
from fitnesscrm.notifications.models import NotificationPreference, OutboxMessage
from fitnesscrm.organizations.models import Organization
from fitnesscrm.segments.filters import compile_filters
from fitnesscrm.segments.models import Segment

SEED = 1313
NEWSLETTER = """<h2>New timetable from Monday</h2>
<p>Hi {{ first_name }},</p>
<p>Mornings are busier than ever, so we are adding a 6:30 strength class on Tuesdays and Thursdays.</p>
<p><a href="https://example.com/timetable">See the new timetable</a></p>
<p>See you soon,<br>{{ trainer_name }} and everyone at {{ studio_name }}</p>"""
OFFER = """<p>Hi {{ first_name }},</p>
<p>Bring a friend to any session this month and you both get a free body-composition check.</p>
<p><a href="https://example.com/bring-a-friend">Book for two</a>
or <a href="https://example.com/faq">read the details</a>.</p>
<p>{{ studio_name }}</p>"""
COMEBACK = """<p>Hi {{ first_name }},</p>
<p>We have missed you! Your first session back is on us this month.</p>
<p><a href="https://example.com/book">Pick a time</a></p>"""


def _segments(organization_id: int, owner_id: int, today: date) -> dict[str, Segment]:
    made = {
        "members": Segment(name="Active members", filters={"statuses": ["active"], "membership": "active"}),
        "lapsed": Segment(
            name="Lapsed (no session in 30 days)", filters={"statuses": ["active", "paused"], "no_session_in_days": 30}
        ),
        "new": Segment(name="Started this quarter", filters={"joined_after": (today - timedelta(days=90)).isoformat()}),
        "everyone": Segment(name="Everyone", filters={"statuses": ["lead", "active", "paused"]}),
    }  # fmt: skip
    for segment in made.values():
        segment.organization_id, segment.created_by_id = organization_id, owner_id
        db.session.add(segment)
    db.session.flush()
    return made


def _sent(org: Organization, campaign: Campaign, segment: Segment, rng: random.Random, *, open_rate: float) -> int:
    """Recipients, sent outbox rows, opens and clicks for a campaign that went out at `campaign.started_at`."""
    clients = db.session.execute(
        sa.select(Client.id, Client.first_name, Client.last_name, Client.email)
        .where(Client.organization_id == org.id, compile_filters(segment.filters), Client.email.is_not(None))
        .order_by(Client.id)
    ).all()
    campaign.links = content.links_of(campaign.body_html)
    sample = max(2, len(clients) * (campaign.sample_percent or 0) // 100) if campaign.subject_b else 0
    for number, row in enumerate(clients):
        variant = ("a" if number % 2 == 0 else "b") if number < sample else (campaign.winner or "a")
        at = campaign.started_at if number < sample or not sample else campaign.decide_at
        recipient = CampaignRecipient(
            organization_id=org.id, campaign_id=campaign.id, client_id=row.id, email=row.email,
            name=f"{row.first_name} {row.last_name}", variant=variant, status="queued", queued_at=at,
            in_sample=number < sample,
        )  # fmt: skip
        db.session.add(recipient)
        db.session.flush()
        values = merge_fields.client_values(
            first_name=row.first_name, last_name=row.last_name, email=row.email, trainer_name=None, studio_name=org.name
        )
        tracked = content.with_tracked_links(
            campaign.body_html, campaign.links, lambda index, rid=recipient.id: tracking.click_url(rid, index)
        )
        subject = campaign.subject_b if variant == "b" else campaign.subject
        message = OutboxMessage(
            organization_id=org.id, channel="email", recipient_address=row.email, recipient_name=recipient.name,
            template="campaign", subject=merge_fields.render_text(subject, values),
            context={
                "body_html": merge_fields.render_html(tracked, values) + content.pixel(tracking.open_url(recipient.id)),
                "body_text": merge_fields.render_text(content.text_of(campaign.body_html), values),
            },
            idempotency_key=f"campaign:{campaign.id}:{row.id}", status="sent", attempts=1,
            sent_at=at + timedelta(seconds=5), created_at=at, updated_at=at,
        )  # fmt: skip
        db.session.add(message)
        db.session.flush()
        recipient.outbox_message_id = message.id
        # Subject b won its test: in the sample, its readers opened it and subject a's did not.
        opens = variant == "b" if number < sample else rng.random() < open_rate
        if opens:
            opened = at + timedelta(minutes=rng.randint(5, 2000))
            recipient.opened_at, recipient.opens = opened, rng.randint(1, 3)
            if rng.random() < 0.35:
                recipient.clicked_at, recipient.clicks = opened + timedelta(seconds=20), 1
                db.session.add(
                    CampaignClick(
                        organization_id=org.id, campaign_id=campaign.id, recipient_id=recipient.id,
                        link_index=rng.randrange(len(campaign.links)), clicked_at=recipient.clicked_at,
                    )
                )  # fmt: skip
    return len(clients)


def add(*, now: datetime, organization_id: int, owner_user_id: int) -> dict[str, int]:
    """Add the demo studio's segments and campaigns; how many of each, and the recipients written."""
    rng = random.Random(SEED)
    org = db.session.get(Organization, organization_id)
    segments = _segments(organization_id, owner_user_id, now.date())

    def campaign(**values) -> Campaign:
        row = Campaign(organization_id=organization_id, created_by_id=owner_user_id, **values)
        db.session.add(row)
        db.session.flush()
        return row

    newsletter_at = now - timedelta(days=21, hours=3)
    newsletter = campaign(
        name="New timetable", segment_id=segments["everyone"].id, subject="New classes from Monday, {{ first_name }}",
        body_html=NEWSLETTER, status="sent", scheduled_at=newsletter_at, started_at=newsletter_at,
        sent_at=newsletter_at + timedelta(minutes=2), created_at=newsletter_at - timedelta(days=1),
    )  # fmt: skip
    offer_at = now - timedelta(days=10, hours=5)
    offer = campaign(
        name="Bring a friend", segment_id=segments["members"].id, subject="Bring a friend this month",
        subject_b="{{ first_name }}, your friend trains free", sample_percent=30, wait_hours=4, body_html=OFFER,
        status="sent", scheduled_at=offer_at, started_at=offer_at, decide_at=offer_at + timedelta(hours=4),
        winner="b", sent_at=offer_at + timedelta(hours=4, minutes=1), created_at=offer_at - timedelta(days=2),
    )  # fmt: skip
    recipients = _sent(org, newsletter, segments["everyone"], rng, open_rate=0.45)
    recipients += _sent(org, offer, segments["members"], rng, open_rate=0.4)
    # One reader of the newsletter turned campaign mail off from its footer.
    first = (
        db.session.execute(
            sa.select(CampaignRecipient)
            .where(CampaignRecipient.campaign_id == newsletter.id)
            .order_by(CampaignRecipient.id)
        )
        .scalars()
        .first()
    )
    if first is not None:
        db.session.add(
            NotificationPreference(
                organization_id=organization_id, channel="email", address=first.email, topic="news", enabled=False,
                created_at=newsletter_at + timedelta(hours=2), updated_at=newsletter_at + timedelta(hours=2),
            )
        )  # fmt: skip
    campaign(
        name="We miss you", segment_id=segments["lapsed"].id, subject="Your next session is on us, {{ first_name }}",
        body_html=COMEBACK, status="scheduled", scheduled_at=now + timedelta(days=6, hours=2),
    )  # fmt: skip
    campaign(
        name="Welcome to the studio", segment_id=segments["new"].id, subject="Welcome, {{ first_name }}",
        body_html="<p>Hi {{ first_name }}, here is how to get the most from your first month.</p>", status="draft",
    )  # fmt: skip
    return {"segments": len(segments), "campaigns": 4, "recipients": recipients}
