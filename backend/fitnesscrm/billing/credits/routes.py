"""Session credits: a client's balance and open grants, their ledger, adjustments by hand."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.billing.credits import schemas, service
from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.pagination import PageArgsSchema, page_schema
from fitnesscrm.core.tenancy import Role

blp = Blueprint("credits", __name__, url_prefix="/api", description="Session credits")


@blp.route("/clients/<int:client_id>/credits")
class Credits(MethodView):
    @requires()
    @blp.response(200, schemas.CreditsSchema)
    def get(self, client_id):
        """A client's usable credits: the balance, per session kind, and each open grant with its expiry."""
        return service.summary(actor=current_principal(), client_id=client_id)


@blp.route("/clients/<int:client_id>/credits/ledger")
class CreditLedger(MethodView):
    @requires()
    @blp.arguments(PageArgsSchema, location="query")
    @blp.response(200, page_schema(schemas.LedgerEntrySchema))
    def get(self, args, client_id):
        """A client's credit ledger, newest first, each row as a sentence in the studio's zone."""
        return service.ledger(actor=current_principal(), client_id=client_id, **args)


@blp.route("/clients/<int:client_id>/credits/adjustments", methods=["POST"])
@requires(Role.OWNER, Role.ADMIN)
@blp.arguments(schemas.AdjustmentSchema)
@blp.response(201, schemas.CreditsSchema)
def adjust(args, client_id):
    """Add credits by hand or take some away, with a note saying why (owners and admins)."""
    actor = current_principal()
    service.adjust(actor=actor, client_id=client_id, **args)
    return service.summary(actor=actor, client_id=client_id)
