"""Billing settings: the studio's credit policy, letterhead, currency and Stripe keys."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.billing.settings import schemas, service
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.tenancy import Role

blp = Blueprint(
    "billing_settings", __name__, url_prefix="/api/billing", description="Billing: policy, letterhead, Stripe keys"
)


def _out(settings):
    settings.currency_locked = service.has_finalised_invoices(settings.organization_id)
    return settings


@blp.route("/settings")
class BillingSettings(MethodView):
    @requires(Role.OWNER, Role.ADMIN, Role.TRAINER)
    @blp.response(200, schemas.BillingSettingsSchema)
    def get(self):
        """The studio's billing policy, letterhead and whether Stripe is set up (staff; secrets never returned)."""
        return _out(service.get(actor=current_principal()))

    @requires(Role.OWNER, Role.ADMIN)
    @blp.arguments(schemas.BillingSettingsUpdateSchema)
    @blp.response(200, schemas.BillingSettingsSchema)
    def patch(self, args):
        """Change the policy, letterhead, currency (until the first invoice) or Stripe keys (owner, admin)."""
        return _out(service.update(actor=current_principal(), **args))
