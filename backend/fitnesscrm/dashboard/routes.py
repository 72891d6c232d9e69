"""The dashboard: counts and recent activity for the caller's scope."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from fitnesscrm.core.auth import current_principal, requires
from fitnesscrm.core.tenancy import MANAGERS, STAFF
from fitnesscrm.dashboard import checklist, schemas, service

blp = Blueprint("dashboard", __name__, url_prefix="/api/dashboard", description="Counts and recent activity")


@blp.route("")
class Dashboard(MethodView):
    @requires(*STAFF)
    @blp.response(200, schemas.DashboardSchema)
    def get(self):
        """Client and trainer counts, weekly sign-ups and recent activity: the studio's, or a trainer's own."""
        return service.get(actor=current_principal())


@blp.route("/checklist")
class Checklist(MethodView):
    @requires(*MANAGERS)
    @blp.response(200, schemas.ChecklistSchema)
    def get(self):
        """The first-run checklist: which setup steps the studio has done (owner, admin)."""
        return checklist.get(actor=current_principal())

    @requires(*MANAGERS)
    @blp.arguments(schemas.ChecklistUpdateSchema)
    @blp.response(200, schemas.ChecklistSchema)
    def put(self, args):
        """Hide the first-run checklist for the whole studio, or show it again (owner, admin)."""
        return checklist.update(actor=current_principal(), **args)
