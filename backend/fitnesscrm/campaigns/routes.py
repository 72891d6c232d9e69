"""Campaigns: email to a segment, sent now or later, with a report (owners and admins)."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.campaigns import schemas, service
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import page_schema
from fitnesscrm.core.tenancy import MANAGERS

blp = Blueprint("campaigns", __name__, url_prefix="/api", description="Email campaigns to segments")


@blp.route("/campaigns")
class Campaigns(MethodView):
    @requires(*MANAGERS)
    @blp.arguments(schemas.CampaignQuerySchema, location="query")
    @blp.response(200, page_schema(schemas.CampaignSchema))
    def get(self, args):
        """The studio's campaigns, newest first, with recipients, opens and clicks."""
        return service.get_all(actor=current_principal(), **args)

    @requires(*MANAGERS)
    @blp.arguments(schemas.CampaignCreateSchema)
    @blp.response(201, schemas.CampaignSchema)
    def post(self, args):
        """Save a draft campaign."""
        return service.create(actor=current_principal(), **args)


@blp.route("/campaigns/merge-fields")
@requires(*MANAGERS)
@blp.response(200, schemas.MergeFieldSchema(many=True))
def merge_fields():
    """The merge fields a campaign may use, with a sample value of each."""
    return service.merge_field_list(actor=current_principal())


@blp.route("/campaigns/preview", methods=["POST"])
@requires(*MANAGERS)
@blp.arguments(schemas.CampaignPreviewArgsSchema)
@blp.response(200, schemas.CampaignPreviewSchema)
def preview(args):
    """A campaign's subject and body as a sample client would read them."""
    return service.preview(actor=current_principal(), **args)


@blp.route("/campaigns/<int:campaign_id>")
class CampaignDetail(MethodView):
    @requires(*MANAGERS)
    @blp.response(200, schemas.CampaignSchema)
    def get(self, campaign_id):
        """One campaign."""
        return service.get(actor=current_principal(), campaign_id=campaign_id)

    @requires(*MANAGERS)
    @blp.arguments(schemas.CampaignUpdateSchema)
    @blp.response(200, schemas.CampaignSchema)
    def patch(self, args, campaign_id):
        """Change a draft or scheduled campaign."""
        return service.update(actor=current_principal(), campaign_id=campaign_id, **args)

    @requires(*MANAGERS)
    @blp.response(204)
    def delete(self, campaign_id):
        """Delete a draft or cancelled campaign."""
        service.delete(actor=current_principal(), campaign_id=campaign_id)


@blp.route("/campaigns/<int:campaign_id>/send", methods=["POST"])
@requires(*MANAGERS)
@blp.arguments(schemas.CampaignScheduleSchema)
@blp.response(200, schemas.CampaignSchema)
def send(args, campaign_id):
    """Send a campaign now, or schedule it for `scheduled_at`."""
    return service.schedule(actor=current_principal(), campaign_id=campaign_id, **args)


@blp.route("/campaigns/<int:campaign_id>/cancel", methods=["POST"])
@requires(*MANAGERS)
@blp.response(200, schemas.CampaignSchema)
def cancel(campaign_id):
    """Cancel a scheduled campaign, or stop one that is still sending."""
    return service.cancel(actor=current_principal(), campaign_id=campaign_id)


@blp.route("/campaigns/<int:campaign_id>/report")
@requires(*MANAGERS)
@blp.response(200, schemas.CampaignReportSchema)
def report(campaign_id):
    """How the campaign did: delivery, unique opens and clicks, unsubscribes, per subject and per link."""
    return service.report(actor=current_principal(), campaign_id=campaign_id)
