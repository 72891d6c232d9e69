"""Campaigns' rules: drafts, sending now or later, cancelling, previews and the report (owners and admins)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from fitnesscrm.campaigns import content
from fitnesscrm.campaigns.events import CampaignCreated, CampaignDeleted, CampaignSent, CampaignUpdated
from fitnesscrm.campaigns.models import Campaign, CampaignClick, CampaignRecipient
from fitnesscrm.campaigns.sending import dispatch_job
from fitnesscrm.core.events import record_by
from fitnesscrm.core.jobs import defer
from fitnesscrm.core.pagination import Page, paginate
from fitnesscrm.core.tenancy import MANAGERS, Principal
from fitnesscrm.errors import Conflict, NotFound, ValidationError
from fitnesscrm.extensions import db
from fitnesscrm.notifications import merge_fields
from fitnesscrm.notifications.models import NotificationPreference, OutboxMessage
from fitnesscrm.segments import service as segments
from fitnesscrm.segments.models import Segment

EDITABLE = ("draft", "scheduled")
DEFAULT_SAMPLE_PERCENT = 20
DEFAULT_WAIT_HOURS = 4
# Fields whose change the activity log shows; the body is summarised rather than copied.
LOGGED = ("name", "subject", "subject_b", "sample_percent", "wait_hours")


def _now() -> datetime:
    return datetime.now(UTC)


def _stats(campaign_ids: list[int]) -> dict[int, dict[str, int]]:
    """Recipients, unique opens and unique clicks per campaign, in one statement."""
    if not campaign_ids:
        return {}
    rows = db.session.execute(
        sa.select(
            CampaignRecipient.campaign_id,
            sa.func.count().filter(CampaignRecipient.status == "queued"),
            sa.func.count(CampaignRecipient.opened_at),
            sa.func.count(CampaignRecipient.clicked_at),
        )
        .where(CampaignRecipient.campaign_id.in_(campaign_ids))
        .group_by(CampaignRecipient.campaign_id)
    )
    return {row[0]: {"recipients": row[1], "opened": row[2], "clicked": row[3]} for row in rows}


def _shown(campaign: Campaign, segment_name: str | None, stats: dict[str, int] | None) -> dict[str, Any]:
    return {
        **{column.key: getattr(campaign, column.key) for column in Campaign.__table__.columns},
        "segment_name": segment_name,
        "text_is_derived": campaign.body_text is None,
        "body_text": campaign.body_text if campaign.body_text is not None else content.text_of(campaign.body_html),
        "stats": stats or {"recipients": 0, "opened": 0, "clicked": 0},
    }


def get_all(*, actor: Principal, status: str | None = None, page: int = 1, per_page: int = 25) -> Page:
    """The studio's campaigns, newest first, with their segment and how they did."""
    actor.require(*MANAGERS)
    stmt = (
        sa.select(Campaign, Segment.name)
        .join(Segment, Segment.id == Campaign.segment_id)
        .where(Campaign.organization_id == actor.organization_id)
    )
    if status:
        stmt = stmt.where(Campaign.status == status)
    found = paginate(
        stmt.order_by(Campaign.created_at.desc(), Campaign.id.desc()), page=page, per_page=per_page, scalars=False
    )
    stats = _stats([campaign.id for campaign, _ in found.items])
    found.items = [_shown(campaign, name, stats.get(campaign.id)) for campaign, name in found.items]
    return found


def _get(actor: Principal, campaign_id: int, *, lock: bool = False) -> Campaign:
    actor.require(*MANAGERS)
    stmt = sa.select(Campaign).where(Campaign.id == campaign_id, Campaign.organization_id == actor.organization_id)
    campaign = db.session.execute(stmt.with_for_update() if lock else stmt).scalar_one_or_none()
    if campaign is None:
        raise NotFound("No such campaign.")
    return campaign


def get(*, actor: Principal, campaign_id: int) -> dict[str, Any]:
    """One campaign with its segment and how it did."""
    campaign = _get(actor, campaign_id)
    name = segments.name_of(organization_id=actor.organization_id, segment_id=campaign.segment_id)
    return _shown(campaign, name, _stats([campaign.id]).get(campaign.id))


def _check_segment(actor: Principal, segment_id: int) -> None:
    if segments.name_of(organization_id=actor.organization_id, segment_id=segment_id) is None:
        raise ValidationError("No such segment.", fields={"segment_id": ["No such segment."]})


def _ab_settings(values: dict[str, Any]) -> None:
    """An A/B test gets a sample and a wait (defaults if not given); without a second subject it has neither."""
    if values.get("subject_b"):
        values["sample_percent"] = values.get("sample_percent") or DEFAULT_SAMPLE_PERCENT
        values["wait_hours"] = values.get("wait_hours") or DEFAULT_WAIT_HOURS
    else:
        values.update(subject_b=None, sample_percent=None, wait_hours=None)


def create(*, actor: Principal, **values: Any) -> dict[str, Any]:
    """Save a draft campaign."""
    actor.require(*MANAGERS)
    _check_segment(actor, values["segment_id"])
    content.check(
        subject=values["subject"],
        subject_b=values.get("subject_b"),
        body_html=values["body_html"],
        body_text=values.get("body_text"),
    )
    _ab_settings(values)
    campaign = Campaign(organization_id=actor.organization_id, created_by_id=actor.user_id, **values)
    db.session.add(campaign)
    db.session.flush()
    record_by(actor, CampaignCreated, entity_id=campaign.id, label=campaign.name)
    db.session.commit()
    return get(actor=actor, campaign_id=campaign.id)


def update(*, actor: Principal, campaign_id: int, **changes: Any) -> dict[str, Any]:
    """Change a draft or scheduled campaign."""
    campaign = _get(actor, campaign_id, lock=True)
    if campaign.status not in EDITABLE:
        raise Conflict(
            f"This campaign is {campaign.status} and can no longer be changed.", code="campaign_not_editable"
        )
    if "segment_id" in changes:
        _check_segment(actor, changes["segment_id"])
    merged = {
        key: changes.get(key, getattr(campaign, key))
        for key in ("subject", "subject_b", "sample_percent", "wait_hours", "body_html", "body_text")
    }
    if "subject_b" in changes and not changes["subject_b"]:
        merged["subject_b"] = None
    content.check(
        subject=merged["subject"],
        subject_b=merged["subject_b"],
        body_html=merged["body_html"],
        body_text=merged["body_text"],
    )
    _ab_settings(merged)
    recorded = {}
    for key, value in {**changes, **merged}.items():
        before = getattr(campaign, key)
        if before == value:
            continue
        if key in LOGGED:
            recorded[key] = {"before": before, "after": value}
        elif key == "segment_id":
            recorded["segment"] = {
                "before": segments.name_of(organization_id=actor.organization_id, segment_id=before),
                "after": segments.name_of(organization_id=actor.organization_id, segment_id=value),
            }
        elif key in ("body_html", "body_text"):
            recorded["message"] = {"before": None, "after": "Changed"}
        setattr(campaign, key, value)
    if recorded:
        record_by(actor, CampaignUpdated, entity_id=campaign.id, label=campaign.name, changes=recorded)
    db.session.commit()
    return get(actor=actor, campaign_id=campaign.id)


def delete(*, actor: Principal, campaign_id: int) -> None:
    """Delete a draft or cancelled campaign; sent ones stay for their report."""
    campaign = _get(actor, campaign_id, lock=True)
    if campaign.status not in ("draft", "cancelled"):
        raise Conflict(
            "Only drafts and cancelled campaigns can be deleted; cancel it first.", code="campaign_not_deletable"
        )
    db.session.delete(campaign)
    record_by(actor, CampaignDeleted, entity_id=campaign_id, label=campaign.name)
    db.session.commit()


def schedule(*, actor: Principal, campaign_id: int, scheduled_at: datetime | None = None) -> dict[str, Any]:
    """Send a draft now (no time) or at `scheduled_at`; a scheduled campaign may be moved to another time."""
    campaign = _get(actor, campaign_id, lock=True)
    if campaign.status not in EDITABLE:
        raise Conflict(f"This campaign is {campaign.status} already.", code="campaign_not_editable")
    now = _now()
    if scheduled_at is not None and scheduled_at <= now:
        raise ValidationError(
            "Choose a time in the future, or send it now.", fields={"scheduled_at": ["Must be in the future."]}
        )
    if segments.name_of(organization_id=actor.organization_id, segment_id=campaign.segment_id) is None:
        raise Conflict("This campaign's segment no longer exists: choose another.", code="segment_missing")
    before = {"status": campaign.status, "scheduled_at": campaign.scheduled_at}
    campaign.status, campaign.scheduled_at = "scheduled", scheduled_at or now
    defer(dispatch_job, run_at=scheduled_at, campaign_id=campaign.id)
    record_by(
        actor,
        CampaignSent,
        entity_id=campaign.id,
        label=campaign.name,
        changes={
            "status": {"before": before["status"], "after": "scheduled"},
            "scheduled_at": {
                "before": before["scheduled_at"].astimezone(UTC).isoformat() if before["scheduled_at"] else None,
                "after": campaign.scheduled_at.astimezone(UTC).isoformat(),
            },
        },
    )
    db.session.commit()
    return get(actor=actor, campaign_id=campaign.id)


def cancel(*, actor: Principal, campaign_id: int) -> dict[str, Any]:
    """Stop a scheduled campaign, or one still sending (emails already queued still go)."""
    campaign = _get(actor, campaign_id, lock=True)
    if campaign.status not in ("scheduled", "sending"):
        raise Conflict(
            f"Only scheduled or sending campaigns can be cancelled; this one is {campaign.status}.",
            code="campaign_not_cancellable",
        )
    before = campaign.status
    campaign.status, campaign.cancelled_at = "cancelled", _now()
    record_by(
        actor,
        CampaignUpdated,
        entity_id=campaign.id,
        label=campaign.name,
        changes={"status": {"before": before, "after": "cancelled"}},
    )
    db.session.commit()
    return get(actor=actor, campaign_id=campaign.id)


def preview(
    *, actor: Principal, subject: str, body_html: str, subject_b: str | None = None, body_text: str | None = None
) -> dict[str, Any]:
    """The campaign as a sample client would read it (merge fields filled with SAMPLE)."""
    actor.require(*MANAGERS)
    content.check(subject=subject, subject_b=subject_b, body_html=body_html, body_text=body_text)
    return {
        "subject": merge_fields.render_text(subject, merge_fields.SAMPLE),
        "subject_b": merge_fields.render_text(subject_b, merge_fields.SAMPLE) if subject_b else None,
        "html": merge_fields.render_html(body_html, merge_fields.SAMPLE),
        "text": merge_fields.render_text(body_text or content.text_of(body_html), merge_fields.SAMPLE),
        "links": content.links_of(body_html),
    }


def merge_field_list(*, actor: Principal) -> list[dict[str, str]]:
    """The merge fields a campaign may use, with what each is."""
    actor.require(*MANAGERS)
    return [
        {"name": name, "description": description, "sample": merge_fields.SAMPLE[name]}
        for name, description in merge_fields.FIELDS.items()
    ]


def _unsubscribed():
    """Whether the recipient turned campaign mail off after this campaign was queued to them (a SQL condition)."""
    return (
        sa.exists()
        .where(
            NotificationPreference.organization_id == CampaignRecipient.organization_id,
            NotificationPreference.channel == "email",
            sa.func.lower(NotificationPreference.address) == sa.func.lower(CampaignRecipient.email),
            NotificationPreference.topic == "news",
            NotificationPreference.enabled.is_(False),
            NotificationPreference.updated_at >= CampaignRecipient.queued_at,
        )
        .correlate(CampaignRecipient)
    )


_FIGURES = ("recipients", "skipped", "waiting", "delivered", "failed", "sending", "opened", "clicked", "unsubscribed")


def _figures(campaign_id: int, *, by_variant: bool) -> dict[str | None, dict[str, int]]:
    """The report's figures for the whole campaign (key None), or per subject over the A/B sample only."""
    queued = CampaignRecipient.status == "queued"
    group = CampaignRecipient.variant if by_variant else sa.null()
    stmt = (
        sa.select(
            group,
            sa.func.count(),
            sa.func.count().filter(CampaignRecipient.status == "skipped"),
            sa.func.count().filter(CampaignRecipient.status.in_(("pending", "waiting"))),
            sa.func.count().filter(queued, OutboxMessage.status == "sent"),
            sa.func.count().filter(queued, OutboxMessage.status.in_(("failed", "dead"))),
            sa.func.count().filter(queued, OutboxMessage.status.in_(("pending", "sending"))),
            sa.func.count(CampaignRecipient.opened_at),
            sa.func.count(CampaignRecipient.clicked_at),
            sa.func.count().filter(queued, _unsubscribed()),
        )
        .outerjoin(OutboxMessage, OutboxMessage.id == CampaignRecipient.outbox_message_id)
        .where(CampaignRecipient.campaign_id == campaign_id)
    )
    if by_variant:
        stmt = stmt.where(CampaignRecipient.in_sample).group_by(CampaignRecipient.variant)
    return {row[0]: dict(zip(_FIGURES, row[1:], strict=True)) for row in db.session.execute(stmt)}


def report(*, actor: Principal, campaign_id: int) -> dict[str, Any]:
    """How a campaign did in total, per subject over the A/B sample (delivery, unique opens and clicks,
    unsubscribes), and per link."""
    campaign = _get(actor, campaign_id)
    empty = dict.fromkeys(_FIGURES, 0)
    total = _figures(campaign.id, by_variant=False).get(None, empty)
    clicks = {
        row.link_index: row
        for row in db.session.execute(
            sa.select(
                CampaignClick.link_index,
                sa.func.count().label("clicks"),
                sa.func.count(sa.distinct(CampaignClick.recipient_id)).label("unique_clicks"),
            )
            .where(CampaignClick.campaign_id == campaign.id)
            .group_by(CampaignClick.link_index)
        )
    }
    variants = []
    if campaign.subject_b:
        per_variant = _figures(campaign.id, by_variant=True)
        for variant, subject in (("a", campaign.subject), ("b", campaign.subject_b)):
            variants.append(
                {"variant": variant, "subject": subject, "winner": campaign.winner == variant}
                | per_variant.get(variant, empty)
            )
    return {
        "campaign_id": campaign.id,
        "status": campaign.status,
        "totals": total,
        "variants": variants,
        "links": [
            {
                "url": url,
                "clicks": clicks[index].clicks if index in clicks else 0,
                "unique_clicks": clicks[index].unique_clicks if index in clicks else 0,
            }
            for index, url in enumerate(campaign.links)
        ],
    }
