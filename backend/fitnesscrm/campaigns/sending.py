"""Sending a campaign: expand its segment into recipients once, queue their emails in batches, pick the A/B winner.

Every step can run twice, or in two workers at once, without sending anything twice: recipients
are unique per campaign and client, a batch takes its rows `FOR UPDATE SKIP LOCKED`, and each
email's outbox idempotency key is `campaign:<campaign>:<client>`. The job deferred for the
scheduled time and the minute job call the same `dispatch`, so a lost job only delays a campaign.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert

from fitnesscrm.assignments.models import Assignment
from fitnesscrm.campaigns import content, tracking
from fitnesscrm.campaigns.models import Campaign, CampaignRecipient
from fitnesscrm.clients.models import Client
from fitnesscrm.core.jobs import defer, periodic, task
from fitnesscrm.extensions import db
from fitnesscrm.notifications import merge_fields
from fitnesscrm.notifications.models import OutboxMessage
from fitnesscrm.notifications.service import queue_email
from fitnesscrm.organizations.models import Organization
from fitnesscrm.segments import service as segments
from fitnesscrm.trainers.models import Trainer

log = logging.getLogger(__name__)

BATCH = 200
DUE_BATCH = 20


def _now() -> datetime:
    return datetime.now(UTC)


@task(name="campaigns.dispatch", queue="campaigns")
def dispatch_job(*, campaign_id: int) -> None:
    """Start, continue or finish sending one campaign (deferred for its scheduled time and its A/B decision)."""
    dispatch(campaign_id=campaign_id)


@periodic(cron="* * * * *", name="campaigns.dispatch-due")
def dispatch_due_job(timestamp: int) -> None:
    """Every minute: campaigns due to start, still sending, or due to pick their A/B winner."""
    dispatch_due()


def dispatch_due() -> int:
    """Dispatch every campaign with work due now; how many were looked at."""
    ids = (
        db.session.execute(
            sa.select(Campaign.id)
            .where(
                sa.or_(
                    sa.and_(Campaign.status == "scheduled", Campaign.scheduled_at <= _now()),
                    Campaign.status == "sending",
                )
            )
            .order_by(Campaign.scheduled_at)
            .limit(DUE_BATCH)
        )
        .scalars()
        .all()
    )
    db.session.rollback()
    for campaign_id in ids:
        dispatch(campaign_id=campaign_id)
    return len(ids)


def dispatch(*, campaign_id: int, batch: int = BATCH) -> str | None:
    """Do the campaign's due work; its status afterwards, or None when it is not due or another worker holds it."""
    if not _start(campaign_id):
        return None
    while _queue_batch(campaign_id, batch):
        pass
    return _finish(campaign_id, batch)


def _locked(campaign_id: int) -> Campaign | None:
    return db.session.execute(
        sa.select(Campaign).where(Campaign.id == campaign_id).with_for_update(skip_locked=True)
    ).scalar_one_or_none()


def _start(campaign_id: int) -> bool:
    """Expand a due scheduled campaign's segment into recipients (once); whether the campaign is now sending."""
    campaign = _locked(campaign_id)
    if campaign is None or campaign.status not in ("scheduled", "sending"):
        db.session.rollback()
        return False
    if campaign.status == "scheduled":
        now = _now()
        if campaign.scheduled_at is not None and campaign.scheduled_at > now:
            db.session.rollback()
            return False
        campaign.links = content.links_of(campaign.body_html)
        _expand(campaign)
        campaign.status, campaign.started_at = "sending", now
        if campaign.subject_b:
            campaign.decide_at = now + timedelta(hours=campaign.wait_hours)
            defer(dispatch_job, run_at=campaign.decide_at, campaign_id=campaign.id)
    db.session.commit()
    return True


def _expand(campaign: Campaign) -> None:
    """One recipient row per client in the segment with an email address; A/B variants for a random sample."""
    ranked = (
        sa.select(
            Client.id,
            Client.email,
            (Client.first_name + " " + Client.last_name).label("name"),
            sa.func.row_number()
            .over(order_by=sa.func.md5(sa.literal(f"{campaign.id}:") + sa.cast(Client.id, sa.Text)))
            .label("rank"),
            sa.func.count().over().label("total"),
        )
        .where(
            segments.condition(organization_id=campaign.organization_id, segment_id=campaign.segment_id),
            Client.email.is_not(None),
        )
        .subquery()
    )
    if campaign.subject_b:
        sample = sa.func.greatest(2, sa.func.ceil(ranked.c.total * campaign.sample_percent / 100.0))
        in_sample = ranked.c.rank <= sample
        variant = sa.case((in_sample, sa.case((ranked.c.rank % 2 == 1, "a"), else_="b")), else_=None)
        status = sa.case((in_sample, "pending"), else_="waiting")
    else:
        variant, status, in_sample = sa.literal("a"), sa.literal("pending"), sa.false()
    rows = sa.select(
        sa.literal(campaign.organization_id),
        sa.literal(campaign.id),
        ranked.c.id,
        ranked.c.email,
        sa.func.left(ranked.c.name, 200),
        variant,
        status,
        in_sample,
    )
    db.session.execute(
        insert(CampaignRecipient)
        .from_select(
            ["organization_id", "campaign_id", "client_id", "email", "name", "variant", "status", "in_sample"], rows
        )
        .on_conflict_do_nothing(constraint="uq_campaign_recipients_campaign_client")
    )


def _queue_batch(campaign_id: int, batch: int) -> int:
    """Queue the emails of up to `batch` pending recipients of a sending campaign; how many were taken."""
    primary = (
        sa.select(Trainer.first_name + " " + Trainer.last_name)
        .join(Assignment, Assignment.trainer_id == Trainer.id)
        .where(Assignment.client_id == Client.id, Assignment.is_primary, Assignment.ended_at.is_(None))
        .limit(1)
        .scalar_subquery()
    )
    rows = db.session.execute(
        sa.select(CampaignRecipient, Client.first_name, Client.last_name, primary.label("trainer_name"))
        .join(Campaign, Campaign.id == CampaignRecipient.campaign_id)
        .outerjoin(Client, Client.id == CampaignRecipient.client_id)
        .where(
            CampaignRecipient.campaign_id == campaign_id,
            CampaignRecipient.status == "pending",
            Campaign.status == "sending",
        )
        .order_by(CampaignRecipient.id)
        .limit(batch)
        .with_for_update(of=CampaignRecipient, skip_locked=True)
    ).all()
    if not rows:
        db.session.rollback()
        return 0
    campaign = db.session.get(Campaign, campaign_id)
    studio_name = db.session.execute(
        sa.select(Organization.name).where(Organization.id == campaign.organization_id)
    ).scalar_one()
    body_text = campaign.body_text or content.text_of(campaign.body_html)
    # The database's clock, which unsubscribes are stamped with too (the report compares the two).
    now = db.session.execute(sa.select(sa.func.now())).scalar_one()
    for recipient, first_name, last_name, trainer_name in rows:
        first, _, last = recipient.name.partition(" ")
        values = merge_fields.client_values(
            first_name=first_name if first_name is not None else first,
            last_name=last_name if last_name is not None else last,
            email=recipient.email,
            trainer_name=trainer_name,
            studio_name=studio_name,
        )
        _queue_one(campaign, recipient, values, body_text=body_text)
        recipient.queued_at = now
    db.session.commit()
    return len(rows)


def _queue_one(campaign: Campaign, recipient: CampaignRecipient, values: dict[str, str], *, body_text: str) -> None:
    subject = campaign.subject_b if recipient.variant == "b" else campaign.subject
    tracked = content.with_tracked_links(
        campaign.body_html, campaign.links, lambda index: tracking.click_url(recipient.id, index)
    )
    body_html = merge_fields.render_html(tracked, values) + content.pixel(tracking.open_url(recipient.id))
    key = f"campaign:{campaign.id}:{recipient.client_id or f'r{recipient.id}'}"
    message_id = queue_email(
        organization_id=campaign.organization_id,
        template="campaign",
        to_address=recipient.email,
        to_name=recipient.name,
        subject=merge_fields.render_text(subject, values),
        context={"body_html": body_html, "body_text": merge_fields.render_text(body_text, values)},
        idempotency_key=key,
    )
    if message_id is None:
        # Either the person turned campaign mail off, or an earlier try queued it already.
        message_id = db.session.execute(
            sa.select(OutboxMessage.id).where(
                OutboxMessage.organization_id == campaign.organization_id, OutboxMessage.idempotency_key == key
            )
        ).scalar_one_or_none()
    recipient.outbox_message_id = message_id
    recipient.status = "queued" if message_id is not None else "skipped"


def _winner(campaign_id: int) -> str:
    """The sample's subject with more unique opens (the first on a tie)."""
    opens = dict(
        db.session.execute(
            sa.select(CampaignRecipient.variant, sa.func.count(CampaignRecipient.opened_at))
            .where(CampaignRecipient.campaign_id == campaign_id, CampaignRecipient.in_sample)
            .group_by(CampaignRecipient.variant)
        ).all()
    )
    return "b" if opens.get("b", 0) > opens.get("a", 0) else "a"


def _finish(campaign_id: int, batch: int) -> str | None:
    """Pick the A/B winner once it is due and queue the rest; mark the campaign sent when nobody is left."""
    campaign = _locked(campaign_id)
    if campaign is None:
        db.session.rollback()
        return None
    if campaign.status != "sending":
        status = campaign.status
        db.session.rollback()
        return status
    if campaign.subject_b and campaign.winner is None:
        if campaign.decide_at > _now():
            db.session.rollback()
            return "sending"
        campaign.winner = _winner(campaign.id)
        db.session.execute(
            sa.update(CampaignRecipient)
            .where(CampaignRecipient.campaign_id == campaign.id, CampaignRecipient.status == "waiting")
            .values(variant=campaign.winner, status="pending")
        )
        db.session.commit()
        while _queue_batch(campaign_id, batch):
            pass
        campaign = _locked(campaign_id)
        if campaign is None or campaign.status != "sending":
            db.session.rollback()
            return None if campaign is None else campaign.status
    left = db.session.execute(
        sa.select(sa.func.count())
        .select_from(CampaignRecipient)
        .where(CampaignRecipient.campaign_id == campaign.id, CampaignRecipient.status.in_(("pending", "waiting")))
    ).scalar_one()
    if left:
        db.session.rollback()
        return "sending"
    campaign.status, campaign.sent_at = "sent", _now()
    db.session.commit()
    log.info("Campaign %s sent", campaign.id)
    return "sent"
