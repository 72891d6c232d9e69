from __future__ import annotations

import marshmallow as ma

from fitnesscrm.campaigns.models import STATUSES
from fitnesscrm.core.fields import DateTime, Integer, String, Text, id_field
from fitnesscrm.core.pagination import PageArgsSchema

MAX_BODY = 200_000


class CampaignStatsSchema(ma.Schema):
    recipients = ma.fields.Integer(required=True, metadata={"description": "Emails queued to people."})
    opened = ma.fields.Integer(required=True, metadata={"description": "Recipients who opened it (unique)."})
    clicked = ma.fields.Integer(required=True, metadata={"description": "Recipients who clicked a link (unique)."})


class CampaignSchema(ma.Schema):
    id = ma.fields.Integer(dump_only=True)
    name = ma.fields.String(dump_only=True)
    segment_id = ma.fields.Integer(dump_only=True)
    segment_name = ma.fields.String(dump_only=True, allow_none=True)
    subject = ma.fields.String(dump_only=True)
    subject_b = ma.fields.String(dump_only=True, allow_none=True)
    sample_percent = ma.fields.Integer(dump_only=True, allow_none=True)
    wait_hours = ma.fields.Integer(dump_only=True, allow_none=True)
    body_html = ma.fields.String(dump_only=True)
    body_text = ma.fields.String(dump_only=True)
    text_is_derived = ma.fields.Boolean(dump_only=True, metadata={"description": "The plain text follows the HTML."})
    status = ma.fields.String(dump_only=True, metadata={"enum": list(STATUSES)})
    scheduled_at = ma.fields.DateTime(dump_only=True, allow_none=True)
    started_at = ma.fields.DateTime(dump_only=True, allow_none=True)
    decide_at = ma.fields.DateTime(
        dump_only=True, allow_none=True, metadata={"description": "When the A/B winner is picked."}
    )
    winner = ma.fields.String(dump_only=True, allow_none=True, metadata={"description": "a or b, once picked."})
    sent_at = ma.fields.DateTime(dump_only=True, allow_none=True)
    cancelled_at = ma.fields.DateTime(dump_only=True, allow_none=True)
    created_at = ma.fields.DateTime(dump_only=True)
    updated_at = ma.fields.DateTime(dump_only=True)
    stats = ma.fields.Nested(CampaignStatsSchema, dump_only=True)


class _ContentSchema(ma.Schema):
    subject = Text(max_length=200)
    subject_b = Text(
        max_length=200, allow_none=True, metadata={"description": "A second subject: makes the campaign an A/B test."}
    )
    sample_percent = Integer(
        minimum=2, maximum=50, allow_none=True, metadata={"description": "Share of recipients in the A/B sample."}
    )
    wait_hours = Integer(
        minimum=1, maximum=168, allow_none=True, metadata={"description": "Hours before the winner goes to the rest."}
    )
    body_html = String(validate=ma.validate.Length(min=1, max=MAX_BODY))
    body_text = Text(
        max_length=MAX_BODY, allow_none=True, metadata={"description": "Blank: derived from the HTML when sent."}
    )


class CampaignCreateSchema(_ContentSchema):
    name = Text(max_length=120, required=True)
    segment_id = id_field(required=True)
    subject = Text(max_length=200, required=True)
    body_html = String(required=True, validate=ma.validate.Length(min=1, max=MAX_BODY))


class CampaignUpdateSchema(_ContentSchema):
    name = Text(max_length=120)
    segment_id = id_field()


class CampaignQuerySchema(PageArgsSchema):
    status = String(validate=ma.validate.OneOf(STATUSES))


class CampaignScheduleSchema(ma.Schema):
    scheduled_at = DateTime(
        allow_none=True, load_default=None, metadata={"description": "When to send; leave out to send now."}
    )


class CampaignPreviewArgsSchema(ma.Schema):
    subject = Text(max_length=200, required=True)
    subject_b = Text(max_length=200, allow_none=True)
    body_html = String(required=True, validate=ma.validate.Length(min=1, max=MAX_BODY))
    body_text = Text(max_length=MAX_BODY, allow_none=True)


class CampaignPreviewSchema(ma.Schema):
    subject = ma.fields.String(required=True)
    subject_b = ma.fields.String(required=True, allow_none=True)
    html = ma.fields.String(required=True, metadata={"description": "The body filled in for a sample client."})
    text = ma.fields.String(required=True)
    links = ma.fields.List(
        ma.fields.String(), required=True, metadata={"description": "Links whose clicks are counted."}
    )


class MergeFieldSchema(ma.Schema):
    name = ma.fields.String(required=True)
    description = ma.fields.String(required=True)
    sample = ma.fields.String(required=True)


class ReportFiguresSchema(ma.Schema):
    recipients = ma.fields.Integer(required=True, metadata={"description": "People the campaign was for."})
    skipped = ma.fields.Integer(required=True, metadata={"description": "Had turned campaign mail off."})
    waiting = ma.fields.Integer(required=True, metadata={"description": "Not queued yet (waiting for the A/B winner)."})
    delivered = ma.fields.Integer(required=True, metadata={"description": "Accepted by the mail server."})
    failed = ma.fields.Integer(required=True, metadata={"description": "Bounced or failed (retrying or given up)."})
    sending = ma.fields.Integer(required=True, metadata={"description": "Queued, not sent yet."})
    opened = ma.fields.Integer(required=True, metadata={"description": "Unique opens."})
    clicked = ma.fields.Integer(required=True, metadata={"description": "Unique clickers."})
    unsubscribed = ma.fields.Integer(required=True, metadata={"description": "Turned campaign mail off since."})


class VariantFiguresSchema(ReportFiguresSchema):
    variant = ma.fields.String(required=True)
    subject = ma.fields.String(required=True)
    winner = ma.fields.Boolean(required=True)


class LinkFiguresSchema(ma.Schema):
    url = ma.fields.String(required=True)
    clicks = ma.fields.Integer(required=True)
    unique_clicks = ma.fields.Integer(required=True)


class CampaignReportSchema(ma.Schema):
    campaign_id = ma.fields.Integer(required=True)
    status = ma.fields.String(required=True)
    totals = ma.fields.Nested(ReportFiguresSchema, required=True)
    variants = ma.fields.List(
        ma.fields.Nested(VariantFiguresSchema),
        required=True,
        metadata={"description": "Each subject's figures over its half of the A/B sample; empty without a test."},
    )
    links = ma.fields.List(ma.fields.Nested(LinkFiguresSchema), required=True)
